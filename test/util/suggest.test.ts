import { describe, expect, it } from 'vitest';
import { closest } from '../../src/util/suggest.js';

const IDS = ['S1.1', 'S1.2', 'S2.1', 'I1.1', 'I2.1', 'D-ECO-1', 'D-ECO-2', 'D-GOV-1', 'K1', 'K2', 'role', 'name'];

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
    expect(closest('S1.1', ['Sl.1', 'S1.1'])).toBe('S1.1');
    expect(closest('kabupaten', IDS)).toBeUndefined();
  });
});
