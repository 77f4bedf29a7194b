import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SiapError } from '../errors.js';
import type { Lang } from '../i18n.js';
import { parseRubric, rubricFromCompiled, sha256Of, type ParsedRubric } from '../rubric/parse.js';
import type { RubricInput } from '../rubric/schema.js';
import { fileExists, readUserFile } from './files.js';

/** The package's own folder (two levels above this module in both src/ and dist/). */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const BUNDLED_RUBRICS = join(PACKAGE_ROOT, 'rubrics');
export const DEFAULT_RUBRIC = 'kesiapan-kota-cerdas';
/** Bundled rubrics compiled to JSON by `npm run build` (see src/tools/compile-rubrics.ts). */
export const COMPILED_RUBRICS = join(PACKAGE_ROOT, 'dist', 'bundled');

export interface CompiledRubric {
  format: 'siap-compiled-rubric/1';
  sha256: string;
  data: RubricInput;
}

/** Ids of the rubrics shipped with siap. */
export function bundledRubricIds(): string[] {
  return readdirSync(BUNDLED_RUBRICS)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.slice(0, -'.yaml'.length))
    .sort();
}

/** A rubric argument (bundled id or path) → the file to read. */
export function resolveRubricFile(ref: string): string {
  const looksLikePath = /[\\/]/.test(ref) || /\.(ya?ml|json)$/i.test(ref);
  if (!looksLikePath) {
    const bundled = join(BUNDLED_RUBRICS, `${ref}.yaml`);
    if (/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(ref) && fileExists(bundled)) return bundled;
    if (fileExists(ref)) return ref;
    throw new SiapError('RUBRIC_NOT_FOUND', { ref, known: bundledRubricIds().join(', ') }, { source: { file: ref } });
  }
  return ref;
}

const cache = new Map<string, ParsedRubric>();

/** Load and validate a rubric by bundled id or path; parsed rubrics are kept for the process. */
export function loadRubric(ref: string, lang: Lang = 'id'): ParsedRubric {
  // Batch asks for the same rubric once per file: answer from memory without touching the disk.
  const byRef = cache.get(`ref:${ref}\0${lang}`);
  if (byRef) return byRef;
  const file = resolveRubricFile(ref);
  const key = `${resolve(file)}\0${lang}`;
  const hit = cache.get(key);
  if (hit) {
    cache.set(`ref:${ref}\0${lang}`, hit);
    return hit;
  }
  const { text } = readUserFile(file);
  const parsed = compiledFor(file, text, lang) ?? parseRubric(text, displayPath(file), { lang });
  cache.set(key, parsed);
  cache.set(`ref:${ref}\0${lang}`, parsed);
  return parsed;
}

/** The compiled form of a bundled rubric, when it exists and was made from exactly this text. */
function compiledFor(file: string, text: string, lang: Lang): ParsedRubric | undefined {
  const abs = resolve(file);
  if (!abs.startsWith(BUNDLED_RUBRICS)) return undefined;
  const id = abs.slice(BUNDLED_RUBRICS.length + 1).replace(/\.yaml$/, '');
  let compiled: CompiledRubric;
  try {
    compiled = JSON.parse(readFileSync(join(COMPILED_RUBRICS, `${id}.json`), 'utf8')) as CompiledRubric;
  } catch {
    return undefined;
  }
  const sha256 = sha256Of(text);
  if (compiled.format !== 'siap-compiled-rubric/1' || compiled.sha256 !== sha256) return undefined;
  return rubricFromCompiled(compiled.data, displayPath(file), sha256, lang);
}

/** Bundled rubrics are shown as `rubrics/<id>.yaml`, user files as given. */
export function displayPath(file: string): string {
  const abs = resolve(file);
  return dirname(abs) === BUNDLED_RUBRICS ? join('rubrics', abs.slice(BUNDLED_RUBRICS.length + 1)) : file;
}
