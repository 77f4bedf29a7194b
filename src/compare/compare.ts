import { isListValue, type AnswerValue, type Regency } from '../answers/model.js';
import type { LocalText, Words } from '../i18n.js';
import { formatAnswer, formatState } from '../messages/present.js';
import { pointsFor, type MappedItem, type MappingType, type VersionMapping } from './mapping.js';
import type { Question, QuestionKind, Rubric } from '../rubric/model.js';
import type { BandRef, Coverage, NodeScore, QuestionScore, QuestionState, ScoreResult } from '../scoring/model.js';

/**
 * Item-level difference of two scored assessments (self vs assessor, last year vs this year),
 * read from both score traces, never re-computed. Questions and sections are matched by id, so
 * A and B may use different versions of a rubric. Rules: src/compare/README.md.
 */

/** What happened to a question (or a section's index) from A to B. */
export type ChangeStatus =
  | 'improved'
  | 'regressed'
  | 'unchanged'
  | 'changed'
  | 'newly-answered'
  | 'newly-na'
  | 'no-longer-na'
  | 'no-longer-answered'
  | 'only-a'
  | 'only-b';

export const CHANGE_STATUSES: readonly ChangeStatus[] = [
  'improved',
  'regressed',
  'changed',
  'newly-answered',
  'newly-na',
  'no-longer-na',
  'no-longer-answered',
  'only-a',
  'only-b',
  'unchanged',
];

/** One assessment as the comparison shows it: the headline figures of its score trace. */
export type SideSummary = Pick<
  ScoreResult,
  'file' | 'rubric' | 'regency' | 'assessment' | 'expression' | 'lower' | 'upper' | 'decimals' | 'index' | 'band' | 'recommended' | 'provisional' | 'coverage'
> & {
  /** Ids of the gates that did not pass. */
  failedGates: string[];
};

/** One question in one assessment, copied from its score trace. */
export type QuestionSide = Pick<
  QuestionScore,
  'state' | 'value' | 'naReason' | 'note' | 'evidence' | 'points' | 'minPoints' | 'maxPoints' | 'normalized' | 'score' | 'share' | 'imputed' | 'label'
> & {
  /** The answer as people read it (`3 · Terdefinisi`, `N/A: …`, `belum dijawab`), in both languages. */
  answer: Words;
};

export interface QuestionChange {
  id: string;
  /** The rubric's short name for the question, when it has one. */
  title?: LocalText;
  text: LocalText;
  kind: QuestionKind;
  /** Section holding the question (in B, else in A). */
  parent: string;
  /** Top-level section (pillar) holding the question (in B, else in A). */
  pillar: string | null;
  status: ChangeStatus;
  /** The question kind differs between the two rubrics (its answers may not mean the same). */
  kindChanged: boolean;
  a: QuestionSide | null;
  b: QuestionSide | null;
  /** points B − points A, when both have points (across versions: the older answer's points in the newer terms). */
  deltaPoints: number | null;
  /** score B − score A in index units, when both have a score and both indexes use one scale. */
  deltaScore: number | null;
  /** How the instrument change (A and B on two versions of one rubric) touched this question. */
  mapping?: {
    type: MappingType;
    /** Ids in the older version. */
    from: string[];
    /** Ids in the newer version. */
    to: string[];
    reason?: LocalText;
    /** The older answer in the newer question's terms (remapped), null when the rule says re-assess. */
    mapped?: AnswerValue | null;
    /** That answer as people read it, in both languages. */
    mappedAnswer?: Words;
    /** The points that answer gives on the newer question (used to judge changes and claims). */
    mappedPoints?: { points: number; minPoints: number; maxPoints: number; normalized: number };
  };
  /**
   * Change of this item's contribution to the index, in B's index units:
   * share_B·normalized_B·range_B − share_A·normalized_A·range_B. Over all items these add up to
   * index B − index A (when both use one scale); for an item whose share did not move it is
   * share × Δscore. Across two versions of one rubric it is what the answers changed, read in the
   * newer version's terms (remapped value, newer weight); the rest is `instrumentImpact`.
   */
  impact: number;
  /**
   * Across two versions of one rubric: the part of the contribution's change that the instrument
   * made (a remapped level, a new weight), not the answers. `impact + instrumentImpact` is the
   * whole change, and over all items those add up to index B − index A.
   */
  instrumentImpact?: number;
}

