import { readdirSync, readFileSync } from 'node:fs';
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

  it('uses the latest version of kesiapan-kota-cerdas, except the one file kept on 1.0.0', () => {
    const versions = Object.fromEntries(files.filter((f) => !f.startsWith('spbe-')).map((f) => [f, scoreOf(f).rubric.version]));
    expect(versions).toEqual({
      'kabupaten-sukamaju-asesor.yaml': '1.1.0',
      'kabupaten-sukamaju-mandiri.yaml': '1.0.0',
      'kabupaten-tanjung-permai-asesor.yaml': '1.1.0',
      'kota-harapan-jaya-asesor.yaml': '1.1.0',
    });
    expect(scoreOf('kabupaten-sukamaju-mandiri.yaml').newerVersion).toBe('1.1.0');
  });

  it('has a strong recommended regency, a middling one, one failing a gate, and an SPBE evaluation', () => {
    const strong = scoreOf('kota-harapan-jaya-asesor.yaml').result;
    expect(strong.recommended).toBe(true);
    expect(strong.index).toBeGreaterThanOrEqual(80);
    expect(strong.provisional).toBe(false);

    const middling = scoreOf('kabupaten-sukamaju-asesor.yaml').result;
    expect(middling.band?.id).toBe('kurang-siap');
    expect(middling.provisional).toBe(false);
    expect(middling.gates.filter((g) => !g.passed).map((g) => g.id)).toEqual(['indeks-minimal']);

    const gated = scoreOf('kabupaten-tanjung-permai-asesor.yaml').result;
    expect(gated.index).toBeGreaterThanOrEqual(70);
    expect(gated.recommended).toBe(false);
    expect(gated.gates.filter((g) => !g.passed)).toMatchObject([{ id: 'komitmen-kepala-daerah', actual: 1, reason: 'value' }]);

    const spbe = scoreOf('spbe-sukamaju-mandiri.yaml').result;
    expect(spbe.rubric.id).toBe('spbe-2020');
    expect(spbe.expression).toBe('scale');
  });

  it('the self-assessment of Sukamaju (1.0.0) claims more than the assessor verified (1.1.0)', () => {
    const self = scoreOf('kabupaten-sukamaju-mandiri.yaml').result;
    const verified = scoreOf('kabupaten-sukamaju-asesor.yaml').result;
    expect(self.assessment.kind).toBe('self');
    expect(verified.assessment.kind).toBe('assessor');
    expect(self.regency.code).toBe(verified.regency.code);
    expect(self.index!).toBeGreaterThan(verified.index!);
  });

  it('copies no note from one regency to another', () => {
    const notes = new Map<string, string>();
    for (const file of files) {
      const { answers } = scoreOf(file);
      const regency = answers.regency.code ?? answers.regency.name;
      for (const [id, entry] of answers.entries) {
        const texts = [entry.note, typeof entry.value === 'string' && entry.value.length > 40 ? entry.value : undefined].filter((t): t is string => Boolean(t));
        for (const text of texts) {
          const other = notes.get(text);
          expect(other === undefined || other === regency, `${file} ${id}: "${text}" also in ${other}`).toBe(true);
          notes.set(text, regency);
        }
      }
    }
  });

  it('names institutions as they are called today', () => {
    const text = files.map((f) => readFileSync(join(DIR, f), 'utf8')).join('\n');
    expect(text).not.toMatch(/Direktorat Jenderal Aplikasi Informatika|Kemenkumham|Kementerian Komunikasi dan Informatika|\bOPD\b/);
  });
});
