import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, openSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { pid } from 'node:process';
import { basename, dirname, join, resolve } from 'node:path';
import { SiapError } from '../errors.js';
import { decodeText } from '../source/text.js';

/** Largest rubric or answers file we read; anything bigger is refused before reading. */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

/**
 * The path to open for a path the user typed: relative paths start from `cwd` (the command's
 * folder, `ctx.cwd`). Messages keep showing the path as typed.
 */
export function inFolder(cwd: string | undefined, file: string): string {
  return cwd === undefined ? file : resolve(cwd, file);
}

export interface UserFile {
  /** The path as the user wrote it (used in messages). */
  file: string;
  text: string;
  bytes: Buffer;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** Read a user's text file, turning every way it can go wrong into a located SiapError. */
export function readUserFile(file: string, options: { cwd?: string; maxBytes?: number } = {}): UserFile {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const path = inFolder(options.cwd, file);
  const at = { source: { file } };
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new SiapError('FILE_IS_DIRECTORY', {}, at);
    size = stat.size;
  } catch (error) {
    throw fsError(error, file);
  }
  if (size > maxBytes) throw new SiapError('FILE_TOO_LARGE', { size: formatSize(size), limit: formatSize(maxBytes) }, at);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw fsError(error, file);
  }
  return { file, bytes, text: decodeText(bytes, file) };
}

/** Node's fs errors → SiapError with the user's path. */
export function fsError(error: unknown, file: string): SiapError {
  if (error instanceof SiapError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const at = { source: { file } };
  if (code === 'ENOENT' || code === 'ENOTDIR') return new SiapError('FILE_NOT_FOUND', {}, at);
  if (code === 'EISDIR') return new SiapError('FILE_IS_DIRECTORY', {}, at);
  if (code === 'EACCES' || code === 'EPERM') return new SiapError('FILE_UNREADABLE', { reason: code }, at);
  return new SiapError('FILE_UNREADABLE', { reason: code ?? String(error) }, { ...at, cause: error });
}

export function fileExists(file: string, cwd?: string): boolean {
  try {
    statSync(inFolder(cwd, file));
    return true;
  } catch {
    return false;
  }
}

/**
 * A file written piece by piece into a temporary file beside the target (`.name.<pid>.<hex>.tmp`),
 * which replaces the target only on `commit()`: readers only ever see the old or the new content.
 * Without `overwrite` an existing file is never replaced (the final step is a hard link, which fails
 * if the name exists). Text is gathered up to 64 KB per write, so a long export streams without
 * holding everything in memory.
 */
export interface AtomicStream {
  write(data: string | Uint8Array): void;
  commit(): void;
  abort(): void;
}

/** Folders where this process (any of its threads) may be writing temporary files. */
const tempDirs = new Set<string>();

/** Note a folder other threads write into (e.g. PDF workers), so an interrupt cleans it too. */
export function noteTempDir(dir: string): void {
  tempDirs.add(resolve(dir));
}

/**
 * After Ctrl-C: remove this process's unfinished temporary files (`.name.<pid>.<hex>.tmp`), so an
 * interrupted run leaves only whole files behind. Returns how many were removed.
 */
export function removeOwnTemps(): number {
  const pattern = new RegExp(`^\\..+\\.${pid}\\.[0-9a-f]{8}\\.tmp$`);
  let removed = 0;
  for (const dir of tempDirs) {
    let names: string[] = [];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      if (!pattern.test(name)) continue;
      try {
        unlinkSync(join(dir, name));
        removed++;
      } catch {
        // already renamed into place or removed
      }
    }
  }
  return removed;
}

export function openAtomic(file: string, options: { overwrite: boolean; cwd?: string }): AtomicStream {
  const at = { source: { file } };
  const target = inFolder(options.cwd, file);
  if (!options.overwrite && fileExists(target)) throw new SiapError('FILE_EXISTS', {}, at);
  // The process id in the name tells Ctrl-C which temporary files are this run's own.
  const tmp = join(dirname(target), `.${basename(target)}.${pid}.${randomBytes(4).toString('hex')}.tmp`);
  noteTempDir(dirname(target));
  const failed = (error: unknown): SiapError => {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return new SiapError('FILE_EXISTS', {}, at);
    return new SiapError('FILE_WRITE_FAILED', { reason: code ?? String(error) }, { ...at, cause: error });
  };
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o644);
  } catch (error) {
    throw failed(error);
  }
  let pending: Buffer[] = [];
  let pendingLength = 0;
  const flush = (): void => {
    if (pending.length === 0 || fd === undefined) return;
    // Written piece by piece (no copy into one buffer: a batch's JSON is hundreds of megabytes).
    const pieces = pending;
    pending = [];
    pendingLength = 0;
    for (const buffer of pieces) {
      let offset = 0;
      while (offset < buffer.length) offset += writeSync(fd, buffer, offset, buffer.length - offset);
    }
  };
  const cleanup = (): void => {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
      fd = undefined;
    }
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
  };
  return {
    write(data) {
      const buffer = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
      pending.push(buffer);
      pendingLength += buffer.length;
      if (pendingLength > 1 << 16) {
        try {
          flush();
        } catch (error) {
          cleanup();
          throw failed(error);
        }
      }
    },
    commit() {
      try {
        flush();
        fsyncSync(fd!);
        closeSync(fd!);
        fd = undefined;
        if (options.overwrite) renameSync(tmp, target);
        else {
          linkSync(tmp, target);
          unlinkSync(tmp);
        }
      } catch (error) {
        cleanup();
        throw failed(error);
      }
    },
    abort: cleanup,
  };
}

/** Write a whole file atomically (see `openAtomic`). */
export function writeFileAtomic(file: string, data: string | Uint8Array, options: { overwrite: boolean; cwd?: string }): void {
  const stream = openAtomic(file, options);
  try {
    stream.write(data);
  } catch (error) {
    stream.abort();
    throw error;
  }
  stream.commit();
}
