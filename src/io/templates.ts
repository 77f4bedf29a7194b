import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { SiapError } from '../errors.js';
import { imageFormat, parseTemplate, type ReportTemplate } from '../report/template.js';
import type { YamlSource } from '../source/yaml.js';
import { BUNDLED_TEMPLATES, bundledIds, displayPath, resolveBundled } from './bundled.js';
import { fileExists, fsError, inFolder, readUserBytes, readUserFile } from './files.js';

export const DEFAULT_TEMPLATE = 'standar';

/** Ids of the templates shipped with siap. */
export function bundledTemplateIds(): string[] {
  return bundledIds(BUNDLED_TEMPLATES);
}

/** A `--template` argument (bundled id or path, relative to `cwd`) → the file to read. */
export function resolveTemplateFile(ref: string, cwd?: string): string {
  const file = resolveBundled(BUNDLED_TEMPLATES, ref, cwd);
  if (file === undefined) throw new SiapError('TEMPLATE_NOT_FOUND', { ref, known: bundledTemplateIds().join(', ') }, { source: { file: ref } });
  return file;
}

/** Load a template by bundled id or path (relative to `cwd`), read its logo, and check both. */
export function loadTemplate(ref: string = DEFAULT_TEMPLATE, options: { cwd?: string } = {}): ReportTemplate {
  const file = resolveTemplateFile(ref, options.cwd);
  const { text } = readUserFile(file, { cwd: options.cwd });
  const shown = displayPath(BUNDLED_TEMPLATES, file, options.cwd);
  const { template, logo } = parseTemplate(text, shown);
  if (logo) template.logo = readLogo(logo.path, dirname(resolve(inFolder(options.cwd, file))), dirname(shown) || '.', logo.source);
  return template;
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
  let real: string;
  try {
    real = realpathSync(target);
  } catch (error) {
    const failure = fsError(error, path);
    throw new SiapError(failure.code, failure.params, at);
  }
  if (!inside(real, realpathSync(base))) throw new SiapError('PATH_ESCAPES', { target: path, base: shownBase }, at);
  let bytes: Buffer;
  try {
    // A regular file of at most 8 MB, like every file siap reads.
    bytes = readUserBytes(real);
  } catch (error) {
    const failure = fsError(error, path);
    throw new SiapError(failure.code, failure.params, at);
  }
  const format = imageFormat(bytes);
  if (!format) throw new SiapError('TEMPLATE_LOGO_FORMAT', { file: path }, at);
  return { file: path, bytes: new Uint8Array(bytes), format };
}
