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
export const REPORT_SECTIONS = ['cover', 'identity', 'summary', 'charts', 'comparison', 'results', 'questions', 'findings', 'actions', 'method', 'signoff'] as const;
export type ReportSectionId = (typeof REPORT_SECTIONS)[number];

/** Words of the report a template may reword (snake_case keys as written in YAML). */
export const LABEL_KEYS = [
  'identity', 'summary', 'charts', 'comparison', 'results', 'questions', 'findings', 'actions', 'method', 'signoff',
  'regency_identity', 'assessment_identity', 'strengths', 'weaknesses', 'recommendations',
  'acknowledged', 'representative', 'assessor_team', 'self_team', 'page', 'signed_at', 'made_at',
] as const;
export type LabelKey = (typeof LABEL_KEYS)[number];

const Labels = z.strictObject(Object.fromEntries(LABEL_KEYS.map((key) => [key, Text.optional()])) as Record<LabelKey, z.ZodOptional<typeof Text>>);

export const TemplateSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal('siap-template/1').optional(),
  id: Id.describe('id of the template (used with --template when the file sits in templates/)'),
  title: Text.describe('cover title; {rubric} is replaced by the rubric title, {rubric_short} by its short title'),
  subtitle: Text.optional().describe('line under the title; by default the rubric title (unless the title already names it)'),
  authority: Text.optional().describe('issuing authority, printed at the top of the cover'),
  team: Text.optional().describe('issuing team, printed on the cover and above the assessors\' signatures'),
  logo: z.string().min(1).optional().describe('PNG or JPEG file, relative to the template\'s folder and inside it'),
  colors: z.strictObject({
    accent: Colour.optional(),
    accent_light: Colour.optional(),
    text: Colour.optional(),
    muted: Colour.optional(),
    rule: Colour.optional(),
    table_header: Colour.optional(),
  }).optional(),
  sections: z.array(z.enum(REPORT_SECTIONS)).min(1).optional().describe('which sections appear; they are always printed in the standard order'),
  findings_per_pillar: z.int().min(1).max(20).optional().describe('strengths and weaknesses listed per pillar (recommendations: twice as many); default 5'),
  labels: Labels.optional().describe('rewording of the report\'s fixed words; {regency}, {tiers}, {page}, {pages}, {place}, {date}, {question}/{Question} (the rubric\'s word for a question), {area}/{Area} (regency or city) and {advice}/{Advice} are filled in'),
});

export type TemplateInput = z.infer<typeof TemplateSchema>;

/** Every key the template format knows, for "did you mean" hints. */
export const TEMPLATE_VOCABULARY: string[] = [
  'format', 'id', 'en', 'title', 'subtitle', 'authority', 'team', 'logo', 'colors', 'accent', 'accent_light', 'text', 'muted',
  'rule', 'table_header', 'sections', 'findings_per_pillar', 'labels', ...LABEL_KEYS,
];
