import { basename, dirname, isAbsolute, relative } from 'node:path';
import { langFromEnv, type Lang } from '../i18n.js';

export type Env = Record<string, string | undefined>;

/**
 * Everything a command needs from the outside world. Commands read the folder, the environment,
 * the terminal and the clock only from here, so `main(argv, ctx)` runs the same in a process and
 * in a test.
 */
export interface Context {
  lang: Lang;
  debug: boolean;
  env: Env;
  /** Every path a user types is resolved against this folder. */
  cwd: string;
  /** The result the user asked for (tables, JSON, CSV). */
  out(text: string): void;
  /** Messages, warnings, progress. */
  err(text: string): void;
  /** The streams interactive prompts read keys from and draw on. */
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Size of the terminal, when there is one (stdout's, else stderr's). */
  columns?: number;
  rows?: number;
  /** Colour is used only on a terminal and never with NO_COLOR set. */
  colorOut: boolean;
  colorErr: boolean;
  /** The clock, read only at the edges (e.g. a new assessment's default date). */
  now(): Date;
  /** Run `handler` on Ctrl-C (SIGINT); returns a function that removes it again. */
  onInterrupt(handler: () => void): () => void;
  /** End at once with this exit code (after Ctrl-C, while worker threads may still run). */
  exit(code: number): void;
  /**
   * How the user started siap, as they can type it again: `siap` (on the PATH, e.g. after
   * `npm link`) or `node bin/siap.js` (from a clone). Every hint that names a command uses it
   * (see `siapCommand`); absent means `siap`.
   */
  command?: string;
  /**
   * Why the result could not be written to stdout (a full disk under `> file`), if it could not:
   * the command is then reported as failed. A reader that went away (EPIPE) is not a failure.
   */
  outputFailure?(): NodeJS.ErrnoException | undefined;
}

/** The command that starts siap in this context: what hints put before `assess`, `score`, …. */
export function siapCommand(ctx: Pick<Context, 'command'>): string {
  return ctx.command ?? 'siap';
}

/**
 * The words that start siap again, from the script the process runs (`process.argv[1]`) and the
 * working folder: `siap` when it was started through a link named `siap` (npm link, a global or
 * local install) or from an installed package; `node bin/siap.js` (the path as seen from `cwd`)
 * when node was given the script of a clone.
 */
export function commandFor(script: string | undefined, cwd: string): string {
  if (!script) return 'siap';
  if (!/\.[cm]?js$/i.test(script)) return basename(dirname(script)) === '.bin' ? 'npx siap' : 'siap';
  if (script.split(/[\\/]/).includes('node_modules')) return 'siap';
  const near = relative(cwd, script);
  const path = near && !isAbsolute(near) && near.length <= script.length ? near : script;
  return `node ${/[^\w./\\:-]/.test(path) ? `"${path}"` : path}`;
}

export function wantsColor(isTTY: boolean, env: Env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return isTTY && env.TERM !== 'dumb';
}

/**
 * Writing to a stream whose reader has gone (`siap … | head`): the first EPIPE closes it for this
 * run, and whatever is written after that is dropped. The command still finishes its own work
 * (files it writes stay whole) and ends with its usual exit code, without a stack trace. Any other
 * failure (ENOSPC under `> file` on a full disk) closes it too and is kept for `failure()`.
 */
function politeWriter(stream: NodeJS.WriteStream): { write: (text: string) => void; failure: () => NodeJS.ErrnoException | undefined } {
  let closed = false;
  let failure: NodeJS.ErrnoException | undefined;
  const fail = (error: NodeJS.ErrnoException): void => {
    closed = true;
    if (error.code !== 'EPIPE') failure ??= error;
  };
  stream.on('error', fail);
  return {
    write: (text) => {
      if (closed) return;
      try {
        stream.write(text);
      } catch (error) {
        fail(error as NodeJS.ErrnoException);
      }
    },
    failure: () => failure,
  };
}

/** The context of the running process: the only place in siap that reads `process`. */
export function processContext(): Context {
  const env = process.env;
  const terminal = process.stdout.isTTY ? process.stdout : process.stderr.isTTY ? process.stderr : undefined;
  const out = politeWriter(process.stdout);
  const err = politeWriter(process.stderr);
  return {
    lang: langFromEnv(env),
    debug: false,
    env,
    cwd: process.cwd(),
    out: out.write,
    err: err.write,
    outputFailure: out.failure,
    stdin: process.stdin,
    stdout: process.stdout,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    // Read when asked: a terminal window can be resized between two questions.
    get columns() {
      return terminal?.columns;
    },
    get rows() {
      return terminal?.rows;
    },
    colorOut: wantsColor(Boolean(process.stdout.isTTY), env),
    colorErr: wantsColor(Boolean(process.stderr.isTTY), env),
    now: () => new Date(),
    onInterrupt: (handler) => {
      process.once('SIGINT', handler);
      return () => void process.off('SIGINT', handler);
    },
    exit: (code) => process.exit(code),
    command: commandFor(process.argv[1], process.cwd()),
  };
}
