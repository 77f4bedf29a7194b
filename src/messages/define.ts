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
 * How every message names a command to type: `{siap} assess {file}`, never a bare `siap assess`.
 * The placeholder is filled last, when the words are printed: with the `siap` parameter (the CLI
 * passes `siapCommand(ctx)`, e.g. `node bin/siap.js` when that is how siap was started), else
 * with `siap`, the name README's set-up puts on the PATH (and the one files and PDFs carry). A
 * phrase made with `phrase()` keeps the placeholder, so it is filled where the phrase is printed.
 */
export const COMMAND = 'siap';

/**
 * Fill `{name}` placeholders from params in a language: a parameter that is itself a phrase in
 * both languages is picked here. Unknown placeholders are left visible; `{siap}` is left for
 * `say`/`render` unless `params.siap` is given.
 */
export function fill(template: string, params: Params, lang: Lang = 'id'): string {
  const text = template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = params[name]!;
    return typeof value === 'object' ? value[lang] : String(value);
  });
  // A phrase given as a parameter may itself name a command.
  return COMMAND in params ? text.replaceAll('{siap}', String(params[COMMAND])) : text;
}

/** Words as printed: `{siap}` (see COMMAND) filled with the command, by default `siap`. */
export function withCommand(text: string, command: string = COMMAND): string {
  return text.replaceAll('{siap}', command);
}

function finished(text: string, params: Params): string {
  return withCommand(text, COMMAND in params ? String(params[COMMAND]) : COMMAND);
}

/** The words of a catalogue entry in a language, with its placeholders filled. */
export function say(words: Words, lang: Lang, params: Params = {}): string {
  return finished(fill(words[lang], params, lang), params);
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
  const message = finished(fill(def[lang], params, lang), params);
  return def.hint ? { message, hint: finished(fill(def.hint[lang], params, lang), params) } : { message };
}
