import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { SiapError, type Diagnostic } from '../errors.js';
import type { Lang, LocalText } from '../i18n.js';
import { fileExists, fsError, readUserFile } from '../io/files.js';
import { PACKAGE_ROOT } from '../io/rubrics.js';
import { sortByPosition } from '../rubric/parse.js';
import { issuesToDiagnostics } from '../source/issues.js';
import { parseYaml, type YamlSource } from '../source/yaml.js';
import { LABEL_KEYS, REPORT_SECTIONS, TEMPLATE_VOCABULARY, TemplateSchema, type LabelKey, type ReportSectionId, type TemplateInput } from './template-schema.js';

/** A validated report template, with its logo read (when it has one). */
export interface ReportTemplate {
  id: string;
  file: string;
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

export const DEFAULT_COLORS: TemplateColors = {
  accent: '#1f4e79',
  accentLight: '#e8eef5',
  text: '#1a1a1a',
  muted: '#5f6368',
  rule: '#c8cdd3',
  tableHeader: '#dde6f0',
};

export const BUNDLED_TEMPLATES = join(PACKAGE_ROOT, 'templates');
export const DEFAULT_TEMPLATE = 'standar';

/** Ids of the templates shipped with siap. */
export function bundledTemplateIds(): string[] {
  return readdirSync(BUNDLED_TEMPLATES)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.slice(0, -'.yaml'.length))
    .sort();
}

/** A `--template` argument (bundled id or path) → the file to read. */
export function resolveTemplateFile(ref: string): string {
  const looksLikePath = /[\\/]/.test(ref) || /\.(ya?ml|json)$/i.test(ref);
  if (!looksLikePath) {
    const bundled = join(BUNDLED_TEMPLATES, `${ref}.yaml`);
    if (/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(ref) && fileExists(bundled)) return bundled;
    if (fileExists(ref)) return ref;
    throw new SiapError('TEMPLATE_NOT_FOUND', { ref, known: bundledTemplateIds().join(', ') }, { source: { file: ref } });
  }
  return ref;
}

/** Bundled templates are shown as `templates/<id>.yaml`, user files as given. */
function displayPath(file: string): string {
  const abs = resolve(file);
  return abs.startsWith(BUNDLED_TEMPLATES + sep) ? join('templates', abs.slice(BUNDLED_TEMPLATES.length + 1)) : file;
}

const cache = new Map<string, ReportTemplate>();

/** Load a template by bundled id or path, read its logo, and check both; cached per process. */
export function loadTemplate(ref: string = DEFAULT_TEMPLATE, lang: Lang = 'id'): ReportTemplate {
  const file = resolveTemplateFile(ref);
  const key = `${resolve(file)}\0${lang}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const { text } = readUserFile(file);
  const shown = displayPath(file);
  const { template, logo } = parseTemplate(text, shown, lang);
  if (logo) template.logo = readLogo(logo.path, dirname(resolve(file)), dirname(shown) || '.', logo.source);
  cache.set(key, template);
  return template;
}

/**
 * Template text → validated template. Pure: the logo is returned as the path written in the
 * file with its location, and read by `loadTemplate`.
 */
export function parseTemplate(text: string, file: string, lang: Lang = 'id'): { template: ReportTemplate; logo?: { path: string; source: YamlSource } } {
  const source = parseYaml(text, file, 'TEMPLATE_INVALID', lang);
  const parsed = TemplateSchema.safeParse(source.data ?? {});
  if (!parsed.success) {
    const diagnostics = sortByPosition(issuesToDiagnostics(parsed.error.issues, source, lang, TEMPLATE_VOCABULARY));
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

/**
 * Read the logo named in a template: it must stay inside the template's folder (no `..`, no
 * absolute path, no symlink leading out), exist, and be a PNG or JPEG.
 */
function readLogo(path: string, base: string, shownBase: string, source: YamlSource): NonNullable<ReportTemplate['logo']> {
  const at = { source: source.locate(['logo']) };
  const target = resolve(base, path);
  const inside = (p: string, root: string): boolean => {
    const rel = relative(root, p);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  };
  if (isAbsolute(path) || !inside(target, base)) throw new SiapError('PATH_ESCAPES', { target: path, base: shownBase }, at);
  if (!fileExists(target)) throw new SiapError('TEMPLATE_LOGO_MISSING', { file: path, base: shownBase }, at);
  let bytes: Buffer;
  try {
    const real = realpathSync(target);
    if (!inside(real, realpathSync(base))) throw new SiapError('PATH_ESCAPES', { target: path, base: shownBase }, at);
    if (statSync(real).isDirectory()) throw new SiapError('FILE_IS_DIRECTORY', {}, at);
    bytes = readFileSync(real);
  } catch (error) {
    if (error instanceof SiapError) throw error;
    const failure = fsError(error, path);
    throw new SiapError(failure.code, failure.params, at);
  }
  const format = imageFormat(bytes);
  if (!format) throw new SiapError('TEMPLATE_LOGO_FORMAT', { file: path }, at);
  return { file: path, bytes: new Uint8Array(bytes), format };
}

/** PNG or JPEG by their magic bytes (the two formats pdfkit embeds). */
export function imageFormat(bytes: Uint8Array): 'png' | 'jpeg' | undefined {
  if (bytes.length > 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  return undefined;
}
