import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_RUBRICS } from '../../src/io/bundled.js';
import { bundledRubricIds, COMPILED_RUBRICS, loadRubric, type CompiledRubric } from '../../src/io/rubrics.js';
import { parseRubric, rubricFromCompiled, sha256Of } from '../../src/rubric/parse.js';

describe('bundled rubrics compiled at build time', () => {
  it.each(bundledRubricIds())('%s: the compiled form gives exactly the rubric the YAML gives', (id) => {
    const text = readFileSync(join(BUNDLED_RUBRICS.dir, `${id}.yaml`), 'utf8');
    const compiled = JSON.parse(readFileSync(join(COMPILED_RUBRICS, `${id}.json`), 'utf8')) as CompiledRubric;
    expect(compiled.sha256).toBe(sha256Of(text));
    const fromYaml = parseRubric(text, `rubrics/${id}.yaml`).rubric;
    const fromJson = rubricFromCompiled(compiled.data, `rubrics/${id}.yaml`, compiled.sha256).rubric;
    expect(fromJson).toEqual(fromYaml);
    expect(loadRubric(id).rubric).toEqual(fromYaml);
  });
});