export interface NodeSide {
  index: number | null;
  band: BandRef | null;
  weight: number;
  share: number;
  coverage: Coverage;
}

export interface NodeChange {
  id: string;
  title: LocalText;
  depth: number;
  parent: string | null;
  status: ChangeStatus;
  a: NodeSide | null;
  b: NodeSide | null;
  /** index B − index A, when both exist and both use one scale. */
  delta: number | null;
}

/** A pillar's index in the self-assessment and in the assessor's verification. */
export interface PillarPair {
  id: string;
  title: LocalText;
  self: number | null;
  assessor: number | null;
  delta: number | null;
}

/** A claim of the self-assessment the assessor did not confirm. */
export interface UnverifiedItem {
  id: string;
  title?: LocalText;
  text: LocalText;
  pillar: string | null;
  /** `lower`: the assessor gave fewer points; `na`: the assessor found the question not applicable. */
  reason: 'lower' | 'na';
  self: QuestionSide;
  assessor: QuestionSide;
  /** The assessor's note (why the claim was not verified), when written. */
  note?: string;
}

/** Self-assessment vs assessor verification of the same regency: what the report's page draws. */
export interface Verification {
  /** Which side is the self-assessment. */
  self: 'a' | 'b';
  decimals: number;
  lower: number;
  upper: number;
  overall: { self: number | null; assessor: number | null; delta: number | null };
  pillars: PillarPair[];
  notVerified: UnverifiedItem[];
}

export interface Comparison {
  a: SideSummary;
  b: SideSummary;
  /** Both indexes are expressed on the same range (e.g. both 0–100): deltas are meaningful. */
  sameScale: boolean;
  overall: NodeChange;
  /** Sections matched by id, in B's order with A-only sections kept near their old place. */
  nodes: NodeChange[];
  /** Questions matched by id, in B's order with A-only questions kept near their old place. */
  questions: QuestionChange[];
  /** Questions whose status is not `unchanged`, biggest |impact| first, then rubric order. */
  movements: QuestionChange[];
  onlyInA: { questions: string[]; nodes: string[] };
  onlyInB: { questions: string[]; nodes: string[] };
  /** Ids whose question kind differs between the two rubrics. */
  kindChanged: string[];
  counts: Record<ChangeStatus, number>;
  /** Present when one file is a self-assessment and the other an assessor's, for one regency. */
  verification: Verification | null;
  /** Two versions of one rubric compared through the newer one's declared migration: what moved and changed. */
  mapping: { older: 'a' | 'b'; from: string; to: string; items: MappedItem[] } | null;
}

const EPSILON = 1e-9;

/**
 * Compare two scored assessments; each comes with the rubric it was scored against. With
 * `mapping` (two versions of one rubric), an older question is put next to the newer question its
 * answers migrate to, and a remapped answer is judged in the newer question's terms (an old
 * level 2 that now reads as level 1 is not a regression).
 */
