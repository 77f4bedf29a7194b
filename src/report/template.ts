import { SiapError, type Diagnostic } from '../errors.js';
import type { LocalText } from '../i18n.js';
import { sortByPosition } from '../source/positions.js';
import { DEFAULT_COLORS } from './theme.js';
import { issuesToDiagnostics } from '../source/issues.js';
import { parseYaml, type YamlSource } from '../source/yaml.js';
import { LABEL_KEYS, REPORT_SECTIONS, TEMPLATE_VOCABULARY, TemplateSchema, type LabelKey, type ReportSectionId, type TemplateInput } from './template-schema.js';

/** A validated report template, with its logo read (when it has one). */
export interface ReportTemplate {
  id: string;
  file: string;
  /** The template file as read (attached to every report made with it, so the report can be re-derived). */
  text?: string;
  title: LocalText;
  subtitle?: LocalText;
  authority?: LocalText;
  team?: LocalText;
  logo?: { file: string; bytes: Uint8Array; format: 'png' | 'jpeg' };
  colors: TemplateColors;
  sections: ReportSectionId[];
  findingsPerPillar: number;
  labels: Partial<Record<LabelKey, LocalText>>;
}

export interface TemplateColors {
  accent: string;
  accentLight: string;
  text: string;
  muted: string;
  rule: string;
  tableHeader: string;
}


/**
 * Template text → validated template. Pure: the logo is returned as the path written in the
 * file with its location, and read by `loadTemplate`.
 */
export function parseTemplate(text: string, file: string): { template: ReportTemplate; logo?: { path: string; source: YamlSource } } {
  const source = parseYaml(text, file, 'TEMPLATE_INVALID');
  const parsed = TemplateSchema.safeParse(source.data ?? {});
  if (!parsed.success) {
    const diagnostics = sortByPosition(issuesToDiagnostics(parsed.error.issues, source, TEMPLATE_VOCABULARY));
    throw new SiapError('TEMPLATE_INVALID', { count: diagnostics.length }, { diagnostics });
  }
  const input: TemplateInput = parsed.data;
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  (input.sections ?? []).forEach((section, i) => {
    if (seen.has(section)) diagnostics.push({ code: 'TEMPLATE_DUPLICATE_SECTION', severity: 'error', params: { section }, source: source.locate(['sections', i]) });
    seen.add(section);
  });
  if (diagnostics.length > 0) throw new SiapError('TEMPLATE_INVALID', { count: diagnostics.length }, { diagnostics });

  const colors = input.colors ?? {};
  const labels: Partial<Record<LabelKey, LocalText>> = {};
  for (const key of LABEL_KEYS) {
    const value = input.labels?.[key];
    if (value !== undefined) labels[key] = text2(value);
  }
  const chosen = new Set(input.sections ?? REPORT_SECTIONS);
  const template: ReportTemplate = {
    id: input.id,
    file,
    text,
    title: text2(input.title),
    ...(input.subtitle ? { subtitle: text2(input.subtitle) } : {}),
    ...(input.authority ? { authority: text2(input.authority) } : {}),
    ...(input.team ? { team: text2(input.team) } : {}),
    colors: {
      accent: colors.accent ?? DEFAULT_COLORS.accent,
      accentLight: colors.accent_light ?? DEFAULT_COLORS.accentLight,
      text: colors.text ?? DEFAULT_COLORS.text,
      muted: colors.muted ?? DEFAULT_COLORS.muted,
      rule: colors.rule ?? DEFAULT_COLORS.rule,
      tableHeader: colors.table_header ?? DEFAULT_COLORS.tableHeader,
    },
    sections: REPORT_SECTIONS.filter((s) => chosen.has(s)),
    findingsPerPillar: input.findings_per_pillar ?? 5,
    labels,
  };
  return { template, ...(input.logo ? { logo: { path: input.logo, source } } : {}) };
}

function text2(value: string | LocalText): LocalText {
  return typeof value === 'string' ? { id: value, en: value } : value;
}

/** PNG or JPEG by their magic bytes (the two formats pdfkit embeds). */
export function imageFormat(bytes: Uint8Array): 'png' | 'jpeg' | undefined {
  if (bytes.length > 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  return undefined;
}
