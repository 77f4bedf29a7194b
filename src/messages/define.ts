import type { Lang } from '../i18n.js';

export type Params = Record<string, string | number>;

/** A message in both languages with `{name}` placeholders, and an optional hint. */
export interface MessageDef {
  id: string;
  en: string;
  hint?: { id: string; en: string };
}

/** Declare a message; `hint` tells the user how to fix the problem. */
export function msg(id: string, en: string, hint?: [id: string, en: string]): MessageDef {
  return hint ? { id, en, hint: { id: hint[0], en: hint[1] } } : { id, en };
}

/** Fill `{name}` placeholders from params; unknown placeholders are left visible. */
export function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function render(def: MessageDef, lang: Lang, params: Params): { message: string; hint?: string } {
  const message = fill(def[lang], params);
  return def.hint ? { message, hint: fill(def.hint[lang], params) } : { message };
}
