import { randomBytes } from 'node:crypto';
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  linkSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { kill, pid } from 'node:process';
import { basename, dirname, join, resolve } from 'node:path';
import { SiapError } from '../errors.js';
import type { Words } from '../i18n.js';
import { inBoth } from '../messages/define.js';
import { FILE_KIND_WORDS } from '../messages/input.js';
import { formatSize } from '../messages/present.js';
import { decodeText, MAX_INPUT_BYTES } from '../source/text.js';

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

/** A size in both languages (a decimal comma in Bahasa Indonesia). */
function sizeWords(bytes: number, before = ''): Words {
  return inBoth((lang) => `${before}${formatSize(bytes, lang)}`);
}

/** Devices, pipes and sockets are never read or replaced: reading /dev/zero or a FIFO never ends. */
function refuseSpecial(stat: Stats, file: string): void {
  if (stat.isFile()) return;
  const at = { source: { file } };
  if (stat.isDirectory()) throw new SiapError('FILE_IS_DIRECTORY', {}, at);
  const kind = stat.isCharacterDevice()
    ? FILE_KIND_WORDS.characterDevice
    : stat.isBlockDevice()
      ? FILE_KIND_WORDS.blockDevice
      : stat.isFIFO()
        ? FILE_KIND_WORDS.fifo
        : stat.isSocket()
          ? FILE_KIND_WORDS.socket
          : FILE_KIND_WORDS.other;
  throw new SiapError('FILE_NOT_REGULAR', { kind }, at);
}

/** Opened without blocking (a FIFO swapped in after the check) and without becoming a terminal's owner. */
const READ_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/**
 * The bytes of a user's file: only a regular file is opened (a folder, device, FIFO or socket is
 * refused at once), and at most `maxBytes` are read.
 */
export function readUserBytes(file: string, options: { cwd?: string; maxBytes?: number } = {}): Buffer {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const path = inFolder(options.cwd, file);
  const tooLarge = (size: Words): SiapError => new SiapError('FILE_TOO_LARGE', { size, limit: sizeWords(maxBytes) }, { source: { file } });
  let fd: number;
  try {
    refuseSpecial(statSync(path), file);
    fd = openSync(path, READ_FLAGS);
  } catch (error) {
    throw fsError(error, file);
  }
  try {
    // The name may point elsewhere since it was checked: check what was actually opened.
    const stat = fstatSync(fd);
    refuseSpecial(stat, file);
    if (stat.size > maxBytes) throw tooLarge(sizeWords(stat.size));
    let buffer = Buffer.allocUnsafe(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        if (length > maxBytes) throw tooLarge(sizeWords(maxBytes, '> '));
        const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxBytes + 1));
        buffer.copy(bigger, 0, 0, length);
        buffer = bigger;
      }
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    return buffer.subarray(0, length);
  } catch (error) {
    throw fsError(error, file);
  } finally {
    closeSync(fd);
  }
}

/** Read a user's text file, turning every way it can go wrong into a located SiapError. */
export function readUserFile(file: string, options: { cwd?: string; maxBytes?: number } = {}): UserFile {
  const bytes = readUserBytes(file, options);
  return { file, bytes, text: decodeText(bytes, file) };
}

