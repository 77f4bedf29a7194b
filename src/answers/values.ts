import type { Params } from '../errors.js';
import { pick, type Words } from '../i18n.js';
import type { MessageCode } from '../messages/catalog.js';
import { inBoth, phrase } from '../messages/define.js';
import { formatNumber, formatNumberRange } from '../messages/present.js';
import { VALUE_WORDS } from '../messages/words.js';
import type { Column, ListQuestion, Question } from '../rubric/model.js';
import type { AnswerValue, ListRow } from './model.js';

export type ValueCheck =
  | { ok: true; value: AnswerValue; warning?: { code: MessageCode; params: Params } }
  | { ok: false; code: MessageCode; params: Params };

const YES = new Set(['true', 'ya', 'yes', 'y']);
const NO = new Set(['false', 'tidak', 'no', 'n']);

/** Accepts 12.5 and the Indonesian 12,5 (but not thousands separators, which are ambiguous). */
export function parseNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
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
 * A raw value from a file or a prompt → the checked value for the question, or the problem with it.
 * Lenient where a person would be (`ya`, `"3"`, `12,5`), strict where a mistake would change a score.
 */
export function checkValue(question: Question, raw: unknown): ValueCheck {
  const id = question.id;
  const accepted = acceptedValues(question);
  const wrongKind = (expected: Words): ValueCheck => ({
    ok: false,
    code: 'ANSWER_WRONG_KIND',
    params: { id, expected, received: describe(raw), accepted: phrase(VALUE_WORDS.accepted, { list: accepted }) },
  });
  switch (question.kind) {
    case 'level': {
      const n = parseNumber(raw);
      if (n === undefined) return wrongKind(VALUE_WORDS.levelValue);
      if (!question.levels.some((l) => l.value === n)) {
        return { ok: false, code: 'ANSWER_OUT_OF_SCALE', params: { id, value: describe(raw), accepted } };
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
      if (!option) return { ok: false, code: 'ANSWER_UNKNOWN_OPTION', params: { id, value: String(raw), accepted } };
      return { ok: true, value: option.id };
    }
    case 'multi': {
      const list = Array.isArray(raw) ? raw : typeof raw === 'string' || typeof raw === 'number' ? [raw] : undefined;
      if (!list) return wrongKind(VALUE_WORDS.optionList);
      const chosen: string[] = [];
      for (const item of list) {
        const option = question.options.find((o) => o.id === String(item));
        if (!option) return { ok: false, code: 'ANSWER_UNKNOWN_OPTION', params: { id, value: String(item), accepted } };
        if (!chosen.includes(option.id)) chosen.push(option.id);
      }
      const exclusive = question.options.find((o) => o.exclusive && chosen.includes(o.id));
      if (exclusive && chosen.length > 1) return { ok: false, code: 'ANSWER_EXCLUSIVE_OPTION', params: { id, option: exclusive.id } };
      // Keep the rubric's option order so files compare cleanly.
      return { ok: true, value: question.options.filter((o) => chosen.includes(o.id)).map((o) => o.id) };
    }
    case 'number': {
      // A percentage may be written as people write it: `0,45%`.
      const n = parseNumber(isPercentQuestion(question) && typeof raw === 'string' ? raw.replace(/\s*%\s*$/, '') : raw);
      if (n === undefined) return wrongKind(VALUE_WORDS.number);
      if (n < question.min || (question.max !== undefined && n > question.max)) {
        return {
          ok: false,
          code: 'ANSWER_OUT_OF_BOUNDS',
          params: { id, value: n, min: question.min, ...(question.max !== undefined ? { max: question.max } : {}), accepted },
        };
      }
      if (question.integer && !Number.isInteger(n)) return { ok: false, code: 'ANSWER_NOT_INTEGER', params: { id, value: n } };
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
      return checkList(question, raw, wrongKind);
  }
}

/**
 * A list answer: rows as maps of column id → value (`[{quick-win: …, anggaran: 150}]`), or typed
 * on one line as `a | b | c; d | e | f` (columns in the rubric's order, rows separated by `;`).
 */
function checkList(question: ListQuestion, raw: unknown, wrongKind: (expected: Words) => ValueCheck): ValueCheck {
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
      const value = cellValue(column, cell);
      if (value === undefined) return { ok: false, code: 'ANSWER_LIST_VALUE', params: { id, row: n, column: column.id, value: describe(cell), accepted: columnAccepts(column) } };
      clean[column.id] = value;
    }
    out.push(clean);
  }
  return { ok: true, value: out };
}

function cellValue(column: Column, cell: unknown): string | number | boolean | undefined {
  switch (column.kind) {
    case 'number': {
      const n = parseNumber(typeof cell === 'string' ? cell.replace(/\s/g, '') : cell);
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
      return `${column.min ?? '…'}–${column.max ?? '∞'}`;
    case 'boolean':
      return VALUE_WORDS.trueOrFalse;
    case 'choice':
      return (column.options ?? []).map((o) => o.id).join(', ');
    case 'text':
      return VALUE_WORDS.freeText;
  }
}
