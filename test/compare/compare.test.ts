import { describe, expect, it } from 'vitest';
import { compareAssessments, mergeOrder, sameRegency, type Comparison } from '../../src/compare/compare.js';
import { loadAssessment } from '../../src/io/load.js';
import { scoreAssessment } from '../../src/scoring/score.js';
import { fixture } from '../helpers/run-cli.js';

function compareFiles(a: string, b: string): Comparison {
  const la = loadAssessment(fixture('compare', a));
  const lb = loadAssessment(fixture('compare', b));
  return compareAssessments(la.rubric, scoreAssessment(la.rubric, la.answers), lb.rubric, scoreAssessment(lb.rubric, lb.answers));
}

const byId = (c: Comparison, id: string) => c.questions.find((q) => q.id === id)!;

describe('compareAssessments: self-assessment vs assessor, same rubric', () => {
  // Rubric uji-banding 1.0.0: struktur (60) = S1 level×2, S2 yes/no, S3 level (N/A allowed);
  // teknologi (40) = T1 level, T2 choice 0/1/2, T3 level, T4 level, N1 text. Levels 0–4 → 25 per level.
  // Self (A):  S1 3, S2 yes, S3 2, T1 4, T2 pdn, T3 1, T4 N/A
  //   struktur (75·2 + 100 + 50)/4 = 75; teknologi (100 + 100 + 25)/3 = 75; index 75
  // Assessor (B): S1 2, S2 yes, S3 N/A, T1 4, T2 ruang-server, T3 3, T4 2
  //   struktur (50·2 + 100)/3 = 66.67; teknologi (100 + 50 + 75 + 50)/4 = 68.75; index 40 + 27.5 = 67.5
  const c = compareFiles('gianyar-mandiri.yaml', 'gianyar-verifikasi.yaml');

  it('shows both indexes, bands and the delta', () => {
    expect(c.a.index).toBeCloseTo(75, 9);
    expect(c.b.index).toBeCloseTo(67.5, 9);
    expect(c.overall.delta).toBeCloseTo(-7.5, 9);
    expect(c.overall.status).toBe('regressed');
    expect(c.a.band?.label.id).toBe('Baik');
    expect(c.b.band?.label.id).toBe('Cukup');
    expect(c.sameScale).toBe(true);
  });

  it('gives every question its status, points delta and score delta', () => {
    const rows = c.questions.map((q) => [q.id, q.status, q.deltaPoints, q.deltaScore]);
    expect(rows).toEqual([
      ['S1', 'regressed', -1, -25],
      ['S2', 'unchanged', 0, 0],
      ['S3', 'newly-na', null, null],
      ['T1', 'unchanged', 0, 0],
      ['T2', 'regressed', -1, -50],
      ['T3', 'improved', 2, 50],
      ['T4', 'no-longer-na', null, null],
      ['N1', 'changed', null, null],
    ]);
    expect(c.counts).toMatchObject({ improved: 1, regressed: 2, unchanged: 2, changed: 1, 'newly-na': 1, 'no-longer-na': 1, 'only-a': 0, 'only-b': 0 });
  });

  it('measures each movement by its change in index contribution (share × normalised × 100)', () => {
    // A shares: S1 .3, S2 .15, S3 .15, T1–T3 .4/3; B shares: S1 .4, S2 .2, T1–T4 .1
    // S1 .4·.5·100 − .3·.75·100 = 20 − 22.5 = −2.5; S3 0 − .15·.5·100 = −7.5; T2 5 − 13.33 = −8.33;
    // T3 7.5 − 3.33 = +4.17; T4 5 − 0 = +5; S2 20 − 15 = +5 (unchanged answer, larger share)
    expect(byId(c, 'S1').impact).toBeCloseTo(-2.5, 9);
    expect(byId(c, 'S3').impact).toBeCloseTo(-7.5, 9);
    expect(byId(c, 'T2').impact).toBeCloseTo(5 - 40 / 3, 9);
    expect(byId(c, 'T3').impact).toBeCloseTo(7.5 - 10 / 3, 9);
    expect(byId(c, 'T4').impact).toBeCloseTo(5, 9);
    expect(byId(c, 'S2').impact).toBeCloseTo(5, 9);
    expect(byId(c, 'N1').impact).toBe(0);
    // The contributions add up to the change of the index.
    expect(c.questions.reduce((sum, q) => sum + q.impact, 0)).toBeCloseTo(-7.5, 9);
    // Biggest movements first; unchanged questions are not movements.
    expect(c.movements.map((q) => q.id)).toEqual(['T2', 'S3', 'T4', 'T3', 'S1', 'N1']);
  });

  it('compares every section', () => {
    expect(c.nodes.map((n) => [n.id, n.status, Number(n.delta!.toFixed(4))])).toEqual([
      ['struktur', 'regressed', -8.3333],
      ['teknologi', 'regressed', -6.25],
    ]);
  });

  it('keeps both answers in words for the terminal and the report', () => {
    expect(byId(c, 'S1').a?.answer).toEqual({ id: '3 · Terdefinisi', en: '3 · Defined' });
    expect(byId(c, 'S1').b?.answer).toEqual({ id: '2 · Parsial', en: '2 · Partial' });
    expect(byId(c, 'S3').b?.answer.id).toBe('N/A: Bukan kewenangan kabupaten');
  });

  it('lists the claims the assessor did not verify, with the assessor\'s note', () => {
    const v = c.verification!;
    expect(v.self).toBe('a');
    expect(v.overall.self).toBeCloseTo(75, 9);
    expect(v.overall.assessor).toBeCloseTo(67.5, 9);
    expect(v.pillars.map((p) => [p.id, p.self, Number(p.assessor!.toFixed(4))])).toEqual([
      ['struktur', 75, 66.6667],
      ['teknologi', 75, 68.75],
    ]);
    expect(v.notVerified.map((i) => [i.id, i.reason, i.self.answer.id, i.assessor.answer.id, i.note])).toEqual([
      ['S1', 'lower', '3 · Terdefinisi', '2 · Parsial', 'SK tim belum ditandatangani bupati'],
      ['S3', 'na', '2 · Parsial', 'N/A: Bukan kewenangan kabupaten', 'Bukan kewenangan kabupaten'],
      ['T2', 'lower', 'PDN / cloud', 'Ruang server', 'PDN belum dipakai; server masih di ruang Diskominfo'],
    ]);
  });

  it('finds the self-assessment whichever side it is on', () => {
    const reversed = compareFiles('gianyar-verifikasi.yaml', 'gianyar-mandiri.yaml');
    expect(reversed.verification?.self).toBe('b');
    expect(reversed.verification?.overall.delta).toBeCloseTo(-7.5, 9);
    expect(reversed.verification?.notVerified.map((i) => i.id)).toEqual(['S1', 'S3', 'T2']);
    expect(byId(reversed, 'S3').status).toBe('no-longer-na');
    expect(byId(reversed, 'T4').status).toBe('newly-na');
  });

  it('has no verification part for two assessors\' files', () => {
    expect(compareFiles('gianyar-2025.yaml', 'gianyar-verifikasi.yaml').verification).toBeNull();
  });
});

