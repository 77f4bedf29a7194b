import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnswers, readAnswersSource } from '../../src/answers/parse.js';
import { firstUnanswered, recordValue } from '../../src/answers/walk.js';
import { serializeAnswers } from '../../src/answers/write.js';
import { mergeAssessments, type MergeInput, type MergeOptions } from '../../src/compare/merge.js';
import { SiapError } from '../../src/errors.js';
import { loadAssessment } from '../../src/io/load.js';
import { scoreAssessment } from '../../src/scoring/score.js';
import { fixture } from '../helpers/run-cli.js';

function input(name: string): MergeInput {
  const file = fixture('compare', name);
  const { rubric, answers } = loadAssessment(file, { allowRubricFile: true });
  const source = readAnswersSource(readFileSync(file, 'utf8'), name);
  return { file: name, rubric, answers, result: scoreAssessment(rubric, answers), locate: (path) => source.locate(path) };
}

const median: MergeOptions = { rule: 'median', kappa: 'linear' };
const panel = ['panel-ayu.yaml', 'panel-budi.yaml', 'panel-citra.yaml'];

describe('mergeAssessments: three assessors', () => {
  // Ayu:   S1 3, S2 yes, S3 2,   T1 4, T2 pdn, T3 1,  T4 2, N1 text
  // Budi:  S1 3, S2 yes, S3 N/A, T1 4, T2 pdn, T3 1,  T4 3
  // Citra: S1 2, S2 no,  S3 2,   T1 3, T2 pdn, T3 —,  T4 3
  const result = mergeAssessments(panel.map(input), median);

  it('judges every question', () => {
    expect(result.questions.map((x) => [x.id, x.outcome, x.reason ?? null])).toEqual([
      ['S1', 'agreed', null], // 3, 3, 2: within one level
      ['S2', 'disputed', 'different'], // yes, yes, no
      ['S3', 'disputed', 'na-vs-value'], // 2, N/A, 2
      ['T1', 'agreed', null], // 4, 4, 3
      ['T2', 'agreed', null], // identical
      ['T3', 'incomplete', null], // Citra did not answer
      ['T4', 'agreed', null], // 2, 3, 3
      ['N1', 'incomplete', null], // only Ayu wrote the quick wins
    ]);
    expect(result.disputes.map((x) => x.id)).toEqual(['S2', 'S3']);
    expect(result.incomplete.map((x) => x.id)).toEqual(['T3', 'N1']);
  });

  it('computes percent agreement over the scored questions everyone answered', () => {
    // compared: S1 S2 S3 T1 T2 T4 (T3 incomplete, N1 unscored) → agreed S1 T1 T2 T4 = 4/6; identical T2 = 1/6
    expect(result.agreement).toEqual({ compared: 6, agreed: 4, percent: 4 / 6, identical: 1, identicalPercent: 1 / 6 });
  });

  it('computes linear weighted kappa per pair and their mean', () => {
    // Ayu–Budi on S1 (3,3) T1 (4,4) T3 (1,1) T4 (2,3): Σv·pₒ = 1/4, Σv·pₑ = 1.25 → κ = 1 − .25/1.25 = .8
    // Ayu–Citra on S1 (3,2) S3 (2,2) T1 (4,3) T4 (2,3): Σv·pₒ = .75, Σv·pₑ = .75 → κ = 0
    // Budi–Citra on S1 (3,2) T1 (4,3) T4 (3,3): Σv·pₒ = 2/3, Σv·pₑ = 2/3 → κ = 0
    expect(result.kappa.pairs.map((p) => [p.a, p.b, p.items])).toEqual([[0, 1, 4], [0, 2, 4], [1, 2, 3]]);
    expect(result.kappa.pairs[0]!.kappa).toBeCloseTo(0.8, 12);
    expect(result.kappa.pairs[1]!.kappa).toBeCloseTo(0, 12);
    expect(result.kappa.pairs[2]!.kappa).toBeCloseTo(0, 12);
    expect(result.kappa.value).toBeCloseTo(0.8 / 3, 12);
    expect(result.kappa.categories).toEqual([0, 1, 2, 3, 4]);
  });

  it('computes quadratic weighted kappa', () => {
    // Ayu–Budi: Σv·pₑ = 2.5 → 1 − .25/2.5 = .9; Ayu–Citra: Σv·pₑ = 1 → .25; Budi–Citra: 8/9 → 1 − (2/3)/(8/9) = .25
    const quadratic = mergeAssessments(panel.map(input), { rule: 'median', kappa: 'quadratic' });
    expect(quadratic.kappa.pairs.map((p) => p.kappa)).toEqual([expect.closeTo(0.9, 12), expect.closeTo(0.25, 12), expect.closeTo(0.25, 12)]);
    expect(quadratic.kappa.value).toBeCloseTo(1.4 / 3, 12);
    expect(quadratic.kappa.weighting).toBe('quadratic');
  });

  it('writes agreed items with the median and leaves disputed ones open with every assessor\'s answer', () => {
    const e = result.consensus.entries;
    expect(e.get('S1')?.value).toBe(3); // median of 2, 3, 3
    expect(e.get('T1')?.value).toBe(4); // median of 3, 4, 4
    expect(e.get('T4')?.value).toBe(3); // median of 2, 3, 3
    expect(e.get('T2')?.value).toBe('pdn');
    expect(e.get('T2')?.panel).toBeUndefined(); // identical answers need no panel record
    expect(e.get('S1')?.panel?.map((p) => p.value)).toEqual([3, 3, 2]); // agreed within a level: the spread is kept
    expect(e.get('S1')?.evidence).toEqual(['SK Bupati 12/2025', 'Notulen rapat tim']);
    for (const id of ['S2', 'S3', 'T3', 'N1']) {
      expect(e.get(id)?.value).toBeUndefined();
      expect(e.get(id)?.na).toBeUndefined();
    }
    expect(e.get('S2')?.panel).toEqual([
      { assessor: 'Dr. Ayu Wéndri', value: true, note: 'DPA Diskominfo 2026 memuat kegiatan kota cerdas' },
      { assessor: 'Budi Santoso', value: true },
      { assessor: 'Citra Lestari', value: false, note: 'Anggaran masih menumpang kegiatan rutin' },
    ]);
    expect(e.get('S3')?.panel).toEqual([
      { assessor: 'Dr. Ayu Wéndri', value: 2 },
      { assessor: 'Budi Santoso', na: 'Belum ada perguruan tinggi di kabupaten' },
      { assessor: 'Citra Lestari', value: 2 },
    ]);
    expect(e.get('T3')?.panel?.[2]).toEqual({ assessor: 'Citra Lestari' });
    expect(e.get('T3')?.panel?.[1]?.note).toBe('Aduan masih lewat WhatsApp');
  });

  it('describes the panel in the consensus header', () => {
    const c = result.consensus;
    expect(c.assessment.kind).toBe('assessor');
    expect(c.assessment.assessors.map((p) => p.name)).toEqual(['Dr. Ayu Wéndri', 'Budi Santoso', 'Citra Lestari']);
    expect(c.assessment.date).toBe('2026-04-06'); // the latest visit
    expect(c.assessment.place).toBe('Gianyar');
    expect(c.assessment.mode).toBeUndefined(); // onsite and online
    expect(c.regency).toEqual({ name: 'Gianyar', kind: 'kabupaten', province: 'Bali', code: '51.04' });
    expect(c.mergedFrom).toEqual([
      { file: 'panel-ayu.yaml', assessor: 'Dr. Ayu Wéndri' },
      { file: 'panel-budi.yaml', assessor: 'Budi Santoso' },
      { file: 'panel-citra.yaml', assessor: 'Citra Lestari' },
    ]);
  });

  it('writes a file that reads back valid and that `siap assess` resumes at the first disputed item', () => {
    const rubric = panel.map(input)[0]!.rubric;
    const back = parseAnswers(serializeAnswers(result.consensus, rubric), 'konsensus.yaml', rubric).answers;
    expect(back.entries.get('S2')?.panel).toHaveLength(3);
    expect(scoreAssessment(rubric, back).provisional).toBe(true);
    // the walk of `siap assess` starts at the first question without a value or N/A
    expect(firstUnanswered(rubric, back)?.id).toBe(result.disputes[0]!.id);
    // settling it keeps the panel record and moves on to the next open item
    const settled = recordValue(back, 'S2', true);
    expect(settled.entries.get('S2')?.panel).toHaveLength(3);
    expect(firstUnanswered(rubric, settled)?.id).toBe('S3');
  });

  it('takes the lowest value with --rule min', () => {
    const min = mergeAssessments(panel.map(input), { rule: 'min', kappa: 'linear' });
    expect(['S1', 'T1', 'T4', 'T2'].map((id) => min.consensus.entries.get(id)?.value)).toEqual([2, 3, 2, 'pdn']);
  });

  it('takes the lower median for an even number of assessors', () => {
    const two = mergeAssessments(panel.slice(0, 2).map(input), median);
    expect(two.consensus.entries.get('T4')?.value).toBe(2); // Ayu 2, Budi 3 → lower median 2
    expect(two.kappa.pairs).toHaveLength(1);
    expect(two.kappa.value).toBeCloseTo(0.8, 12); // two assessors: Cohen's weighted kappa itself
  });
});

