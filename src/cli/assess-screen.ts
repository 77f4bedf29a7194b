import type { AnswerEntry, AnswerValue, ListRow, Answers } from '../answers/model.js';
import { isQuestionAnswered, previousQuestion, progressAt, sectionPath } from '../answers/walk.js';
import { pick, type Lang, type Words } from '../i18n.js';
import { fill } from '../messages/define.js';
import { ACTION_KEYS, ASSESS_WORDS as W, BOOLEAN_KEYS } from '../messages/assess.js';
import { formatAnswer, formatNumber } from '../messages/present.js';
import { isScored, type Question, type Rubric } from '../rubric/model.js';
import { WORDS } from '../messages/words.js';
import type { KeyedAction, KeyedOption, Paint } from './prompts.js';
import { truncate, wrapText } from './table.js';

/**
 * What the assessor sees at a question, as text: where it sits, the question, hint and evidence,
 * and its answers as typed keys. Pure: the walk state in, lines out (fitted to the terminal).
 */

export interface ScreenSize {
  width: number;
  rows: number;
}

/** At most `max` lines; the last one ends with an ellipsis when some were cut. */
function clip(lines: string[], max: number): { lines: string[]; cut: boolean } {
  if (lines.length <= max) return { lines, cut: false };
  const kept = lines.slice(0, Math.max(1, max));
  kept[kept.length - 1] = `${kept[kept.length - 1]!.replace(/[\s.,;:]*$/, '')} …`;
  return { lines: kept, cut: true };
}

function w(words: Words, lang: Lang, params: Record<string, string | number> = {}): string {
  return fill(words[lang], params);
}

/** `Struktur › S1 Kepemimpinan & visi · pertanyaan 3 dari 59 · 5% selesai`. */
export function breadcrumb(rubric: Rubric, answers: Answers, question: Question, lang: Lang, width = Number.POSITIVE_INFINITY): string {
  // Element ids that are codes (S1, I4) help; slugs (governance) only repeat the title.
  const names = sectionPath(rubric, question).map((node) => (node.depth === 1 || !/\d/.test(node.id) ? pick(node.title, lang) : `${node.id} ${pick(node.title, lang)}`));
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
  return pick(question.title ?? question.text, lang);
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
    const unit = question.unit ? ` ${pick(question.unit, lang)}` : '';
    parts.push(
      question.max === undefined
        ? `${W.atLeast[lang]} ${formatNumber(question.min, lang)}${unit}`
        : `${W.range[lang]} ${formatNumber(question.min, lang)}–${formatNumber(question.max, lang)}${unit}`,
    );
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
      const span = next ? `${formatNumber(t.from, lang)}–<${formatNumber(next.from, lang)}` : `≥${formatNumber(t.from, lang)}`;
      return t.label ? pick(t.label, lang) : span;
    })
    .join(' · ');
}

export interface QuestionHeader {
  /** The header fitted to the screen. */
  lines: string[];
  /** Every line of hint and evidence, when the fitted header had to cut some. */
  full?: string[];
}

/**
 * The lines above the answers, fitted so that the whole question (answers, footer and the
 * highlighted answer's description) fits in `size.rows`: the hint and evidence are cut first.
 */