export function compareAssessments(rubricA: Rubric, resultA: ScoreResult, rubricB: Rubric, resultB: ScoreResult, options: { mapping?: VersionMapping } = {}): Comparison {
  const a = summarize(resultA);
  const b = summarize(resultB);
  const sameScale = a.lower === b.lower && a.upper === b.upper;
  const rangeB = b.upper - b.lower;
  const rangeA = a.upper - a.lower;
  const mapping = options.mapping;

  // Row ids: the older side's one-to-one questions go under their newer id.
  const aligned = (side: 'a' | 'b', ids: string[]): { row: string; id: string }[] => {
    if (!mapping || mapping.older !== side) return ids.map((id) => ({ row: id, id }));
    const targets = new Set([...mapping.pairs.values()].map((p) => p.to));
    return ids.map((id) => {
      const pair = mapping.pairs.get(id);
      if (pair) return { row: pair.to, id };
      // An old id that a moved question now uses: keep it apart.
      return { row: targets.has(id) ? `${id}@${side === 'a' ? rubricA.version : rubricB.version}` : id, id };
    });
  };
  const rowsA = aligned('a', resultA.questions.map((q) => q.id));
  const rowsB = aligned('b', resultB.questions.map((q) => q.id));
  const qa = new Map(rowsA.map((r) => [r.row, resultA.questions.find((q) => q.id === r.id)!]));
  const qb = new Map(rowsB.map((r) => [r.row, resultB.questions.find((q) => q.id === r.id)!]));
  const na = new Map(resultA.nodes.map((n) => [n.id, n]));
  const nb = new Map(resultB.nodes.map((n) => [n.id, n]));
  const pillarOf = (nodes: Map<string, NodeScore>, id: string): string | null => {
    let node = nodes.get(id);
    while (node && node.depth > 1 && node.parent !== null) node = nodes.get(node.parent);
    return node ? node.id : null;
  };
  const itemFor = (olderId: string | undefined): MappedItem | undefined => (mapping && olderId ? mapping.items.find((i) => i.from.includes(olderId)) : undefined);
  const newItemFor = (newerId: string | undefined): MappedItem | undefined => (mapping && newerId ? mapping.items.find((i) => i.to.includes(newerId) && (i.type === 'merged' || i.type === 'split')) : undefined);

  const questions: QuestionChange[] = [];
  for (const id of mergeOrder(rowsA.map((r) => r.row), rowsB.map((r) => r.row))) {
    const sa = qa.get(id);
    const sb = qb.get(id);
    const questionA = sa ? rubricA.questionById.get(sa.id) : undefined;
    const questionB = sb ? rubricB.questionById.get(sb.id) : undefined;
    const main = (sb ?? sa)!;
    const sideA = sa && questionA ? questionSide(sa, questionA) : null;
    const sideB = sb && questionB ? questionSide(sb, questionB) : null;
    const contribution = (side: QuestionSide | null): number => (side ? side.share * (side.normalized ?? 0) * rangeB : 0);

    // What the instrument change did to this row, and the older answer in the newer terms.
    let change: QuestionChange['mapping'];
    let status: ChangeStatus = !sa ? 'only-b' : !sb ? 'only-a' : questionStatus(sa, sb);
    if (mapping) {
      const older = mapping.older === 'a' ? sa : sb;
      const newer = mapping.older === 'a' ? sb : sa;
      const newerQuestion = mapping.older === 'a' ? questionB : questionA;
      const item = (older ? itemFor(older.id) : undefined) ?? (newer ? newItemFor(newer.id) : undefined);
      if (item) {
        change = { type: item.type, from: item.from, to: item.to, ...(item.reason ? { reason: item.reason } : {}) };
        if (older && newer && newerQuestion && older.state === 'answered' && older.value !== undefined && item.type === 'remapped') {
          const mapped = mapping.translate(older.id, older.value);
          change.mapped = mapped;
          if (mapped !== null) change.mappedAnswer = { id: formatAnswer(newerQuestion, mapped, 'id'), en: formatAnswer(newerQuestion, mapped, 'en') };
          const points = mapped === null ? null : pointsFor(newerQuestion, mapped);
          if (points !== null) {
            const range = newerQuestion.maxPoints - newerQuestion.minPoints;
            const translated: QuestionScore = { ...older, value: mapped!, points, minPoints: newerQuestion.minPoints, maxPoints: newerQuestion.maxPoints, normalized: range === 0 ? 1 : (points - newerQuestion.minPoints) / range };
            status = mapping.older === 'a' ? questionStatus(translated, newer) : questionStatus(newer, translated);
            change.mappedPoints = { points, minPoints: translated.minPoints, maxPoints: translated.maxPoints, normalized: translated.normalized! };
          }
        }
      }
    }
    let impact = clean(contribution(sideB) - contribution(sideA));
    let deltaPoints = sa?.points != null && sb?.points != null ? sb.points - sa.points : null;
    let instrumentImpact: number | undefined;
    // Two versions of one rubric: the older answer is read in the newer terms (its remapped value,
    // the newer weight), so what the assessor changed is told apart from what the instrument did.
    if (mapping && sideA && sideB && change?.mapped !== null) {
      const older = mapping.older === 'a' ? sideA : sideB;
      const newer = mapping.older === 'a' ? sideB : sideA;
      const olderNormalized = change?.mappedPoints?.normalized ?? older.normalized;
      const olderPoints = change?.mappedPoints?.points ?? older.points;
      const [normalizedA, normalizedB] = mapping.older === 'a' ? [olderNormalized, newer.normalized] : [newer.normalized, olderNormalized];
      const [pointsA, pointsB] = mapping.older === 'a' ? [olderPoints, newer.points] : [newer.points, olderPoints];
      const byAssessor = clean(newer.share * ((normalizedB ?? 0) - (normalizedA ?? 0)) * rangeB);
      instrumentImpact = clean(impact - byAssessor);
      impact = byAssessor;
      deltaPoints = pointsA != null && pointsB != null ? pointsB - pointsA : null;
    }
    const title = (questionB ?? questionA)?.title;
    questions.push({
      id,
      ...(title ? { title } : {}),
      text: main.text,
      kind: main.kind,
      parent: main.parent,
      pillar: sb ? pillarOf(nb, sb.parent) : pillarOf(na, sa!.parent),
      status,
      kindChanged: Boolean(sa && sb && sa.kind !== sb.kind),
      a: sideA,
      b: sideB,
      deltaPoints,
      deltaScore: sameScale && sa?.score != null && sb?.score != null ? sb.score - sa.score : null,
      impact,
      ...(instrumentImpact !== undefined ? { instrumentImpact } : {}),
      ...(change ? { mapping: change } : {}),
    });
  }

  const nodeSide = (n: NodeScore): NodeSide => ({ index: n.index, band: n.band, weight: n.weight, share: n.share, coverage: n.coverage });
  const nodeChange = (id: string, sa: NodeScore | undefined, sb: NodeScore | undefined): NodeChange => {
    const main = (sb ?? sa)!;
    const status: ChangeStatus = !sa
      ? 'only-b'
      : !sb
        ? 'only-a'
        : indexStatus(sa.index === null ? null : (sa.index - a.lower) / rangeA, sb.index === null ? null : (sb.index - b.lower) / rangeB);
    return {
      id,
      title: main.title,
      depth: main.depth,
      parent: main.parent,
      status,
      a: sa ? nodeSide(sa) : null,
      b: sb ? nodeSide(sb) : null,
      delta: sameScale && sa?.index != null && sb?.index != null ? clean(sb.index - sa.index) : null,
    };
  };
  const nodes = mergeOrder(resultA.nodes.map((n) => n.id), resultB.nodes.map((n) => n.id)).map((id) => nodeChange(id, na.get(id), nb.get(id)));
  const overall = nodeChange(resultB.root.id, resultA.root, resultB.root);

  const order = new Map(questions.map((q, i) => [q.id, i]));
  const movements = questions
    .filter((q) => q.status !== 'unchanged')
    .sort((x, y) => Math.abs(y.impact) - Math.abs(x.impact) || order.get(x.id)! - order.get(y.id)!);

  const counts = Object.fromEntries(CHANGE_STATUSES.map((s) => [s, 0])) as Record<ChangeStatus, number>;
  for (const q of questions) counts[q.status]++;

  const comparison: Comparison = {
    a,
    b,
    sameScale,
    overall,
    nodes,
    questions,
    movements,
    onlyInA: { questions: questions.filter((q) => q.status === 'only-a').map((q) => q.id), nodes: nodes.filter((n) => n.status === 'only-a').map((n) => n.id) },
    onlyInB: { questions: questions.filter((q) => q.status === 'only-b').map((q) => q.id), nodes: nodes.filter((n) => n.status === 'only-b').map((n) => n.id) },
    kindChanged: questions.filter((q) => q.kindChanged).map((q) => q.id),
    counts,
    verification: null,
    mapping: mapping ? { older: mapping.older, from: mapping.from, to: mapping.to, items: mapping.items } : null,
  };
  comparison.verification = verifyClaims(comparison);
  return comparison;
}

