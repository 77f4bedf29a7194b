import { describe, expect, it } from 'vitest';
import { formatDecimal, langFromEnv, pick, roundHalfUp } from '../src/i18n.js';

describe('language and numbers', () => {
  it.each([
    [{}, 'id'],
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'id_ID.UTF-8' }, 'id'],
    [{ LANG: 'C' }, 'id'],
    [{ LANG: 'en_GB.UTF-8', SIAP_LANG: 'id' }, 'id'],
    [{ LANG: 'id_ID.UTF-8', SIAP_LANG: 'en' }, 'en'],
    [{ SIAP_LANG: 'fr', LANG: 'en_US' }, 'en'],
    [{ LC_ALL: 'en_US.UTF-8', LANG: 'id_ID.UTF-8' }, 'en'],
  ])('%j → %s', (env, lang) => {
    expect(langFromEnv(env)).toBe(lang);
  });

  it('rounds half away from zero on the decimal value, not the binary one', () => {
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(2.675, 2)).toBe(2.68);
    expect(roundHalfUp(72.35, 1)).toBe(72.4);
    expect(roundHalfUp(-1.005, 2)).toBe(-1.01);
    expect(roundHalfUp(1e-7, 2)).toBe(0);
  });

  it('writes decimals with a comma in Bahasa Indonesia and a dot in English', () => {
    expect(formatDecimal(72.35, 1, 'id')).toBe('72,4');
    expect(formatDecimal(72.35, 1, 'en')).toBe('72.4');
    expect(formatDecimal(3, 2, 'id')).toBe('3,00');
  });

  it('falls back to the other language when a text has only one', () => {
    expect(pick({ id: 'Pilar' }, 'en')).toBe('Pilar');
    expect(pick({ en: 'Pillar' }, 'id')).toBe('Pillar');
    expect(pick({ id: 'Pilar', en: 'Pillar' }, 'en')).toBe('Pillar');
  });
});
