import type { Params } from '../errors.js';
import type { Lang, Words } from '../i18n.js';

export type { Params } from '../errors.js';

/** A message in both languages with `{name}` placeholders, and an optional hint. */
export interface MessageDef {
  id: string;
  en: string;
  hint?: Words;
}

/** Declare a message; `hint` tells the user how to fix the problem. */
export function msg(id: string, en: string, hint?: [id: string, en: string]): MessageDef {
  return hint ? { id, en, hint: { id: hint[0], en: hint[1] } } : { id, en };
}

/**
 * Fill `{name}` placeholders from params in a language: a parameter that is itself a phrase in
 * both languages is picked here. Unknown placeholders are left visible.
 */
export function fill(template: string, params: Params, lang: Lang = 'id'): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = params[name]!;
    return typeof value === 'object' ? value[lang] : String(value);
  });
}

/** The words of a catalogue entry in a language, with its placeholders filled. */
export function say(words: Words, lang: Lang, params: Params = {}): string {
  return fill(words[lang], params, lang);
}

/** A phrase with its placeholders filled in both languages: a parameter that is translated later. */
export function phrase(words: Words, params: Params = {}): Words {
  return { id: fill(words.id, params, 'id'), en: fill(words.en, params, 'en') };
}

/** A phrase made in each language by the same function (e.g. a list of a rubric's level labels). */
export function inBoth(make: (lang: Lang) => string): Words {
  return { id: make('id'), en: make('en') };
}

export function render(def: MessageDef, lang: Lang, params: Params): { message: string; hint?: string } {
  const message = fill(def[lang], params, lang);
  return def.hint ? { message, hint: fill(def.hint[lang], params, lang) } : { message };
}