/**
 * Self-assessment vs assessor verification: per-pillar index pairs and the claims the assessor
 * did not confirm (the assessor gave fewer points than claimed, or found the question N/A where
 * the self-assessment claimed more than the lowest points). Null unless exactly one side is a
 * self-assessment and the other an assessor's, for the same regency.
 */
export function verifyClaims(comparison: Comparison): Verification | null {
  const kinds = [comparison.a.assessment.kind, comparison.b.assessment.kind];
  if (!(kinds.includes('self') && kinds.includes('assessor'))) return null;
  if (!sameRegency(comparison.a.regency, comparison.b.regency)) return null;
  const self: 'a' | 'b' = comparison.a.assessment.kind === 'self' ? 'a' : 'b';
  const other: 'a' | 'b' = self === 'a' ? 'b' : 'a';
  const sign = self === 'a' ? 1 : -1;
  const assessorSummary = comparison[other];

  const pillars: PillarPair[] = comparison.nodes
    .filter((n) => n.depth === 1 && n.a && n.b)
    .map((n) => ({
      id: n.id,
      title: n.title,
      self: n[self]!.index,
      assessor: n[other]!.index,
      delta: n.delta === null ? null : sign * n.delta,
    }));

  const notVerified: UnverifiedItem[] = [];
  for (const q of comparison.questions) {
    const check = q[other];
    // A claim made on an older version is judged in the newer version's terms (an old level 2 that now reads 1).
    const olderIsSelf = comparison.mapping !== null && comparison.mapping.older === self;
    const raw = q[self];
    const claim = raw && olderIsSelf && q.mapping?.mappedPoints ? { ...raw, ...q.mapping.mappedPoints } : raw;
    if (!claim || !check || claim.state !== 'answered' || claim.normalized === null) continue;
    let reason: UnverifiedItem['reason'] | undefined;
    if (check.state === 'answered' && check.normalized !== null && below(check, claim)) reason = 'lower';
    else if (check.state === 'na' && claim.normalized > EPSILON) reason = 'na';
    if (!reason) continue;
    notVerified.push({
      id: q.id,
      ...(q.title ? { title: q.title } : {}),
      text: q.text,
      pillar: q.pillar,
      reason,
      self: claim,
      assessor: check,
      ...(check.note ? { note: check.note } : check.naReason && reason === 'na' ? { note: check.naReason } : {}),
    });
  }

  return {
    self,
    decimals: assessorSummary.decimals,
    lower: assessorSummary.lower,
    upper: assessorSummary.upper,
    overall: {
      self: comparison[self].index,
      assessor: assessorSummary.index,
      delta: comparison.overall.delta === null ? null : sign * comparison.overall.delta,
    },
    pillars,
    notVerified,
  };
}

