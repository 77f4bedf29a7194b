import { z } from 'zod';

const Scalar = z.union([z.number(), z.string(), z.boolean()]);
/** A value as written: a level or number, true/false, an option id, or a list of option ids. */
const Value = z.union([Scalar, z.array(Scalar), z.null()]);

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
  answers: z.record(z.string(), z.union([AnswerEntrySchema, Value])).nullable().optional(),
});

export type AnswersInput = z.infer<typeof AnswersSchema>;
export type AnswerEntryInput = z.infer<typeof AnswerEntrySchema>;

export const ANSWERS_VOCABULARY = [
  'format', 'rubric', 'id', 'version', 'sha256', 'file', 'regency', 'name', 'kind', 'province', 'code', 'assessment', 'date', 'place', 'signing_place',
  'mode', 'profile', 'assessors', 'representative', 'role', 'institution', 'nip', 'notes', 'answers', 'value', 'na', 'note',
  'evidence', 'panel', 'assessor', 'merged_from',
];
