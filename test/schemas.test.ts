import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRubric } from '../src/io/rubrics.js';
import { answersSchemaForRubric, jsonSchemaFor } from '../src/schemas.js';
import { ROOT } from './helpers/run-cli.js';

const committed = (name: string): unknown => JSON.parse(readFileSync(join(ROOT, 'rubrics', name), 'utf8'));
const REGENERATE = 'regenerate with: npm run build && node bin/siap.js rubric schema [--answers | --rubric <id>] > rubrics/<file>';

describe('committed JSON Schemas match the zod schemas they come from', () => {
  it('rubric format', async () => {
    expect(committed('siap-rubric.schema.json'), REGENERATE).toEqual(await jsonSchemaFor('rubric'));
  });
  it('answers format', async () => {
    expect(committed('siap-answers.schema.json'), REGENERATE).toEqual(await jsonSchemaFor('answers'));
  });
  const bundled = readdirSync(join(ROOT, 'rubrics')).filter((f) => f.endsWith('.answers.schema.json'));
  it.each(bundled)('%s (per-rubric answers schema, Bahasa Indonesia)', async (file) => {
    const id = file.replace('.answers.schema.json', '');
    expect(committed(file), REGENERATE).toEqual(await answersSchemaForRubric(loadRubric(id).rubric, 'id'));
  });
  it('every bundled rubric ships its per-rubric answers schema', () => {
    const rubrics = readdirSync(join(ROOT, 'rubrics')).filter((f) => /^[a-z0-9-]+\.yaml$/.test(f)).map((f) => f.replace('.yaml', ''));
    expect(bundled.map((f) => f.replace('.answers.schema.json', '')).sort()).toEqual(rubrics.sort());
  });
});
