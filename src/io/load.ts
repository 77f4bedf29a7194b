import { realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Answers } from '../answers/model.js';
import { assertAnswersDocument, parseAnswersSource, readAnswersSource, rubricRefOf } from '../answers/parse.js';
import type { RegionRef } from '../answers/region.js';
import { SiapError, type Diagnostic, type SourceLocation } from '../errors.js';
import type { Rubric } from '../rubric/model.js';
import type { ParsedRubric } from '../rubric/parse.js';
import { compareVersions } from '../rubric/versions.js';
import { parseYaml, type YamlSource } from '../source/yaml.js';
import { inFolder, readUserFile } from './files.js';
import { loadRegister } from './register.js';
import { loadRubric } from './rubrics.js';
import { bundledRubricForAnswers, latestBundledVersion, looksLikeBundledRef, splitRubricRef } from './versions.js';

export interface LoadedAssessment {
  rubric: Rubric;
  answers: Answers;
  /** Rubric and answers warnings (e.g. the rubric changed since the answers were made). */
  warnings: Diagnostic[];
  /** The answers file exactly as read (embedded in reports). */
  bytes: Buffer;
  /** The parsed file, to point at a line of it in later messages. */
  source: YamlSource;
  /** Where the regency sits in the official register (its code and province code, when known). */
  region: RegionRef;
  /** The latest bundled version of the rubric, when it is newer than the version the file was scored with. */
  newerVersion?: string;
}

export interface LoadOptions {
  /** Rubric to use instead of the one the file names (bundled id or path). */
  rubric?: string;
  strict?: boolean;
  /** The folder relative paths start from (the command's working folder). */
  cwd?: string;
  /** Check the regency against the official register (default true). */
  register?: boolean;
  /**
   * Follow the file's `rubric.file` wherever it points, absolute paths and `..` out of the
   * answers file's folder included (`--allow-rubric-file`: for a user's own files).
   */
  allowRubricFile?: boolean;
}

/**
 * Read an answers file and the rubric it was made for (or `options.rubric`), and check one
 * against the other, and the regency against the official register.
 *
 * Answers files come from others (e-mail, shared folders), so what they name is confined:
 * `rubric.id` is a bundled rubric's id, and `rubric.file` a path relative to the answers file's
 * folder that stays inside that folder or below it, symbolic links followed. An absolute path or
 * one leading out is refused (RUBRIC_FILE_OUTSIDE) unless `options.rubric` replaces it or
 * `options.allowRubricFile` is set. Every problem with a referenced rubric is reported at the
 * line of `rubric.file` first; a referenced file that is not a rubric is named, never quoted.
 */
export function loadAssessment(file: string, options: LoadOptions = {}): LoadedAssessment {
  return readAssessment(openAssessment(file, options), options);
}

/** An answers file read, and the rubric it is checked against, before its answers are checked. */
export interface OpenedAssessment {
  /** The text of the file as decoded. */
  text: string;
  bytes: Buffer;
  source: YamlSource;
  rubric: ParsedRubric;
}

/**
 * The first half of `loadAssessment`: read the file and find its rubric (every problem of the
 * file's shape or of its rubric is thrown here). `siap form` goes on with the answers that are
 * fine when some are not.
 */
export function openAssessment(file: string, options: LoadOptions = {}): OpenedAssessment {
  const { text, bytes } = readUserFile(file, { cwd: options.cwd });
  const source = readAnswersSource(text, file);
  assertAnswersDocument(source);
  const ref = rubricRefOf(source);
  // `--rubric <id>` naming the file's own bundled rubric means the version the file names.
  const override = options.rubric !== undefined && ref.id !== undefined && options.rubric === ref.id && looksLikeBundledRef(ref.id) ? undefined : options.rubric;
  let rubric: ParsedRubric;
  if (override) rubric = loadRubric(override, { cwd: options.cwd });
  else if (ref.file) rubric = loadReferencedRubric(file, ref.file, source, options);
  else if (ref.id) rubric = loadBundledRubric(ref as typeof ref & { id: string }, source, options.cwd);
  else {
    const missing: Diagnostic = { code: 'SCHEMA_MISSING', severity: 'error', params: { key: 'rubric.id' }, source: source.locate(['rubric']) };
    throw new SiapError('ANSWERS_INVALID', { count: 1 }, { diagnostics: [missing] });
  }
  return { text, bytes, source, rubric };
}

/** The second half of `loadAssessment`: check the answers against the rubric, and the regency against the register. */
export function readAssessment(opened: OpenedAssessment, options: Pick<LoadOptions, 'strict' | 'register'> = {}): LoadedAssessment {
  const { source, rubric: parsedRubric, bytes } = opened;
  const register = options.register === false ? undefined : loadRegister();
  const { answers, warnings, region } = parseAnswersSource(source, parsedRubric.rubric, { strict: Boolean(options.strict), ...(register ? { register } : {}) });
  const newerVersion = parsedRubric.bundled ? newerBundledVersion(parsedRubric.rubric) : undefined;
  return { rubric: parsedRubric.rubric, answers, warnings: [...parsedRubric.warnings, ...warnings], bytes, source, region: region ?? {}, ...(newerVersion ? { newerVersion } : {}) };
}

