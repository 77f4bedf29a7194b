import type { AnswerValue, Answers } from '../answers/model.js';
import type { LocalText } from '../i18n.js';
import { isScored, type Band, type Gate, type Horizon, type NumberQuestion, type Question, type Rubric, type SectionNode, type Threshold } from '../rubric/model.js';
import { compare, evaluateCondition, type ConditionContext } from '../answers/conditions.js';
import type { BandRef, ChildTrace, Coverage, GateResult, NodeScore, QuestionCounts, QuestionScore, ScoreResult } from './model.js';

/**
 * Score an assessment. Pure and deterministic: same rubric and answers → same result, with a
 * trace for every number. Full precision throughout; rounding is for display only.
 */
export function scoreAssessment(rubric: Rubric, answers: Answers): ScoreResult {
  const { lower, upper } = rubric.index;
  const profile = answers.assessment.profile ? rubric.profiles.get(answers.assessment.profile) : undefined;

  // 1. Question states, in walk order so conditions see only earlier (visible) answers.
  const counted = new Map<string, AnswerValue>();
  const questions = new Map<string, QuestionScore>();
  const ctx = { valueOf: (id: string) => counted.get(id), ...(answers.regency.kind ? { regencyKind: answers.regency.kind } : {}) };
  for (const q of rubric.questions) {
    const entry = answers.entries.get(q.id);
    const inProfile = !profile || q.tags.some((t) => profile.tags.includes(t));
    const asked = !(q.assessorOnly && answers.assessment.kind === 'self');
    const visible = inProfile && asked && (!q.when || evaluateCondition(q.when, ctx));
    const score: QuestionScore = {
      id: q.id,
      parent: q.parent,
      kind: q.kind,
      text: q.text,
      weight: q.weight,
      state: 'unanswered',
      evidence: entry?.evidence ?? [],
      points: null,
      minPoints: q.minPoints,
      maxPoints: q.maxPoints,
      normalized: null,
      score: null,
      imputed: false,
      share: 0,
      gain: 0,
      ...(entry?.note ? { note: entry.note } : {}),
    };
    if (!visible) {
      score.state = 'hidden';
      score.hiddenBy = !inProfile ? 'profile' : !asked ? 'assessor' : 'condition';
    } else if (entry?.na !== undefined) {
      score.state = 'na';
      score.naReason = entry.na;
    } else if (entry?.value !== undefined) {
      score.state = 'answered';
      score.value = entry.value;
      counted.set(q.id, entry.value);
    }
    if (entry?.value !== undefined && score.state === 'hidden') score.value = entry.value;
    if (isScored(q)) {
      const thresholds = q.kind === 'number' ? thresholdsFor(q, ctx) : undefined;
      if (score.state === 'answered') applyPoints(score, q, entry!.value!, lower, upper, thresholds);
      else if (score.state === 'unanswered' && q.required) {
        score.imputed = true;
        applyPoints(score, q, undefined, lower, upper, thresholds);
      }
    }
    questions.set(q.id, score);
  }

  // 2. Weighted means up the tree.
  const nodes: NodeScore[] = [];
  const bandsFor = (node: SectionNode): Band[] => node.bands ?? rubric.sectionBands ?? rubric.bands;
  const scoreNode = (node: SectionNode): NodeScore => {
    const children: ChildTrace[] = [];
    const coverage = emptyCoverage();
    const result: NodeScore = {
      id: node.id,
      parent: node.parent ?? null,
      depth: node.depth,
      title: node.title,
      weight: node.weight,
      index: null,
      band: null,
      share: 0,
      weightedSum: 0,
      weightTotal: 0,
      children,
      coverage,
    };
    nodes.push(result);
    for (const child of node.sections) {
      const sub = scoreNode(child);
      addCoverage(coverage, sub.coverage);
      children.push(sub.index === null
        ? { id: child.id, type: 'section', weight: child.weight, score: null, counted: false, excluded: 'empty' }
        : { id: child.id, type: 'section', weight: child.weight, score: sub.index, counted: true });
    }
    for (const q of node.questions) {
      const qs = questions.get(q.id)!;
      countQuestion(coverage, q, qs);
      const excluded = exclusionOf(q, qs);
      children.push(excluded
        ? { id: q.id, type: 'question', weight: q.weight, score: null, counted: false, excluded }
        : { id: q.id, type: 'question', weight: q.weight, score: qs.score, counted: true });
    }
    aggregate(result, children);
    if (result.index !== null) result.band = bandOf(result.index, bandsFor(node));
    return result;
  };
  const rootChildren: ChildTrace[] = [];
  const rootCoverage = emptyCoverage();
  const root: NodeScore = {
    id: rubric.id,
    parent: null,
    depth: 0,
    title: rubric.title,
    weight: 1,
    index: null,
    band: null,
    share: 1,
    weightedSum: 0,
    weightTotal: 0,
    children: rootChildren,
    coverage: rootCoverage,
  };
  for (const section of rubric.sections) {
    const sub = scoreNode(section);
    addCoverage(rootCoverage, sub.coverage);
    rootChildren.push(sub.index === null
      ? { id: section.id, type: 'section', weight: section.weight, score: null, counted: false, excluded: 'empty' }
      : { id: section.id, type: 'section', weight: section.weight, score: sub.index, counted: true });
  }
  aggregate(root, rootChildren);
  if (root.index !== null) root.band = bandOf(root.index, rubric.bands);

  // 3. Each item's share of the index after exclusions, and what reaching its top would add.
  const nodeById = new Map(nodes.map((n) => [n.id, n]));
  const spread = (node: NodeScore): void => {
    for (const child of node.children) {
      if (!child.counted || node.weightTotal === 0) continue;
      const share = (node.share * child.weight) / node.weightTotal;
      if (child.type === 'section') {
        const sub = nodeById.get(child.id)!;
        sub.share = share;
        spread(sub);
      } else {
        const qs = questions.get(child.id)!;
        qs.share = share;
        qs.gain = share * (upper - lower) * (1 - (qs.normalized ?? 0));
      }
    }
  };
  spread(root);

  // 4. Gates and the recommendation, from unrounded values.
  const gates = rubric.gates.map((gate) => evaluateGate(gate, root, nodes, questions));

  return {
    rubric: { id: rubric.id, version: rubric.version, sha256: rubric.sha256, title: rubric.title },
    ...(answers.rubric.sha256 && answers.rubric.sha256 !== rubric.sha256 ? { answersRubricSha256: answers.rubric.sha256 } : {}),
    file: answers.file,
    regency: answers.regency,
    assessment: answers.assessment,
    expression: rubric.index.expression,
    lower,
    upper,
    decimals: rubric.index.decimals,
    index: root.index,
    band: root.band,
    recommended: gates.every((g) => g.passed),
    gates,
    coverage: rootCoverage,
    provisional: rootCoverage.requiredUnanswered > 0,
    root,
    nodes,
    questions: rubric.questions.map((q) => questions.get(q.id)!),
    context: rubric.context.flatMap((f) => {
      const entry = answers.context.get(f.id);
      if (!entry || (entry.value === undefined && !entry.note)) return [];
      return [{ id: f.id, title: f.title ?? f.text, ...(entry.value !== undefined ? { value: entry.value } : {}), ...(entry.note ? { note: entry.note } : {}) }];
    }),
  };
}

