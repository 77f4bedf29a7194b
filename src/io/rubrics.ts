import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Rubric } from '../rubric/model.js';
import { SiapError } from '../errors.js';
import { parseRubric, rubricFromCompiled, sha256Of, type ParsedRubric } from '../rubric/parse.js';
import type { RubricInput } from '../rubric/schema.js';
import { BUNDLED_RUBRICS, displayPath, isBundled, PACKAGE_ROOT, resolveBundled } from './bundled.js';
import { inFolder, readUserFile } from './files.js';
import { bundledRubricFile, bundledRubricFiles, bundledVersions, looksLikeBundledRef, shownBundledPath, splitRubricRef } from './versions.js';

export const DEFAULT_RUBRIC = 'kesiapan-kota-cerdas';
/** Bundled rubrics compiled to JSON by `npm run build` (see src/tools/compile-rubrics.ts). */
export const COMPILED_RUBRICS = join(PACKAGE_ROOT, 'dist', 'bundled');

export interface CompiledRubric {
  format: 'siap-compiled-rubric/1';
  sha256: string;
  data: RubricInput;
}

/** Ids of the rubrics shipped with siap (each id once, however many versions it has). */
export function bundledRubricIds(): string[] {
  return [...new Set(bundledRubricFiles().map((f) => f.id))];
}

/**
 * A rubric argument (bundled `id`, `id@version`, or a path relative to `cwd`) → the file to read.
 * A bundled id without a version means its latest version.
 */
export function resolveRubricFile(ref: string, cwd?: string): string {
  if (looksLikeBundledRef(ref)) {
    const { id, version } = splitRubricRef(ref);
    const bundled = bundledRubricFile(id, version);
    if (bundled) return bundled;
    if (version !== undefined && bundledRubricFile(id)) {
      throw new SiapError('RUBRIC_VERSION_NOT_FOUND', { id, version, known: bundledVersions(id).join(', ') || '—' }, { source: { file: ref } });
    }
  }
  const file = resolveBundled(BUNDLED_RUBRICS, ref, cwd);
  if (file === undefined) throw new SiapError('RUBRIC_NOT_FOUND', { ref, known: bundledRubricIds().join(', ') }, { source: { file: ref } });
  return file;
}

/** Whether a rubric file (as typed, relative to `cwd`) is one of the bundled ones. */
export function isBundledRubric(file: string, cwd?: string): boolean {
  return isBundled(BUNDLED_RUBRICS, file, cwd);
}

/**
 * Parsed rubrics by absolute path, with the file's size and modification time: batch asks for the
 * same rubric once per file and gets it from memory, and an edited file is read again.
 */
const cache = new Map<string, { size: number; mtimeMs: number; parsed: ParsedRubric }>();

/** Load and validate a rubric by bundled id (`id` or `id@version`) or path (relative to `cwd`). */
export function loadRubric(ref: string, options: { cwd?: string } = {}): ParsedRubric {
  const parsed = loadRubricFile(resolveRubricFile(ref, options.cwd), options);
  const wanted = looksLikeBundledRef(ref) ? splitRubricRef(ref) : undefined;
  if (wanted?.version !== undefined && parsed.rubric.version !== wanted.version) {
    throw new SiapError('RUBRIC_VERSION_NOT_FOUND', { id: wanted.id, version: wanted.version, known: parsed.rubric.version }, { source: { file: ref } });
  }
  return parsed;
}

/** Load and validate the rubric in a file (a bundled one from its compiled form when that is current). */
export function loadRubricFile(file: string, options: { cwd?: string } = {}): ParsedRubric {
  const path = resolve(inFolder(options.cwd, file));
  let stamp: { size: number; mtimeMs: number } | undefined;
  try {
    const stat = statSync(path);
    stamp = { size: stat.size, mtimeMs: stat.mtimeMs };
  } catch {
    stamp = undefined; // readUserFile below says what is wrong
  }
  const hit = cache.get(path);
  if (hit && stamp && hit.size === stamp.size && hit.mtimeMs === stamp.mtimeMs) return hit.parsed;
  const { text } = readUserFile(file, { cwd: options.cwd });
  const bundledAs = shownBundledPath(path);
  const shown = bundledAs ?? displayPath(BUNDLED_RUBRICS, file, options.cwd);
  const fromText = (bundledAs ? compiledFor(path, text, shown) : undefined) ?? parseRubric(text, shown);
  const parsed = bundledAs ? { ...fromText, bundled: true } : fromText;
  if (stamp) cache.set(path, { ...stamp, parsed });
  return parsed;
}

