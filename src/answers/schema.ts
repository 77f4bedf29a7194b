import { z } from 'zod';

const Scalar = z.union([z.number(), z.string(), z.boolean()]);
/** One row of a list answer: column id → value. */
const Row = z.record(z.string(), z.union([Scalar, z.null()]));
/** A value as written: a level or number, true/false, an option id, a list of option ids, or rows of a list. */
const Value = z.union([Scalar, z.array(Scalar), z.array(Row), z.null()]);

const PanelEntry = z.strictObject({
  assessor: z.string().min(1),
  value: Value.optional(),
  na: z.union([z.string(), z.boolean(), z.null()]).optional(),
  note: z.string().nullable().optional(),
});

/** One answer: the value or N/A with a reason, a note, evidence references. */
export const AnswerEntrySchema = z.strictObject({
  value: Value.optional(),
  na: z.union([z.string(), z.boolean(), z.null()]).optional(),
  note: z.string().nullable().optional(),
  evidence: z.array(z.string()).nullable().optional(),
  /** Every panel member's answer, kept by `siap merge` for disputed items. */
  panel: z.array(PanelEntry).optional(),
});

const Person = z.strictObject({
  name: z.string().min(1),
  role: z.string().nullable().optional(),
  institution: z.string().nullable().optional(),
  nip: z.string().nullable().optional(),
});

const Nullable = z.string().nullable().optional();

/** The answers file as written. */
export const AnswersSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal('siap-answers/1').optional(),
  rubric: z.strictObject({
    id: z.string().min(1),
    version: z.string().nullable().optional(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/).nullable().optional(),
    file: z.string().nullable().optional(),
  }),
  regency: z.strictObject({
    name: Nullable,
    kind: z.enum(['kabupaten', 'kota']).nullable().optional(),
    province: Nullable,
    code: z.union([z.string(), z.number()]).nullable().optional(),
  }),
  assessment: z
    .strictObject({
      kind: z.enum(['self', 'assessor']).nullable().optional(),
      date: Nullable,
      place: Nullable,
      signing_place: Nullable,
      mode: z.enum(['onsite', 'online']).nullable().optional(),
      profile: Nullable,
      assessors: z.array(Person).nullable().optional(),
      representative: Person.nullable().optional(),
      notes: Nullable,
    })
    .optional(),
  merged_from: z.array(z.strictObject({ file: z.string(), assessor: z.string() })).optional(),
  /** Written by `siap merge`: the assessors' agreement and the items left to the panel. */
  consensus: z
    .strictObject({
      assessors: z.number().int().min(1),
      rule: z.enum(['median', 'min']).optional(),
      compared: z.number().int().min(0),
      agreed: z.number().int().min(0),
      kappa: z.number().nullable().optional(),
      kappa_weighting: z.enum(['linear', 'quadratic']).optional(),
      open: z.array(z.string()).nullable().optional(),
    })
    .optional(),
  /** Written by `siap assess`: the language of its keys and the question answered last. */
  session: z
    .strictObject({
      lang: z.enum(['id', 'en']).nullable().optional(),
      last: z.string().nullable().optional(),
    })
    .nullable()
    .optional(),
  /** Written by `siap migrate`: the file and rubric version the answers came from, and answers of removed questions. */
  migrated_from: z
    .strictObject({
      file: z.string().optional(),
      rubric: z.strictObject({ id: z.string(), version: z.string().optional(), sha256: z.string().optional() }),
      /** Answers of questions the new version removed, kept as they were (not checked, not scored). */
      dropped: z.record(z.string(), z.looseObject({})).optional(),
    })
    .optional(),
  /** Unscored facts about the regency (population, APBD, …), by the rubric's context field id. */
  context: z.record(z.string(), z.union([AnswerEntrySchema, Value])).nullable().optional(),
  answers: z.record(z.string(), z.union([AnswerEntrySchema, Value])).nullable().optional(),
});

export type AnswersInput = z.infer<typeof AnswersSchema>;
export type AnswerEntryInput = z.infer<typeof AnswerEntrySchema>;

export const ANSWERS_VOCABULARY = [
  'format', 'rubric', 'id', 'version', 'sha256', 'file', 'regency', 'name', 'kind', 'province', 'code', 'assessment', 'date', 'place', 'signing_place',
  'mode', 'profile', 'assessors', 'representative', 'role', 'institution', 'nip', 'notes', 'answers', 'value', 'na', 'note',
  'evidence', 'panel', 'assessor', 'merged_from', 'consensus', 'assessors', 'rule', 'compared', 'agreed', 'kappa',
  'kappa_weighting', 'open', 'session', 'lang', 'last', 'migrated_from', 'dropped', 'context',
];
