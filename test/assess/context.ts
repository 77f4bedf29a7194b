import type { Context } from '../../src/cli/context.js';
import type { Lang } from '../../src/i18n.js';

export interface TestContext {
  ctx: Context;
  /** Everything written to stdout and stderr so far. */
  out(): string;
  err(): string;
}

/** A terminal-like context with a fixed clock, capturing what the command prints. */
export function testContext(options: { lang?: Lang; tty?: boolean; now?: Date } = {}): TestContext {
  const out: string[] = [];
  const err: string[] = [];
  const now = options.now ?? new Date(2026, 3, 5, 9, 30);
  return {
    ctx: {
      lang: options.lang ?? 'id',
      debug: false,
      env: {},
      cwd: process.cwd(),
      out: (text) => void out.push(text),
      err: (text) => void err.push(text),
      stdin: process.stdin,
      stdout: process.stdout,
      stdinIsTTY: options.tty ?? true,
      stdoutIsTTY: false,
      stderrIsTTY: false,
      colorOut: false,
      colorErr: false,
      now: () => now,
      onInterrupt: () => () => undefined,
      exit: (code) => {
        throw new Error(`exit ${code}`);
      },
    },
    out: () => out.join(''),
    err: () => err.join(''),
  };
}