/** Node's fs errors on reading → SiapError with the user's path. */
export function fsError(error: unknown, file: string): SiapError {
  if (error instanceof SiapError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const at = { source: { file } };
  if (code === 'ENOENT' || code === 'ENOTDIR') return new SiapError('FILE_NOT_FOUND', {}, at);
  if (code === 'EISDIR') return new SiapError('FILE_IS_DIRECTORY', {}, at);
  if (code === 'ENXIO') return new SiapError('FILE_NOT_REGULAR', { kind: FILE_KIND_WORDS.socket }, at);
  if (code === 'EACCES' || code === 'EPERM') return new SiapError('FILE_UNREADABLE', {}, at);
  if (code === 'ELOOP') return new SiapError('FILE_LOOP', {}, at);
  return new SiapError('FILE_READ_FAILED', { reason: code ?? String(error) }, { ...at, cause: error });
}

/** The folder a path as typed sits in, as the user would write it. */
function shownFolder(file: string): string {
  const folder = dirname(file);
  return folder === '' ? '.' : folder;
}

/** Node's fs errors on writing → SiapError with the user's path: a full disk says so. */
export function writeError(error: unknown, file: string): SiapError {
  if (error instanceof SiapError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const at = { source: { file } };
  if (code === 'EEXIST') return new SiapError('FILE_EXISTS', {}, at);
  if (code === 'ENOSPC' || code === 'EDQUOT') return new SiapError('DISK_FULL', {}, at);
  if (code === 'ENOENT' || code === 'ENOTDIR') return new SiapError('FOLDER_MISSING', { folder: shownFolder(file) }, at);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new SiapError('FOLDER_NOT_WRITABLE', { folder: shownFolder(file) }, at);
  return new SiapError('FILE_WRITE_FAILED', { reason: code ?? String(error) }, { ...at, cause: error });
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
 * What one file is, whatever name reaches it: its device and inode (so a hard link or a symbolic
 * link is the same file), else its real path. Undefined when there is no such file.
 */
export function fileIdentity(file: string, cwd?: string): string | undefined {
  const path = inFolder(cwd, file);
  try {
    const stat = statSync(path, { bigint: true });
    return stat.ino !== 0n ? `${stat.dev}:${stat.ino}` : realpathSync(path);
  } catch {
    return undefined;
  }
}

/** A file whose permission bits allow no writing, or that this user may not write. */
function isReadOnly(path: string, stat: Stats): boolean {
  if ((stat.mode & 0o222) === 0) return true;
  try {
    accessSync(path, constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

/** The file at `path` when there is one (following symbolic links); undefined when nothing is there. */
function statIfAny(path: string, file: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw writeError(error, file);
  }
}

/**
 * Refuse, before any work, an output siap may not write: one that is not a regular file (a folder,
 * a device such as /dev/null, a FIFO) whatever `force` says, then one that exists without `force`
 * (FILE_EXISTS: its hint is --force, so it never comes before a refusal --force would not lift),
 * then a read-only one. A file that is not there is fine.
 */
export function assertReplaceable(file: string, options: { cwd?: string; force: boolean }): void {
  const path = inFolder(options.cwd, file);
  const stat = statIfAny(path, file);
  if (!stat) return;
  refuseSpecial(stat, file);
  if (!options.force) throw new SiapError('FILE_EXISTS', {}, { source: { file } });
  if (isReadOnly(path, stat)) throw new SiapError('FILE_READ_ONLY', {}, { source: { file } });
}

/**
 * Refuse, before any work, a place siap cannot write into: the folder that would hold `file`
 * (with `isFolder`, `file` is itself a folder siap creates when missing: then its nearest
 * existing parent) must be a folder this user may write.
 */
export function assertWritableFolder(file: string, options: { cwd?: string; isFolder?: boolean } = {}): void {
  const at = { source: { file } };
  let folder = options.isFolder ? inFolder(options.cwd, file) : dirname(resolve(inFolder(options.cwd, file)));
  let shown = options.isFolder ? file : shownFolder(file);
  for (;;) {
    const stat = statIfAny(folder, file);
    if (stat) {
      if (!stat.isDirectory()) throw new SiapError(options.isFolder && folder === inFolder(options.cwd, file) ? 'BATCH_OUT_NOT_DIR' : 'FOLDER_MISSING', { folder: shown }, at);
      try {
        accessSync(folder, constants.W_OK);
      } catch {
        throw new SiapError('FOLDER_NOT_WRITABLE', { folder: shown }, at);
      }
      return;
    }
    if (!options.isFolder) throw new SiapError('FOLDER_MISSING', { folder: shown }, at);
    const parent = dirname(resolve(folder));
    if (parent === resolve(folder)) throw new SiapError('FOLDER_MISSING', { folder: shown }, at);
    folder = parent;
    shown = shownFolder(shown);
  }
}

/**
 * A file written piece by piece into a temporary file beside the target (`.name.<pid>.<hex>.tmp`),
 * which replaces the target only on `commit()`: readers only ever see the old or the new content.
 * Without `overwrite` an existing file is never replaced (the final step is a hard link, which fails
 * if the name exists). Text is gathered up to 64 KB per write, so a long export streams without
 * holding everything in memory.
 *
 * A file that is replaced keeps what it was: its permission bits (and owner and group where this
 * user may set them), and when its name is a symbolic link, the file the link points to is the one
 * replaced (the link stays). A read-only file, a folder or a device is refused.
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

/** A temporary file of siap's atomic writes, with the id of the process that wrote it. */
const TEMP_NAME = /^\..+\.(\d{1,10})\.[0-9a-f]{8}\.tmp$/;
/** A temporary file is only taken for abandoned when it has not been written for this long. */
const STALE_TEMP_MS = 60_000;
/** Folders already swept by this process. */
const sweptDirs = new Set<string>();

/**
 * Whether no process with this id runs on this machine. The one place siap asks the system about
 * another process (signal 0 only tests; EPERM means it exists but belongs to someone else).
 */
export function processIsGone(processId: number): boolean {
  if (!Number.isSafeInteger(processId) || processId <= 0 || processId > 0x7fffffff) return false;
  try {
    kill(processId, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Remove the temporary files a killed run left in `dir` (`.name.<pid>.<hex>.tmp`): only those of a
 * process that is gone, not written for a minute (measured against `now`, the modification time of
 * the temporary file just created there, so a shared folder's clock is the one used). Once per
 * folder and run.
 */
function sweepAbandonedTemps(dir: string, now: number): void {
  if (sweptDirs.has(dir)) return;
  sweptDirs.add(dir);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const match = TEMP_NAME.exec(name);
    if (!match) continue;
    const owner = Number(match[1]);
    if (owner === pid) continue;
    try {
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isFile() && now - stat.mtimeMs > STALE_TEMP_MS && processIsGone(owner)) unlinkSync(path);
    } catch {
      // removed meanwhile, or not ours to remove
    }
  }
}

export function openAtomic(file: string, options: { overwrite: boolean; cwd?: string }): AtomicStream {
  const at = { source: { file } };
  let target = inFolder(options.cwd, file);
  const existing = statIfAny(target, file);
  if (existing) {
    // A folder or device is never replaced: say so rather than "add --force".
    refuseSpecial(existing, file);
    if (!options.overwrite) throw new SiapError('FILE_EXISTS', {}, at);
    if (isReadOnly(target, existing)) throw new SiapError('FILE_READ_ONLY', {}, at);
    try {
      // Write through a symbolic link: the file it points to is replaced, the link stays a link.
      target = realpathSync(target);
    } catch (error) {
      throw writeError(error, file);
    }
  }
  const dir = dirname(resolve(target));
  // The process id in the name tells Ctrl-C which temporary files are this run's own.
  const tmp = join(dir, `.${basename(target)}.${pid}.${randomBytes(4).toString('hex')}.tmp`);
  noteTempDir(dir);
  const failed = (error: unknown): SiapError => writeError(error, file);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', existing ? existing.mode & 0o777 : 0o644);
  } catch (error) {
    throw failed(error);
  }
  if (existing) {
    // The new content keeps the old file's owner and permissions (the umask does not apply).
    try {
      fchownSync(fd, existing.uid, existing.gid);
    } catch {
      // only the owner's own groups, or root, may set these
    }
    try {
      fchmodSync(fd, existing.mode & 0o777);
    } catch {
      // a file system without Unix permissions
    }
  }
  try {
    sweepAbandonedTemps(dir, fstatSync(fd).mtimeMs);
  } catch {
    // sweeping is a courtesy; the write goes on
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
