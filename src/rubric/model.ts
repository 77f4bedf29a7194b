import type { Lang, LocalText } from '../i18n.js';

/** How the index is expressed: a percentage 0–100, or on a level scale (SPBE: 1–5). */
export interface IndexSpec {
  expression: 'percent' | 'scale';
  /** Scale whose value range the index uses (expression `scale`). */
  scale?: string;
  decimals: number;
  /** Lowest and highest possible index, in display units. */
  lower: number;
  upper: number;
  label?: LocalText;
}

export interface Band {
  id: string;
  min: number;
  label: LocalText;
  description?: LocalText;
  color?: string;
}

/** When a recommendation can be carried out: quick win within a year, 1–3 years, or longer. */
export type Horizon = 'quick' | 'medium' | 'long';

export interface ScaleLevel {
  value: number;
  label: LocalText;
  descriptor: LocalText;
  evidence: LocalText[];
  recommendation?: LocalText;
  horizon?: Horizon;
}

export interface Scale {
  id: string;
  title: LocalText;
  description?: LocalText;
  /** The answer is the highest level whose conditions and every lower level's are met. */
  cumulative: boolean;
  levels: ScaleLevel[];
}

export type ConditionOp = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'in';
export type Scalar = string | number | boolean;

export type Condition =
  | { type: 'compare'; question: string; op: ConditionOp; value: Scalar | Scalar[] }
  | { type: 'regency'; op: ConditionOp; value: Scalar | Scalar[] }
  | { type: 'all'; of: Condition[] }
  | { type: 'any'; of: Condition[] }
  | { type: 'not'; of: Condition };

export interface Option {
  id: string;
  label: LocalText;
  points: number;
  descriptor?: LocalText;
  recommendation?: LocalText;
  horizon?: Horizon;
  exclusive: boolean;
}

export interface Threshold {
  from: number;
  points: number;
  /** The scale level the threshold maps to, when the question uses a scale. */
  level?: number;
  label?: LocalText;
  descriptor?: LocalText;
  recommendation?: LocalText;
  horizon?: Horizon;
}

interface QuestionBase {
  id: string;
  /** Short name for tables; absent when the rubric gives only the question text. */
  title?: LocalText;
  text: LocalText;
  hint?: LocalText;
  evidence: LocalText[];
  weight: number;
  allowNa: boolean;
  required: boolean;
  when?: Condition;
  tags: string[];
  references: string[];
  /** Items of other instruments this question overlaps with, by instrument id (e.g. `{spbe-2020: [I01]}`). */
  crosswalk?: Record<string, string[]>;
  /** Default horizon of the question's recommendations (already merged into its levels, options and thresholds). */
  horizon?: Horizon;
  /** The perangkat daerah responsible for acting on the question's recommendations. */
  owner?: LocalText;
  /** Asked only in an assessor's verification: a self-assessment leaves it out, like a question outside its profile. */
  assessorOnly: boolean;
  /** Id of the section holding the question (empty for a context field). */
  parent: string;
  /** Position in document order (0-based), which is also the walk order. */
  order: number;
  /** Lowest and highest points the question can give (0/0 for text). */
  minPoints: number;
  maxPoints: number;
}

export interface LevelQuestion extends QuestionBase {
  kind: 'level';
  scale: string;
  /** The scale's levels with the question's own descriptors, evidence and recommendations merged in. */
  levels: ScaleLevel[];
}
export interface BooleanQuestion extends QuestionBase {
  kind: 'boolean';
  points: { yes: number; no: number };
  labels?: { yes: LocalText; no: LocalText };
  recommendation?: LocalText;
}
export interface ChoiceQuestion extends QuestionBase {
  kind: 'choice';
  options: Option[];
}
export interface MultiQuestion extends QuestionBase {
  kind: 'multi';
  options: Option[];
  aggregate: 'sum' | 'max';
  recommendation?: LocalText;
}
export interface NumberQuestion extends QuestionBase {
  kind: 'number';
  unit?: LocalText;
  min: number;
  max?: number;
  integer: boolean;
  scale?: string;
  /** Empty for a context field (not scored). */
  thresholds: Threshold[];
  /** Thresholds that replace `thresholds` where their condition holds (the first that holds wins). */
  variants?: { when: Condition; thresholds: Threshold[] }[];
}
export interface TextQuestion extends QuestionBase {
  kind: 'text';
  multiline: boolean;
}

/** One column of a list question. */
export interface Column {
  id: string;
  title: LocalText;
  hint?: LocalText;
  kind: 'text' | 'number' | 'choice' | 'boolean';
  required: boolean;
  unit?: LocalText;
  min?: number;
  max?: number;
  integer: boolean;
  options?: { id: string; label: LocalText }[];
}

