import type { BandRef, Coverage } from '../scoring/model.js';
import { displayIndex } from '../scoring/json.js';
import type { Comparison, NodeSide, QuestionSide, SideSummary } from './compare.js';
import type { MergeResult, Rating } from './merge.js';

/** Version tags of the documented JSON shapes (src/compare/README.md); bump when a field changes meaning. */
export const COMPARE_FORMAT = 'siap-compare/1';
export const MERGE_FORMAT = 'siap-merge/1';

function band(b: BandRef | null): Record<string, unknown> | null {
  return b ? { id: b.id, label: b.label, min: b.min } : null;
}

function coverage(c: Coverage): Record<string, number> {
  return { answered: c.answered, applicable: c.applicable, na: c.na, hidden: c.hidden, unanswered: c.unanswered, required_unanswered: c.requiredUnanswered };
}

function side(s: SideSummary): Record<string, unknown> {
  return {
    file: s.file,
    rubric: { id: s.rubric.id, version: s.rubric.version, sha256: s.rubric.sha256 },
    regency: s.regency,
    assessment: s.assessment,
    expression: s.expression,
    range: [s.lower, s.upper],
    decimals: s.decimals,
    index: s.index,
    display: displayIndex(s.index, s.decimals),
    band: band(s.band),
    recommended: s.recommended,
    provisional: s.provisional,
    coverage: coverage(s.coverage),
    failed_gates: s.failedGates,
  };
}

function nodeSide(n: NodeSide | null, decimals: number): Record<string, unknown> | null {
  return n ? { index: n.index, display: displayIndex(n.index, decimals), band: band(n.band), weight: n.weight, share: n.share } : null;
}

function questionSide(q: QuestionSide | null): Record<string, unknown> | null {
  if (!q) return null;
  return {
    state: q.state,
    value: q.value ?? null,
    ...(q.naReason !== undefined ? { na: q.naReason } : {}),
    ...(q.note ? { note: q.note } : {}),
    evidence: q.evidence,
    points: q.points,
    min_points: q.minPoints,
    max_points: q.maxPoints,
    normalized: q.normalized,
    score: q.score,
    share: q.share,
    imputed: q.imputed,
    answer: q.answer,
  };
}

/** The documented `siap compare --json` shape: unrounded numbers, rounded text in `display`, texts as `{id, en}`. */
export function toCompareJson(c: Comparison): Record<string, unknown> {
  const decimalsA = c.a.decimals;
  const decimalsB = c.b.decimals;
  const v = c.verification;
  return {
    format: COMPARE_FORMAT,
    a: side(c.a),
    b: side(c.b),
    same_scale: c.sameScale,
    overall: {
      status: c.overall.status,
      delta: c.overall.delta,
      display: c.overall.delta === null ? '' : displayIndex(c.overall.delta, decimalsB),
    },
    rubric_changes: {
      only_in_a: c.onlyInA,
      only_in_b: c.onlyInB,
      kind_changed: c.kindChanged,
      // Two versions of one rubric: what the newer version's declared migration moved or changed.
      mapping: c.mapping
        ? { older: c.mapping.older, from: c.mapping.from, to: c.mapping.to, items: c.mapping.items.map((i) => ({ type: i.type, from: i.from, to: i.to, reason: i.reason ?? null })) }
        : null,
    },
    counts: c.counts,
    movements: c.movements.map((q) => q.id),
    nodes: c.nodes.map((n) => ({
      id: n.id,
      parent: n.parent,
      depth: n.depth,
      title: n.title,
      status: n.status,
      a: nodeSide(n.a, decimalsA),
      b: nodeSide(n.b, decimalsB),
      delta: n.delta,
    })),
    questions: c.questions.map((q) => ({
      id: q.id,
      parent: q.parent,
      pillar: q.pillar,
      kind: q.kind,
      text: q.text,
      status: q.status,
      kind_changed: q.kindChanged,
      impact: q.impact,
      ...(q.instrumentImpact !== undefined ? { instrument_impact: q.instrumentImpact } : {}),
      delta_points: q.deltaPoints,
      delta_score: q.deltaScore,
      a: questionSide(q.a),
      b: questionSide(q.b),
      mapping: q.mapping ? { type: q.mapping.type, from: q.mapping.from, to: q.mapping.to, ...(q.mapping.mapped !== undefined ? { mapped: q.mapping.mapped } : {}) } : null,
    })),
    verification: v
      ? {
          self: v.self,
          overall: v.overall,
          pillars: v.pillars,
          not_verified: v.notVerified.map((i) => ({
            id: i.id,
            text: i.text,
            pillar: i.pillar,
            reason: i.reason,
            self: questionSide(i.self),
            assessor: questionSide(i.assessor),
            note: i.note ?? null,
          })),
        }
      : null,
  };
}

function rating(r: Rating): Record<string, unknown> {
  return r.kind === 'value' ? { value: r.value } : r.kind === 'na' ? { value: null, na: r.reason } : { value: null };
}

/** The documented `siap merge --json` shape. */
export function toMergeJson(m: MergeResult, output: string): Record<string, unknown> {
  const c = m.consensus;
  return {
    format: MERGE_FORMAT,
    output,
    rubric: c.rubric,
    regency: c.regency,
    rule: m.rule,
    raters: m.raters,
    agreement: {
      compared: m.agreement.compared,
      agreed: m.agreement.agreed,
      percent: m.agreement.percent,
      identical: m.agreement.identical,
      identical_percent: m.agreement.identicalPercent,
    },
    kappa: {
      weighting: m.kappa.weighting,
      value: m.kappa.value,
      categories: m.kappa.categories,
      pairs: m.kappa.pairs.map((p) => ({ a: m.raters[p.a]!.assessor, b: m.raters[p.b]!.assessor, items: p.items, kappa: p.kappa })),
    },
    disputes: m.disputes.map((q) => q.id),
    incomplete: m.incomplete.map((q) => q.id),
    questions: m.questions.map((q) => ({
      id: q.id,
      parent: q.parent,
      kind: q.kind,
      text: q.text,
      outcome: q.outcome,
      identical: q.identical,
      reason: q.reason ?? null,
      spread: q.spread ?? null,
      counted: q.counted,
      consensus: q.consensus ?? null,
      ratings: q.ratings.map((r) => ({ assessor: r.assessor, ...rating(r.rating), ...(r.note ? { note: r.note } : {}) })),
    })),
  };
}