/**
 * The thresholds that apply to a number question for this assessment: the first variant whose
 * condition holds (e.g. the thresholds for a kota), else the question's own.
 */
export function thresholdsFor(q: NumberQuestion, ctx: ConditionContext): Threshold[] {
  return q.variants?.find((v) => evaluateCondition(v.when, ctx))?.thresholds ?? q.thresholds;
}

/** Points for an answer (or the lowest points for an imputed one), its normalised value and its label. */
function applyPoints(score: QuestionScore, q: Question, value: AnswerValue | undefined, lower: number, upper: number, numberThresholds?: Threshold[]): void {
  let points = q.minPoints;
  let label: LocalText | undefined;
  let descriptor: LocalText | undefined;
  let recommendation: LocalText | undefined;
  let horizon: Horizon | undefined = q.horizon;
  switch (q.kind) {
    case 'level': {
      const level = value === undefined ? q.levels[0] : q.levels.find((l) => l.value === value);
      if (level) {
        points = level.value;
        label = level.label;
        descriptor = level.descriptor;
        recommendation = level.recommendation;
        horizon = level.horizon;
      }
      break;
    }
    case 'boolean': {
      if (value !== undefined) {
        points = value === true ? q.points.yes : q.points.no;
        label = q.labels ? (value === true ? q.labels.yes : q.labels.no) : undefined;
      }
      if (points < q.maxPoints && q.recommendation) recommendation = q.recommendation;
      break;
    }
    case 'choice': {
      const option = value === undefined ? undefined : q.options.find((o) => o.id === value);
      if (option) {
        points = option.points;
        label = option.label;
        descriptor = option.descriptor;
        recommendation = option.recommendation;
        horizon = option.horizon;
      } else {
        const lowest = q.options.find((o) => o.points === q.minPoints);
        recommendation = lowest?.recommendation;
        horizon = lowest?.horizon;
      }
      break;
    }
    case 'multi': {
      const ids = Array.isArray(value) ? (value as string[]) : [];
      const chosen = q.options.filter((o) => ids.includes(o.id));
      const raw = q.aggregate === 'max' ? Math.max(0, ...chosen.map((o) => o.points)) : chosen.reduce((sum, o) => sum + o.points, 0);
      points = value === undefined ? q.minPoints : Math.min(q.maxPoints, Math.max(q.minPoints, raw));
      if (points < q.maxPoints && q.recommendation) recommendation = q.recommendation;
      break;
    }
    case 'number': {
      const n = typeof value === 'number' ? value : undefined;
      const list = numberThresholds ?? q.thresholds;
      const threshold = n === undefined ? list[0] : [...list].reverse().find((t) => t.from <= n) ?? list[0];
      if (threshold) {
        points = n === undefined ? q.minPoints : threshold.points;
        label = threshold.label;
        descriptor = threshold.descriptor;
        recommendation = threshold.recommendation;
        horizon = threshold.horizon;
      }
      break;
    }
    case 'text':
    case 'list':
      return;
  }
  const range = q.maxPoints - q.minPoints;
  const normalized = range === 0 ? 1 : (points - q.minPoints) / range;
  score.points = points;
  score.normalized = normalized;
  // A level question on the index's own scale counts its level value exactly.
  score.score = q.minPoints === lower && q.maxPoints === upper && q.kind === 'level' ? points : lower + normalized * (upper - lower);
  if (label) score.label = label;
  if (descriptor) score.descriptor = descriptor;
  if (recommendation && points < q.maxPoints) {
    score.recommendation = recommendation;
    if (horizon) score.horizon = horizon;
    if (q.owner) score.owner = q.owner;
  }
}

