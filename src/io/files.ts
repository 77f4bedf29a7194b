import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { SiapError } from '../errors.js';
import { decodeText } from '../source/text.js';

/** Largest rubric or answers file we read; anything bigger is refused before reading. */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

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
export function readUserFile(file: string, maxBytes = MAX_INPUT_BYTES): UserFile {
  const at = { source: { file } };
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new SiapError('FILE_IS_DIRECTORY', {}, at);
    size = stat.size;
  } catch (error) {
    throw fsError(error, file);
  }
  if (size > maxBytes) throw new SiapError('FILE_TOO_LARGE', { size: formatSize(size), limit: formatSize(maxBytes) }, at);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
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

export function fileExists(file: string): boolean {
  try {
    statSync(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Write a file so that readers only ever see the old or the new content: write a temporary file
 * beside it, flush it to disk, then rename it over the target. Without `overwrite`, an existing
 * file is never replaced (the final step is a hard link, which fails if the name exists).
 */
export function writeFileAtomic(file: string, data: string | Uint8Array, options: { overwrite: boolean }): void {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  if (!options.overwrite && fileExists(file)) throw new SiapError('FILE_EXISTS', {}, { source: { file } });
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o644);
    const buffer = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let offset = 0;
    while (offset < buffer.length) offset += writeSync(fd, buffer, offset, buffer.length - offset);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    if (options.overwrite) renameSync(tmp, file);
    else {
      linkSync(tmp, file);
      unlinkSync(tmp);
    }
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new SiapError('FILE_EXISTS', {}, { source: { file } });
    throw new SiapError('FILE_WRITE_FAILED', { reason: code ?? String(error) }, { source: { file }, cause: error });
  }
}