export function questionHeader(rubric: Rubric, answers: Answers, question: Question, lang: Lang, paint: Paint, size: ScreenSize, optionCount: number): QuestionHeader {
  const width = Math.max(30, size.width - 1);
  const top = [paint.dim(breadcrumb(rubric, answers, question, lang, width))];
  const text = wrapText(`${question.id}  ${pick(question.text, lang)}`, width).map((l) => paint.bold(l));
  const meta = constraints(question, lang);
  const thresholds = thresholdLine(question, lang);
  const entry = answers.entries.get(question.id);
  const current = answerText(question, entry, lang);
  const hint = question.hint ? wrapText(`${W.hint[lang]}: ${pick(question.hint, lang)}`, width) : [];
  const evidence = question.evidence.length > 0 ? wrapText(`${W.evidence[lang]}: ${question.evidence.map((e) => pick(e, lang)).join(' · ')}`, width) : [];
  const tail: string[] = [];
  if (meta) tail.push(...wrapText(meta, width));
  if (thresholds) tail.push(...clip(wrapText(thresholds, width), 2).lines);
  if (entry?.panel && entry.panel.length > 0) {
    // A consensus file from `siap merge`: show what each panel member said, to settle the item.
    const said = entry.panel.map((p) => `${p.assessor}: ${p.na !== undefined ? `N/A (${p.na})` : formatAnswer(question, p.value, lang) || '—'}`).join(' · ');
    tail.push(...clip(wrapText(`${W.panel[lang]}: ${said}`, width), 2).lines.map((l) => paint.cyan(l)));
  }
  if (current) tail.push(...clip(wrapText(`${W.current[lang]}: ${current}`, width), 2).lines.map((l) => paint.cyan(l)));
  if (entry?.note) tail.push(...clip(wrapText(`${W.noteLabel[lang]}: ${entry.note}`, width), 1).lines.map((l) => paint.dim(l)));

  // Rows: header + answers + prompt line + footer (2) + at least 2 lines of the answer's description.
  const budget = size.rows - 1 - optionCount - 1 - 2 - (optionCount > 0 ? 2 : 0);
  let room = budget - top.length - text.length - tail.length;
  const hintRoom = Math.max(1, Math.min(hint.length, room - Math.min(evidence.length, 2)));
  const hintFit = hint.length > 0 ? clip(hint, hintRoom) : { lines: [], cut: false };
  room -= hintFit.lines.length;
  const evidenceFit = evidence.length > 0 ? clip(evidence, Math.max(1, room)) : { lines: [], cut: false };
  const dimmed = (lines: string[]): string[] => lines.map((l) => paint.dim(l));
  const lines = [...top, ...text, ...dimmed(hintFit.lines), ...dimmed(evidenceFit.lines), ...tail];
  if (!hintFit.cut && !evidenceFit.cut) return { lines };
  return { lines, full: [...top, ...text, ...dimmed(hint), ...dimmed(evidence), ...tail] };
}

export interface QuestionInput {
  mode: 'single' | 'multi' | 'text';
  options: KeyedOption[];
  keysHint: string;
  allowEmpty: boolean;
}

