import type { AnswerEntry, AnswerValue, Answers, Assessment, PanelAnswer, Person, Regency } from '../answers/model.js';
import { SiapError, type Diagnostic, type SourceLocation } from '../errors.js';
import type { LocalText } from '../i18n.js';
import { isScored, type Question, type QuestionKind, type Rubric } from '../rubric/model.js';
import type { ScoreResult } from '../scoring/model.js';
import { regencyDisplayName } from '../messages/words.js';
import { regencyIdentity, sameRegency, sameValue } from './compare.js';
import { meanKappa, pairKappa, type KappaWeighting } from './kappa.js';

/**
 * Several assessors' answers for one regency → agreement figures and a consensus answers file.
 * Pure: the files come in loaded and scored; the consensus comes out as `Answers` for
 * `serializeAnswers`. Rules: src/compare/README.md.
 */

export type ConsensusRule = 'median' | 'min';

export interface MergeInput {
  /** The file as named in messages and in `merged_from`. */
  file: string;
  /** How `merged_from` names the file (e.g. relative to the consensus file); `file` when absent. */
  recordAs?: string;
  rubric: Rubric;
  answers: Answers;
  result: ScoreResult;
  /** Line and column of a key path in this file (for refusals); the file alone when absent. */
  locate?: (path: (string | number)[]) => SourceLocation;
}

export interface MergeOptions {
  rule: ConsensusRule;
  kappa: KappaWeighting;
  /** The consensus file's name (recorded in the returned `Answers`). */
  output?: string;
}

/** One assessor's answer to one question: a value, N/A with its reason, or nothing (unanswered or not asked). */
export type Rating = { kind: 'value'; value: AnswerValue } | { kind: 'na'; reason: string } | { kind: 'none' };

export interface RaterAnswer {
  /** Index of the file in the input list. */
  rater: number;
  assessor: string;
  rating: Rating;
  note?: string;
  evidence: string[];
}

/**
 * `agreed`: everyone answered and the answers agree (identical, or level answers at most one
 * level apart); `disputed`: everyone answered and they do not; `incomplete`: some answered,
 * some did not; `none`: nobody answered.
 */
export type Outcome = 'agreed' | 'disputed' | 'incomplete' | 'none';

export interface QuestionAgreement {
  id: string;
  text: LocalText;
  kind: QuestionKind;
  parent: string;
  outcome: Outcome;
  /** Every assessor gave exactly the same answer. */
  identical: boolean;
  /** Why a question is disputed: level answers more than one level apart, N/A against a value, or different answers. */
  reason?: 'spread' | 'na-vs-value' | 'different';
  /** Levels between the lowest and the highest answer (level questions answered with values by everyone). */
  spread?: number;
  /** Counted in the overall percent agreement: a scored question every assessor answered. */
  counted: boolean;
  ratings: RaterAnswer[];
  /** The consensus answer of an agreed question. */
  consensus?: { value: AnswerValue } | { na: string };
}

export interface KappaPair {
  a: number;
  b: number;
  /** Level questions both assessors answered with a level. */
  items: number;
  kappa: number | null;
}

export interface MergeResult {
  raters: { file: string; assessor: string }[];
  rule: ConsensusRule;
  agreement: {
    /** Scored questions every assessor answered (value or N/A). */
    compared: number;
    agreed: number;
    /** agreed / compared, 0–1; null when nothing was compared. */
    percent: number | null;
    /** Questions with exactly the same answer from everyone. */
    identical: number;
    identicalPercent: number | null;
  };
  kappa: {
    weighting: KappaWeighting;
    /** Cohen's weighted kappa for two assessors; the mean of the pairwise kappas for more. */
    value: number | null;
    pairs: KappaPair[];
    /** The level values used as categories. */
    categories: number[];
  };
  questions: QuestionAgreement[];
  disputes: QuestionAgreement[];
  incomplete: QuestionAgreement[];
  consensus: Answers;
}

/**
 * What stops a merge: files of other rubrics, other rubric versions or other regencies than the
 * first file (errors, located in the offending file), and self-assessments among them (warnings).
 */
