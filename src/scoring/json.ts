import { roundHalfUp } from '../i18n.js';
import type { BandRef, Coverage, NodeScore, ScoreResult } from './model.js';

/** Version tag of the `siap score --json` shape; bump when a field changes meaning. */
export const SCORE_FORMAT = 'siap-score/1';

/** An index rounded for display, always with a dot (machine output is language-neutral). */
export function displayIndex(value: number | null, decimals: number): string {
  return value === null ? '' : roundHalfUp(value, decimals).toFixed(decimals);
}

function band(b: BandRef | null): Record<string, unknown> | null {
  return b ? { id: b.id, label: b.label, min: b.min } : null;
}

function coverage(c: Coverage): Record<string, number> {
  return {
    answered: c.answered,
    applicable: c.applicable,
    na: c.na,
    hidden: c.hidden,
    unanswered: c.unanswered,
    required_unanswered: c.requiredUnanswered,
  };
}

function node(n: NodeScore, decimals: number): Record<string, unknown> {
  return {
    id: n.id,
    parent: n.parent,
    depth: n.depth,
    title: n.title,
    weight: n.weight,
    index: n.index,
    display: displayIndex(n.index, decimals),
    band: band(n.band),
    share: n.share,
    weighted_sum: n.weightedSum,
    weight_total: n.weightTotal,
    coverage: coverage(n.coverage),
    children: n.children.map((c) => ({ id: c.id, type: c.type, weight: c.weight, score: c.score, counted: c.counted, ...(c.excluded ? { excluded: c.excluded } : {}) })),
  };
}

/**
 * The documented, stable JSON shape of a score (README "JSON output"). Unrounded numbers in
 * `index`/`score`, rounded text in `display`; texts as `{id, en}` so the shape does not depend on
 * the output language.
 */
export function toScoreJson(result: ScoreResult): Record<string, unknown> {
  return {
    format: SCORE_FORMAT,
    file: result.file,
    rubric: { id: result.rubric.id, version: result.rubric.version, sha256: result.rubric.sha256 },
    ...(result.answersRubricSha256 ? { answers_rubric_sha256: result.answersRubricSha256 } : {}),
    regency: result.regency,
    assessment: result.assessment,
    expression: result.expression,
    range: [result.lower, result.upper],
    decimals: result.decimals,
    index: result.index,
    display: displayIndex(result.index, result.decimals),
    band: band(result.band),
    recommended: result.recommended,
    gates: result.gates.map((g) => ({
      id: g.id,
      title: g.title,
      passed: g.passed,
      rule: g.rule,
      actual: g.actual,
      reason: g.reason,
      ...(g.failing ? { failing: g.failing } : {}),
    })),
    coverage: coverage(result.coverage),
    provisional: result.provisional,
    overall: node(result.root, result.decimals),
    nodes: result.nodes.map((n) => node(n, result.decimals)),
    ...(result.context.length > 0 ? { context: result.context.map((c) => ({ id: c.id, title: c.title, value: c.value ?? null, ...(c.note ? { note: c.note } : {}) })) } : {}),
    questions: result.questions.map((q) => ({
      id: q.id,
      parent: q.parent,
      kind: q.kind,
      state: q.state,
      ...(q.hiddenBy ? { hidden_by: q.hiddenBy } : {}),
      value: q.value ?? null,
      ...(q.naReason !== undefined ? { na_reason: q.naReason } : {}),
      points: q.points,
      min_points: q.minPoints,
      max_points: q.maxPoints,
      normalized: q.normalized,
      score: q.score,
      weight: q.weight,
      share: q.share,
      gain: q.gain,
      imputed: q.imputed,
      ...(q.label ? { label: q.label } : {}),
      ...(q.note ? { note: q.note } : {}),
      evidence: q.evidence,
    })),
  };
}
