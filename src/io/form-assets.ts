import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SiapError } from '../errors.js';
import type { Rubric } from '../rubric/model.js';
import { sha256Of } from '../rubric/parse.js';
import type { RubricInput } from '../rubric/schema.js';
import { parseYaml } from '../source/yaml.js';
import { PACKAGE_ROOT } from './bundled.js';
import { readUserFile } from './files.js';
import { compiledData, isBundledRubric, rubricFileCandidates } from './rubrics.js';

/** Where the build puts the offline form's script and styles (src/tools/bundle-form.ts). */
export const FORM_ASSETS = join(PACKAGE_ROOT, 'dist', 'browser');

/** The bundled script and styles every form page inlines. */
export function readFormAssets(): { script: string; style: string } {
  const read = (name: string): string => {
    const file = join(FORM_ASSETS, name);
    try {
      return readFileSync(file, 'utf8');
    } catch {
      throw new SiapError('FORM_BUNDLE_MISSING', { file });
    }
  };
  return { script: read('form.js'), style: read('form.css') };
}

/**
 * A loaded rubric's data as written (what the browser builds the same model from): the compiled
 * JSON of a bundled rubric, else the rubric file read again. Either must be exactly the text the
 * rubric was loaded from (same sha256), so the form scores what the CLI scores. `userFile` is
 * the absolute path of a rubric that is not bundled.
 */
export function readRubricData(rubric: Rubric, cwd: string): { data: RubricInput; userFile?: string } {
  for (const file of rubricFileCandidates(rubric.file, cwd)) {
    const bundled = isBundledRubric(file, cwd);
    // A bundled rubric from its compiled form; not compiled (or not from this text): the file itself.
    const compiled = bundled ? compiledData(file, rubric.sha256) : undefined;
    if (compiled) return { data: compiled };
    let text: string;
    try {
      text = readUserFile(file, { cwd }).text;
    } catch {
      continue;
    }
    if (sha256Of(text) !== rubric.sha256) continue;
    const data = parseYaml(text, rubric.file, 'RUBRIC_INVALID').data as RubricInput;
    return bundled ? { data } : { data, userFile: resolve(cwd, file) };
  }
  // Read once to score, then again here: the file was edited in between.
  throw new SiapError('RUBRIC_CHANGED_WHILE_READ', { file: rubric.file });
}
