import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Diagnostic } from '../errors.js';
import { isBundledRubric, resolveRubricFile } from '../io/rubrics.js';

/**
 * What a new answers file says about its rubric, for `siap init` and `siap assess`: the rubric
 * file of a user's own rubric, found again through a path relative to the answers file (nothing
 * for a bundled one, which is named by its id).
 */
export function answersFileRefs(rubricRef: string, answersFile: string, cwd: string): { rubricFile?: string; warning?: Diagnostic } {
  const rubricPath = resolve(cwd, resolveRubricFile(rubricRef, cwd));
  if (isBundledRubric(rubricPath)) return {};
  const rubricFile = relative(dirname(resolve(cwd, answersFile)), rubricPath).split('\\').join('/');
  // siap follows `rubric.file` only inside the answers file's folder (io/load.ts): say so now.
  const outside = isAbsolute(rubricFile) || rubricFile.startsWith('../');
  if (!outside) return { rubricFile };
  const warning: Diagnostic = { code: 'RUBRIC_FILE_WRITTEN_OUTSIDE', severity: 'warning', params: { rubric: rubricRef }, source: { file: answersFile } };
  return { rubricFile, warning };
}

/**
 * The JSON Schema of `siap init --schema`: a file beside the answers file, named after the rubric,
 * and the `$schema` reference to it, relative to the answers file. A file sent from a regency to
 * the secretariat so names nothing of the machine that made it: beside its schema it completes ids
 * and values in any editor with the YAML extension; alone, it points at a file that is not there.
 */
export function schemaBeside(rubricId: string, answersFile: string): { file: string; ref: string } {
  const name = `${rubricId}.answers.schema.json`;
  return { file: join(dirname(answersFile), name), ref: `./${name}` };
}
