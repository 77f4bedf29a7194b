import type { AnswerEntry, AnswerValue, ListRow, Answers } from '../answers/model.js';
import { isQuestionAnswered, previousQuestion, progressAt, sectionPath } from '../answers/walk.js';
import { pick, type Lang, type Words } from '../i18n.js';
import { fill } from '../messages/define.js';
import { ACTION_KEYS, ASSESS_WORDS as W, BOOLEAN_KEYS } from '../messages/assess.js';
import { formatAnswer, formatNumber, formatNumberRange, formatSpan, questionLabel, sectionLabel } from '../messages/present.js';
import { isScored, type Question, type Rubric } from '../rubric/model.js';
import { WORDS } from '../messages/words.js';
import type { HeaderParts, KeyedAction, KeyedOption, Paint } from './prompts.js';
import { clip } from './question-layout.js';
import { displayWidth, truncate, truncateWords, wrapText } from './table.js';

/**
 * What the assessor sees at a question, as text: where it sits, the question, hint and evidence,
 * and its answers as typed keys. Pure: the walk state in, lines out (fitted to the terminal).
 */

export interface ScreenSize {
  width: number;
  rows: number;
}

function w(words: Words, lang: Lang, params: Record<string, string | number> = {}): string {
  return fill(words[lang], params);
}

/** `Struktur › S1 Kepemimpinan & visi · pertanyaan 3 dari 59 · 5% selesai`. */
export function breadcrumb(rubric: Rubric, answers: Answers, question: Question, lang: Lang, width = Number.POSITIVE_INFINITY): string {
  // Element ids that are codes (S1, I4) help; slugs (governance) only repeat the title.
  const names = sectionPath(rubric, question).map((node) => sectionLabel(node, lang));
  const p = progressAt(rubric, answers, question.id);
  const progress = w(W.progress, lang, { k: p.position, n: p.total, p: p.percent });
  // When it does not fit, shorten the pillar, then leave it out: the element says more.
  const room = Math.max(10, width - progress.length - 3);
  let fitted = [...names];
  if (fitted.join(' › ').length > room && fitted.length > 1) {
    const rest = fitted.slice(1).join(' › ');
    const pillarRoom = room - rest.length - 3;
    fitted = pillarRoom >= 12 ? [truncate(fitted[0]!, pillarRoom), ...fitted.slice(1)] : fitted.slice(1);
  }
  return `${truncate(fitted.join(' › '), room)} · ${progress}`;
}

/** A question's short name: its title, else its text. */
export function questionTitle(question: Question, lang: Lang): string {
  return questionLabel(question, lang);
}

/** The current answer in words: `3 · Terdefinisi`, `N/A: …`, or an empty string. */
export function answerText(question: Question, entry: AnswerEntry | undefined, lang: Lang): string {
  if (!entry) return '';
  if (entry.na !== undefined) return `${WORDS.naShort[lang]}: ${entry.na}`;
  if (entry.value === undefined) return '';
  if (question.kind === 'multi' && Array.isArray(entry.value) && entry.value.length === 0) return W.multiNoneSelected[lang];
  return formatAnswer(question, entry.value, lang);
}

/** What the question accepts, in one line, for number and text questions and optional ones. */
function constraints(question: Question, lang: Lang): string {
  const parts: string[] = [];
  if (question.kind === 'number') {
    parts.push(formatNumberRange(question, lang));
    if (question.integer) parts.push(W.wholeNumber[lang]);
  }
  if (!question.required && isScored(question)) parts.push(W.optional[lang]);
  if (question.allowNa) parts.push(W.naAllowed[lang]);
  return parts.join(' · ');
}

/** Number thresholds as one line: `<5 Kurang dari 5 orang · 5–9 orang · …`. */
function thresholdLine(question: Question, lang: Lang): string {
  if (question.kind !== 'number' || question.thresholds.length === 0) return '';
  return question.thresholds
    .map((t, i) => {
      const next = question.thresholds[i + 1];
      return t.label ? pick(t.label, lang) : formatSpan(t.from, next?.from, lang);
    })
    .join(' · ');
}

/**
 * The lines above the answers, wrapped to the width: where the question sits, its text, the hint
 * and evidence (fitted to the rows by the prompt, see question-layout.ts), then the short lines
 * that always show (what it accepts, the panel's answers, the current answer, the note).
 */
