import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compiledPathFor, compiledRubricForText, loadRubric, loadRubricFile, type CompiledRubric } from '../../src/io/rubrics.js';
import { bundledRubricFiles } from '../../src/io/versions.js';
import { parseRubric, rubricFromCompiled, sha256Of } from '../../src/rubric/parse.js';

const files = bundledRubricFiles().map((f) => [f.shown, f] as const);

describe('bundled rubrics compiled at build time', () => {
  it.each(files)('%s: the compiled form gives exactly the rubric the YAML gives, by name and by the hash of its text', (shown, bundled) => {
    const text = readFileSync(bundled.file, 'utf8');
    const compiled = JSON.parse(readFileSync(compiledPathFor(bundled.file), 'utf8')) as CompiledRubric;
    expect(compiled.sha256).toBe(sha256Of(text));
    const fromYaml = parseRubric(text, shown).rubric;
    const fromJson = rubricFromCompiled(compiled.data, shown, compiled.sha256).rubric;
    expect(fromJson).toEqual(fromYaml);
    expect(loadRubricFile(bundled.file).rubric).toEqual(fromYaml);
    const ref = bundled.version === undefined ? bundled.id : `${bundled.id}@${bundled.version}`;
    expect(loadRubric(ref).rubric).toEqual(fromYaml);
    // The text as a report attaches it: found by its hash and named as the report names it; one byte more is another rubric.
    expect(compiledRubricForText(text, shown)?.rubric).toEqual(fromYaml);
    expect(compiledRubricForText(text, 'lampiran.yaml')?.rubric.file).toBe('lampiran.yaml');
    expect(compiledRubricForText(`${text}\n`, shown)).toBeUndefined();
  });

  it('compiles every version of a versioned rubric, named after its version', () => {
    const versions = bundledRubricFiles().filter((f) => f.id === 'kesiapan-kota-cerdas');
    expect(versions.map((f) => f.shown)).toContain('rubrics/kesiapan-kota-cerdas/1.0.0.yaml');
    for (const f of versions) expect(loadRubricFile(f.file).rubric.version).toBe(f.version);
  });
});