/** A structured list (rows of declared columns), e.g. the quick wins. Not scored. */
export interface ListQuestion extends QuestionBase {
  kind: 'list';
  columns: Column[];
  minRows: number;
  maxRows?: number;
}

export type Question = LevelQuestion | BooleanQuestion | ChoiceQuestion | MultiQuestion | NumberQuestion | TextQuestion | ListQuestion;
export type QuestionKind = Question['kind'];

export interface SectionNode {
  id: string;
  title: LocalText;
  description?: LocalText;
  weight: number;
  /** 1 for pillars, 2 for their elements, … */
  depth: number;
  /** Parent section id; undefined for top-level sections. */
  parent?: string;
  bands?: Band[];
  tags: string[];
  sections: SectionNode[];
  questions: Question[];
}

export type Gate =
  | { id: string; title: LocalText; recommendation?: LocalText; type: 'question'; question: string; op: ConditionOp; value: Scalar | Scalar[] }
  | { id: string; title: LocalText; recommendation?: LocalText; type: 'index'; min: number }
  | { id: string; title: LocalText; recommendation?: LocalText; type: 'node'; node: string; min: number }
  | { id: string; title: LocalText; recommendation?: LocalText; type: 'sections'; depth: number; min: number };

export interface Profile {
  id: string;
  title: LocalText;
  description?: LocalText;
  tags: string[];
}

export interface Chart {
  id: string;
  title: LocalText;
  nodes: string[];
}

/** Another instrument the questions map to (e.g. the SPBE evaluation) and how its levels read on this rubric's scale. */
export interface Crosswalk {
  id: string;
  title: LocalText;
  description?: LocalText;
  levels?: { scale: string; map: { from: number; to: number }[] };
}

/** One rule of a migration: which old questions go to which new ones, and how their answers change. */
export interface MigrationRule {
  /** Question ids of the older version (two or more: a merge). */
  from: string[];
  /** Question or context ids of this version (none: dropped; two or more: a split). */
  to: string[];
  /** Old answer (as text: `2`, `true`, `sedang`) → new answer, per source id; null: re-assess. */
  values: Record<string, Record<string, Scalar | null>>;
  combine?: 'max' | 'min' | 'first';
  /** The target is a list: the old answer becomes one row with this column. */
  column?: string;
  reassess?: LocalText;
  drop?: LocalText;
  reason?: LocalText;
  /** Where the rule is written (`migrations[i].rules[j]`), for located messages. */
  path: (string | number)[];
}

/** How answers of an older version map onto this version. */
export interface Migration {
  from: string;
  summary?: LocalText;
  rules: MigrationRule[];
  /** Position in the rubric's `migrations` list. */
  index: number;
}

/** The rubric's own words (SPBE: "indikator", "predikat", a national target); the report's words where absent. */
export interface Vocabulary {
  question?: LocalText;
  questions?: LocalText;
  band?: LocalText;
  advice?: LocalText;
  /** What the gates decide: a recommendation (default) or whether a target is met. */
  gates?: 'recommendation' | 'target';
  target?: LocalText;
}

/** A validated rubric, resolved and ready for scoring. */
export interface Rubric {
  id: string;
  version: string;
  sha256: string;
  file: string;
  title: LocalText;
  shortTitle?: LocalText;
  description?: LocalText;
  source?: LocalText;
  authority?: LocalText;
  languages: Lang[];
  index: IndexSpec;
  bands: Band[];
  sectionBands?: Band[];
  gates: Gate[];
  recommendation?: { pass: LocalText; fail: LocalText };
  scales: Map<string, Scale>;
  profiles: Map<string, Profile>;
  charts: Chart[];
  vocabulary: Vocabulary;
  /** Names of the tree's levels: tiers[0] for depth 1 (e.g. Pilar), tiers[1] for depth 2 (Elemen). */
  tiers: LocalText[];
  /** Unscored facts about the regency (answered under `context:`), in document order. */
  context: Question[];
  contextById: Map<string, Question>;
  crosswalks: Map<string, Crosswalk>;
  /** How answers of earlier versions map onto this one. */
  migrations: Migration[];
  sections: SectionNode[];
  /** Every section by id, in document order. */
  nodes: Map<string, SectionNode>;
  /** Every question in document order (the walk order). */
  questions: Question[];
  questionById: Map<string, Question>;
}

/** Whether a question gives points (text and list questions are notes, not scored). */
export function isScored(question: Pick<Question, 'kind'>): boolean {
  return question.kind !== 'text' && question.kind !== 'list';
}

/** The questions a profile asks (every question when there is no profile, or an unknown one). */
export function questionsInProfile(rubric: Rubric, profileId: string | undefined): Question[] {
  const profile = profileId === undefined ? undefined : rubric.profiles.get(profileId);
  return profile ? rubric.questions.filter((q) => q.tags.some((t) => profile.tags.includes(t))) : rubric.questions;
}
