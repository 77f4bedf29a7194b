import type { Answers, Assessment, Regency } from '../answers/model.js';
import { parseAnswersSource, readAnswersSource } from '../answers/parse.js';
import { defaultAnswersName } from '../answers/template.js';
import { checkValue } from '../answers/values.js';
import { clearAnswer, recordNa, recordNotes, recordValue } from '../answers/walk.js';
import { serializeAnswers } from '../answers/write.js';
import { isSiapError, type Diagnostic } from '../errors.js';
import type { Rubric } from '../rubric/model.js';
import type { YamlSource } from '../source/yaml.js';

/**
 * The state of the offline form, as pure data and functions (no DOM, no storage, no clock), so the
 * browser code stays a thin layer and these rules are tested in Node: the answers exactly as an
 * answers file holds them, plus what was typed but is not an answer yet.
 */

/** Typed but not (yet) an answer: a value the question does not accept, or N/A still without its reason. */
export type Pending = { type: 'value'; text: string; problem: Diagnostic } | { type: 'na' };

export interface FormState {
  /** What is scored, kept in the browser and saved to the file. */
  answers: Answers;
  pending: ReadonlyMap<string, Pending>;
  /**
   * Warnings about values that were taken (a lone dot before three digits, `1.234`, read as a
   * decimal): shown beside the question as the CLI would print them; the answer still counts.
   */
  notices?: ReadonlyMap<string, Diagnostic>;
}

function withPending(state: FormState, answers: Answers, id: string, pending: Pending | undefined, notice?: Diagnostic): FormState {
  const next = new Map(state.pending);
  if (pending) next.set(id, pending);
  else next.delete(id);
  const notices = new Map(state.notices ?? []);
  if (notice) notices.set(id, notice);
  else notices.delete(id);
  return { answers, pending: next, ...(notices.size > 0 ? { notices } : {}) };
}

/**
 * A value given in the form (a level, true/false, an option id or ids, typed text) → the answer,
 * checked by the same `checkValue` as answers files; a value it refuses is kept as pending with
 * its problem, and the question counts as unanswered until it is fixed. Empty text clears it.
 */
export function answerValue(state: FormState, rubric: Rubric, id: string, raw: unknown): FormState {
  const question = rubric.questionById.get(id);
  if (!question) return state;
  if (raw === undefined || (typeof raw === 'string' && raw.trim() === '')) return withPending(state, clearAnswer(state.answers, id), id, undefined);
  const check = checkValue(question, raw);
  if (check.ok) {
    const notice: Diagnostic | undefined = check.warning ? { code: check.warning.code, severity: 'warning', params: check.warning.params } : undefined;
    return withPending(state, recordValue(state.answers, id, check.value), id, undefined, notice);
  }
  const problem: Diagnostic = { code: check.code, severity: 'error', params: check.params };
  return withPending(state, clearAnswer(state.answers, id), id, { type: 'value', text: String(raw), problem });
}

/** N/A ticked (with the reason typed so far) or unticked; without a reason it does not count yet. */
export function answerNa(state: FormState, rubric: Rubric, id: string, on: boolean, reason: string): FormState {
  if (!rubric.questionById.get(id)?.allowNa) return state;
  const entry = state.answers.entries.get(id);
  if (!on) return withPending(state, entry?.na !== undefined ? clearAnswer(state.answers, id) : state.answers, id, undefined);
  const text = reason.trim();
  if (text === '') return withPending(state, clearAnswer(state.answers, id), id, { type: 'na' });
  return withPending(state, recordNa(state.answers, id, text), id, undefined);
}

/** The note and the evidence references (one per line) of a question. */
export function answerNotes(state: FormState, id: string, note: string, evidence: string): FormState {
  return { ...state, answers: recordNotes(state.answers, id, { note, evidence: evidence.split(/\r?\n/) }) };
}

/** Make a question unanswered again (its note and evidence stay). */
export function clearQuestion(state: FormState, id: string): FormState {
  return withPending(state, clearAnswer(state.answers, id), id, undefined);
}

/** New regency and assessment details (the kind of assessment stays a self-assessment). */
export function withDetails(state: FormState, regency: Regency, assessment: Omit<Assessment, 'kind'>): FormState {
  return { ...state, answers: { ...state.answers, regency, assessment: { ...assessment, kind: 'self' } } };
}

