import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../src/io/rubrics.js';
import { bundledRubricFiles } from '../src/io/versions.js';
import { answersSchemaForRubric, jsonSchemaFor } from '../src/schemas.js';
import { ROOT } from './helpers/run-cli.js';

const committed = (name: string): unknown => JSON.parse(readFileSync(join(ROOT, 'rubrics', name), 'utf8'));
const REGENERATE = 'regenerate with: npm run build && node bin/siap.js rubric schema [--answers | --rubric <id>[@<version>]] > rubrics/<file>';

describe('committed JSON Schemas match the zod schemas they come from', () => {
  it('rubric format', async () => {
    expect(committed('siap-rubric.schema.json'), REGENERATE).toEqual(await jsonSchemaFor('rubric'));
  });
  it('answers format', async () => {
    expect(committed('siap-answers.schema.json'), REGENERATE).toEqual(await jsonSchemaFor('answers'));
  });
  const schemaOf = (f: { id: string; version?: string }): string => (f.version === undefined ? `${f.id}.answers.schema.json` : `${f.id}/${f.version}.answers.schema.json`);
  const rubricFiles = bundledRubricFiles().map((f) => [schemaOf(f), f] as const);
  it.each(rubricFiles)('%s (per-rubric answers schema, Bahasa Indonesia)', async (file, f) => {
    const ref = f.version === undefined ? f.id : `${f.id}@${f.version}`;
    expect(committed(file), REGENERATE).toEqual(await answersSchemaForRubric(loadRubric(ref).rubric, 'id'));
  });
  it('ships no answers schema for a rubric that is not bundled', () => {
    const flat = readdirSync(join(ROOT, 'rubrics')).filter((f) => f.endsWith('.answers.schema.json'));
    const perVersion = readdirSync(join(ROOT, 'rubrics'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'examples')
      .flatMap((d) => readdirSync(join(ROOT, 'rubrics', d.name)).filter((f) => f.endsWith('.answers.schema.json')).map((f) => `${d.name}/${f}`));
    expect([...flat, ...perVersion].sort()).toEqual(rubricFiles.map(([file]) => file).sort());
  });
});
