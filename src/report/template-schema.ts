import { z } from 'zod';

/**
 * Report template (templates/*.yaml): the wording and look of `siap report`. Documented in
 * templates/README.md; `siap rubric schema --template` prints it as JSON Schema.
 */

const Id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);

/** Text in Bahasa Indonesia and English; a plain string is used for both. */
const Text = z.union([
  z.string().min(1),
  z.strictObject({ id: z.string().min(1).optional(), en: z.string().min(1).optional() }),
]).meta({ id: 'TemplateText', description: 'Text in Bahasa Indonesia (id) and English (en); a plain string is used for both' });

const Colour = z.string().regex(/^#[0-9a-fA-F]{6}$/).meta({ description: 'colour as #rrggbb' });

/** The report's sections, in the order they are printed. */
export const REPORT_SECTIONS = ['cover', 'identity', 'summary', 'charts', 'comparison', 'results', 'questions', 'findings', 'method', 'signoff'] as const;
export type ReportSectionId = (typeof REPORT_SECTIONS)[number];

/** Words of the report a template may reword (snake_case keys as written in YAML). */
export const LABEL_KEYS = [
  'identity', 'summary', 'charts', 'comparison', 'results', 'questions', 'findings', 'method', 'signoff',
  'regency_identity', 'assessment_identity', 'strengths', 'weaknesses', 'recommendations',
  'acknowledged', 'representative', 'assessor_team', 'self_team', 'page', 'signed_at', 'made_at',
] as const;
export type LabelKey = (typeof LABEL_KEYS)[number];

const Labels = z.strictObject(Object.fromEntries(LABEL_KEYS.map((key) => [key, Text.optional()])) as Record<LabelKey, z.ZodOptional<typeof Text>>);

export const TemplateSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal('siap-template/1').optional(),
  id: Id,
  /** Cover title; `{rubric}` is replaced by the rubric's short title (or title). */
  title: Text,
  /** Line under the title; defaults to the rubric's title. */
  subtitle: Text.optional(),
  /** Issuing authority, printed at the top of the cover (e.g. a ministry). */
  authority: Text.optional(),
  /** Issuing team, printed on the cover and above the assessors' signatures. */
  team: Text.optional(),
  /** PNG or JPEG, relative to the template's folder and inside it. */
  logo: z.string().min(1).optional(),
  colors: z.strictObject({
    accent: Colour.optional(),
    accent_light: Colour.optional(),
    text: Colour.optional(),
    muted: Colour.optional(),
    rule: Colour.optional(),
    table_header: Colour.optional(),
  }).optional(),
  /** Which sections appear (always printed in the order of REPORT_SECTIONS). */
  sections: z.array(z.enum(REPORT_SECTIONS)).min(1).optional(),
  /** How many strengths and weaknesses to list per pillar. */
  findings_per_pillar: z.int().min(1).max(20).optional(),
  labels: Labels.optional(),
});

export type TemplateInput = z.infer<typeof TemplateSchema>;

/** Every key the template format knows, for "did you mean" hints. */
export const TEMPLATE_VOCABULARY: string[] = [
  'format', 'id', 'en', 'title', 'subtitle', 'authority', 'team', 'logo', 'colors', 'accent', 'accent_light', 'text', 'muted',
  'rule', 'table_header', 'sections', 'findings_per_pillar', 'labels', ...LABEL_KEYS,
];