describe('mergeAssessments: refusals', () => {
  const refusal = (files: string[]): SiapError => {
    try {
      mergeAssessments(files.map(input), median);
    } catch (error) {
      if (error instanceof SiapError) return error;
      throw error;
    }
    throw new Error('merge did not refuse');
  };

  it('refuses a file of another regency, located at its regency code', () => {
    const error = refusal(['panel-ayu.yaml', 'panel-bangli.yaml']);
    expect(error.code).toBe('MERGE_REFUSED');
    expect(error.diagnostics.map((d) => [d.code, d.source?.file, d.source?.line, d.source?.column])).toEqual([
      ['MERGE_REGENCY_DIFFERS', 'panel-bangli.yaml', 3, 64],
    ]);
    expect(error.diagnostics[0]!.params).toMatchObject({ regency: 'Kabupaten Bangli (51.06)', firstRegency: 'Kabupaten Gianyar (51.04)', first: 'panel-ayu.yaml' });
  });

  it('refuses another rubric and another version of the rubric, located at the rubric line', () => {
    const error = refusal(['panel-ayu.yaml', 'panel-other-rubric.yaml', 'panel-v2.yaml']);
    expect(error.diagnostics.map((d) => [d.code, d.source?.file, d.source?.line, d.source?.column])).toEqual([
      ['MERGE_RUBRIC_DIFFERS', 'panel-other-rubric.yaml', 2, 14],
      ['MERGE_RUBRIC_VERSION_DIFFERS', 'panel-v2.yaml', 2, 36],
    ]);
    expect(error.params.count).toBe(2);
  });

  it('needs at least two files', () => {
    expect(() => mergeAssessments([input('panel-ayu.yaml')], median)).toThrow(expect.objectContaining({ code: 'MERGE_TOO_FEW_FILES' }));
  });
});
