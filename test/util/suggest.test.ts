import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/util/suggest.js';

const IDS = ['S1.1', 'S1.2', 'S2.1', 'I1.1', 'I2.1', 'D-ECO-1', 'D-ECO-2', 'D-GOV-1', 'K1', 'K2', 'role', 'name'];
const ENTRY_KEYS = ['value', 'na', 'note', 'evidence', 'panel'];

describe('"did you mean" knows which characters people and fonts confuse', () => {
  it.each([
    ['Sl.l', 'S1.1'], // l for 1
    ['SI.2', 'S1.2'], // I for 1
    ['Il.1', 'I1.1'], // l for 1 after a real I
    ['D-EC0-1', 'D-ECO-1'], // 0 for O
    ['D-ECO-l', 'D-ECO-1'],
    ['d-gov-1', 'D-GOV-1'], // case does not count
    ['Kl', 'K1'],
    ['K|', 'K1'],
  ])('%s → %s', (typed, meant) => {
    expect(closest(typed, IDS)).toBe(meant);
  });

  it('still suggests ordinary typos, prefers the exact spelling on a tie, and stays quiet when nothing is close', () => {
    expect(closest('rol', IDS)).toBe('role');
    expect(closest('S1.3', ['S1.3x', 'Sl.3'])).toBe('Sl.3');
    expect(closest('S1.l', ['Sl.1', 'S1.1'])).toBe('S1.1');
    expect(closest('kabupaten', IDS)).toBeUndefined();
  });
});

describe('"did you mean" counts a swap of two neighbouring letters as one slip', () => {
  it('measures a transposition as one edit (optimal string alignment)', () => {
    expect(editDistance('vaule', 'value')).toBe(1);
    expect(editDistance('evidnece', 'evidence')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it.each([
    ['vaule', 'value'],
    ['ntoe', 'note'],
    ['evidense', 'evidence'],
    ['nte', 'note'],
    ['S.11', 'S1.1'],
  ])('%s → %s', (typed, meant) => {
    expect(closest(typed, typed.startsWith('S') ? IDS : ENTRY_KEYS)).toBe(meant);
  });
});

describe('"did you mean" never suggests the word that was refused', () => {
  it('a key known elsewhere in the format is not its own suggestion', () => {
    // `notes` is a key of `assessment:`, refused inside an answer: the near key there is `note`.
    expect(closest('notes', ['notes', 'note', 'name'])).toBe('note');
    expect(closest('notes', ['notes'])).toBeUndefined();
  });

  it('a different case of the same word is still worth saying', () => {
    expect(closest('Value', ENTRY_KEYS)).toBe('value');
  });
});

describe('"did you mean" can prefer some candidates', () => {
  it('takes a preferred candidate over an equally close other one', () => {
    // S1.21: S1.1 and S1.2 are both one edit away; S1.1 is answered already.
    expect(closest('S1.21', ['S1.1', 'S1.2'], { prefer: (id) => id !== 'S1.1' })).toBe('S1.2');
    expect(closest('S1.21', ['S1.1', 'S1.2'])).toBe('S1.1');
  });

  it('falls back to the others when no preferred candidate is close', () => {
    expect(closest('S1.11', ['S1.1', 'D-ECO-1'], { prefer: (id) => id !== 'S1.1' })).toBe('S1.1');
  });
});