export function questionHeader(rubric: Rubric, answers: Answers, question: Question, lang: Lang, paint: Paint, size: ScreenSize): HeaderParts {
  const width = Math.max(30, size.width - 1);
  const top = [paint.dim(breadcrumb(rubric, answers, question, lang, width))];
  top.push(...wrapText(`${question.id}  ${pick(question.text, lang)}`, width).map((l) => paint.bold(l)));
  const meta = constraints(question, lang);
  const thresholds = thresholdLine(question, lang);
  const entry = answers.entries.get(question.id);
  const current = answerText(question, entry, lang);
  const hint = question.hint ? wrapText(`${W.hint[lang]}: ${pick(question.hint, lang)}`, width) : [];
  const evidence = question.evidence.length > 0 ? wrapText(`${W.evidence[lang]}: ${question.evidence.map((e) => pick(e, lang)).join(' · ')}`, width) : [];
  const tail: string[] = [];
  if (meta) tail.push(...wrapText(meta, width));
  if (thresholds) tail.push(...clip(wrapText(thresholds, width), 2, width));
  if (entry?.panel && entry.panel.length > 0) {
    // A consensus file from `siap merge`: show what each panel member said, to settle the item.
    const said = entry.panel.map((p) => `${p.assessor}: ${p.na !== undefined ? `N/A (${p.na})` : formatAnswer(question, p.value, lang) || '—'}`).join(' · ');
    tail.push(...clip(wrapText(`${W.panel[lang]}: ${said}`, width), 2, width).map((l) => paint.cyan(l)));
  }
  if (current) tail.push(...clip(wrapText(`${W.current[lang]}: ${current}`, width), 2, width).map((l) => paint.cyan(l)));
  if (entry?.note) tail.push(...clip(wrapText(`${W.noteLabel[lang]}: ${entry.note}`, width), 1, width).map((l) => paint.dim(l)));
  return { top, hint, evidence, tail };
}

export interface QuestionInput {
  mode: 'single' | 'multi' | 'text';
  options: KeyedOption[];
  keysHint: string;
  allowEmpty: boolean;
}

/** The answers of a question as typed keys: level values, y/t, option numbers (`keys` chooses the y/t of a language). */
export function questionInput(question: Question, lang: Lang, keys: Lang = lang): QuestionInput {
  switch (question.kind) {
    case 'level': {
      const options = question.levels.map((l): KeyedOption => {
        const descriptor = pick(l.descriptor, lang);
        const label = `${pick(l.label, lang)}${descriptor ? ` — ${descriptor}` : ''}`;
        const evidence = l.evidence.length > 0 ? `${W.expectedAtLevel[lang]}: ${l.evidence.map((e) => pick(e, lang)).join(' · ')}` : undefined;
        return { key: String(l.value), label, ...(evidence ? { detail: evidence } : {}) };
      });
      const values = question.levels.map((l) => l.value);
      const consecutive = values.every((v, i) => i === 0 || v === values[i - 1]! + 1);
      return { mode: 'single', options, keysHint: consecutive ? `${values[0]}–${values.at(-1)}` : values.join('/'), allowEmpty: false };
    }
    case 'boolean': {
      const yes = question.labels ? pick(question.labels.yes, lang) : WORDS.yes[lang];
      const no = question.labels ? pick(question.labels.no, lang) : WORDS.no[lang];
      const options = [
        { key: BOOLEAN_KEYS.yes[keys], label: yes },
        { key: BOOLEAN_KEYS.no[keys], label: no },
      ];
      return { mode: 'single', options, keysHint: `${BOOLEAN_KEYS.yes[keys]}/${BOOLEAN_KEYS.no[keys]}`, allowEmpty: false };
    }
    case 'choice':
    case 'multi': {
      const options = question.options.map((o, i): KeyedOption => {
        const descriptor = o.descriptor ? pick(o.descriptor, lang) : '';
        const label = `${pick(o.label, lang)}${descriptor ? ` — ${descriptor}` : ''}`;
        return { key: String(i + 1), label, ...(o.exclusive ? { exclusive: true } : {}) };
      });
      const keysHint = `1–${options.length}`;
      if (question.kind === 'choice') return { mode: 'single', options, keysHint, allowEmpty: false };
      return { mode: 'multi', options, keysHint, allowEmpty: !question.options.some((o) => o.exclusive) };
    }
    case 'number':
    case 'text':
      return { mode: 'text', options: [], keysHint: '', allowEmpty: false };
    case 'list':
      // Typed on one line: `a | b | c; d | e | f` (see checkValue).
      return { mode: 'text', options: [], keysHint: '', allowEmpty: true };
  }
}

/** The keys of the current answer, to pre-select it when the question is revisited. */
export function selectedKeys(question: Question, entry: AnswerEntry | undefined, keys: Lang): string[] {
  const value = entry?.na === undefined ? entry?.value : undefined;
  if (value === undefined) return [];
  switch (question.kind) {
    case 'level':
      return [String(value)];
    case 'boolean':
      return [value === true ? BOOLEAN_KEYS.yes[keys] : BOOLEAN_KEYS.no[keys]];
    case 'choice':
    case 'multi': {
      const ids = Array.isArray(value) ? (value as string[]) : [String(value)];
      return question.options.flatMap((o, i) => (ids.includes(o.id) ? [String(i + 1)] : []));
    }
    default:
      return [];
  }
}

