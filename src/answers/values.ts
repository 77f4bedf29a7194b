import type { Params } from '../errors.js';
import { pick, type LocalText, type Words } from '../i18n.js';
import type { MessageCode } from '../messages/catalog.js';
import { inBoth, phrase } from '../messages/define.js';
import { formatNumber, formatNumberRange } from '../messages/present.js';
import { VALUE_WORDS } from '../messages/words.js';
import type { Column, ListQuestion, Question } from '../rubric/model.js';
import type { AnswerValue, ListRow } from './model.js';

export type ValueCheck =
  | { ok: true; value: AnswerValue; warning?: { code: MessageCode; params: Params; /** below the value, e.g. a list cell */ at?: (string | number)[] } }
  | { ok: false; code: MessageCode; params: Params };

const YES = new Set(['true', 'ya', 'yes', 'y']);
const NO = new Set(['false', 'tidak', 'no', 'n']);

/** Accepts 12.5 and the Indonesian 12,5 (but not thousands separators, which are ambiguous: see readNumber). */
export function parseNumber(raw: unknown): number | undefined {
  return readNumber(raw).value;
}

/**
 * A number as written, and whether it looks written with thousands separators: `value` is what it
 * counts as (12.5 for `12,5` or `12.5`; none for `1.234,5`, `2.345.678`, `1,234,567` or `527 800`,
 * which are refused), `grouped.ungrouped` the number it reads as when the dots, commas or spaces
 * are taken for thousands separators. A dot with exactly three digits after it (`527.800`, a YAML
 * float 527.8 whose `written` text is `527.800`) counts as a decimal point and is grouped too, so
 * a caller can say both readings.
 */
export function readNumber(raw: unknown, written?: string): { value?: number; grouped?: { ungrouped: number } } {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return {};
    const text = written?.trim();
    return text !== undefined && DOT_GROUPS.test(text) ? { value: raw, grouped: { ungrouped: Number(text.replaceAll('.', '')) } } : { value: raw };
  }
  if (typeof raw !== 'string') return {};
  const text = raw.trim();
  if (/^-?\d+([.,]\d+)?$/.test(text)) {
    const value = Number(text.replace(',', '.'));
    if (!Number.isFinite(value)) return {};
    return DOT_GROUPS.test(text) ? { value, grouped: { ungrouped: Number(text.replaceAll('.', '')) } } : { value };
  }
  const ungrouped = ungroup(text);
  return ungrouped === undefined ? {} : { grouped: { ungrouped } };
}

/** `527.800`, `1.234`, `2.345.678`: dots between groups of three digits (not `0.125`). */
const DOT_GROUPS = /^-?[1-9]\d{0,2}(\.\d{3})+$/;

