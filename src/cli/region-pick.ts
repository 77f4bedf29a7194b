import type { Regency } from '../answers/model.js';
import { checkRegion } from '../answers/region.js';
import { SiapError, type Diagnostic } from '../errors.js';
import type { Lang } from '../i18n.js';
import { loadRegister } from '../io/register.js';
import { phrase, say } from '../messages/define.js';
import { REGION_WORDS, regionName } from '../messages/region.js';
import { answersKind, regencyCode, type Region, type Register } from '../register/register.js';
import type { YamlSource } from '../source/yaml.js';
import { closest } from '../util/suggest.js';
import type { Context } from './context.js';
import { palette, printWarnings } from './print.js';
import { askMenu, type Paint } from './prompts.js';

/**
 * Regency details typed on the command line or at a prompt, completed from the official register
 * (src/register/): `--regency Gianyar` gives kind kabupaten, province Bali and code 51.04;
 * `--code 51.04` alone gives the name too. A name the register holds more than once (Kabupaten
 * and Kota Solok) is asked about at a terminal, and is a usage error elsewhere. A name it does not
 * hold is kept as typed (a made-up regency) with a warning; details that contradict the register
 * are kept too, with the same warnings as reading an answers file.
 */
export interface FilledRegency {
  regency: Partial<Regency>;
  /** The register's entry the details were completed from. */
  region?: Region;
  warnings: Diagnostic[];
}

export interface PickOptions {
  ctx: Context;
  lang: Lang;
  paint: Paint;
  /** Where the details came from, for the warnings' location (`--regency`, the output file). */
  where: string;
  /** Ask which one when a name is ambiguous (default: when stdin is a terminal; else a usage error). */
  ask?: boolean;
}

/** The regions of this name (narrowed by kind and province), asking which one when several remain. */
export async function pickRegion(name: string, given: Partial<Regency>, options: PickOptions, register: Register = loadRegister()): Promise<Region | undefined> {
  const found = register.byName(name, { ...(given.kind ? { kind: given.kind } : {}), ...(given.province ? { province: given.province } : {}) });
  if (found.length <= 1) return found[0];
  const { ctx, lang, paint } = options;
  const label = (r: Region): string => `${regionName(r)}, ${r.province} (${r.code})`;
  if (!(options.ask ?? ctx.stdinIsTTY)) {
    throw new SiapError('REGION_AMBIGUOUS', { name, candidates: found.map(label).join(' · '), code: found[found.length - 1]!.code });
  }
  const chosen = await askMenu<string>({
    message: say(REGION_WORDS.whichOne, lang),
    choices: [...found.map((r) => ({ value: r.code, name: label(r) })), { value: '', name: say(REGION_WORDS.noneOfThese, lang) }],
    paint,
    lang,
    terminal: ctx,
  });
  return found.find((r) => r.code === chosen);
}

/** Complete `given` from the register (see the module comment). */
export async function fillFromRegister(given: Partial<Regency>, options: PickOptions): Promise<FilledRegency> {
  const register = loadRegister();
  const code = given.code?.trim();
  const parts = code ? regencyCode(code) : undefined;
  let region: Region | undefined;
  if (parts && !parts.example) region = register.byCode(code!);
  else if (!code && given.name) region = await pickRegion(given.name, given, options, register);
  // A typed name that is not the code's regency: nothing is filled in (the warning below says which is which).
  if (region && given.name && !register.sameName(given.name, region.name)) region = undefined;

  const regency: Partial<Regency> = { ...given };
  if (region) {
    regency.name = given.name?.trim() || region.name;
    // "Kota Solok" typed as the name: the register's name, the kind from the prefix.
    if (given.name && register.sameName(given.name, region.name)) regency.name = region.name;
    regency.kind ??= answersKind(region.kind);
    regency.province ??= region.province;
    regency.code ??= region.code;
  }
  const warnings: Diagnostic[] = [];
  if (!region && given.name && !code) {
    const near = closest(given.name, register.names());
    warnings.push({
      code: 'REGION_NAME_UNKNOWN',
      severity: 'warning',
      params: { name: given.name, suggestion: near ? phrase(REGION_WORDS.nearName, { name: near }) : REGION_WORDS.fictional },
      source: { file: options.where },
    });
  }
  // The details as they will be written, checked like an answers file (a typed code that the
  // register does not know, or that belongs to another regency, is a warning).
  const source: YamlSource = { file: options.where, data: { regency }, locate: () => ({ file: options.where }), sourceText: () => undefined, keyAfterComma: () => undefined };
  warnings.push(...checkRegion(regency, source, register, false).diagnostics);
  return { regency, ...(region ? { region } : {}), warnings };
}

/** The regency options `init`, `assess` and `form` share. */
export interface RegencyOptions {
  regency?: string;
  type?: 'kabupaten' | 'kota';
  province?: string;
  code?: string;
}

/**
 * The details typed as options, completed from the register when a name or a code was given:
 * its warnings and the "from the official register" line go to stderr, the details are returned.
 */
export async function regencyFromOptions(options: RegencyOptions, ctx: Context): Promise<Partial<Regency>> {
  const given: Partial<Regency> = {
    ...(options.regency ? { name: options.regency } : {}),
    ...(options.type ? { kind: options.type } : {}),
    ...(options.province ? { province: options.province } : {}),
    ...(options.code ? { code: options.code } : {}),
  };
  if (!given.name && !given.code) return given;
  const filled = await fillFromRegister(given, { ctx, lang: ctx.lang, paint: palette(ctx.colorErr), where: given.code ? '--code' : '--regency' });
  printWarnings(filled.warnings, ctx);
  if (filled.region) ctx.err(`${say(REGION_WORDS.filled, ctx.lang, { region: regionName(filled.region), province: filled.region.province, code: filled.region.code })}\n`);
  return filled.regency;
}
