import { z } from 'zod';

/** Stable ids: letters, digits, dot, underscore, dash; starting with a letter or digit. */
export const Id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);

/** Text in one or more languages; a plain string is the rubric's first language. */
export const Text = z.union([
  z.string().min(1),
  z.strictObject({ id: z.string().min(1).optional(), en: z.string().min(1).optional() }),
]).meta({ id: 'Text', description: 'Text in Bahasa Indonesia (id) and English (en); a plain string is the first language' });

export const ConditionOp = z.enum(['=', '!=', '<', '<=', '>', '>=', 'in']);

export interface ConditionInput {
  question?: string;
  regency?: 'kind';
  op?: z.infer<typeof ConditionOp>;
  value?: unknown;
  all?: ConditionInput[];
  any?: ConditionInput[];
  not?: ConditionInput;
}

/** A condition on earlier answers, as data: a comparison, or all/any/not of conditions. */
export const Condition: z.ZodType<ConditionInput> = z.lazy(() =>
  z.strictObject({
    question: Id.optional(),
    regency: z.literal('kind').optional(),
    op: ConditionOp.optional(),
    value: z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number(), z.boolean()]))]).optional(),
    all: z.array(Condition).min(1).optional(),
    any: z.array(Condition).min(1).optional(),
    not: Condition.optional(),
  }),
).meta({ id: 'Condition' });

const Weight = z.number().optional();

/** When a recommendation can be carried out: quick win within a year, 1–3 years, or longer. */
export const Horizon = z.enum(['quick', 'medium', 'long']).meta({ id: 'Horizon', description: 'quick: a quick win within a year; medium: 1–3 years; long: longer (e.g. carrying out a masterplan)' });

const Band = z.strictObject({
  id: Id.optional(),
  min: z.number(),
  label: Text,
  description: Text.optional(),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/).optional(),
});

const ScaleLevel = z.strictObject({
  value: z.number(),
  label: Text,
  descriptor: Text,
  evidence: z.array(Text).optional(),
  recommendation: Text.optional(),
  horizon: Horizon.optional(),
});

const Scale = z.strictObject({
  title: Text,
  description: Text.optional(),
  /** Levels build on each other: the answer is the highest level whose conditions and every lower level's are met. */
  cumulative: z.boolean().optional(),
  levels: z.array(ScaleLevel).min(2),
});

const QuestionLevel = z.strictObject({
  value: z.number(),
  descriptor: Text.optional(),
  evidence: z.array(Text).optional(),
  recommendation: Text.optional(),
  horizon: Horizon.optional(),
});

const Option = z.strictObject({
  id: Id,
  label: Text,
  points: z.number(),
  descriptor: Text.optional(),
  recommendation: Text.optional(),
  horizon: Horizon.optional(),
  exclusive: z.boolean().optional(),
});

const Threshold = z.strictObject({
  from: z.number(),
  points: z.number().optional(),
  level: z.number().optional(),
  label: Text.optional(),
  descriptor: Text.optional(),
  recommendation: Text.optional(),
  horizon: Horizon.optional(),
});

const questionCommon = {
  id: Id,
  /** Short name for tables and charts (e.g. "Arsitektur SPBE"); the question itself is `text`. */
  title: Text.optional(),
  text: Text,
  hint: Text.optional(),
  evidence: z.array(Text).optional(),
  weight: Weight,
  allow_na: z.boolean().optional(),
  required: z.boolean().optional(),
  when: Condition.optional(),
  tags: z.array(Id).optional(),
  references: z.array(z.string()).optional(),
  /** Items of another instrument this question overlaps with, by instrument: `{spbe-2020: [I01, I05]}`. */
  crosswalk: z.record(Id, z.array(z.string().min(1)).min(1)).optional(),
  /** Default horizon of this question's recommendations. */
  horizon: Horizon.optional(),
  /** The perangkat daerah responsible for acting on this question's recommendations (e.g. Diskominfo). */
  owner: Text.optional(),
  /** Asked only in an assessor's verification, never in a self-assessment. */
  assessor_only: z.boolean().optional(),
};

export const LevelQuestion = z.strictObject({
  ...questionCommon,
  kind: z.literal('level'),
  scale: Id,
  levels: z.array(QuestionLevel).optional(),
});

export const BooleanQuestion = z.strictObject({
  ...questionCommon,
  kind: z.literal('boolean'),
  points: z.strictObject({ yes: z.number(), no: z.number() }).optional(),
  labels: z.strictObject({ yes: Text, no: Text }).optional(),
  recommendation: Text.optional(),
});

export const ChoiceQuestion = z.strictObject({
  ...questionCommon,
  kind: z.literal('choice'),
  options: z.array(Option).min(2),
});

export const MultiQuestion = z.strictObject({
  ...questionCommon,
  kind: z.literal('multi'),
  options: z.array(Option).min(2),
  aggregate: z.enum(['sum', 'max']).optional(),
  max_points: z.number().positive().optional(),
  recommendation: Text.optional(),
});