/**
 * Whether two answers files are about the same regency: the region code when both have one, else
 * the name (case, spacing and a `Kabupaten`/`Kab.`/`Kota` prefix aside) and the kind when both
 * say it (Kota Banjar and Kabupaten Banjar are different regencies).
 */
export function sameRegency(x: Regency, y: Regency): boolean {
  if (x.code && y.code) return normalizeCode(x.code) === normalizeCode(y.code);
  const a = regencyIdentity(x);
  const b = regencyIdentity(y);
  return a.name === b.name && (a.kind === undefined || b.kind === undefined || a.kind === b.kind);
}

/** `Kab. Gianyar` → {kind: kabupaten, name: gianyar}. */
export function regencyIdentity(regency: Regency): { kind?: 'kabupaten' | 'kota'; name: string } {
  let name = regency.name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  let kind = regency.kind;
  const prefix = /^(kabupaten|kab\.?|kota)\s+/.exec(name);
  if (prefix) {
    kind ??= prefix[1] === 'kota' ? 'kota' : 'kabupaten';
    name = name.slice(prefix[0].length);
  }
  return kind ? { kind, name } : { name };
}

function normalizeCode(code: string): string {
  return code.trim().replace(/\s+/g, '');
}

function summarize(result: ScoreResult): SideSummary {
  return {
    file: result.file,
    rubric: result.rubric,
    regency: result.regency,
    assessment: result.assessment,
    expression: result.expression,
    lower: result.lower,
    upper: result.upper,
    decimals: result.decimals,
    index: result.index,
    band: result.band,
    recommended: result.recommended,
    provisional: result.provisional,
    coverage: result.coverage,
    failedGates: result.gates.filter((g) => !g.passed).map((g) => g.id),
  };
}

