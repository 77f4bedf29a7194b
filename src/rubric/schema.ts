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
});

export const TextQuestion = z.strictObject({
  ...questionCommon,
  kind: z.literal('text'),
  multiline: z.boolean().optional(),
});

export const Question = z.discriminatedUnion('kind', [
  LevelQuestion,
  BooleanQuestion,
  ChoiceQuestion,
  MultiQuestion,
  NumberQuestion,
  TextQuestion,
]);

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
  vocabulary: Vocabulary.optional(),
  sections: z.array(Section).min(1),
});

export type RubricInput = z.infer<typeof RubricSchema>;
export type QuestionInput = z.infer<typeof Question>;
export type BandInput = z.infer<typeof Band>;
export type GateInput = z.infer<typeof Gate>;
export type TextInput = z.infer<typeof Text>;

/** Every key the rubric format knows, for "did you mean" hints. */
export const RUBRIC_VOCABULARY = [
  'format', 'id', 'version', 'title', 'short_title', 'description', 'source', 'authority', 'languages', 'index', 'expression',
  'scale', 'decimals', 'label', 'bands', 'section_bands', 'gates', 'recommendation', 'pass', 'fail', 'scales', 'profiles',
  'charts', 'tiers', 'nodes', 'sections', 'questions', 'min', 'max', 'color', 'value', 'descriptor', 'evidence', 'levels', 'points', 'exclusive',
  'from', 'level', 'text', 'hint', 'weight', 'allow_na', 'required', 'when', 'tags', 'references', 'kind', 'labels', 'yes', 'no',
  'options', 'aggregate', 'max_points', 'unit', 'integer', 'thresholds', 'multiline', 'question', 'regency', 'op', 'all', 'any',
  'not', 'index_min', 'node', 'sections_min', 'depth', 'horizon', 'owner', 'assessor_only', 'vocabulary', 'questions', 'band',
  'advice', 'target', 'quick', 'medium', 'long',
];