export const NumberQuestion = z.strictObject({
  ...questionCommon,
  kind: z.literal('number'),
  unit: Text.optional(),
  min: z.number(),
  max: z.number().optional(),
  integer: z.boolean().optional(),
  scale: Id.optional(),
  thresholds: z.array(Threshold).min(1),
  /** Other thresholds where a condition holds (e.g. for a kota); the first that holds wins, else `thresholds`. */
  variants: z.array(z.strictObject({ when: Condition, thresholds: z.array(Threshold).min(1) })).min(1).optional(),
});

export const TextQuestion = z.strictObject({
  ...questionCommon,
  kind: z.literal('text'),
  multiline: z.boolean().optional(),
});

/** One column of a list (a table the respondent fills row by row). */
export const Column = z.strictObject({
  id: Id,
  title: Text,
  hint: Text.optional(),
  kind: z.enum(['text', 'number', 'choice', 'boolean']).optional(),
  required: z.boolean().optional(),
  unit: Text.optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  integer: z.boolean().optional(),
  options: z.array(z.strictObject({ id: Id, label: Text })).min(2).optional(),
});

/** A structured list, e.g. the quick wins: rows with declared columns. Not scored. */
export const ListQuestion = z.strictObject({
  ...questionCommon,
  kind: z.literal('list'),
  columns: z.array(Column).min(1),
  min_rows: z.int().min(0).optional(),
  max_rows: z.int().min(1).optional(),
});

export const Question = z.discriminatedUnion('kind', [
  LevelQuestion,
  BooleanQuestion,
  ChoiceQuestion,
  MultiQuestion,
  NumberQuestion,
  TextQuestion,
  ListQuestion,
]);

/** An unscored fact about the regency (population, APBD, …), answered under `context:` in the answers file. */
export const ContextField = z.strictObject({
  id: Id,
  title: Text,
  text: Text.optional(),
  hint: Text.optional(),
  evidence: z.array(Text).optional(),
  references: z.array(z.string()).optional(),
  kind: z.enum(['number', 'choice', 'text', 'boolean', 'list']),
  unit: Text.optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  integer: z.boolean().optional(),
  options: z.array(z.strictObject({ id: Id, label: Text, descriptor: Text.optional() })).min(2).optional(),
  labels: z.strictObject({ yes: Text, no: Text }).optional(),
  columns: z.array(Column).min(1).optional(),
  max_rows: z.int().min(1).optional(),
  multiline: z.boolean().optional(),
}).meta({ id: 'ContextField' });

/** A value as a migration rule writes it: a level or number, an option id, yes/no, or null (re-assess). */
const MigrationValue = z.union([z.number(), z.string(), z.boolean(), z.null()]);

/** How answers of an older version map onto this one: one rule per moved, remapped, merged, split or removed question. */
export const MigrationRule = z.strictObject({
  from: z.union([Id, z.array(Id).min(2)]),
  to: z.union([Id, z.array(Id).min(2)]).optional(),
  /** Old answer → new answer (`{2: 1}`); `null` means the old answer does not decide the new one (re-assess). For a merge: per source id. */
  values: z.record(z.string(), z.union([MigrationValue, z.record(z.string(), MigrationValue)])).optional(),
  /** A merge: how the mapped answers of the sources become one (`max`, `min`, or the `first` answered). */
  combine: z.enum(['max', 'min', 'first']).optional(),
  /** The target is a list: the old answer becomes one row with this column set. */
  column: Id.optional(),
  /** The old answer no longer says enough: the question is left to re-assess, the old answer kept in its note. */
  reassess: Text.optional(),
  /** The question is gone: its answer is kept under `migrated_from.dropped` in the new file. */
  drop: Text.optional(),
  reason: Text.optional(),
});

export const Migration = z.strictObject({
  from: z.string().min(1),
  summary: Text.optional(),
  rules: z.array(MigrationRule).optional(),
});

/** Another instrument the questions can be mapped to (e.g. the SPBE evaluation), with its level mapping. */
export const Crosswalk = z.strictObject({
  title: Text,
  description: Text.optional(),
  /** That instrument's level → this rubric's level on `scale` (e.g. SPBE 1–5 → G 0–4). */
  levels: z.strictObject({ scale: Id, map: z.record(z.string(), z.number()) }).optional(),
});

export interface SectionInput {
  id: string;
  title: z.infer<typeof Text>;
  description?: z.infer<typeof Text>;
  weight?: number;
  tags?: string[];
  bands?: z.infer<typeof Band>[];
  sections?: SectionInput[];
  questions?: z.infer<typeof Question>[];
}