function questionSide(qs: QuestionScore, question: Question): QuestionSide {
  const words = (lang: 'id' | 'en'): string => (qs.state === 'answered' ? formatAnswer(question, qs.value, lang, qs.label) : formatState(qs, lang));
  return {
    state: qs.state,
    ...(qs.value !== undefined && qs.state !== 'hidden' ? { value: qs.value } : {}),
    ...(qs.naReason !== undefined ? { naReason: qs.naReason } : {}),
    ...(qs.note ? { note: qs.note } : {}),
    evidence: qs.evidence,
    points: qs.points,
    minPoints: qs.minPoints,
    maxPoints: qs.maxPoints,
    normalized: qs.normalized,
    score: qs.score,
    share: qs.share,
    imputed: qs.imputed,
    ...(qs.label ? { label: qs.label } : {}),
    answer: { id: words('id'), en: words('en') },
  };
}

type Presence = 'answered' | 'na' | 'none';

function presence(state: QuestionState): Presence {
  return state === 'answered' ? 'answered' : state === 'na' ? 'na' : 'none';
}

/**
 * Answered in both: compared by points when both rubrics give the question the same point range,
 * else by normalised points; equal points with a different value (text, a multi-choice with the
 * same sum, a number within the same threshold) is `changed`. Otherwise the change of state.
 */
function questionStatus(a: QuestionScore, b: QuestionScore): ChangeStatus {
  const pa = presence(a.state);
  const pb = presence(b.state);
  if (pa === 'answered' && pb === 'answered') {
    const same = sameValue(a.value, b.value);
    if (a.points === null || b.points === null || a.normalized === null || b.normalized === null) return same ? 'unchanged' : 'changed';
    const sameRange = a.minPoints === b.minPoints && a.maxPoints === b.maxPoints;
    const d = sameRange ? b.points - a.points : b.normalized - a.normalized;
    if (d > EPSILON) return 'improved';
    if (d < -EPSILON) return 'regressed';
    return same ? 'unchanged' : 'changed';
  }
  if (pa === pb) return 'unchanged';
  if (pb === 'answered') return pa === 'na' ? 'no-longer-na' : 'newly-answered';
  if (pb === 'na') return 'newly-na';
  return 'no-longer-answered';
}

/** A section's index (as a fraction of its range) from A to B. */
function indexStatus(a: number | null, b: number | null): ChangeStatus {
  if (a === null && b === null) return 'unchanged';
  if (a === null) return 'newly-answered';
  if (b === null) return 'no-longer-answered';
  if (b - a > EPSILON) return 'improved';
  if (b - a < -EPSILON) return 'regressed';
  return 'unchanged';
}

function below(check: QuestionSide, claim: QuestionSide): boolean {
  const sameRange = check.minPoints === claim.minPoints && check.maxPoints === claim.maxPoints;
  if (sameRange && check.points !== null && claim.points !== null) return check.points < claim.points - EPSILON;
  return check.normalized! < claim.normalized! - EPSILON;
}

/** Values are equal; option lists regardless of order. */
export function sameValue(x: AnswerValue | undefined, y: AnswerValue | undefined): boolean {
  // Rows of a list: the same rows in the same order.
  if (isListValue(x) || isListValue(y)) return JSON.stringify(x) === JSON.stringify(y);
  if (Array.isArray(x) && Array.isArray(y)) {
    if (x.length !== y.length) return false;
    const sx = [...x].sort();
    const sy = [...y].sort();
    return sx.every((v, i) => v === sy[i]);
  }
  if (typeof x === 'string' && typeof y === 'string') return x.trim() === y.trim();
  return x === y;
}

/**
 * The union of two id lists in B's order, each id only in A placed right after the id that
 * preceded it in A (so a removed question stays where it used to be).
 */
export function mergeOrder(idsA: readonly string[], idsB: readonly string[]): string[] {
  const out = [...idsB];
  const present = new Set(idsB);
  let previous: string | undefined;
  for (const id of idsA) {
    if (!present.has(id)) {
      const at = previous === undefined ? 0 : out.indexOf(previous) + 1;
      out.splice(at, 0, id);
      present.add(id);
    }
    previous = id;
  }
  return out;
}

/** Binary noise such as 1e-15 from a subtraction of equal sums reads as 0. */
function clean(value: number): number {
  return Math.abs(value) < EPSILON ? 0 : value;
}
