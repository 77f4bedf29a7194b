import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAssessment } from '../src/io/load.js';
import { ScoreJsonSchema } from '../src/scoring/json-schema.js';
import { toScoreJson } from '../src/scoring/json.js';
import { scoreAssessment } from '../src/scoring/score.js';
import { ROOT } from './helpers/run-cli.js';

const DIR = join(ROOT, 'rubrics', 'examples');
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();
const scoreOf = (file: string) => {
  const loaded = loadAssessment(join(DIR, file));
  return { ...loaded, result: scoreAssessment(loaded.rubric, loaded.answers) };
};

describe('bundled example answers (rubrics/examples)', () => {
  it.each(files)('%s loads without any warning and its --json matches the documented shape', (file) => {
    const { warnings, result } = scoreOf(file);
    expect(warnings).toEqual([]);
    expect(() => ScoreJsonSchema.parse(JSON.parse(JSON.stringify(toScoreJson(result))))).not.toThrow();
  });

  it('has a strong recommended regency, a middling one, one failing a gate, and an SPBE evaluation', () => {
    const strong = scoreOf('kota-harapan-jaya-asesor.yaml').result;
    expect(strong.recommended).toBe(true);
    expect(strong.index).toBeGreaterThanOrEqual(80);
    expect(strong.provisional).toBe(false);

    const middling = scoreOf('kabupaten-sukamaju-asesor.yaml').result;
    expect(middling.band?.id).toBe('cukup-siap');
    expect(middling.gates.filter((g) => !g.passed).map((g) => g.id)).toEqual(['indeks-minimal']);

    const gated = scoreOf('kabupaten-tanjung-permai-asesor.yaml').result;
    expect(gated.index).toBeGreaterThanOrEqual(70);
    expect(gated.recommended).toBe(false);
    expect(gated.gates.filter((g) => !g.passed)).toMatchObject([{ id: 'komitmen-kepala-daerah', actual: 2, reason: 'value' }]);

    const spbe = scoreOf('spbe-sukamaju-mandiri.yaml').result;
    expect(spbe.rubric.id).toBe('spbe-2020');
    expect(spbe.expression).toBe('scale');
  });

  it('the self-assessment of Sukamaju claims more than the assessor verified', () => {
    const self = scoreOf('kabupaten-sukamaju-mandiri.yaml').result;
    const verified = scoreOf('kabupaten-sukamaju-asesor.yaml').result;
    expect(self.assessment.kind).toBe('self');
    expect(verified.assessment.kind).toBe('assessor');
    expect(self.regency.code).toBe(verified.regency.code);
    expect(self.index!).toBeGreaterThan(verified.index!);
  });
});
