import { describe, expect, it } from 'vitest';
import { answersFile, problemsOf } from './helpers.js';

/** An id that moved in 1.1.0 (the rubric's migration from 1.0.0 says where) is not a typo. */
describe('ids that moved in a later version', () => {
  const unknown = (body: string, lang: 'id' | 'en' = 'id') => problemsOf(answersFile(body), undefined, lang).find((p) => p.code === 'ANSWER_UNKNOWN_QUESTION');

  it('S4.4 became context kapasitas-fiskal: the hint says so, not "S4.1"', () => {
    const p = unknown('answers:\n  S4.4: sedang');
    expect(p).toMatchObject({ at: '6:3', message: 'pertanyaan "S4.4" tidak ada di rubrik kesiapan-kota-cerdas' });
    expect(p?.hint).toBe('"S4.4" dipindah ke konteks `kapasitas-fiskal` sejak versi 1.1.0; tulis nilainya di bawah `context:` sebagai `kapasitas-fiskal`');
    expect(unknown('answers:\n  S4.4: sedang', 'en')?.hint).toBe('"S4.4" moved to context `kapasitas-fiskal` in version 1.1.0; write its value under `context:` as `kapasitas-fiskal`');
  });

  it('S1.4 became question P4.3', () => {
    expect(unknown('answers:\n  S1.4: 2')?.hint).toBe('"S1.4" dipindah ke pertanyaan P4.3 sejak versi 1.1.0; tulis jawabannya sebagai `P4.3`');
  });

  it('P3.1 became a column of the context list riwayat-indeks-spbe', () => {
    expect(unknown('answers:\n  P3.1: 3')?.hint).toBe('"P3.1" dipindah ke konteks `riwayat-indeks-spbe` (kolom `indeks`) sejak versi 1.1.0; tulis nilainya di bawah `context:` sebagai `riwayat-indeks-spbe`');
  });

  it('a typo still gets the nearest id, and one not answered yet is preferred (S1.21 → S1.2, S1.1 is answered)', () => {
    expect(unknown('answers:\n  S1.1: 2\n  S1.21: 3')?.hint).toBe('mungkin maksudnya "S1.2"?');
  });
});
