import { dirname, isAbsolute, join } from 'node:path';
import type { Answers } from '../answers/model.js';
import { assertAnswersDocument, parseAnswersSource, readAnswersSource, rubricRefOf } from '../answers/parse.js';
import type { RegionRef } from '../answers/region.js';
import { SiapError, type Diagnostic } from '../errors.js';
import type { Rubric } from '../rubric/model.js';
import type { YamlSource } from '../source/yaml.js';
import { readUserFile } from './files.js';
import { loadRegister } from './register.js';
import { loadRubric } from './rubrics.js';

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
}

export interface LoadOptions {
  /** Rubric to use instead of the one the file names (bundled id or path). */
  rubric?: string;
  strict?: boolean;
  /** The folder relative paths start from (the command's working folder). */
  cwd?: string;
  /** Check the regency against the official register (default true). */
  register?: boolean;
}

/**
 * Read an answers file and the rubric it was made for (or `options.rubric`), and check one
 * against the other, and the regency against the official register.
 */
export function loadAssessment(file: string, options: LoadOptions = {}): LoadedAssessment {
  const { text, bytes } = readUserFile(file, { cwd: options.cwd });
  const source = readAnswersSource(text, file);
  assertAnswersDocument(source);
  const ref = rubricRefOf(source);
  let rubricRef = options.rubric;
  if (!rubricRef && ref.file) rubricRef = isAbsolute(ref.file) ? ref.file : join(dirname(file), ref.file);
  if (!rubricRef) rubricRef = ref.id;
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
  const register = options.register === false ? undefined : loadRegister();
  const { answers, warnings, region } = parseAnswersSource(source, parsedRubric.rubric, { strict: Boolean(options.strict), ...(register ? { register } : {}) });
  return { rubric: parsedRubric.rubric, answers, warnings: [...parsedRubric.warnings, ...warnings], bytes, source, region: region ?? {} };
}
