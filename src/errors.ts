import type { Words } from './i18n.js';
import type { MessageCode } from './messages/catalog.js';

/** Where a problem sits: file, 1-based line and column, and the key path inside the document. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
  /** Key path such as `sections[0].questions[2].weight`. */
  path?: string;
}

/** `notice`: worth knowing, nothing wrong (e.g. a newer rubric version exists). */
export type Severity = 'error' | 'warning' | 'notice';

/**
 * A value a message is filled with: raw data (a number, an id, a file name), or a phrase that
 * exists in both languages and is picked only when the message is printed. Diagnostics therefore
 * never depend on the language they are shown in.
 */
export type Param = string | number | Words;
export type Params = Record<string, Param>;

/** One problem found in a user's input, as data: the words come from the message catalog. */
export interface Diagnostic {
  code: MessageCode;
  severity: Severity;
  params: Params;
  source?: SourceLocation;
}

/**
 * The one error type of siap. It carries a code from the message catalog, the parameters the
 * message needs, where the problem is, and (for validators) every diagnostic found.
 */
export class SiapError extends Error {
  readonly code: MessageCode;
  readonly params: Params;
  readonly source?: SourceLocation;
  readonly diagnostics: Diagnostic[];

  constructor(
    code: MessageCode,
    params: Params = {},
    options: { source?: SourceLocation; diagnostics?: Diagnostic[]; cause?: unknown } = {},
  ) {
    super(code, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SiapError';
    this.code = code;
    this.params = params;
    if (options.source) this.source = options.source;
    this.diagnostics = options.diagnostics ?? [];
  }

  /** The problems to print: the diagnostics when there are any, else the error itself. */
  problems(): Diagnostic[] {
    if (this.diagnostics.length > 0) return this.diagnostics;
    const self: Diagnostic = { code: this.code, severity: 'error', params: this.params };
    if (this.source) self.source = this.source;
    return [self];
  }
}

export function isSiapError(value: unknown): value is SiapError {
  return value instanceof SiapError;
}

export const EXIT = {
  ok: 0,
  failed: 1,
  invalid: 2,
  internal: 3,
  cancelled: 130,
} as const;

/**
 * How a command ended, as it returns it: `ok`; `failed` (it ran, but the result did not pass:
 * `--fail-under`, broken files in a batch, a PDF that could not be made); `invalid` (its input was
 * invalid and every problem is already printed, e.g. `rubric validate` on several files); or
 * `internal` (a bug surfaced without an exception, e.g. in a worker thread).
 */
export type Status = 'ok' | 'failed' | 'invalid' | 'internal';

/**
 * The exit code of a run: from the status a command returned, or from the error it threw.
 * Decided here and nowhere else.
 */
export function exitCodeFor(outcome: Status | unknown): number {
  if (outcome === 'ok') return EXIT.ok;
  if (outcome === 'failed') return EXIT.failed;
  if (outcome === 'invalid') return EXIT.invalid;
  if (outcome === 'internal') return EXIT.internal;
  if (!isSiapError(outcome)) return EXIT.internal;
  if (outcome.code === 'CANCELLED') return EXIT.cancelled;
  if (outcome.code === 'INTERNAL') return EXIT.internal;
  return EXIT.invalid;
}
