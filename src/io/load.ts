import { dirname, isAbsolute, join } from 'node:path';
import type { Answers } from '../answers/model.js';
import { assertAnswersDocument, parseAnswersSource, readAnswersSource, rubricRefOf } from '../answers/parse.js';
import { SiapError, type Diagnostic } from '../errors.js';
import type { Rubric } from '../rubric/model.js';
import type { YamlSource } from '../source/yaml.js';
import { compareVersions } from '../rubric/versions.js';
import { readUserFile } from './files.js';
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
  /** The latest bundled version of the rubric, when it is newer than the version the file was scored with. */
  newerVersion?: string;
}

export interface LoadOptions {
  /** Rubric to use instead of the one the file names (bundled id or path). */
  rubric?: string;
  strict?: boolean;
  /** The folder relative paths start from (the command's working folder). */
  cwd?: string;
}

/**
 * Read an answers file and the rubric it was made for (or `options.rubric`), and check one
 * against the other.
 */
export function loadAssessment(file: string, options: LoadOptions = {}): LoadedAssessment {
  const { text, bytes } = readUserFile(file, { cwd: options.cwd });
  const source = readAnswersSource(text, file);
  assertAnswersDocument(source);
  const ref = rubricRefOf(source);
  // `--rubric <id>` naming the file's own bundled rubric means the version the file names.
  let rubricRef = options.rubric !== undefined && ref.id !== undefined && options.rubric === ref.id && looksLikeBundledRef(ref.id) ? undefined : options.rubric;
  if (!rubricRef && ref.file) rubricRef = isAbsolute(ref.file) ? ref.file : join(dirname(file), ref.file);
  if (!rubricRef && ref.id) rubricRef = versionNamedBy(ref as typeof ref & { id: string }, source);
  if (!rubricRef) {
    const missing: Diagnostic = { code: 'SCHEMA_MISSING', severity: 'error', params: { key: 'rubric.id' }, source: source.locate(['rubric']) };
    throw new SiapError('ANSWERS_INVALID', { count: 1 }, { diagnostics: [missing] });
  }
  let parsedRubric;
  try {
    parsedRubric = loadRubric(rubricRef, { cwd: options.cwd });
  } catch (error) {
    const missing = error instanceof SiapError && (error.code === 'RUBRIC_NOT_FOUND' || (error.code === 'FILE_NOT_FOUND' && Boolean(ref.file)));
    if (missing && !options.rubric) {
      throw new SiapError('ANSWER_RUBRIC_UNKNOWN', { ref: rubricRef }, { source: source.locate(['rubric', ref.file ? 'file' : 'id']) });
    }
    throw error;
  }
  const { answers, warnings } = parseAnswersSource(source, parsedRubric.rubric, { strict: Boolean(options.strict) });
  const newerVersion = parsedRubric.bundled ? newerBundledVersion(parsedRubric.rubric) : undefined;
  return { rubric: parsedRubric.rubric, answers, warnings: [...parsedRubric.warnings, ...warnings], bytes, source, ...(newerVersion ? { newerVersion } : {}) };
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
