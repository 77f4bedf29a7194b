import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLED_RUBRICS } from '../io/bundled.js';
import { bundledRubricIds, COMPILED_RUBRICS, type CompiledRubric } from '../io/rubrics.js';
import { parseRubric, sha256Of } from '../rubric/parse.js';
import type { RubricInput } from '../rubric/schema.js';
import { parseYaml } from '../source/yaml.js';

/**
 * Build step: validate every bundled rubric (the build fails on any problem) and store its data as
 * JSON beside the compiled code, keyed by the sha256 of the YAML text.
 */
mkdirSync(COMPILED_RUBRICS, { recursive: true });
for (const id of bundledRubricIds()) {
  const file = join(BUNDLED_RUBRICS.dir, `${id}.yaml`);
  const text = readFileSync(file, 'utf8');
  parseRubric(text, file);
  const compiled: CompiledRubric = { format: 'siap-compiled-rubric/1', sha256: sha256Of(text), data: parseYaml(text, file, 'RUBRIC_INVALID').data as RubricInput };
  writeFileSync(join(COMPILED_RUBRICS, `${id}.json`), JSON.stringify(compiled));
}