function exclusionOf(q: Question, qs: QuestionScore): ChildTrace['excluded'] | undefined {
  if (!isScored(q)) return 'text';
  if (qs.state === 'hidden') return qs.hiddenBy === 'profile' ? 'profile' : qs.hiddenBy === 'assessor' ? 'assessor' : 'hidden';
  if (qs.state === 'na') return 'na';
  if (qs.state === 'unanswered' && !qs.imputed) return 'optional-unanswered';
  return undefined;
}

function aggregate(node: NodeScore, children: ChildTrace[]): void {
  let sum = 0;
  let total = 0;
  for (const child of children) {
    if (!child.counted || child.score === null) continue;
    sum += child.weight * child.score;
    total += child.weight;
  }
  node.weightedSum = sum;
  node.weightTotal = total;
  node.index = total > 0 ? sum / total : null;
}

/**
 * Whether a value reaches a threshold. Weighted means carry binary floating-point noise
 * (0.6 × 83.333… + 0.4 × 50 can come out as 69.99999999999999), so a value within 1e-9 of the
 * threshold reaches it; real differences are many orders of magnitude larger.
 */
export function reaches(value: number, min: number): boolean {
  return value >= min - 1e-9 * Math.max(1, Math.abs(min));
}

/** The first band (highest min first) whose minimum the value reaches. */
export function bandOf(value: number, bands: Band[]): BandRef | null {
  const band = bands.find((b) => reaches(value, b.min)) ?? bands.at(-1);
  if (!band) return null;
  return { id: band.id, label: band.label, min: band.min, ...(band.color ? { color: band.color } : {}) };
}