/**
 * The bundled rubric an answers file names by id: exactly the version it names (by `version`, else
 * by the sha256 of the rubric text, else the latest). A version siap does not ship is an error at
 * `rubric.version`, never a silent switch to another version.
 */
function versionNamedBy(ref: { id: string; version?: string; sha256?: string }, source: YamlSource): string {
  if (!looksLikeBundledRef(ref.id) || splitRubricRef(ref.id).version !== undefined) return ref.id;
  const found = bundledRubricForAnswers(ref.id, ref.version, ref.sha256);
  if (found.unknownVersion !== undefined) {
    throw new SiapError('ANSWER_RUBRIC_VERSION_UNKNOWN', { id: ref.id, version: found.unknownVersion, known: found.versions.join(', ') }, { source: source.locate(['rubric', 'version']) });
  }
  return found.file ?? ref.id;
}

/** The latest bundled version of a bundled rubric, when it is newer than this one. */
function newerBundledVersion(rubric: Rubric): string | undefined {
  const latest = latestBundledVersion(rubric.id);
  return latest !== undefined && compareVersions(latest, rubric.version) > 0 ? latest : undefined;
}

/** `rubric.id` of a file names a bundled rubric (in the version the file names), never a path. */
function loadBundledRubric(ref: { id: string; version?: string; sha256?: string }, source: YamlSource, cwd: string | undefined): ParsedRubric {
  const id = ref.id;
  const unknown = (): SiapError => new SiapError('ANSWER_RUBRIC_UNKNOWN', { ref: id }, { source: source.locate(['rubric', 'id']) });
  if (!looksLikeBundledRef(id)) throw unknown();
  const named = versionNamedBy(ref, source);
  try {
    return loadRubric(named, { cwd });
  } catch (error) {
    if (error instanceof SiapError && (error.code === 'RUBRIC_NOT_FOUND' || error.code === 'FILE_NOT_FOUND')) throw unknown();
    throw error;
  }
}

/** Whether `path` lies inside the folder `base` (or below it). */
function isInside(path: string, base: string): boolean {
  const rel = relative(base, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** The rubric an answers file names by path, confined to the answers file's folder tree. */
function loadReferencedRubric(file: string, refFile: string, source: YamlSource, options: LoadOptions): ParsedRubric {
  const at = source.locate(['rubric', 'file']);
  const outside = (): SiapError => new SiapError('RUBRIC_FILE_OUTSIDE', { ref: refFile }, { source: at });
  const base = dirname(resolve(inFolder(options.cwd, file)));
  if (!options.allowRubricFile) {
    if (isAbsolute(refFile) || !isInside(resolve(base, refFile), base)) throw outside();
    let real: string | undefined;
    try {
      real = realpathSync(resolve(base, refFile));
    } catch {
      real = undefined; // missing: reported below as ANSWER_RUBRIC_UNKNOWN
    }
    if (real !== undefined && !isInside(real, realpathSync(base))) throw outside();
  }
  // The path as the user would write it from their working folder (for messages).
  const shown = isAbsolute(refFile) ? refFile : join(dirname(file), refFile);
  try {
    return loadRubric(shown, { cwd: options.cwd });
  } catch (error) {
    if (!(error instanceof SiapError)) throw error;
    if (error.code === 'RUBRIC_NOT_FOUND' || error.code === 'FILE_NOT_FOUND') {
      throw new SiapError('ANSWER_RUBRIC_UNKNOWN', { ref: shown }, { source: at });
    }
    throw unusableRubric(error, refFile, shown, at, options.cwd);
  }
}

/**
 * A referenced rubric that failed to load: the line of `rubric.file` first, then the rubric's own
 * problems, unless the file is not a rubric at all (then it is only named: its keys and text
 * may be anything, and are none of this answers file's business).
 */
function unusableRubric(error: SiapError, refFile: string, shown: string, at: SourceLocation, cwd: string | undefined): SiapError {
  const notRubric = error.code === 'RUBRIC_INVALID' && !looksLikeRubric(shown, cwd);
  if (notRubric) {
    return new SiapError('RUBRIC_FILE_NOT_RUBRIC', { ref: refFile }, { source: at });
  }
  const header: Diagnostic = { code: 'RUBRIC_FILE_UNUSABLE', severity: 'error', params: { ref: refFile }, source: at };
  return new SiapError('RUBRIC_FILE_UNUSABLE', { ref: refFile }, { diagnostics: [header, ...error.problems()], cause: error });
}

/** A document with the keys every rubric has (`sections` and `scales` or `id`), whatever else is wrong. */
function looksLikeRubric(file: string, cwd: string | undefined): boolean {
  try {
    const data = parseYaml(readUserFile(file, { cwd }).text, file, 'RUBRIC_INVALID').data;
    return data !== null && typeof data === 'object' && !Array.isArray(data) && 'sections' in data && ('scales' in data || 'id' in data);
  } catch {
    return false;
  }
}
