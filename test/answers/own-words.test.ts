import { describe, expect, it } from 'vitest';
import { answersFile, problemsOf } from './helpers.js';

/** Finding 19: values written in the user's own words get the value the format wants. */
describe('choice values written as their label, or in Bahasa Indonesia', () => {
  const context = (id: string, written: string, lang: 'id' | 'en' = 'id') => problemsOf(answersFile(`answers: {}\ncontext:\n  ${id}: ${written}`), undefined, lang)[0];

  it('an option written as its label (either language, any case, spaces for dashes) names the option id', () => {
    expect(context('kapasitas-fiskal', 'Sangat rendah')).toMatchObject({ code: 'ANSWER_UNKNOWN_OPTION', hint: 'tulis id opsinya: "sangat-rendah" (bukan labelnya, "Sangat rendah"); opsi yang ada: sangat-rendah, rendah, sedang, tinggi, sangat-tinggi' });
    expect(context('kapasitas-fiskal', 'Medium', 'en')?.hint).toBe('write the option id: "sedang" (not its label, "Medium"); options: sangat-rendah, rendah, sedang, tinggi, sangat-tinggi');
    expect(context('status-kepala-daerah', 'Penjabat (Pj)')?.hint).toMatch(/^tulis id opsinya: "penjabat"/);
  });

  it('an option nothing like any label keeps the plain list', () => {
    expect(context('kapasitas-fiskal', 'lumayan')?.hint).toBe('opsi yang ada: sangat-rendah, rendah, sedang, tinggi, sangat-tinggi');
  });

  it('the format\'s own values written in Bahasa Indonesia (mandiri, asesor, daring, luring, kab.) name the value to write', () => {
    const problems = problemsOf(answersFile('answers: {}', { regency: '{name: Gianyar, kind: kab.}', assessment: '{kind: mandiri, mode: daring}' }));
    expect(problems.map((p) => [p.code, p.hint])).toEqual([
      ['SCHEMA_ENUM', 'tulis "kabupaten" sebagai ganti "kab."'],
      ['SCHEMA_ENUM', 'tulis "self" sebagai ganti "mandiri"'],
      ['SCHEMA_ENUM', 'tulis "online" sebagai ganti "daring"'],
    ]);
    expect(problemsOf(answersFile('answers: {}', { assessment: '{kind: Verifikasi Asesor, mode: luring}' })).map((p) => p.hint)).toEqual(['tulis "assessor" sebagai ganti "Verifikasi Asesor"', 'tulis "onsite" sebagai ganti "luring"']);
  });
});