/** The counts of a scored assessment, named the same everywhere (see `QuestionCounts`). */
export function countQuestions(result: ScoreResult): QuestionCounts {
  const counts: QuestionCounts = { all: 0, asked: 0, answered: 0, na: 0, scored: 0 };
  for (const q of result.questions) {
    if (q.state === 'hidden' && q.hiddenBy === 'profile') continue;
    counts.all++;
    if (q.state === 'hidden') continue;
    counts.asked++;
    if (q.state === 'answered' || q.state === 'na') counts.answered++;
    if (q.state === 'na') counts.na++;
    if (isScored(q) && q.state === 'answered') counts.scored++;
  }
  return counts;
}

function emptyCoverage(): Coverage {
  return { answered: 0, applicable: 0, na: 0, hidden: 0, unanswered: 0, requiredUnanswered: 0 };
}

function addCoverage(into: Coverage, from: Coverage): void {
  into.answered += from.answered;
  into.applicable += from.applicable;
  into.na += from.na;
  into.hidden += from.hidden;
  into.unanswered += from.unanswered;
  into.requiredUnanswered += from.requiredUnanswered;
}

/** Coverage counts scored questions and required text questions (optional notes do not count). */
function countQuestion(coverage: Coverage, q: Question, qs: QuestionScore): void {
  if (!isScored(q) && !q.required) return;
  if (qs.state === 'hidden') coverage.hidden++;
  else if (qs.state === 'na') coverage.na++;
  else {
    coverage.applicable++;
    if (qs.state === 'answered') coverage.answered++;
    else {
      coverage.unanswered++;
      if (q.required) coverage.requiredUnanswered++;
    }
  }
}

function evaluateGate(gate: Gate, root: NodeScore, nodes: NodeScore[], questions: Map<string, QuestionScore>): GateResult {
  const base = { id: gate.id, title: gate.title, ...(gate.recommendation ? { recommendation: gate.recommendation } : {}) };
  switch (gate.type) {
    case 'question': {
      const qs = questions.get(gate.question)!;
      const rule = `${gate.question} ${gate.op} ${Array.isArray(gate.value) ? `[${gate.value.join(', ')}]` : String(gate.value)}`;
      if (qs.state !== 'answered' || qs.value === undefined) {
        return { ...base, rule, passed: false, actual: null, reason: qs.state === 'na' ? 'na' : qs.state === 'hidden' ? 'hidden' : 'unanswered' };
      }
      const passed = compare(qs.value, gate.op, gate.value);
      return { ...base, rule, passed, actual: qs.value as GateResult['actual'], reason: passed ? 'ok' : 'value' };
    }
    case 'index': {
      const rule = `index >= ${gate.min}`;
      if (root.index === null) return { ...base, rule, passed: false, actual: null, reason: 'no-data' };
      const passed = reaches(root.index, gate.min);
      return { ...base, rule, passed, actual: root.index, reason: passed ? 'ok' : 'below' };
    }
    case 'node': {
      const node = nodes.find((n) => n.id === gate.node)!;
      const rule = `${gate.node} >= ${gate.min}`;
      if (node.index === null) return { ...base, rule, passed: false, actual: null, reason: 'no-data' };
      const passed = reaches(node.index, gate.min);
      return { ...base, rule, passed, actual: node.index, reason: passed ? 'ok' : 'below' };
    }
    case 'sections': {
      const rule = `depth ${gate.depth} >= ${gate.min}`;
      const level = nodes.filter((n) => n.depth === gate.depth && n.index !== null);
      const failing = level.filter((n) => !reaches(n.index!, gate.min)).map((n) => n.id);
      if (level.length === 0) return { ...base, rule, passed: false, actual: null, reason: 'no-data' };
      const lowest = Math.min(...level.map((n) => n.index!));
      return { ...base, rule, passed: failing.length === 0, actual: lowest, reason: failing.length === 0 ? 'ok' : 'below', ...(failing.length ? { failing } : {}) };
    }
  }
}