export const Section: z.ZodType<SectionInput> = z.lazy(() =>
  z.strictObject({
    id: Id,
    title: Text,
    description: Text.optional(),
    weight: Weight,
    tags: z.array(Id).optional(),
    bands: z.array(Band).min(1).optional(),
    sections: z.array(Section).min(1).optional(),
    questions: z.array(Question).min(1).optional(),
  }),
).meta({ id: 'Section' });

const Gate = z.strictObject({
  id: Id,
  title: Text,
  recommendation: Text.optional(),
  question: Id.optional(),
  op: ConditionOp.optional(),
  value: z.union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number(), z.boolean()]))]).optional(),
  index_min: z.number().optional(),
  node: Id.optional(),
  min: z.number().optional(),
  sections_min: z.number().optional(),
  depth: z.int().min(1).optional(),
});

/**
 * The rubric's own words for what the report calls things: SPBE speaks of "indikator" and
 * "predikat", and its gates say whether the national target is met rather than whether a
 * regency is recommended.
 */
const Vocabulary = z.strictObject({
  question: Text.optional(),
  questions: Text.optional(),
  band: Text.optional(),
  advice: Text.optional(),
  gates: z.enum(['recommendation', 'target']).optional(),
  target: Text.optional(),
}).meta({ id: 'Vocabulary' });

const Profile = z.strictObject({
  title: Text,
  description: Text.optional(),
  tags: z.array(Id).min(1),
});

/** The rubric file as written (before cross-checks). */
export const RubricSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal('siap-rubric/1').optional(),
  id: Id,
  version: z.string().min(1),
  title: Text,
  short_title: Text.optional(),
  description: Text.optional(),
  source: Text.optional(),
  authority: Text.optional(),
  languages: z.array(z.enum(['id', 'en'])).min(1).optional(),
  index: z.strictObject({
    expression: z.enum(['percent', 'scale']),
    scale: Id.optional(),
    decimals: z.int().min(0).max(4).optional(),
    label: Text.optional(),
  }),
  bands: z.array(Band).min(1),
  section_bands: z.array(Band).min(1).optional(),
  gates: z.array(Gate).optional(),
  recommendation: z.strictObject({ pass: Text, fail: Text }).optional(),
  scales: z.record(Id, Scale),
  profiles: z.record(Id, Profile).optional(),
  /** Names of the tree's levels, e.g. [Pilar, Elemen] or [Domain, Aspek]. */
  tiers: z.array(Text).min(1).optional(),
  charts: z.array(z.strictObject({ id: Id, title: Text, nodes: z.array(Id).min(3) })).optional(),
  /** Unscored facts about the regency, answered under `context:` in the answers file. */
  context: z.array(ContextField).min(1).optional(),
  /** Other instruments the questions map to, by id (e.g. `spbe-2020`). */
  crosswalks: z.record(Id, Crosswalk).optional(),
  /** How the answers of each earlier version map onto this version. */
  migrations: z.array(Migration).min(1).optional(),
  vocabulary: Vocabulary.optional(),
  sections: z.array(Section).min(1),
});

export type RubricInput = z.infer<typeof RubricSchema>;
export type QuestionInput = z.infer<typeof Question>;
export type BandInput = z.infer<typeof Band>;
export type GateInput = z.infer<typeof Gate>;
export type TextInput = z.infer<typeof Text>;
export type ContextFieldInput = z.infer<typeof ContextField>;
export type MigrationInput = z.infer<typeof Migration>;
export type MigrationRuleInput = z.infer<typeof MigrationRule>;
export type ColumnInput = z.infer<typeof Column>;

/** Every key the rubric format knows, for "did you mean" hints. */
export const RUBRIC_VOCABULARY = [
  'format', 'id', 'version', 'title', 'short_title', 'description', 'source', 'authority', 'languages', 'index', 'expression',
  'scale', 'decimals', 'label', 'bands', 'section_bands', 'gates', 'recommendation', 'pass', 'fail', 'scales', 'profiles',
  'charts', 'tiers', 'nodes', 'sections', 'questions', 'min', 'max', 'color', 'value', 'descriptor', 'evidence', 'levels', 'points', 'exclusive',
  'from', 'level', 'text', 'hint', 'weight', 'allow_na', 'required', 'when', 'tags', 'references', 'kind', 'labels', 'yes', 'no',
  'options', 'aggregate', 'max_points', 'unit', 'integer', 'thresholds', 'multiline', 'question', 'regency', 'op', 'all', 'any',
  'not', 'index_min', 'node', 'sections_min', 'depth', 'cumulative', 'crosswalk', 'crosswalks', 'variants', 'columns', 'min_rows',
  'max_rows', 'context', 'migrations', 'rules', 'to', 'values', 'combine', 'column', 'reassess', 'drop', 'reason', 'summary', 'map',
  'horizon', 'owner', 'assessor_only', 'vocabulary', 'questions', 'band', 'advice', 'target', 'quick', 'medium', 'long',
];
