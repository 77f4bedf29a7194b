import { describe, expect, it } from 'vitest';
import { answersFile, problemsOf } from './helpers.js';

/** A value of the wrong shape is named where it is, with the form it should have. */
describe('shape problems name the field and the right form', () => {
  it('`evidence: "satu dokumen"` (text for a list) names evidence and shows the list form', () => {
    const [p] = problemsOf(answersFile('answers:\n  S1.1: {value: 3, evidence: "satu dokumen"}'));
    expect(p).toMatchObject({ code: 'SCHEMA_NOT_LIST', at: '6:30', path: 'answers.S1.1.evidence' });
    expect(p?.message).toBe('"evidence" harus berupa daftar, bukan teks');
    expect(p?.hint).toBe('tulis sebagai daftar: evidence: ["satu dokumen"]');
  });

  it('the same in English, and for a block value', () => {
    const [p] = problemsOf(answersFile('answers:\n  S1.1:\n    value: 3\n    evidence: SK Bupati 12/2025'), undefined, 'en');
    expect(p).toMatchObject({ code: 'SCHEMA_NOT_LIST', at: '8:15', message: '"evidence" must be a list, not text', hint: 'write it as a list: evidence: ["SK Bupati 12/2025"]' });
  });

  it('one person written where a list of people belongs shows the list of maps', () => {
    const [p] = problemsOf(answersFile('answers: {}', { assessment: '{kind: assessor, assessors: Budi}' }));
    expect(p).toMatchObject({ code: 'SCHEMA_NOT_LIST', hint: 'tulis sebagai daftar: assessors: [{name: "Budi"}]' });
  });

  it('`answers: [1, 2]` says a map (key: value), not "record"', () => {
    const [p] = problemsOf(answersFile('answers: [1, 2]'));
    expect(p).toMatchObject({ code: 'SCHEMA_TYPE', message: '"answers" harus berupa peta (kunci: nilai), bukan daftar (- butir)' });
    expect(p?.message).not.toContain('record');
  });

  it('`kind: Kabupaten` says only the case is wrong', () => {
    const [p] = problemsOf(answersFile('answers: {}', { regency: '{name: Gianyar, kind: Kabupaten}' }));
    expect(p).toMatchObject({ code: 'SCHEMA_ENUM', at: '3:32' });
    expect(p?.hint).toBe('hanya huruf besar/kecilnya yang berbeda: tulis "kabupaten"');
  });

  it('a near value of a list of choices is suggested, a far one lists nothing more', () => {
    const [near] = problemsOf(answersFile('answers: {}', { assessment: '{kind: asessor}' }));
    expect(near?.hint).toBe('mungkin maksudnya "assessor"?');
    // (mandiri is not far: it is self in Bahasa Indonesia, see own-words.test.ts)
    const [far] = problemsOf(answersFile('answers: {}', { assessment: '{kind: lainnya}' }));
    expect(far).toMatchObject({ code: 'SCHEMA_ENUM' });
    expect(far?.hint).toBeUndefined();
  });
});
