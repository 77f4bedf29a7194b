import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isSiapError } from '../../src/errors.js';
import { parseRubric } from '../../src/rubric/parse.js';
import { seen, type Seen } from '../answers/helpers.js';
import { fixture } from '../helpers/run-cli.js';

/**
 * What `rubric validate` tells a rubric's author: the minimal fixture rubric with one or more
 * mistakes put in, and every problem as the author reads it.
 */
const MINIMAL = readFileSync(fixture('rubrics', 'minimal.yaml'), 'utf8');

function edited(...changes: [from: string, to: string][]): string {
  let text = MINIMAL;
  for (const [from, to] of changes) {
    if (!text.includes(from)) throw new Error(`not in minimal.yaml: ${from}`);
    text = text.replace(from, to);
  }
  return text;
}

function problems(text: string, lang: 'id' | 'en' = 'id'): Seen[] {
  try {
    return parseRubric(text, 'rubrik.yaml').warnings.map((d) => seen(d, lang));
  } catch (error) {
    if (!isSiapError(error)) throw error;
    return error.problems().map((d) => seen(d, lang));
  }
}

describe('unknown keys in a rubric', () => {
  it('suggest the key valid at that place', () => {
    const [p] = problems(edited(['    weight: 60\n', '    wieght: 60\n']));
    expect(p).toMatchObject({ code: 'SCHEMA_UNKNOWN_KEY', hint: 'mungkin maksudnya "weight"?' });
  });

  it('name the English key of an Indonesian one', () => {
    const [p] = problems(edited(['    weight: 60\n', '    bobot: 60\n']));
    expect(p?.hint).toContain('"weight"');
  });
});

describe('shape problems in a rubric', () => {
  it('an empty text says it must not be empty, not "too small: at least 1"', () => {
    const [p] = problems(edited(['title: {id: Contoh rubrik mini, en: Small example rubric}', 'title: {id: Contoh rubrik mini, en: ""}']));
    expect(p).toMatchObject({ code: 'SCHEMA_EMPTY', message: '"en" tidak boleh kosong' });
  });

  it('a list with too few items says how many it needs', () => {
    const [p] = problems(edited(['languages: [id, en]\n', 'languages: [id, en]\ncharts: [{id: radar, title: Radar, nodes: [kepemimpinan, infrastruktur]}]\n']));
    expect(p).toMatchObject({ code: 'SCHEMA_TOO_FEW', message: '"nodes" harus berisi sedikitnya 3 butir' });
  });

  it('a question kind that does not exist lists the kinds, with the near one', () => {
    const [p] = problems(edited(['        kind: level\n', '        kind: levle\n']));
    expect(p).toMatchObject({ code: 'SCHEMA_ENUM', hint: 'mungkin maksudnya "level"?' });
    expect(p?.message).toContain('"level", "boolean", "choice"');
  });

  it('a text given as a number says text or a map of languages', () => {
    const [p] = problems(edited(['title: {id: Contoh rubrik mini, en: Small example rubric}', 'title: 5']));
    expect(p).toMatchObject({ code: 'SCHEMA_TYPE', message: '"title" harus berupa teks atau peta (kunci: nilai), bukan angka' });
  });
});

describe('every problem of a rubric in one pass', () => {
  it('a weight written as "13,5" hides no negative weight elsewhere', () => {
    const found = problems(edited(['    weight: 60\n', '    weight: "13,5"\n'], ['    weight: 40\n', '    weight: -1\n']));
    expect(found.map((p) => p.code)).toEqual(['SCHEMA_TYPE', 'WEIGHT_INVALID']);
  });

  it('what a refused part would have caused in its own object is not reported', () => {
    // A threshold with its points refused is not also "a threshold without points or level".
    const found = problems(edited(['          - {from: 50, points: 2}\n', '          - {from: 50, points: "2"}\n'], ['    weight: 40\n', '    weight: -1\n']));
    expect(found.map((p) => p.code)).toEqual(['WEIGHT_INVALID', 'SCHEMA_TYPE']);
  });

  it('a refused part that carries ids stops the checks after the schema (no made-up "unknown question")', () => {
    const found = problems(edited(['      - id: K2\n        kind: boolean\n', '      - id: K2\n        kind: boolean\n        weight: x\n'], ['        kind: level\n', '        kind: levle\n']));
    expect(found.map((p) => p.code)).toEqual(['SCHEMA_ENUM', 'SCHEMA_TYPE']);
  });

  it('a scale that does not exist is not also "value 3 can never be an answer" to a gate on that question', () => {
    const found = problems(edited(['        scale: G\n', '        scale: X\n']));
    expect(found.map((p) => p.code)).toEqual(['SCALE_UNKNOWN']);
  });
});
