import { SiapError } from '../errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Bytes of a user's file → text, refusing what is not UTF-8 text: UTF-16 (with or without BOM),
 * binary data, invalid UTF-8 and empty files each get their own error. A UTF-8 BOM is dropped.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  const at = { source: { file, line: 1, column: 1 } };
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new SiapError('FILE_ENCODING', { encoding: bytes[0] === 0xff ? 'UTF-16 LE' : 'UTF-16 BE' }, at);
  }
  const head = bytes.subarray(0, 8192);
  const nul = head.indexOf(0);
  if (nul >= 0) {
    // Text saved as UTF-16 without a BOM shows a NUL in every other byte.
    const looksUtf16 = head.length >= 4 && ((head[1] === 0 && head[3] === 0) || (head[0] === 0 && head[2] === 0));
    if (looksUtf16) throw new SiapError('FILE_ENCODING', { encoding: 'UTF-16' }, at);
    throw new SiapError('FILE_BINARY', {}, { source: { file, ...positionOfByte(bytes, nul) } });
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new SiapError('FILE_BINARY', {}, { source: { file, ...positionOfByte(bytes, firstInvalidUtf8(bytes)) } });
  }
  if (text.trim() === '') throw new SiapError('FILE_EMPTY', {}, at);
  return text;
}

function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const size = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (size === 0) return i;
    for (let k = 1; k < size; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += size;
  }
  return 0;
}