/** Answers as the form saves them: made against this rubric, as a self-assessment. */
function answersForFile(answers: Answers, rubric: Rubric): Answers {
  return {
    ...answers,
    rubric: { id: rubric.id, version: rubric.version, sha256: rubric.sha256, ...(answers.rubric.file ? { file: answers.rubric.file } : {}) },
    assessment: { ...answers.assessment, kind: 'self' },
  };
}

/** The `siap-answers/1` YAML the form saves and keeps in the browser. */
export function answersFileText(answers: Answers, rubric: Rubric): string {
  return serializeAnswers(answersForFile(answers, rubric), rubric);
}

/** `jawaban-gianyar.yaml`: the name of the saved file, after the regency. */
export function answersFileName(answers: Answers): string {
  return defaultAnswersName(answers.regency.name);
}

/** What opening an answers file in the form gave. */
export interface OpenedFile {
  /** The answers loaded; undefined when nothing could be (its problems say why). */
  answers?: Answers;
  /** Every problem found, errors and warnings, located as the CLI locates them. */
  problems: Diagnostic[];
  /** Answers left out because of their problems (the rest of the file was loaded). */
  skipped: string[];
}

/**
 * Answers text → answers, checked by the same parser as `siap score`. Where the only errors sit
 * in single answers, the file is loaded without those answers and the problems are kept, so
 * they can be fixed in the form next to their questions; any other error loads nothing. A left-out
 * answer keeps its note and evidence when they are not what is wrong: only its value waits.
 */
export function openAnswersText(text: string, file: string, rubric: Rubric): OpenedFile {
  let source: YamlSource | undefined;
  try {
    source = readAnswersSource(text, file);
    const { answers, warnings } = parseAnswersSource(source, rubric);
    return { answers, problems: warnings, skipped: [] };
  } catch (error) {
    if (!isSiapError(error)) throw error;
    const problems = error.problems();
    const data = source?.data as { answers?: unknown } | undefined;
    const entries = data && typeof data === 'object' && data.answers && typeof data.answers === 'object' && !Array.isArray(data.answers) ? (data.answers as Record<string, unknown>) : undefined;
    if (!source || !entries) return { problems, skipped: [] };
    const keys = Object.keys(entries);
    const skipped = new Set<string>();
    for (const problem of problems) {
      if (problem.severity !== 'error') continue;
      const key = answerKeyOf(problem, keys);
      if (key === undefined) return { problems, skipped: [] };
      skipped.add(key);
    }
    const without = Object.fromEntries(Object.entries(entries).filter(([key]) => !skipped.has(key)));
    const parsed = (answersData: Record<string, unknown>): Answers | undefined => {
      try {
        return parseAnswersSource({ ...source!, data: { ...data, answers: answersData } }, rubric).answers;
      } catch {
        return undefined;
      }
    };
    // First with the notes and evidence of the left-out answers, then (when those are wrong too) without.
    const answers = parsed({ ...without, ...notesOf(entries, skipped, rubric) }) ?? parsed(without);
    return answers ? { answers, problems, skipped: [...skipped] } : { problems, skipped: [] };
  }
}

/** The note and evidence of answers left out, for the rubric's questions, as written. */
function notesOf(entries: Record<string, unknown>, keys: Set<string>, rubric: Rubric): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const entry = entries[key];
    if (!rubric.questionById.has(key) || entry === null || typeof entry !== 'object' || Array.isArray(entry)) continue;
    const { note, evidence } = entry as { note?: unknown; evidence?: unknown };
    if (note !== undefined || evidence !== undefined) out[key] = { ...(note !== undefined ? { note } : {}), ...(evidence !== undefined ? { evidence } : {}) };
  }
  return out;
}

/**
 * The key under `answers:` a problem points into (`answers.S1.2.value` → `S1.2`), matched against
 * the keys that exist (ids may contain dots); undefined for problems elsewhere in the file.
 */
export function answerKeyOf(problem: Diagnostic, keys: Iterable<string>): string | undefined {
  const path = problem.source?.path;
  if (!path?.startsWith('answers.')) return undefined;
  const rest = path.slice('answers.'.length);
  let best: string | undefined;
  for (const key of keys) {
    const hit = rest === key || rest.startsWith(`${key}.`) || rest.startsWith(`${key}[`);
    if (hit && (best === undefined || key.length > best.length)) best = key;
  }
  return best;
}

/** The question a problem is about, when it is about one of the rubric's questions. */
export function questionOfProblem(problem: Diagnostic, rubric: Rubric): string | undefined {
  return answerKeyOf(problem, rubric.questionById.keys());
}
