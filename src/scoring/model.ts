import type { AnswerValue, Assessment, Regency } from '../answers/model.js';
import type { LocalText } from '../i18n.js';
import type { Horizon, QuestionKind } from '../rubric/model.js';

/**
 * The one score-trace structure. The terminal summary, `--json`, `--explain`, the PDF and
 * `compare` all read this; every number keeps what it was worked out from.
 */

export type QuestionState = 'answered' | 'na' | 'unanswered' | 'hidden';

/** Why a child did not count in its parent's mean. */
export type Exclusion = 'na' | 'hidden' | 'profile' | 'assessor' | 'optional-unanswered' | 'text' | 'empty';

export interface BandRef {
  id: string;
  label: LocalText;
  min: number;
  color?: string;
}

export interface QuestionScore {
  id: string;
  parent: string;
  kind: QuestionKind;
  text: LocalText;
  weight: number;
  state: QuestionState;
  /** Why a hidden question is hidden: its condition, the assessment's profile, or asked of assessors only (in a self-assessment). */
  hiddenBy?: 'condition' | 'profile' | 'assessor';
  value?: AnswerValue;
  naReason?: string;
  note?: string;
  evidence: string[];
  /** Points counted (the lowest possible when an unanswered required question is imputed). */
  points: number | null;
  minPoints: number;
  maxPoints: number;
  /** (points − min) / (max − min), in [0, 1]. */
  normalized: number | null;
  /** The value counted into the parent, in index units (0–100 or the level scale). */
  score: number | null;
  /** Unanswered but required: counted as the lowest value, which makes the result provisional. */
  imputed: boolean;
  /** Label of the level, option or threshold the answer falls on. */
  label?: LocalText;
  descriptor?: LocalText;
  /** What to do to reach the next level, from the rubric. */
  recommendation?: LocalText;
  /** When the recommendation can be carried out (quick win, 1–3 years, longer), as the rubric declares it. */
  horizon?: Horizon;
  /** Who acts on the recommendation (a perangkat daerah), as the rubric declares it. */
  owner?: LocalText;
  /** This question's share of the whole index, after exclusions (0–1). */
  share: number;
  /** How many index units reaching the top of this question would add. */
  gain: number;
}

export interface ChildTrace {
  id: string;
  type: 'section' | 'question';
  weight: number;
  score: number | null;
  counted: boolean;
  excluded?: Exclusion;
}

export interface NodeScore {
  id: string;
  parent: string | null;
  depth: number;
  title: LocalText;
  weight: number;
  index: number | null;
  band: BandRef | null;
  share: number;
  /** Σ w·x and Σ w over the children that counted: index = weightedSum / weightTotal. */
  weightedSum: number;
  weightTotal: number;
  children: ChildTrace[];
  coverage: Coverage;
}

export interface Coverage {
  answered: number;
  applicable: number;
  na: number;
  hidden: number;
  unanswered: number;
  /** Unanswered questions that are required (these make the result provisional). */
  requiredUnanswered: number;
}

/**
 * The one set of question counts every screen names the same way (assess, score, merge, the
 * report): `57 asked · 57 answered (1 N/A) · 54 scored · 59 in the rubric`.
 */
export interface QuestionCounts {
  /** Questions in the rubric (within the assessment's profile). */
  all: number;
  /** Asked, given the answers so far: conditional questions come and go with the answers they depend on. */
  asked: number;
  /** Asked and answered with a value or N/A. */
  answered: number;
  /** Asked and answered N/A. */
  na: number;
  /** Answered with a value that counts in the index (not N/A, not a text or list question). */
  scored: number;
}

export interface GateResult {
  id: string;
  title: LocalText;
  recommendation?: LocalText;
  passed: boolean;
  /** What the rule asked for, e.g. `S1.2 >= 3`, `index >= 70`. */
  rule: string;
  /** The value the rule looked at (index units or the answer), null when there was none. */
  actual: number | string | boolean | string[] | null;
  reason: 'ok' | 'below' | 'unanswered' | 'na' | 'hidden' | 'value' | 'no-data';
  /** Sections below the minimum (sections gates). */
  failing?: string[];
}

export interface ScoreResult {
  rubric: { id: string; version: string; sha256: string; title: LocalText };
  /** The sha256 the answers file recorded, when it differs from the rubric's. */
  answersRubricSha256?: string;
  file: string;
  regency: Regency;
  assessment: Assessment;
  expression: 'percent' | 'scale';
  lower: number;
  upper: number;
  decimals: number;
  index: number | null;
  band: BandRef | null;
  recommended: boolean;
  gates: GateResult[];
  coverage: Coverage;
  provisional: boolean;
  /** The top of the tree: how the index comes from the pillars. */
  root: NodeScore;
  /** Every section in document order. */
  nodes: NodeScore[];
  /** Every question in document order. */
  questions: QuestionScore[];
  /** The regency's unscored facts (context fields answered in the file), in the rubric's order. */
  context: ContextValue[];
}

export interface ContextValue {
  id: string;
  title: LocalText;
  value?: AnswerValue;
  note?: string;
}
