import { z } from 'zod';

/**
 * The documented shape of `siap score --json` (format `siap-score/1`), as a zod schema: tests
 * check real output against it and `siap rubric schema --score` prints it as JSON Schema.
 */
const Text = z.strictObject({ id: z.string().optional(), en: z.string().optional() });
const Band = z.strictObject({ id: z.string(), label: Text, min: z.number() }).nullable();
const Coverage = z.strictObject({
  answered: z.int().min(0),
  applicable: z.int().min(0),
  na: z.int().min(0),
  hidden: z.int().min(0),
  unanswered: z.int().min(0),
  required_unanswered: z.int().min(0),
});
const Row = z.record(z.string(), z.union([z.number(), z.string(), z.boolean()]));
const Value = z.union([z.number(), z.string(), z.boolean(), z.array(z.string()), z.array(Row)]);
const Node = z.strictObject({
  id: z.string(),
  parent: z.string().nullable(),
  depth: z.int().min(0),
  title: Text,
  weight: z.number().positive(),
  index: z.number().nullable(),
  display: z.string(),
  band: Band,
  share: z.number().min(0).max(1),
  weighted_sum: z.number(),
  weight_total: z.number().min(0),
  coverage: Coverage,
  children: z.array(
    z.strictObject({
      id: z.string(),
      type: z.enum(['section', 'question']),
      weight: z.number(),
      score: z.number().nullable(),
      counted: z.boolean(),
      excluded: z.enum(['na', 'hidden', 'profile', 'assessor', 'optional-unanswered', 'text', 'empty']).optional(),
    }),
  ),
});

export const ScoreJsonSchema = z.strictObject({
  format: z.literal('siap-score/1'),
  file: z.string(),
  rubric: z.strictObject({ id: z.string(), version: z.string(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  answers_rubric_sha256: z.string().optional(),
  regency: z.strictObject({ name: z.string(), kind: z.enum(['kabupaten', 'kota']).optional(), province: z.string().optional(), code: z.string().optional() }),
  assessment: z.strictObject({
    kind: z.enum(['self', 'assessor']),
    date: z.string().optional(),
    place: z.string().optional(),
    mode: z.enum(['onsite', 'online']).optional(),
    profile: z.string().optional(),
    assessors: z.array(z.strictObject({ name: z.string(), role: z.string().optional(), institution: z.string().optional(), nip: z.string().optional() })),
    representative: z.strictObject({ name: z.string(), role: z.string().optional(), institution: z.string().optional(), nip: z.string().optional() }).optional(),
    notes: z.string().optional(),
  }),
  expression: z.enum(['percent', 'scale']),
  range: z.tuple([z.number(), z.number()]),
  decimals: z.int().min(0),
  index: z.number().nullable(),
  display: z.string(),
  band: Band,
  recommended: z.boolean(),
  gates: z.array(
    z.strictObject({
      id: z.string(),
      title: Text,
      passed: z.boolean(),
      rule: z.string(),
      actual: z.union([Value, z.null()]),
      reason: z.enum(['ok', 'below', 'unanswered', 'na', 'hidden', 'value', 'no-data']),
      failing: z.array(z.string()).optional(),
    }),
  ),
  coverage: Coverage,
  provisional: z.boolean(),
  overall: Node,
  nodes: z.array(Node),
  /** Unscored facts about the regency (the rubric's context fields that were answered), in the rubric's order. */
  context: z.array(z.strictObject({ id: z.string(), title: Text, value: z.union([Value, z.null()]), note: z.string().optional() })).optional(),
  questions: z.array(
    z.strictObject({
      id: z.string(),
      parent: z.string(),
      kind: z.enum(['level', 'boolean', 'choice', 'multi', 'number', 'text', 'list']),
      state: z.enum(['answered', 'na', 'unanswered', 'hidden']),
      hidden_by: z.enum(['condition', 'profile', 'assessor']).optional(),
      value: z.union([Value, z.null()]),
      na_reason: z.string().optional(),
      points: z.number().nullable(),
      min_points: z.number(),
      max_points: z.number(),
      normalized: z.number().min(0).max(1).nullable(),
      score: z.number().nullable(),
      weight: z.number(),
      share: z.number().min(0).max(1),
      gain: z.number().min(0),
      imputed: z.boolean(),
      label: Text.optional(),
      note: z.string().optional(),
      evidence: z.array(z.string()),
    }),
  ),
});
