import { isAnswered, type Answers, type AnswerValue, type ListRow } from '../answers/model.js';
import { formatDecimal, localizeDecimal, pick, type Lang, type LocalText } from '../i18n.js';
import type { Column, Question, Rubric } from '../rubric/model.js';
import type { GateResult, QuestionCounts, QuestionScore, ScoreResult } from '../scoring/model.js';
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

/**
 * A section as every terminal view names it (score table, --explain, compare): its title, after
 * its id when the id is a code (`S1 Kepemimpinan & visi`); a slug id (`governance`, `struktur`)
 * only repeats the title, and a pillar is named by its title alone.
 */
export function sectionLabel(node: { id: string; title: LocalText; depth: number }, lang: Lang): string {
  return node.depth > 1 && /\d/.test(node.id) ? `${node.id} ${pick(node.title, lang)}` : pick(node.title, lang);
}

/** A question's short name as every view shows it: the rubric's short title, else its text. */
export function questionLabel(question: { title?: LocalText; text: LocalText }, lang: Lang): string {
  return pick(question.title ?? question.text, lang);
}

/** What a number question accepts, written one way everywhere: `rentang 0–100`, `minimal 0` (no maximum). */
export function formatRange(min: number, max: number | undefined, lang: Lang): string {
  return max === undefined ? say(P.atLeast, lang, { min: formatNumber(min, lang) }) : say(P.range, lang, { min: formatNumber(min, lang), max: formatNumber(max, lang) });
}

/** The same with the question's unit: `minimal 0 orang`, `rentang 0–100 persen dari belanja APBD`. */
export function formatNumberRange(question: { min: number; max?: number; unit?: LocalText }, lang: Lang): string {
  const unit = question.unit ? ` ${pick(question.unit, lang)}` : '';
  return `${formatRange(question.min, question.max, lang)}${unit}`;
}

/** A band of a number question, from its threshold to the next one: `0,1–<0,3`, `≥ 1`. */
export function formatSpan(from: number, next: number | undefined, lang: Lang): string {
  return next === undefined ? `≥ ${formatNumber(from, lang)}` : `${formatNumber(from, lang)}–<${formatNumber(next, lang)}`;
}

/**
 * An answer as a person would say it: `3 · Terdefinisi`, `Ya`, `12 orang (2 · Parsial)`. For a
 * number, `label` is the label of the threshold the score reached (from the score trace: it knows
 * which variant applied, e.g. the thresholds for a kota).
 */
export function formatAnswer(question: Question, value: AnswerValue | undefined, lang: Lang, label?: LocalText): string {
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
      const reached = label ?? [...question.thresholds].reverse().find((t) => t.from <= n)?.label;
      return `${formatNumber(n, lang)}${unit}${reached ? ` · ${pick(reached, lang)}` : ''}`;
    }
    case 'text':
      return String(value);
    case 'list': {
      const rows = Array.isArray(value) ? (value as ListRow[]) : [];
      if (rows.length === 0) return P.noRows[lang];
      return rows
        .map((row) => question.columns.filter((c) => row[c.id] !== undefined).map((c) => formatCell(c, row[c.id]!, lang)).join(' | '))
        .join('; ');
    }
  }
}

