import type { AnswerValue } from '../answers/model.js';
import { formatDecimal, localizeDecimal, pick, type Lang } from '../i18n.js';
import type { Question, Rubric } from '../rubric/model.js';
import type { GateResult, QuestionScore, ScoreResult } from '../scoring/model.js';
import { say } from './define.js';
import { PRESENT_WORDS as P, WORDS } from './words.js';

/**
 * Words for scores and answers, shared by the terminal, the report and compare. Pure: takes the
 * rubric and the score trace, returns text.
 */

/** `72,4` (id) or `72.4` (en); an em dash when there is no index. */
export function formatIndex(value: number | null, decimals: number, lang: Lang): string {
  return value === null ? '—' : formatDecimal(value, decimals, lang);
}

/** `72,4 / 100` or `3,12 / 5`. */
export function formatIndexOf(result: Pick<ScoreResult, 'decimals' | 'upper'>, value: number | null, lang: Lang): string {
  return `${formatIndex(value, result.decimals, lang)} / ${result.upper}`;
}

export function formatNumber(value: number, lang: Lang): string {
  const text = Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
  return localizeDecimal(text, lang);
}

/** An answer as a person would say it: `3 · Terdefinisi`, `Ya`, `12 orang (2 · Parsial)`. */
export function formatAnswer(question: Question, value: AnswerValue | undefined, lang: Lang): string {
  if (value === undefined) return '';
  switch (question.kind) {
    case 'level': {
      const level = question.levels.find((l) => l.value === value);
      return level ? `${level.value} · ${pick(level.label, lang)}` : String(value);
    }
    case 'boolean':
      if (question.labels) return pick(value === true ? question.labels.yes : question.labels.no, lang);
      return value === true ? WORDS.yes[lang] : WORDS.no[lang];
    case 'choice':
      return pick(question.options.find((o) => o.id === value)?.label, lang) || String(value);
    case 'multi': {
      const list = Array.isArray(value) ? value : [String(value)];
      if (list.length === 0) return P.noneSelected[lang];
      return list.map((id) => pick(question.options.find((o) => o.id === id)?.label, lang) || id).join('; ');
    }
    case 'number': {
      const n = typeof value === 'number' ? value : Number(value);
      const unit = question.unit ? ` ${pick(question.unit, lang)}` : '';
      const threshold = [...question.thresholds].reverse().find((t) => t.from <= n);
      const label = threshold?.label ? ` · ${pick(threshold.label, lang)}` : '';
      return `${formatNumber(n, lang)}${unit}${label}`;
    }
    case 'text':
      return String(value);
  }
}

/** An answer's state in words, for unanswered, N/A and hidden questions. */
export function formatState(qs: QuestionScore, lang: Lang): string {
  switch (qs.state) {
    case 'na':
      return `${WORDS.naShort[lang]}: ${qs.naReason ?? ''}`;
    case 'hidden':
      return qs.hiddenBy === 'profile' ? P.outsideProfile[lang] : qs.hiddenBy === 'assessor' ? P.assessorOnly[lang] : WORDS.hidden[lang];
    case 'unanswered':
      return qs.imputed ? P.unansweredImputed[lang] : WORDS.unanswered[lang];
    case 'answered':
      return '';
  }
}

const OP_SYMBOLS: Record<string, string> = { '>=': '≥', '<=': '≤', '!=': '≠', '=': '=', '<': '<', '>': '>', in: '∈' };

/** `>=` → `≥`: operators as printed for people. */
export function opSymbol(op: string): string {
  return OP_SYMBOLS[op] ?? op;
}

/** Why a gate failed (or that it passed), in words. */
export function describeGate(gate: GateResult, result: ScoreResult, rubric: Rubric, lang: Lang): string {
  const idx = (v: number): string => formatIndex(v, result.decimals, lang);
  const need = (min: number): string => say(P.required, lang, { rule: `≥ ${formatNumber(min, lang)}` });
  const rule = rubric.gates.find((g) => g.id === gate.id);
  if (!rule) return '';
  switch (rule.type) {
    case 'question': {
      const q = rubric.questionById.get(rule.question)!;
      const expected = `${opSymbol(rule.op)} ${Array.isArray(rule.value) ? rule.value.join(', ') : String(rule.value)}`;
      const required = say(P.required, lang, { rule: expected });
      if (gate.reason === 'unanswered') return say(P.gateUnanswered, lang, { id: q.id, rule: required });
      if (gate.reason === 'na') return say(P.gateNa, lang, { id: q.id, rule: required });
      if (gate.reason === 'hidden') return say(P.gateHidden, lang, { id: q.id, rule: required });
      return `${q.id}: ${formatAnswer(q, gate.actual as AnswerValue, lang)} (${required})`;
    }
    case 'index':
      if (gate.actual === null) return P.indexNotYet[lang];
      return `${WORDS.index[lang]} ${idx(gate.actual as number)} (${need(rule.min)})`;
    case 'node': {
      const title = pick(rubric.nodes.get(rule.node)?.title, lang);
      if (gate.actual === null) return `${title}: ${P.noData[lang]}`;
      return `${title} ${idx(gate.actual as number)} (${need(rule.min)})`;
    }
    case 'sections': {
      if (gate.actual === null) return P.noData[lang];
      if (!gate.failing?.length) return `${say(P.lowest, lang, { value: idx(gate.actual as number) })} (${need(rule.min)})`;
      const list = gate.failing
        .map((id) => `${pick(rubric.nodes.get(id)?.title, lang)} ${idx(result.nodes.find((n) => n.id === id)?.index ?? 0)}`)
        .join(', ');
      return `${list} (${need(rule.min)})`;
    }
  }
}

/** An answered item at or above this share of its range (75 %) is a strength; every other counted item below its top is a weakness. */
export const STRENGTH_AT = 0.75;

/**
 * The one rule that puts an item in the strengths or the weaknesses, never both: a counted,
 * answered item at or above 75 % of its range is a strength; a counted item below that (an
 * imputed one included) is a weakness; anything else is neither.
 */
export function findingOf(q: QuestionScore): 'strength' | 'weakness' | undefined {
  if (q.normalized === null || q.share <= 0) return undefined;
  if (q.state === 'answered' && q.normalized >= STRENGTH_AT) return 'strength';
  return q.normalized < 1 ? 'weakness' : undefined;
}

/**
 * Weaknesses where the index has most to gain, ordered by the index points that reaching the
 * top would add (then lowest normalised value, then rubric order).
 */
export function weakestItems(result: ScoreResult, count: number): QuestionScore[] {
  return result.questions
    .filter((q) => findingOf(q) === 'weakness')
    .sort((a, b) => b.gain - a.gain || a.normalized! - b.normalized! || 0)
    .slice(0, count);
}

/** Strengths, ordered by normalised value then by their share of the index. */
export function strongestItems(result: ScoreResult, count: number): QuestionScore[] {
  return result.questions
    .filter((q) => findingOf(q) === 'strength')
    .sort((a, b) => b.normalized! - a.normalized! || b.share - a.share)
    .slice(0, count);
}

/** `45 dari 57 dijawab` / `45 of 57 answered`, with N/A and hidden counts when there are any. */
export function describeCoverage(result: ScoreResult, lang: Lang, questions: string = WORDS.questions[lang]): string {
  const c = result.coverage;
  const parts = [say(P.coverage, lang, { answered: c.answered, applicable: c.applicable, questions })];
  if (c.na > 0) parts.push(`${c.na} N/A`);
  if (c.hidden > 0) parts.push(say(P.notAsked, lang, { count: c.hidden }));
  return parts.join(' · ');
}
