import { SiapError } from '../errors.js';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Largest rubric, answers file, template or logo siap reads (the CLI, and the offline form opening
 * a file): anything bigger is refused, and a read stops there whatever the file system says about
 * the size (a growing file, /proc).
 */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

/**
 * Control characters no text of a user's file may hold: C0 controls other than tab, line feed and
 * carriage return; DEL; and the C1 controls U+0080–U+009F. Shown raw they can move a terminal's
 * cursor, change its colours or title, ring its bell, or hide text in a spreadsheet.
 */
export const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const CONTROL_CHARS_ALL = new RegExp(CONTROL_CHARS.source, 'g');
/** The same, plus carriage return: a value (not the file's line ends) may not hold one. */
export const CONTROL_CHARS_IN_VALUE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/**
 * Text typed at a prompt without the control characters a file may not hold (a pasted ESC or a
 * vertical tab), so what `siap assess` saves always reads back.
 */
export function stripControls(text: string): string {
  return CONTROL_CHARS_IN_VALUE.test(text) ? text.replace(new RegExp(CONTROL_CHARS_IN_VALUE.source, 'g'), '') : text;
}

/** `U+001B` — how a control character is named in messages. */
export function codePointName(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Control characters (and line breaks) made visible as `\x1B`, for showing a name that holds them. */
export function escapeControls(text: string): string {
  return /[\u0000-\u001f\u007f-\u009f]/.test(text) ? text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`) : text;
}

/**
 * Bytes of a user's file → text, refusing what is not UTF-8 text: UTF-16 and UTF-32 (with or
 * without BOM), Latin-1 / Windows-1252, binary data, control characters and empty files each get
 * their own located error. A UTF-8 BOM is dropped.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  const at = { source: { file, line: 1, column: 1 } };
  const encoding = byteOrderMark(bytes);
  if (encoding) throw new SiapError('FILE_ENCODING', { encoding }, at);
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
    const bad = firstInvalidUtf8(bytes);
    const legacy = legacyEncoding(bytes);
    if (legacy) throw new SiapError('FILE_ENCODING', { encoding: legacy }, { source: { file, ...positionOfByte(bytes, bad) } });
    throw new SiapError('FILE_BINARY', {}, { source: { file, ...positionOfByte(bytes, bad) } });
  }
  const control = CONTROL_CHARS.exec(text);
  if (control) {
    const position = positionOfChar(text, control.index);
    // A file full of control bytes is binary data; one stray character is worth naming.
    const many = (text.slice(0, 8192).match(CONTROL_CHARS_ALL)?.length ?? 0) > 8;
    if (many) throw new SiapError('FILE_BINARY', {}, { source: { file, ...position } });
    throw new SiapError('FILE_CONTROL_CHAR', { char: codePointName(control[0]) }, { source: { file, ...position } });
  }
  if (text.trim() === '') throw new SiapError('FILE_EMPTY', {}, at);
  return text;
}

function byteOrderMark(bytes: Uint8Array): string | undefined {
  const [b0, b1, b2, b3] = bytes;
  if (bytes.length >= 4 && b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) return 'UTF-32 LE';
  if (bytes.length >= 4 && b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return 'UTF-32 BE';
  if (bytes.length >= 2 && b0 === 0xff && b1 === 0xfe) return 'UTF-16 LE';
  if (bytes.length >= 2 && b0 === 0xfe && b1 === 0xff) return 'UTF-16 BE';
  return undefined;
}

/**
 * Text that is not UTF-8 but reads as one of the 8-bit encodings Windows editors save by default
 * ("ANSI"): no control bytes besides tab and line ends. Bytes 0x80–0x9F are printable only in
 * Windows-1252 (“ ” € …); without them the file may as well be Latin-1.
 */
function legacyEncoding(bytes: Uint8Array): string | undefined {
  let c1 = false;
  for (const b of bytes) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return undefined;
    if (b === 0x7f) return undefined;
    if (b >= 0x80 && b <= 0x9f) c1 = true;
  }
  return c1 ? 'Windows-1252' : 'Latin-1 (ISO-8859-1) / Windows-1252';
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

/** Line and column (in characters, as editors count) of an offset in decoded text. */
function positionOfChar(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: [...before.slice(lineStart)].length + 1 };
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