/** Typed keys → the raw value `checkValue` takes (`keyLang`: the language the file's keys are in). */
export function valueFromKeys(question: Question, keys: string[], keyLang: Lang): unknown {
  switch (question.kind) {
    case 'level':
      return Number(keys[0]);
    case 'boolean':
      return keys[0] === BOOLEAN_KEYS.yes[keyLang];
    case 'choice':
      return question.options[Number(keys[0]) - 1]?.id;
    case 'multi':
      return keys.map((k) => question.options[Number(k) - 1]?.id);
    default:
      return keys.join('');
  }
}

/** The current answer as editable text (numbers in the user's notation). */
export function editableText(question: Question, entry: AnswerEntry | undefined, lang: Lang): string {
  const value: AnswerValue | undefined = entry?.na === undefined ? entry?.value : undefined;
  if (value === undefined) return '';
  if (question.kind === 'number' && typeof value === 'number') return formatNumber(value, lang);
  // A list as it is typed: cells in column order separated by `|`, rows by `;`.
  if (question.kind === 'list' && Array.isArray(value)) {
    return (value as ListRow[]).map((row) => question.columns.map((c) => (row[c.id] === undefined ? '' : typeof row[c.id] === 'number' ? formatNumber(row[c.id] as number, lang) : String(row[c.id]))).join(' | ').replace(/( \| )+$/, '')).join('; ');
  }
  return String(value);
}

/** Colours of a summary line's mark and outcome. */
export interface SummaryPaint {
  mark(text: string): string;
  outcome(text: string): string;
}

/**
 * One line left in the scroll-back once a question is done: `✔ S1.2 Komitmen … → 3 · Terdefinisi`.
 * Cut as plain text, then coloured, so colour codes take no room and each one is closed.
 */
export function summaryLine(mark: string, question: Question, outcome: string, lang: Lang, width: number, paint: SummaryPaint = { mark: (t) => t, outcome: (t) => t }): string {
  const room = Math.max(30, width - 1);
  const fullHead = `${mark} ${question.id} ${questionTitle(question, lang)}`;
  // Half the line at least, and whatever a short question name leaves.
  const answer = truncateWords(outcome, Math.max(20, Math.floor(room / 2), room - displayWidth(fullHead) - 3));
  const head = truncateWords(fullHead, Math.max(12, room - displayWidth(answer) - 3));
  return `${paint.mark(mark)}${head.slice(mark.length)} → ${paint.outcome(answer)}`;
}

/** What can be done at a question besides answering it. */
export type Action = 'skip' | 'na' | 'back' | 'jump' | 'review' | 'clear' | 'finish';

export interface QuestionScreen {
  header: HeaderParts;
  input: QuestionInput;
  /** The actions offered here, with their keys: N/A only where allowed, back only after the first, clear only when answered. */
  actions: KeyedAction<Action>[];
}

export interface ScreenOptions {
  /** The language of the file's keys (stored in the file), when it differs from the words' language. */
  keys?: Lang;
  /** Only looking: no N/A or clear, and skip reads "next". */
  readOnly?: boolean;
}

/** Everything shown at a question, worked out before it is asked. */
export function questionScreen(rubric: Rubric, answers: Answers, question: Question, lang: Lang, paint: Paint, size: ScreenSize, options: ScreenOptions = {}): QuestionScreen {
  const keys = options.keys ?? lang;
  const readOnly = options.readOnly ?? false;
  const input = questionInput(question, lang, keys);
  const header = questionHeader(rubric, answers, question, lang, paint, size);
  const key = (action: keyof typeof ACTION_KEYS): string => ACTION_KEYS[action][keys];
  const actions: KeyedAction<Action>[] = [
    { key: key('skip'), word: readOnly ? W.actNext[lang] : W.actSkip[lang], action: 'skip' },
    ...(question.allowNa && !readOnly ? [{ key: key('na'), word: W.actNa[lang], action: 'na' as const }] : []),
    ...(previousQuestion(rubric, answers, question.id) ? [{ key: key('back'), word: W.actBack[lang], action: 'back' as const }] : []),
    { key: key('jump'), word: W.actJump[lang], action: 'jump' },
    { key: key('review'), word: W.actReview[lang], action: 'review' },
    ...(isQuestionAnswered(answers, question.id) && !readOnly ? [{ key: key('clear'), word: W.actClear[lang], action: 'clear' as const }] : []),
    { key: key('finish'), word: readOnly ? W.actQuit[lang] : W.actFinish[lang], action: 'finish' },
  ];
  return { header, input, actions };
}
