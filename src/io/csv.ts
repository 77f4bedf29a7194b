import { escapeControls } from '../source/text.js';

/**
 * The one CSV writer of siap (`score --csv`, `batch --csv`, and any export that comes later).
 *
 * - UTF-8 with a byte-order mark (so Excel reads accents), lines ending in CRLF (RFC 4180), one
 *   header row.
 * - A cell is quoted when it holds the separator, `;` or `,`, a double quote (doubled inside), CR
 *   or LF, or starts or ends with a space.
 * - Text cells are neutralised (`neutraliseCell`): a spreadsheet never runs one as a formula, and
 *   control characters never reach it raw. Numbers are written as they are.
 */
export interface CsvOptions {
  /** `,` (default) or `;` (Indonesian Excel, with decimal commas). */
  separator?: ',' | ';';
}

/** A number already written out (rounded, perhaps with a decimal comma): never neutralised. */
export interface CsvNumber {
  number: string;
}

/** A value for a cell: text (neutralised), a number or boolean (as is), nothing (empty). */
export type CsvValue = string | number | boolean | null | undefined | CsvNumber;

/** A formatted number for a cell (`"81,3"`), kept as written. */
export function csvNumber(text: string): CsvNumber {
  return { number: text };
}

/**
 * A text of digits and dots that a spreadsheet would turn into a number (the region code `51.10`
 * becomes 51.1, or 5110 where `.` groups thousands), written as `="51.10"`: Excel, LibreOffice and
 * Google Sheets show that as the text itself. Only for such texts, never for free text (which
 * `neutraliseCell` guards); programs should read the JSON export, where codes are plain strings.
 */
export function csvCodeText(text: string): CsvValue {
  return /^[0-9]+(\.[0-9]+)*$/.test(text) ? { number: `="${text}"` } : text;
}

/** Characters that make a spreadsheet read a cell as a formula (or a DDE call) when they come first. */
const FORMULA_START = /^[ \u00a0]*[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/**
 * A text cell made safe for a spreadsheet: one that would start a formula (`=`, `+`, `-`, `@`, tab
 * or CR first, also after leading spaces, and their full-width forms) gets a leading apostrophe,
 * which spreadsheets show as text; control characters other than tab, CR and LF are written
 * visibly (`\x1B`). Shared with every other export a spreadsheet opens.
 */
export function neutraliseCell(text: string): string {
  const visible = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(text) ? escapeControlsKeepingLines(text) : text;
  return FORMULA_START.test(visible) ? `'${visible}` : visible;
}

function escapeControlsKeepingLines(text: string): string {
  return text.replace(/[^\t\r\n]+/g, (part) => escapeControls(part));
}

/** One cell as written in the file. */
export function csvCell(value: CsvValue, options: CsvOptions = {}): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? neutraliseCell(value) : typeof value === 'object' ? value.number : String(value);
  const separator = options.separator ?? ',';
  const quote = text.includes(separator) || /[",;\r\n]/.test(text) || text !== text.trim();
  return quote ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows (the first is the header) → the whole CSV text, with BOM and CRLF line ends. */
export function formatCsv(rows: readonly (readonly CsvValue[])[], options: CsvOptions = {}): string {
  return `\uFEFF${rows.map((row) => row.map((value) => csvCell(value, options)).join(options.separator ?? ',')).join('\r\n')}\r\n`;
}
