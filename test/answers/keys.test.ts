import { describe, expect, it } from 'vitest';
import { answersFile, problemsOf } from './helpers.js';

/** Unknown keys in an answers file: what siap suggests instead. */
describe('unknown keys get the key meant at that place', () => {
  it('`notes` inside an answer suggests `note`, not itself (`notes` is a key of assessment:)', () => {
    const [p] = problemsOf(answersFile('answers:\n  S1.3: {value: 3, notes: x}'));
    expect(p).toMatchObject({ code: 'SCHEMA_UNKNOWN_KEY', at: '6:20', hint: 'mungkin maksudnya "note"?' });
  });

  it('`note` under assessment: suggests `notes`', () => {
    const [p] = problemsOf(answersFile('answers: {}', { assessment: '{kind: self, note: x}' }));
    expect(p).toMatchObject({ code: 'SCHEMA_UNKNOWN_KEY', hint: 'mungkin maksudnya "notes"?' });
  });

  it('swapped letters (`vaule`) suggest `value`', () => {
    const [p] = problemsOf(answersFile('answers:\n  S1.3: {vaule: 3}'));
    expect(p).toMatchObject({ code: 'SCHEMA_UNKNOWN_KEY', hint: 'mungkin maksudnya "value"?' });
  });

  it('a key of another part of the file is not offered (`province` is a key of regency:, not of an answer)', () => {
    const [p] = problemsOf(answersFile('answers:\n  S1.3: {value: 3, provinc: Bali}'));
    expect(p?.hint).toBe('hapus kunci ini atau periksa ejaannya');
  });
});

describe('keys written in Indonesian get the English key of the format', () => {
  it.each([
    ['catatan', 'note'],
    ['bukti', 'evidence'],
    ['nilai', 'value'],
    ['alasan', 'na'],
  ])('`%s:` in an answer → "%s"', (key, meant) => {
    const [p] = problemsOf(answersFile(`answers:\n  S1.3: {${key}: x}`));
    expect(p).toMatchObject({ code: 'SCHEMA_UNKNOWN_KEY' });
    expect(p?.hint).toContain(`"${meant}"`);
    expect(p?.hint).toContain('bahasa Inggris');
  });

  it('`catatan:` under assessment: is `notes` there, and `nama:` under regency: is `name`', () => {
    const problems = problemsOf(answersFile('answers: {}', { assessment: '{kind: self, catatan: x}', regency: '{nama: Gianyar}' }));
    expect(problems.map((p) => p.hint)).toEqual([
      expect.stringContaining('"name"'),
      expect.stringContaining('"notes"'),
    ]);
  });

  it('says it in English too', () => {
    const [p] = problemsOf(answersFile('answers:\n  S1.3: {bukti: [a]}'), undefined, 'en');
    expect(p?.hint).toBe('the keys of this file are English words: write "evidence" instead of "bukti"');
  });
});
