/** Languages every user-facing word exists in. Bahasa Indonesia is the default. */
export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in one or more languages, as written in rubrics and templates. */
export type LocalText = { id?: string; en?: string };

/** A pair of wordings used by the program itself (both always present). */
export type Words = { id: string; en: string };

export function isLang(value: unknown): value is Lang {
  return value === 'id' || value === 'en';
}

/**
 * Pick the wording for `lang`, falling back to the other language so a rubric written in one
 * language still reads in the other.
 */
export function pick(text: LocalText | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] ?? text.id ?? text.en ?? '';
}

/**
 * The language to use when `--lang` is not given: SIAP_LANG, then LANG (id_* → id, en_* → en),
 * else Bahasa Indonesia.
 */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  const explicit = env.SIAP_LANG?.trim().toLowerCase();
  if (isLang(explicit)) return explicit;
  const locale = (env.LC_ALL || env.LANG || '').toLowerCase();
  if (locale.startsWith('en')) return 'en';
  return 'id';
}

/** The decimal separator of each language: a comma in Bahasa Indonesia. */
export const DECIMAL_SEPARATOR: Record<Lang, string> = { id: ',', en: '.' };

/** A number written with a dot → written with the language's decimal separator. */
export function localizeDecimal(text: string, lang: Lang): string {
  return text.replace('.', DECIMAL_SEPARATOR[lang]);
}

/** The thousands separator of each language, for numbers shown (never for numbers to type back). */
export const GROUP_SEPARATOR: Record<Lang, string> = { id: '.', en: ',' };

/**
 * A number already written in a language (`2152,8`, `338410`) with its thousands grouped
 * (`2.152,8`, `338.410`; `2,152.8` in English). For reading only: siap refuses grouped numbers
 * typed back, so prompts, files and hints use the ungrouped form.
 */
export function groupThousands(text: string, lang: Lang): string {
  const match = /^(-?)(\d+)(.*)$/s.exec(text);
  if (!match || match[2]!.length <= 3 || /e/i.test(text)) return text;
  return `${match[1]}${match[2]!.replace(/\B(?=(\d{3})+$)/g, GROUP_SEPARATOR[lang])}${match[3]}`;
}

/** Format a number with the decimal separator of the language (comma for Bahasa Indonesia). */
export function formatDecimal(value: number, decimals: number, lang: Lang): string {
  return localizeDecimal(roundHalfUp(value, decimals).toFixed(decimals), lang);
}

/**
 * Round half away from zero on the decimal representation, so 1.005 → 1.01 (plain
 * Math.round(x * 100) / 100 gives 1 because 1.005 is stored as 1.00499…).
 */
export function roundHalfUp(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const sign = value < 0 ? -1 : 1;
  const magnitude = Math.abs(value);
  // Exponent notation ("1e-7") cannot take another exponent; such values are far from a tie.
  if (String(magnitude).includes('e')) return (sign * Math.round(magnitude * 10 ** decimals)) / 10 ** decimals;
  const shifted = Math.round(Number(`${magnitude}e${decimals}`));
  return sign * Number(`${shifted}e-${decimals}`);
}