/** One cell of a list row: numbers with the language's decimal mark and the column's unit, options by label. */
export function formatCell(column: Column, cell: string | number | boolean, lang: Lang): string {
  switch (column.kind) {
    case 'number':
      return typeof cell === 'number' ? `${formatNumber(cell, lang)}${column.unit ? ` ${pick(column.unit, lang)}` : ''}` : String(cell);
    case 'boolean':
      return cell === true ? WORDS.yes[lang] : WORDS.no[lang];
    case 'choice':
      return pick(column.options?.find((o) => o.id === cell)?.label, lang) || String(cell);
    case 'text':
      return String(cell);
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

/**
 * The items whose reaching the top would add most to the index, strengths included (an item at
 * 3 of 4 with a large weight can add more than a weakness): by gain, then lowest normalised value.
 */
export function largestGains(result: ScoreResult, count: number): QuestionScore[] {
  return result.questions
    .filter((q) => q.gain > 0)
    .sort((a, b) => b.gain - a.gain || (a.normalized ?? 0) - (b.normalized ?? 0))
    .slice(0, count);
}

/** Strengths, ordered by normalised value then by their share of the index. */
export function strongestItems(result: ScoreResult, count: number): QuestionScore[] {
  return result.questions
    .filter((q) => findingOf(q) === 'strength')
    .sort((a, b) => b.normalized! - a.normalized! || b.share - a.share)
    .slice(0, count);
}

/** `57 ditanyakan · 57 dijawab (1 N/A) · 54 dinilai · 59 di rubrik`: the same counts and labels on every screen. */
export function describeCounts(c: QuestionCounts, lang: Lang): string {
  const answered = say(P.countAnswered, lang, { n: c.answered }) + (c.na > 0 ? ` (${say(P.countNa, lang, { n: c.na })})` : '');
  return [say(P.countAsked, lang, { n: c.asked }), answered, say(P.countScored, lang, { n: c.scored }), say(P.countAll, lang, { n: c.all })].join(' · ');
}

/** What a consensus file says about its panel, in lines: who and how well they agreed, what the panel decided and what is still open. */
export interface ConsensusWords {
  summary: string;
  agreement?: string;
  decided?: string;
  open?: string;
}

/**
 * A consensus file made by `siap merge`: the number of assessors, their agreement and kappa, and
 * which items the panel decided (the items left open by the merge that now have an answer).
 * Undefined for an ordinary answers file.
 */
export function describeConsensus(answers: Pick<Answers, 'consensus' | 'mergedFrom' | 'entries'>, lang: Lang): ConsensusWords | undefined {
  const c = answers.consensus;
  if (!c) {
    if (!answers.mergedFrom || answers.mergedFrom.length === 0) return undefined;
    return { summary: say(P.consensusOfOld, lang, { n: answers.mergedFrom.length }) };
  }
  const percent = c.compared === 0 ? '—' : `${formatDecimal((c.agreed / c.compared) * 100, 1, lang)}%`;
  const kappa = c.kappa === null ? '—' : formatDecimal(c.kappa, 2, lang);
  const weighting = c.weighting === 'quadratic' ? P.weightingQuadratic[lang] : P.weightingLinear[lang];
  const agreement = [say(P.consensusAgreement, lang, { agreed: c.agreed, compared: c.compared, percent }), say(P.consensusKappa, lang, { kappa, weighting })].join(' · ');
  const decided = c.open.filter((id) => isAnswered(answers.entries.get(id)));
  const open = c.open.filter((id) => !isAnswered(answers.entries.get(id)));
  return {
    summary: say(P.consensusOf, lang, { n: c.assessors, rule: c.rule === 'min' ? P.ruleMin[lang] : P.ruleMedian[lang] }),
    agreement,
    ...(c.open.length === 0 ? { decided: P.consensusNothingOpen[lang] } : {}),
    ...(decided.length > 0 ? { decided: say(P.consensusDecided, lang, { list: decided.join(', ') }) } : {}),
    ...(open.length > 0 ? { open: say(P.consensusOpen, lang, { list: open.join(', ') }) } : {}),
  };
}

/** The consensus as `[label, value]` rows (the report's facts table); empty for an ordinary answers file. */
export function consensusFacts(answers: Pick<Answers, 'consensus' | 'mergedFrom' | 'entries'>, lang: Lang): [string, string][] {
  const c = describeConsensus(answers, lang);
  if (!c) return [];
  const rows: [string, string][] = [[P.consensusLabel[lang], c.summary]];
  if (c.agreement) rows.push([P.consensusAgreementLabel[lang], c.agreement]);
  const decisions = [c.decided, c.open].filter(Boolean).join(' · ');
  if (decisions) rows.push([P.consensusDecisionsLabel[lang], decisions]);
  return rows;
}