/**
 * A rubric text that is byte for byte one of the bundled versions (what a report made with a
 * bundled rubric attaches), from that version's compiled form: no YAML parsing and no validation
 * again. `shown` names the rubric as parseRubric(text, shown) would; undefined for any other text.
 */
export function compiledRubricForText(text: string, shown: string): ParsedRubric | undefined {
  const sha256 = sha256Of(text);
  for (const bundled of bundledRubricFiles()) {
    const data = compiledData(bundled.file, sha256);
    if (data) return rubricFromCompiled(data, shown, sha256);
  }
  return undefined;
}

/** The data of a bundled rubric file's compiled form, when it exists and was made from the text with this sha256. */
export function compiledData(bundledFile: string, sha256: string): RubricInput | undefined {
  let compiled: CompiledRubric;
  try {
    compiled = JSON.parse(readFileSync(compiledPathFor(bundledFile), 'utf8')) as CompiledRubric;
  } catch {
    return undefined;
  }
  return compiled.format === 'siap-compiled-rubric/1' && compiled.sha256 === sha256 ? compiled.data : undefined;
}

/** Where the build step stores the compiled form of a bundled rubric file (`<id>.json` or `<id>/<version>.json`). */
export function compiledPathFor(bundledFile: string): string {
  return join(COMPILED_RUBRICS, `${relative(BUNDLED_RUBRICS.dir, bundledFile).replace(/\.yaml$/, '')}.json`);
}

/**
 * The text of the file a loaded rubric was read from, and the file's name: what a report attaches
 * so it can be re-derived. Found where the rubric was loaded from (the path as shown, relative to
 * `cwd`, or the bundled folder whatever `cwd` is) and accepted only when its sha256 is the
 * rubric's. A bundled version (`rubrics/<id>/<version>.yaml`) is named `<id>-<version>.yaml`.
 */
export function rubricSource(rubric: Pick<Rubric, 'file' | 'sha256'>, options: { cwd?: string } = {}): { name: string; text: string } | undefined {
  const name = /^\d+\.\d+\.\d+\.yaml$/.test(basename(rubric.file)) ? `${basename(dirname(rubric.file))}-${basename(rubric.file)}` : basename(rubric.file);
  for (const candidate of rubricFileCandidates(rubric.file, options.cwd)) {
    let text: string;
    try {
      text = readFileSync(candidate, 'utf8');
    } catch {
      continue;
    }
    text = text.replace(/^\ufeff/, '');
    if (sha256Of(text) === rubric.sha256) return { name, text };
  }
  return undefined;
}

/**
 * Where the file of a loaded rubric may be, given its path as shown (`rubric.file`): as typed,
 * relative to `cwd`, then in the bundled folder whatever `cwd` is (`rubrics/<id>/<version>.yaml`
 * is shown relative to the package, not to the folder the user works in). Callers accept a
 * candidate only when its sha256 is the rubric's.
 */
export function rubricFileCandidates(shown: string, cwd: string | undefined): string[] {
  const prefix = `${BUNDLED_RUBRICS.shownAs}/`;
  const bundled = join(BUNDLED_RUBRICS.dir, shown.startsWith(prefix) ? shown.slice(prefix.length) : basename(shown));
  return [inFolder(cwd, shown), bundled];
}

/** The compiled form of a bundled rubric, when it exists and was made from exactly this text. */
function compiledFor(path: string, text: string, shown: string): ParsedRubric | undefined {
  const sha256 = sha256Of(text);
  const data = compiledData(path, sha256);
  return data ? rubricFromCompiled(data, shown, sha256) : undefined;
}
