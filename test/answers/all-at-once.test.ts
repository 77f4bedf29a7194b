import { describe, expect, it } from 'vitest';
import { answersFile, problemsOf } from './helpers.js';

/**
 * README: "Semua masalah sebuah berkas dilaporkan sekaligus". A problem of shape in one part of
 * the file must not hide the problems of the other parts.
 */
describe('every problem of an answers file in one pass', () => {
  it('a list written as text hides neither an impossible date nor an out-of-scale level', () => {
    const text = answersFile('answers:\n  S1.1: {value: 3, evidence: "satu dokumen"}\n  S1.2: 9', { assessment: '{kind: self, date: 2026-13-01}' });
    const problems = problemsOf(text);
    expect(problems.map((p) => [p.code, p.at])).toEqual([
      ['ANSWER_NO_SUCH_DATE', '4:32'],
      ['SCHEMA_NOT_LIST', '6:30'],
      ['ANSWER_OUT_OF_SCALE', '7:9'],
    ]);
  });

  it('the value of the answer whose evidence is refused is still checked', () => {
    const problems = problemsOf(answersFile('answers:\n  S1.1: {value: 7, evidence: "satu dokumen"}'));
    expect(problems.map((p) => [p.code, p.at])).toEqual([['ANSWER_OUT_OF_SCALE', '6:17'], ['SCHEMA_NOT_LIST', '6:30']]);
  });

  it('a refused list of assessors hides no answer', () => {
    const text = answersFile('answers:\n  I4.5: {value: mungkin}\n  S4.3: sponsor', { assessment: '{kind: assessor, assessors: [{nama: Budi}]}' });
    expect(problemsOf(text).map((p) => p.code)).toEqual(['SCHEMA_MISSING', 'SCHEMA_UNKNOWN_KEY', 'ANSWER_WRONG_KIND', 'ANSWER_UNKNOWN_OPTION']);
  });

  it('unknown keys and a wrong value type sit beside unknown question ids', () => {
    const text = answersFile('answers:\n  S1.3: {value: 3, catatan: x}\n  S9.9: 2\n  S2.2: {value: [1, 2]}');
    expect(problemsOf(text).map((p) => p.code)).toEqual(['SCHEMA_UNKNOWN_KEY', 'ANSWER_UNKNOWN_QUESTION', 'ANSWER_WRONG_KIND']);
  });

  it('counts every problem in the summary line', async () => {
    const { parseAnswers } = await import('../../src/answers/parse.js');
    const { RUBRIC_110 } = await import('./helpers.js');
    const text = answersFile('answers:\n  S1.1: {value: 3, evidence: "satu dokumen"}\n  S1.2: 9', { assessment: '{kind: self, date: 2026-13-01}' });
    expect(() => parseAnswers(text, 'b.yaml', RUBRIC_110)).toThrowError(expect.objectContaining({ code: 'ANSWERS_INVALID', params: { count: 3 } }));
  });

  it('a part the rest depends on (the rubric) still stops the checks after the schema', () => {
    const text = 'format: siap-answers/1\nrubric: {id: 5}\nregency: {name: X}\nanswers:\n  S1.2: 9\n';
    expect(problemsOf(text).map((p) => p.code)).toEqual(['SCHEMA_TYPE']);
  });
});
