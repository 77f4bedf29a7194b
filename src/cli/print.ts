import { Chalk, type ChalkInstance } from 'chalk';
import type { Diagnostic } from '../errors.js';
import { SiapError } from '../errors.js';
import type { Lang } from '../i18n.js';
import { describe } from '../messages/catalog.js';
import { describeProblem } from '../messages/problem.js';
import { escapeControls } from '../source/text.js';
import { siapCommand, type Context } from './context.js';
import { fitToWidth } from './table.js';

/** The only chalk user: colours decided once from the context (terminal, NO_COLOR). */
export function palette(enabled: boolean): ChalkInstance {
  return new Chalk({ level: enabled ? 1 : 0 });
}

/**
 * `file:line:col  CODE  message` and an indented hint, coloured when `c` is (messages/problem.ts
 * lays it out); a command in the hint is named as the user started siap (`command`).
 */
export function formatDiagnostic(d: Diagnostic, lang: Lang, c: ChalkInstance = palette(false), command?: string): string {
  return describeProblem(d, lang, c, command === undefined ? {} : { command }).text;
}

/** Print every problem of an error, then its summary line when it grouped several. */
export function printError(error: SiapError, ctx: Context): void {
  const c = palette(ctx.colorErr);
  const lines = error.problems().map((d) => formatDiagnostic(d, ctx.lang, c, siapCommand(ctx)));
  if (error.diagnostics.length > 0) {
    const { message } = describe(error.code, ctx.lang, { ...error.params, siap: siapCommand(ctx) });
    // Name the file only when every problem is in the same one.
    const files = new Set(error.diagnostics.map((d) => d.source?.file));
    const file = files.size === 1 ? [...files][0] : undefined;
    lines.push(c.red(`${file ? `${escapeControls(file)}: ` : ''}${message}`));
  }
  ctx.err(`${fitMessages(lines.join('\n'), ctx)}\n`);
  if (ctx.debug) ctx.err(`${error.stack ?? ''}\n`);
}

export function printWarnings(diagnostics: Diagnostic[], ctx: Context): void {
  if (diagnostics.length === 0) return;
  const c = palette(ctx.colorErr);
  ctx.err(`${fitMessages(diagnostics.map((d) => formatDiagnostic(d, ctx.lang, c, siapCommand(ctx))).join('\n'), ctx)}\n`);
}

/** Messages broken at word boundaries for the terminal they go to. */
export function fitMessages(text: string, ctx: Context): string {
  const width = messageWidth(ctx);
  return width ? fitToWidth(text, width) : text;
}

/** The command's output broken at word boundaries for the terminal it goes to (whole lines for a file or a pipe). */
export function fitOutput(text: string, ctx: Context): string {
  const width = outputWidth(ctx);
  return width ? fitToWidth(text, width) : text;
}

/**
 * The width to wrap the command's output to: the terminal's, when the output goes to it (text sent
 * to a file or a pipe keeps its long lines).
 */
export function outputWidth(ctx: Context): number | undefined {
  if (!ctx.columns) return undefined;
  return ctx.stdoutIsTTY || !ctx.stderrIsTTY ? ctx.columns : undefined;
}

/** The width to wrap messages to (stderr): the terminal's, when messages go to it. */
function messageWidth(ctx: Context): number | undefined {
  if (!ctx.columns) return undefined;
  return ctx.stderrIsTTY || !ctx.stdoutIsTTY ? ctx.columns : undefined;
}
