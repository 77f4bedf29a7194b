import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Diagnostic } from '../errors.js';
import { PACKAGE_ROOT } from '../io/bundled.js';
import { fileExists } from '../io/files.js';
import { isBundledRubric, resolveRubricFile } from '../io/rubrics.js';

/**
 * What a new answers file says about its rubric, for `siap init` and `siap assess`: the rubric file
 * (a user's own rubric, found again through a path relative to the answers file; nothing for a
 * bundled one, which is named by its id) and the JSON Schema editors should use (a bundled
 * rubric's own answers schema, so question ids and values complete; else the generic one).
 */
export function answersFileRefs(
  rubric: { id: string; version: string },
  rubricRef: string,
  answersFile: string,
  cwd: string,
): { rubricFile?: string; schema: string; warning?: Diagnostic } {
  const rubricPath = resolve(cwd, resolveRubricFile(rubricRef, cwd));
  const bundled = isBundledRubric(rubricPath);
  // A versioned rubric keeps one schema per version beside it: rubrics/<id>/<version>.answers.schema.json.
  const perVersion = join(PACKAGE_ROOT, 'rubrics', rubric.id, `${rubric.version}.answers.schema.json`);
  const own = fileExists(perVersion) ? perVersion : join(PACKAGE_ROOT, 'rubrics', `${rubric.id}.answers.schema.json`);
  const schema = bundled && fileExists(own) ? own : join(PACKAGE_ROOT, 'rubrics', 'siap-answers.schema.json');
  if (bundled) return { schema };
  const rubricFile = relative(dirname(resolve(cwd, answersFile)), rubricPath).split('\\').join('/');
  // siap follows `rubric.file` only inside the answers file's folder (io/load.ts): say so now.
  const outside = isAbsolute(rubricFile) || rubricFile.startsWith('../');
  if (!outside) return { schema, rubricFile };
  const warning: Diagnostic = { code: 'RUBRIC_FILE_WRITTEN_OUTSIDE', severity: 'warning', params: { rubric: rubricRef }, source: { file: answersFile } };
  return { schema, rubricFile, warning };
}
