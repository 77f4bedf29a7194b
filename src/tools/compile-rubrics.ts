import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { compiledPathFor, COMPILED_RUBRICS, type CompiledRubric } from '../io/rubrics.js';
import { bundledRubricFiles } from '../io/versions.js';
import { parseRubric, sha256Of } from '../rubric/parse.js';
import type { RubricInput } from '../rubric/schema.js';
import { parseYaml } from '../source/yaml.js';

/**
 * Build step: validate every bundled rubric file — every version of a versioned rubric — (the build
 * fails on any problem) and store its data as JSON beside the compiled code, keyed by the sha256 of
 * the YAML text: `dist/bundled/<id>.json` or `dist/bundled/<id>/<version>.json`.
 */
// Start empty, so a rubric file that was moved or removed leaves no stale compiled copy behind.
rmSync(COMPILED_RUBRICS, { recursive: true, force: true });
mkdirSync(COMPILED_RUBRICS, { recursive: true });
for (const bundled of bundledRubricFiles()) {
  const text = readFileSync(bundled.file, 'utf8');
  const { rubric } = parseRubric(text, bundled.shown);
  if (bundled.version !== undefined && rubric.version !== bundled.version) {
    throw new Error(`${bundled.shown}: the file says version ${rubric.version}; a bundled version's file is named after its version`);
  }
  const compiled: CompiledRubric = { format: 'siap-compiled-rubric/1', sha256: sha256Of(text), data: parseYaml(text, bundled.file, 'RUBRIC_INVALID').data as RubricInput };
  const out = compiledPathFor(bundled.file);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(compiled));
}