/** The answers of a question as typed keys: level values, y/t, option numbers. */
export function questionInput(question: Question, lang: Lang, width: number): QuestionInput {
  const room = Math.max(30, width - 8);
  const detail = (text: string, shownInLabel: string): string[] => (shownInLabel.length > room ? wrapText(text, width - 1, '    ') : []);
  switch (question.kind) {
    case 'level': {
      const options = question.levels.map((l): KeyedOption => {
        const descriptor = pick(l.descriptor, lang);
        const label = `${pick(l.label, lang)}${descriptor ? ` — ${descriptor}` : ''}`;
        const evidence = l.evidence.length > 0 ? wrapText(`${W.expectedAtLevel[lang]}: ${l.evidence.map((e) => pick(e, lang)).join(' · ')}`, width - 1, '    ') : [];
        return { key: String(l.value), label, detail: [...detail(descriptor, label), ...evidence] };
      });
      const values = question.levels.map((l) => l.value);
      const consecutive = values.every((v, i) => i === 0 || v === values[i - 1]! + 1);
      return { mode: 'single', options, keysHint: consecutive ? `${values[0]}–${values.at(-1)}` : values.join('/'), allowEmpty: false };
    }
    case 'boolean': {
      const yes = question.labels ? pick(question.labels.yes, lang) : WORDS.yes[lang];
      const no = question.labels ? pick(question.labels.no, lang) : WORDS.no[lang];
      const options = [
        { key: BOOLEAN_KEYS.yes[lang], label: yes },
        { key: BOOLEAN_KEYS.no[lang], label: no },
      ];
      return { mode: 'single', options, keysHint: `${BOOLEAN_KEYS.yes[lang]}/${BOOLEAN_KEYS.no[lang]}`, allowEmpty: false };
    }
    case 'choice':
    case 'multi': {
      const options = question.options.map((o, i): KeyedOption => {
        const descriptor = o.descriptor ? pick(o.descriptor, lang) : '';
        const label = `${pick(o.label, lang)}${descriptor ? ` — ${descriptor}` : ''}`;
        return { key: String(i + 1), label, detail: detail(descriptor, label), ...(o.exclusive ? { exclusive: true } : {}) };
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
export function selectedKeys(question: Question, entry: AnswerEntry | undefined, lang: Lang): string[] {
  const value = entry?.na === undefined ? entry?.value : undefined;
  if (value === undefined) return [];
  switch (question.kind) {
    case 'level':
      return [String(value)];
    case 'boolean':
      return [value === true ? BOOLEAN_KEYS.yes[lang] : BOOLEAN_KEYS.no[lang]];
    case 'choice':
    case 'multi': {
      const ids = Array.isArray(value) ? (value as string[]) : [String(value)];
      return question.options.flatMap((o, i) => (ids.includes(o.id) ? [String(i + 1)] : []));
    }
    default:
      return [];
  }
}

/** Typed keys → the raw value `checkValue` takes. */
export function valueFromKeys(question: Question, keys: string[], lang: Lang): unknown {
  switch (question.kind) {
    case 'level':
      return Number(keys[0]);
    case 'boolean':
      return keys[0] === BOOLEAN_KEYS.yes[lang];
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

/** One line left in the scroll-back once a question is done: `✔ S1.2 Komitmen … → 3 · Terdefinisi`. */
export function summaryLine(mark: string, question: Question, outcome: string, lang: Lang, width: number): string {
  const room = Math.max(30, width - 1);
  const answer = truncate(outcome, Math.max(20, Math.floor(room / 2)));
  const head = truncate(`${mark} ${question.id} ${questionTitle(question, lang)}`, Math.max(12, room - answer.length - 3));
  return `${head} → ${answer}`;
}

/** What can be done at a question besides answering it. */
export type Action = 'skip' | 'na' | 'back' | 'jump' | 'review' | 'clear' | 'finish';

export interface QuestionScreen {
  header: QuestionHeader;
  input: QuestionInput;
  /** The actions offered here, with their keys: N/A only where allowed, back only after the first, clear only when answered. */
  actions: KeyedAction<Action>[];
}

/** Everything shown at a question, worked out before it is asked. */
export function questionScreen(rubric: Rubric, answers: Answers, question: Question, lang: Lang, paint: Paint, size: ScreenSize): QuestionScreen {
  const input = questionInput(question, lang, size.width);
  const header = questionHeader(rubric, answers, question, lang, paint, size, input.options.length);
  const key = (action: keyof typeof ACTION_KEYS): string => ACTION_KEYS[action][lang];
  const actions: KeyedAction<Action>[] = [
    { key: key('skip'), word: W.actSkip[lang], action: 'skip' },
    ...(question.allowNa ? [{ key: key('na'), word: W.actNa[lang], action: 'na' as const }] : []),
    ...(previousQuestion(rubric, answers, question.id) ? [{ key: key('back'), word: W.actBack[lang], action: 'back' as const }] : []),
    { key: key('jump'), word: W.actJump[lang], action: 'jump' },
    { key: key('review'), word: W.actReview[lang], action: 'review' },
    ...(isQuestionAnswered(answers, question.id) ? [{ key: key('clear'), word: W.actClear[lang], action: 'clear' as const }] : []),
    { key: key('finish'), word: W.actFinish[lang], action: 'finish' },
  ];
  return { header, input, actions };
}
