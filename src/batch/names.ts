import type { Regency } from '../answers/model.js';
import { slugify } from '../util/slug.js';
import { LOCALE_WORDS, regencyDisplayName } from '../messages/words.js';

/** `Kabupaten Gianyar`, code 51.04 → `kabupaten-gianyar-5104` (ASCII, lower case, at most 60 characters). */
export function regencySlug(regency: Regency): string {
  const name = slugify(regencyDisplayName(regency)).slice(0, 60).replace(/-+$/, '');
  const code = regency.code?.replace(/\D/g, '') ?? '';
  return [name || 'daerah', code].filter(Boolean).join('-');
}

/**
 * One PDF name per regency, in rank order: the slug, and `-2`, `-3`, … when two regencies give the
 * same slug (e.g. no region code and the same name in two provinces).
 */
export function reportFileNames(regencies: Regency[], reserved: string[] = []): string[] {
  const used = new Set<string>(reserved);
  return regencies.map((regency) => {
    const slug = regencySlug(regency);
    let name = `${slug}.pdf`;
    for (let n = 2; used.has(name); n++) name = `${slug}-${n}.pdf`;
    used.add(name);
    return name;
  });
}

/** The recap's file name in the output folder. */
export function recapFileName(lang: 'id' | 'en'): string {
  return LOCALE_WORDS.recapFile[lang];
}
