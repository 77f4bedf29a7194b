import type { Diagnostic, Params } from '../errors.js';
import { escapeControls } from '../source/text.js';
import type { Lang } from '../i18n.js';
import { describe } from './catalog.js';
import { CLI_WORDS } from './cli.js';

/** A problem in words, laid out as siap prints it. */
export interface ProblemDescription {
  /** `file:line:column` (or the file alone, or `siap` when the problem has no location). */
  where: string;
  message: string;
  hint?: string;
  /** `where  CODE  message`, and the hint on a second indented line: what `siap` prints on stderr. */
  text: string;
}

/** Colours for the parts of a problem (a chalk instance fits); plain text by default. */
export interface ProblemPaint {
  bold(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  dim(text: string): string;
}

const PLAIN: ProblemPaint = { bold: (t) => t, red: (t) => t, yellow: (t) => t, dim: (t) => t };

/**
 * Parameters with control characters made visible: a file name (from a folder of files sent in by
 * others) or an argument may hold ESC or BEL, and a message never sends one to a terminal raw.
 * (Text inside files is refused when read: src/source/text.ts.)
 */
function visibleParams(params: Params): Params {
  const out: Params = {};
  for (const [key, value] of Object.entries(params)) {
    out[key] = typeof value === 'string' ? escapeControls(value) : typeof value === 'number' ? value : { id: escapeControls(value.id), en: escapeControls(value.en) };
  }
  return out;
}

/**
 * `file:line:col  CODE  message` and an indented hint: the one layout for every problem, in `id` or
 * `en`; `options.command` is how hints name siap (default `siap`).
 */
export function describeProblem(problem: Diagnostic, lang: Lang = 'id', paint: ProblemPaint = PLAIN, options: { command?: string } = {}): ProblemDescription {
  // A hint naming a command names it as the user started siap (see COMMAND in define.ts).
  const params = options.command === undefined ? problem.params : { ...problem.params, siap: options.command };
  const { message, hint } = describe(problem.code, lang, visibleParams(params));
  const at = problem.source;
  const where = at ? [escapeControls(at.file), at.line, at.line !== undefined ? at.column : undefined].filter((p) => p !== undefined).join(':') : 'siap';
  const isWarning = problem.severity === 'warning';
  const isNotice = problem.severity === 'notice';
  const severity = isWarning ? paint.yellow(CLI_WORDS.warning[lang]) : isNotice ? paint.dim(CLI_WORDS.notice[lang]) : '';
  const code = isWarning ? paint.yellow(problem.code) : isNotice ? paint.dim(problem.code) : paint.red(problem.code);
  const hasHint = hint !== undefined && hint.trim() !== '';
  const text = `${paint.bold(where)}  ${code}  ${severity}${message}${hasHint ? `\n  ${paint.dim(CLI_WORDS.hint[lang])} ${hint}` : ''}`;
  return { where, message, ...(hasHint ? { hint } : {}), text };
}