export function checkMergeable(inputs: readonly MergeInput[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const first = inputs[0];
  if (!first) return diagnostics;
  const at = (input: MergeInput, path: (string | number)[]): SourceLocation => input.locate?.(path) ?? { file: input.file };
  for (const input of inputs.slice(1)) {
    if (input.rubric.id !== first.rubric.id) {
      diagnostics.push({
        code: 'MERGE_RUBRIC_DIFFERS',
        severity: 'error',
        params: { rubric: input.rubric.id, first: first.file, firstRubric: first.rubric.id },
        source: at(input, ['rubric', 'id']),
      });
    } else if (input.rubric.sha256 !== first.rubric.sha256) {
      diagnostics.push({
        code: 'MERGE_RUBRIC_VERSION_DIFFERS',
        severity: 'error',
        params: { version: input.rubric.version, first: first.file, firstVersion: first.rubric.version, rubric: input.rubric.id },
        source: at(input, input.answers.rubric.version ? ['rubric', 'version'] : ['rubric']),
      });
    }
    if (!sameRegency(input.answers.regency, first.answers.regency)) {
      const byCode = Boolean(input.answers.regency.code && first.answers.regency.code);
      diagnostics.push({
        code: 'MERGE_REGENCY_DIFFERS',
        severity: 'error',
        params: {
          regency: describeRegency(input.answers.regency),
          first: first.file,
          firstRegency: describeRegency(first.answers.regency),
        },
        source: at(input, ['regency', byCode ? 'code' : 'name']),
      });
    }
  }
  for (const input of inputs) {
    if (input.answers.assessment.kind === 'self') {
      diagnostics.push({ code: 'MERGE_SELF_ASSESSMENT', severity: 'warning', params: {}, source: at(input, ['assessment', 'kind']) });
    }
  }
  return diagnostics;
}

/** Merge several assessors' scored answers for one regency. Throws MERGE_REFUSED when `checkMergeable` finds errors. */
export function mergeAssessments(inputs: readonly MergeInput[], options: MergeOptions): MergeResult {
  if (inputs.length < 2) throw new SiapError('MERGE_TOO_FEW_FILES', { count: inputs.length });
  const problems = checkMergeable(inputs).filter((d) => d.severity === 'error');
  if (problems.length > 0) throw new SiapError('MERGE_REFUSED', { count: problems.length }, { diagnostics: problems });

  const rubric = inputs[0]!.rubric;
  const labels = assessorLabels(inputs);
  const states = inputs.map((input) => new Map(input.result.questions.map((q) => [q.id, q])));

  const questions: QuestionAgreement[] = rubric.questions.map((question) => {
    const ratings: RaterAnswer[] = inputs.map((input, rater) => {
      const qs = states[rater]!.get(question.id);
      const entry = input.answers.entries.get(question.id);
      const rating: Rating =
        qs?.state === 'answered' && qs.value !== undefined
          ? { kind: 'value', value: qs.value }
          : qs?.state === 'na'
            ? { kind: 'na', reason: qs.naReason ?? '' }
            : { kind: 'none' };
      return {
        rater,
        assessor: labels[rater]!,
        rating,
        ...(entry?.note ? { note: entry.note } : {}),
        evidence: entry?.evidence ?? [],
      };
    });
    return judge(question, ratings, options.rule);
  });

  const counted = questions.filter((q) => q.counted);
  const agreed = counted.filter((q) => q.outcome === 'agreed').length;
  const identical = counted.filter((q) => q.identical).length;

  // Weighted kappa over level questions, per pair of assessors.
  const levelQuestions = rubric.questions.filter((q): q is Extract<Question, { kind: 'level' }> => q.kind === 'level');
  const categories = [...new Set(levelQuestions.flatMap((q) => q.levels.map((l) => l.value)))].sort((x, y) => x - y);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const pairs: KappaPair[] = [];
  for (let i = 0; i < inputs.length; i++) {
    for (let j = i + 1; j < inputs.length; j++) {
      const ratingPairs: [number, number][] = [];
      for (const q of levelQuestions) {
        const ri = byId.get(q.id)!.ratings[i]!.rating;
        const rj = byId.get(q.id)!.ratings[j]!.rating;
        if (ri.kind === 'value' && rj.kind === 'value') ratingPairs.push([ri.value as number, rj.value as number]);
      }
      pairs.push({ a: i, b: j, items: ratingPairs.length, kappa: pairKappa(ratingPairs, categories, options.kappa) });
    }
  }

  const kappaValue = meanKappa(pairs.map((p) => p.kappa));
  const disputes = questions.filter((q) => q.outcome === 'disputed');
  const incomplete = questions.filter((q) => q.outcome === 'incomplete');
  const consensus = buildConsensus(inputs, labels, questions, options.output ?? '');
  // The agreement travels with the consensus file, so `score` and the report can say it is a panel's.
  const openIds = new Set([...disputes, ...incomplete].map((q) => q.id));
  consensus.consensus = {
    assessors: inputs.length,
    rule: options.rule,
    compared: counted.length,
    agreed,
    kappa: kappaValue,
    weighting: options.kappa,
    open: rubric.questions.filter((q) => openIds.has(q.id)).map((q) => q.id),
  };
  return {
    raters: inputs.map((input, i) => ({ file: input.file, assessor: labels[i]! })),
    rule: options.rule,
    agreement: {
      compared: counted.length,
      agreed,
      percent: counted.length === 0 ? null : agreed / counted.length,
      identical,
      identicalPercent: counted.length === 0 ? null : identical / counted.length,
    },
    kappa: { weighting: options.kappa, value: kappaValue, pairs, categories },
    questions,
    disputes,
    incomplete,
    consensus,
  };
}

/** How the assessors' answers to one question compare, and the consensus when they agree. */
function judge(question: Question, ratings: RaterAnswer[], rule: ConsensusRule): QuestionAgreement {
  const base = { id: question.id, text: question.text, kind: question.kind, parent: question.parent, ratings };
  const given = ratings.filter((r) => r.rating.kind !== 'none');
  const scored = isScored(question);
  if (given.length === 0) return { ...base, outcome: 'none', identical: false, counted: false };
  if (given.length < ratings.length) return { ...base, outcome: 'incomplete', identical: false, counted: false };

  const nas = given.filter((r) => r.rating.kind === 'na');
  const values = given.flatMap((r) => (r.rating.kind === 'value' ? [r.rating.value] : []));
  if (nas.length === given.length) {
    const reasons = [...new Set(nas.map((r) => (r.rating as { reason: string }).reason.trim()))];
    return { ...base, outcome: 'agreed', identical: reasons.length === 1, counted: scored, consensus: { na: reasons.join(' / ') } };
  }
  if (nas.length > 0) return { ...base, outcome: 'disputed', identical: false, reason: 'na-vs-value', counted: scored };

  const identical = values.every((v) => sameValue(v, values[0]));
  if (question.kind === 'level') {
    const positions = values.map((v) => question.levels.findIndex((l) => l.value === v)).sort((x, y) => x - y);
    const spread = positions.at(-1)! - positions[0]!;
    if (spread > 1) return { ...base, outcome: 'disputed', identical: false, reason: 'spread', spread, counted: true };
    // Within one level: the rule picks the value (median: the lower middle one for an even count).
    const pick = rule === 'min' ? positions[0]! : positions[Math.floor((positions.length - 1) / 2)]!;
    return { ...base, outcome: 'agreed', identical, spread, counted: true, consensus: { value: question.levels[pick]!.value } };
  }
  if (!identical) return { ...base, outcome: 'disputed', identical: false, reason: 'different', counted: scored };
  return { ...base, outcome: 'agreed', identical: true, counted: scored, consensus: { value: values[0]! } };
}

/** The consensus answers: agreed questions answered, the others left open with every assessor's answer in `panel`. */
function buildConsensus(inputs: readonly MergeInput[], labels: string[], questions: QuestionAgreement[], output: string): Answers {
  const rubric = inputs[0]!.rubric;
  const entries = new Map<string, AnswerEntry>();
  for (const q of questions) {
    if (q.outcome === 'none') continue;
    const evidence = [...new Set(q.ratings.flatMap((r) => r.evidence))];
    const notes = q.ratings.filter((r) => r.note).map((r) => `${r.assessor}: ${r.note}`);
    const panel: PanelAnswer[] = q.ratings.map((r) => ({
      assessor: r.assessor,
      ...(r.rating.kind === 'value' ? { value: r.rating.value } : {}),
      ...(r.rating.kind === 'na' ? { na: r.rating.reason } : {}),
      ...(r.note ? { note: r.note } : {}),
    }));
    const entry: AnswerEntry = { evidence };
    if (q.outcome === 'agreed' && q.consensus) {
      if ('value' in q.consensus) entry.value = q.consensus.value;
      else entry.na = q.consensus.na;
      if (notes.length > 0) entry.note = notes.join('\n');
      if (!q.identical) entry.panel = panel;
    } else {
      entry.panel = panel;
    }
    entries.set(q.id, entry);
  }

  const assessments = inputs.map((i) => i.answers.assessment);
  const assessors: Person[] = [];
  const seen = new Set<string>();
  for (const person of assessments.flatMap((a) => a.assessors)) {
    const key = person.name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
    if (seen.has(key)) continue;
    seen.add(key);
    assessors.push(person);
  }
  const common = <K extends 'place' | 'signingPlace' | 'mode' | 'profile'>(key: K): Assessment[K] | undefined => {
    const values = new Set(assessments.map((a) => a[key]));
    return values.size === 1 ? assessments[0]![key] : undefined;
  };
  const dates = assessments.map((a) => a.date).filter((d): d is string => Boolean(d)).sort();
  const representative = assessments.find((a) => a.representative)?.representative;
  const place = common('place');
  const signingPlace = common('signingPlace');
  const mode = common('mode');
  const profile = common('profile');
  const assessment: Assessment = {
    kind: 'assessor',
    assessors,
    ...(dates.length > 0 ? { date: dates.at(-1)! } : {}),
    ...(place ? { place } : {}),
    ...(signingPlace ? { signingPlace } : {}),
    ...(mode ? { mode } : {}),
    ...(profile ? { profile } : {}),
    ...(representative ? { representative } : {}),
  };

  return {
    file: output,
    rubric: { id: rubric.id, version: rubric.version, sha256: rubric.sha256 },
    regency: mergeRegency(inputs.map((i) => i.answers.regency)),
    assessment,
    mergedFrom: inputs.map((input, i) => ({ file: input.recordAs ?? input.file, assessor: labels[i]! })),
    // Facts about the regency, not ratings: the first file that gives one wins.
    context: new Map([...inputs].reverse().flatMap((input) => [...input.answers.context])),
    entries,
  };
}

/** The first file's regency, with fields it leaves out filled from the others. */
function mergeRegency(regencies: Regency[]): Regency {
  const first = regencies[0]!;
  const name = first.name || regencies.find((r) => r.name)?.name || '';
  const kind = first.kind ?? regencies.find((r) => r.kind)?.kind ?? regencyIdentity(first).kind;
  const province = first.province ?? regencies.find((r) => r.province)?.province;
  const code = first.code ?? regencies.find((r) => r.code)?.code;
  return { name, ...(kind ? { kind } : {}), ...(province ? { province } : {}), ...(code ? { code } : {}) };
}

/** Each file's assessor as named in the panel: its assessors' names, else the file name; made unique. */
function assessorLabels(inputs: readonly MergeInput[]): string[] {
  const raw = inputs.map((input) => {
    const names = input.answers.assessment.assessors.map((p) => p.name.trim()).filter(Boolean);
    return names.length > 0 ? names.join(' & ') : baseName(input.file);
  });
  return raw.map((label, i) => (raw.indexOf(label) !== i || raw.lastIndexOf(label) !== i ? `${label} (${baseName(inputs[i]!.file)})` : label));
}

function baseName(file: string): string {
  return file.split(/[\\/]/).at(-1) ?? file;
}

function describeRegency(regency: Regency): string {
  const name = regency.name ? regencyDisplayName(regency) : '—';
  return regency.code ? `${name} (${regency.code})` : name;
}