/** A number written with thousands separators → the number, or undefined when it is not one. */
function ungroup(text: string): number | undefined {
  const forms: [RegExp, (t: string) => string][] = [
    // 2.345.678 and 1.234,5 (Indonesian), 1,234,567 and 1,234.5 (English), 527 800 and 1 234,5
    [/^-?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/, (t) => t.replaceAll('.', '').replace(',', '.')],
    [/^-?[1-9]\d{0,2}(,\d{3})+(\.\d+)?$/, (t) => t.replaceAll(',', '')],
    [/^-?[1-9]\d{0,2}([ \u00a0\u202f]\d{3})+([.,]\d+)?$/, (t) => t.replace(/[ \u00a0\u202f]/g, '').replace(',', '.')],
  ];
  for (const [form, clean] of forms) {
    if (!form.test(text)) continue;
    const n = Number(clean(text));
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/**
 * A Kemendagri/BPS region code as written: dotted pairs of digits (`51`, `51.04`, `51.04.01`) and a
 * village's four digits (`51.04.01.2001`). A kabupaten/kota has two pairs.
 */
const REGION_CODE = /^\d{2}(\.\d{2}){0,2}(\.\d{4})?$/;

/**
 * A region code as a person types it, in the form to write: dotted pairs as typed, and four digits
 * without the dot (`5104`) as `51.04`, the way an answers file's code is read. Undefined when the
 * text is neither.
 */
export function typedRegionCode(typed: string): string | undefined {
  const text = typed.trim();
  if (/^\d{4}$/.test(text)) return `${text.slice(0, 2)}.${text.slice(2)}`;
  return REGION_CODE.test(text) ? text : undefined;
}

/** The kabupaten/kota code a mistyped one most likely means (`5104`, `51.4`, `51.04.1` → `51.04`), else undefined. */
export function likelyRegionCode(written: string): string | undefined {
  const pairs = written.trim().split(/[.\s-]+/);
  if (pairs.length === 1 && /^\d{4}$/.test(pairs[0]!)) return `${pairs[0]!.slice(0, 2)}.${pairs[0]!.slice(2)}`;
  if (pairs.length >= 2 && /^\d{2}$/.test(pairs[0]!) && /^\d{1,2}$/.test(pairs[1]!)) return `${pairs[0]}.${pairs[1]!.padStart(2, '0')}`;
  return undefined;
}

/** A question answered in percent: its unit says so (`persen …`, `percent …`, `%`), in either language. */
export function isPercentQuestion(question: Question): boolean {
  return question.kind === 'number' && question.unit !== undefined && /%|\bpersen\b|\bpercent/i.test(`${question.unit.id ?? ''} ${question.unit.en ?? ''}`);
}

/**
 * Above what a value is surely a slip (a digit too many, a pasted number) where the rubric sets
 * no maximum: a hundred times its highest threshold. It still counts, with a warning. A number
 * without thresholds (an unscored context fact such as the population) has no scale to judge by.
 */
export function implausibleAbove(question: Question): number | undefined {
  if (question.kind !== 'number' || question.max !== undefined || question.thresholds.length === 0) return undefined;
  const highest = Math.max(1, question.min, ...question.thresholds.map((t) => t.from));
  return highest * IMPLAUSIBLE_FACTOR;
}

const IMPLAUSIBLE_FACTOR = 100;

function describe(raw: unknown): string {
  return Array.isArray(raw) ? `[${raw.join(', ')}]` : typeof raw === 'string' ? `"${raw}"` : String(raw);
}

/** What a question accepts, in words (both languages), for hints. */
export function acceptedValues(question: Question): Words | string {
  switch (question.kind) {
    case 'level':
      return inBoth((lang) => question.levels.map((l) => `${l.value} (${pick(l.label, lang)})`).join(', '));
    case 'boolean':
      return VALUE_WORDS.trueOrFalse;
    case 'choice':
    case 'multi':
      return question.options.map((o) => o.id).join(', ');
    case 'number':
      return inBoth((lang) => formatNumberRange(question, lang));
    case 'text':
      return VALUE_WORDS.freeText;
    case 'list':
      return phrase(VALUE_WORDS.listRows, { columns: question.columns.map((c) => c.id).join(' | ') });
  }
}

/**
 * The text of a value as written in its file, at a path below the value (`[]` the value itself,
 * `[row, column]` a list cell): YAML reads `527.800` as 527.8, and only the text tells a
 * thousands dot from a decimal point.
 */
export type WrittenText = (path: readonly (string | number)[]) => string | undefined;

/**
 * A raw value from a file or a prompt → the checked value for the question, or the problem with it.
 * Lenient where a person would be (`ya`, `"3"`, `12,5`), strict where a mistake would change a score.
 * A number written with thousands separators is refused with the number to write instead, and a
 * dot that may be one (`1.234`) is read as a decimal point with a warning that says both readings.
 */
export function checkValue(question: Question, raw: unknown, written: WrittenText = () => undefined): ValueCheck {
  const id = question.id;
  const accepted = acceptedValues(question);
  const wrongKind = (expected: Words, hint: Words = phrase(VALUE_WORDS.accepted, { list: accepted })): ValueCheck => ({
    ok: false,
    code: 'ANSWER_WRONG_KIND',
    params: { id, expected, received: describe(raw), accepted: hint },
  });
  switch (question.kind) {
    case 'level': {
      const n = parseNumber(raw);
      if (n === undefined) return wrongKind(VALUE_WORDS.levelValue);
      if (!question.levels.some((l) => l.value === n)) {
        return { ok: false, code: 'ANSWER_OUT_OF_SCALE', params: { id, value: typeof raw === 'number' ? raw : describe(raw), accepted } };
      }
      return { ok: true, value: n };
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return { ok: true, value: raw };
      const text = typeof raw === 'string' ? raw.trim().toLowerCase() : undefined;
      if (text !== undefined && YES.has(text)) return { ok: true, value: true };
      if (text !== undefined && NO.has(text)) return { ok: true, value: false };
      return wrongKind(VALUE_WORDS.trueFalse);
    }
    case 'choice': {
      if (typeof raw !== 'string' && typeof raw !== 'number') return wrongKind(VALUE_WORDS.oneOption);
      const option = question.options.find((o) => o.id === String(raw));
      if (!option) return { ok: false, code: 'ANSWER_UNKNOWN_OPTION', params: { id, value: String(raw), accepted, byLabel: byLabel(question.options, String(raw)) } };
      return { ok: true, value: option.id };
    }
    case 'multi': {
      const list = Array.isArray(raw) ? raw : typeof raw === 'string' || typeof raw === 'number' ? [raw] : undefined;
      if (!list) return wrongKind(VALUE_WORDS.optionList);
      const chosen: string[] = [];
      for (const item of list) {
        const option = question.options.find((o) => o.id === String(item));
        if (!option) return { ok: false, code: 'ANSWER_UNKNOWN_OPTION', params: { id, value: String(item), accepted, byLabel: byLabel(question.options, String(item)) } };
        if (!chosen.includes(option.id)) chosen.push(option.id);
      }
      const exclusive = question.options.find((o) => o.exclusive && chosen.includes(o.id));
      if (exclusive && chosen.length > 1) return { ok: false, code: 'ANSWER_EXCLUSIVE_OPTION', params: { id, option: exclusive.id } };
      // Keep the rubric's option order so files compare cleanly.
      return { ok: true, value: question.options.filter((o) => chosen.includes(o.id)).map((o) => o.id) };
    }
    case 'number': {
      // A percentage may be written as people write it: `0,45%`.
      const read = readNumber(isPercentQuestion(question) && typeof raw === 'string' ? raw.replace(/\s*%\s*$/, '') : raw, written([]));
      const n = read.value;
      if (n === undefined) {
        if (!read.grouped) return wrongKind(VALUE_WORDS.number);
        return wrongKind(VALUE_WORDS.number, phrase(VALUE_WORDS.writeUngrouped, { number: read.grouped.ungrouped, accepted: phrase(VALUE_WORDS.accepted, { list: accepted }) }));
      }
      const shown = typeof raw === 'string' ? raw.trim() : (written([])?.trim() ?? String(raw));
      if (n < question.min || (question.max !== undefined && n > question.max)) {
        return {
          ok: false,
          code: 'ANSWER_OUT_OF_BOUNDS',
          params: { id, value: n, min: question.min, ...(question.max !== undefined ? { max: question.max } : {}), accepted },
        };
      }
      if (question.integer && !Number.isInteger(n)) {
        const advice = read.grouped
          ? phrase(VALUE_WORDS.dotWasDecimal, { written: shown, value: n, ungrouped: read.grouped.ungrouped })
          : phrase(VALUE_WORDS.writeWhole, { rounded: Math.round(n) });
        return { ok: false, code: 'ANSWER_NOT_INTEGER', params: { id, value: n, advice } };
      }
      if (read.grouped) return { ok: true, value: n, warning: { code: 'ANSWER_DOT_DECIMAL', params: { id, written: shown, value: n, ungrouped: read.grouped.ungrouped } } };
      const top = implausibleAbove(question);
      if (top !== undefined && n > top) {
        return { ok: true, value: n, warning: { code: 'ANSWER_IMPLAUSIBLE', params: { id, value: inBoth((lang) => formatNumber(n, lang)), limit: inBoth((lang) => formatNumber(top, lang)), accepted } } };
      }
      return { ok: true, value: n };
    }
    case 'text': {
      if (typeof raw === 'string') return { ok: true, value: raw };
      if (typeof raw === 'number' || typeof raw === 'boolean') return { ok: true, value: String(raw) };
      return wrongKind(VALUE_WORDS.text);
    }
    case 'list':
      return checkList(question, raw, wrongKind, written);
  }
}

/**
 * An option written as its label (`Sangat rendah`, `Medium`) or its id with spaces or capitals
 * (`sangat rendah`): the start of a hint naming the id to write, else nothing.
 */
function byLabel(options: readonly { id: string; label: LocalText }[], written: string): Words | string {
  const norm = (text: string): string => text.trim().toLowerCase().replace(/[\s_]+/g, '-');
  const wanted = norm(written);
  const matches = options.filter((o) => norm(o.id) === wanted || norm(o.label.id ?? '') === wanted || norm(o.label.en ?? '') === wanted);
  return matches.length === 1 ? phrase(VALUE_WORDS.optionByLabel, { option: matches[0]!.id, value: written.trim() }) : '';
}

/**
 * A list answer: rows as maps of column id → value (`[{quick-win: …, anggaran: 150}]`), or typed
 * on one line as `a | b | c; d | e | f` (columns in the rubric's order, rows separated by `;`).
 */
function checkList(question: ListQuestion, raw: unknown, wrongKind: (expected: Words) => ValueCheck, written: WrittenText): ValueCheck {
  const id = question.id;
  let rows: unknown[];
  if (typeof raw === 'string') {
    rows = raw.split(';').map((r) => r.trim()).filter((r) => r !== '').map((r) => {
      const cells = r.split('|').map((c) => c.trim());
      return Object.fromEntries(question.columns.flatMap((c, i) => (cells[i] !== undefined && cells[i] !== '' ? [[c.id, cells[i]]] : [])));
    });
  } else if (Array.isArray(raw)) rows = raw;
  else return wrongKind(VALUE_WORDS.listValue);
  if (question.maxRows !== undefined && rows.length > question.maxRows) return { ok: false, code: 'ANSWER_LIST_ROWS', params: { id, count: rows.length, max: question.maxRows } };
  const out: ListRow[] = [];
  let warning: { code: MessageCode; params: Params; at?: (string | number)[] } | undefined;
  for (const [i, row] of rows.entries()) {
    const n = i + 1;
    if (row === null || typeof row !== 'object' || Array.isArray(row)) return wrongKind(VALUE_WORDS.listValue);
    const cells = row as Record<string, unknown>;
    for (const key of Object.keys(cells)) {
      if (!question.columns.some((c) => c.id === key)) {
        return { ok: false, code: 'ANSWER_LIST_COLUMN', params: { id, row: n, column: key, columns: question.columns.map((c) => c.id).join(', ') } };
      }
    }
    const clean: ListRow = {};
    for (const column of question.columns) {
      const cell = cells[column.id];
      if (cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '')) {
        if (column.required) return { ok: false, code: 'ANSWER_LIST_REQUIRED', params: { id, row: n, column: column.id } };
        continue;
      }
      const cellText = written([i, column.id]);
      const value = cellValue(column, cell, cellText);
      const grouped = column.kind === 'number' ? readNumber(typeof cell === 'string' ? cell.replace(/\s/g, '') : cell, cellText).grouped : undefined;
      if (value === undefined) {
        const accepts = grouped ? phrase(VALUE_WORDS.acceptedUngrouped, { number: grouped.ungrouped, accepted: columnAccepts(column) }) : columnAccepts(column);
        return { ok: false, code: 'ANSWER_LIST_VALUE', params: { id, row: n, column: column.id, value: describe(cell), accepted: accepts } };
      }
      if (grouped && typeof value === 'number' && warning === undefined) {
        const shown = typeof cell === 'string' ? cell.trim() : (cellText?.trim() ?? String(cell));
        warning = { code: 'ANSWER_DOT_DECIMAL', params: { id: `${id} · ${column.id}`, written: shown, value, ungrouped: grouped.ungrouped }, ...(Array.isArray(raw) ? { at: [i, column.id] } : {}) };
      }
      clean[column.id] = value;
    }
    out.push(clean);
  }
  return warning ? { ok: true, value: out, warning } : { ok: true, value: out };
}

function cellValue(column: Column, cell: unknown, written: string | undefined): string | number | boolean | undefined {
  switch (column.kind) {
    case 'number': {
      // `150 000` is one number in a cell, as it was before thousands separators were looked for.
      const n = readNumber(typeof cell === 'string' ? cell.replace(/\s/g, '') : cell, written).value;
      if (n === undefined || (column.min !== undefined && n < column.min) || (column.max !== undefined && n > column.max)) return undefined;
      return column.integer && !Number.isInteger(n) ? undefined : n;
    }
    case 'boolean': {
      if (typeof cell === 'boolean') return cell;
      const text = typeof cell === 'string' ? cell.trim().toLowerCase() : '';
      return YES.has(text) ? true : NO.has(text) ? false : undefined;
    }
    case 'choice':
      return (column.options ?? []).find((o) => o.id === String(cell))?.id;
    case 'text':
      return typeof cell === 'string' || typeof cell === 'number' ? String(cell).trim() : undefined;
  }
}

function columnAccepts(column: Column): Words | string {
  switch (column.kind) {
    case 'number':
      if (column.min === undefined) return column.max === undefined ? VALUE_WORDS.number : inBoth((lang) => `≤ ${formatNumber(column.max!, lang)}${column.unit ? ` ${pick(column.unit, lang)}` : ''}`);
      return inBoth((lang) => formatNumberRange({ min: column.min!, ...(column.max !== undefined ? { max: column.max } : {}), ...(column.unit ? { unit: column.unit } : {}) }, lang));
    case 'boolean':
      return VALUE_WORDS.trueOrFalse;
    case 'choice':
      return (column.options ?? []).map((o) => o.id).join(', ');
    case 'text':
      return VALUE_WORDS.freeText;
  }
}
