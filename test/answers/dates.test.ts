import { describe, expect, it } from 'vitest';
import { answersFile, problemsOf } from './helpers.js';

const dated = (date: string, lang: 'id' | 'en' = 'id') => problemsOf(answersFile('answers: {}', { assessment: `{kind: self, date: ${date}}` }), undefined, lang)[0];

/** A date that is not on the calendar: the hint says what is wrong with this date. */
describe('impossible dates', () => {
  it('month 13 is about the month (day and month swapped?), not about February', () => {
    const p = dated('2026-13-01');
    expect(p).toMatchObject({ code: 'ANSWER_NO_SUCH_DATE', message: 'tanggal "2026-13-01" tidak ada di kalender' });
    expect(p?.hint).toBe('bulan 13 tidak ada: bulan ditulis di tengah, 01–12 (TTTT-BB-HH); mungkin maksudnya 2026-01-13?');
    expect(p?.hint).not.toContain('Februari');
  });

  it('month 13 with a day that cannot be a month offers no swap', () => {
    expect(dated('2026-13-25')?.hint).toBe('bulan 13 tidak ada: bulan ditulis di tengah, 01–12 (TTTT-BB-HH)');
    // 2026-10-00 is no date either.
    expect(dated('2026-00-10')?.hint).toBe('bulan 00 tidak ada: bulan ditulis di tengah, 01–12 (TTTT-BB-HH)');
  });

  it('a day after the end of its month names the month and its last day', () => {
    expect(dated('2026-02-30')?.hint).toBe('Februari 2026 hanya sampai tanggal 28');
    expect(dated('2028-02-30')?.hint).toBe('Februari 2028 hanya sampai tanggal 29');
    expect(dated('2026-04-31')?.hint).toBe('April 2026 hanya sampai tanggal 30');
    expect(dated('2026-04-31', 'en')?.hint).toBe('April 2026 has only 30 days');
  });

  it('day 00 says days start at 01', () => {
    expect(dated('2026-04-00')?.hint).toBe('tanggal dimulai dari 01');
  });
});