describe('compareAssessments: last year (rubric 1.0.0) vs this year (rubric 2.0.0)', () => {
  // 2.0.0: T3 removed, T4 renamed T4b, S4 and section layanan (L1) added; weights 50/30/20.
  // 2025 (v1): S1 1, S2 no, S3 unanswered (counted 0), T1 2, T2 tidak-ada, T3 2, T4 1
  //   struktur (25·2 + 0 + 0)/4 = 12.5; teknologi (50 + 0 + 50 + 25)/4 = 31.25; index 7.5 + 12.5 = 20
  // 2026 (v2): S1 3, S2 yes, S3 2, S4 1, T1 unanswered (0), T2 ruang-server, T4b 2, N1 text, L1 3
  //   struktur (75·2 + 100 + 50 + 25)/5 = 65; teknologi (0 + 50 + 50)/3 = 33.33; layanan 75; index 32.5 + 10 + 15 = 57.5
  const c = compareFiles('gianyar-2025.yaml', 'gianyar-2026.yaml');

  it('matches questions by id and lists the ids found on one side only', () => {
    expect(c.questions.map((q) => [q.id, q.status])).toEqual([
      ['S1', 'improved'],
      ['S2', 'improved'],
      ['S3', 'newly-answered'],
      ['S4', 'only-b'],
      ['T1', 'no-longer-answered'],
      ['T2', 'improved'],
      ['T3', 'only-a'],
      ['T4', 'only-a'],
      ['T4b', 'only-b'],
      ['N1', 'newly-answered'],
      ['L1', 'only-b'],
    ]);
    expect(c.onlyInA).toEqual({ questions: ['T3', 'T4'], nodes: [] });
    expect(c.onlyInB).toEqual({ questions: ['S4', 'T4b', 'L1'], nodes: ['layanan'] });
  });

  it('computes both indexes from their own rubric and the delta between them', () => {
    expect(c.a.rubric.version).toBe('1.0.0');
    expect(c.b.rubric.version).toBe('2.0.0');
    expect(c.a.index).toBeCloseTo(20, 9);
    expect(c.b.index).toBeCloseTo(57.5, 9);
    expect(c.a.provisional && c.b.provisional).toBe(true);
    expect(c.overall.delta).toBeCloseTo(37.5, 9);
    expect(c.questions.reduce((sum, q) => sum + q.impact, 0)).toBeCloseTo(37.5, 9);
    expect(c.nodes.map((n) => [n.id, n.status])).toEqual([
      ['struktur', 'improved'],
      ['teknologi', 'improved'],
      ['layanan', 'only-b'],
    ]);
    expect(c.nodes.find((n) => n.id === 'struktur')!.delta).toBeCloseTo(52.5, 9);
  });
});

describe('helpers', () => {
  it('keeps ids found only in A near their old place', () => {
    expect(mergeOrder(['a', 'b', 'c', 'd'], ['a', 'c', 'e'])).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(mergeOrder(['x', 'a'], ['a'])).toEqual(['x', 'a']);
  });

  it('recognises one regency by code, else by name and kind', () => {
    expect(sameRegency({ name: 'Gianyar', code: '51.04' }, { name: 'Kab Gianyar', code: '51.04' })).toBe(true);
    expect(sameRegency({ name: 'Gianyar', code: '51.04' }, { name: 'Gianyar', code: '51.06' })).toBe(false);
    expect(sameRegency({ name: 'Gianyar', kind: 'kabupaten', code: '51.04' }, { name: 'Kab. Gianyar' })).toBe(true);
    expect(sameRegency({ name: 'Kabupaten  gianyar' }, { name: 'Gianyar', kind: 'kabupaten' })).toBe(true);
    expect(sameRegency({ name: 'Banjar', kind: 'kota' }, { name: 'Banjar', kind: 'kabupaten' })).toBe(false);
    expect(sameRegency({ name: 'Kota Banjar' }, { name: 'Banjar', kind: 'kabupaten' })).toBe(false);
  });
});
