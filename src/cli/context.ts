import type { Lang } from '../i18n.js';

/** Everything a command needs from the outside world, so commands stay testable. */
export interface Context {
  lang: Lang;
  debug: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
  /** The result the user asked for (tables, JSON, CSV). */
  out(text: string): void;
  /** Messages, warnings, progress. */
  err(text: string): void;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Colour is used only on a terminal and never with NO_COLOR set. */
  colorOut: boolean;
  colorErr: boolean;
  /** The clock, read only at the edges (e.g. a new assessment's default date). */
  now(): Date;
}

export function wantsColor(isTTY: boolean, env: Record<string, string | undefined>): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return isTTY && env.TERM !== 'dumb';
}

export function processContext(lang: Lang, debug: boolean): Context {
  const env = process.env;
  return {
    lang,
    debug,
    env,
    cwd: process.cwd(),
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    colorOut: wantsColor(Boolean(process.stdout.isTTY), env),
    colorErr: wantsColor(Boolean(process.stderr.isTTY), env),
    now: () => new Date(),
  };
}
