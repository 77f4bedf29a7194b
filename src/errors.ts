import type { MessageCode } from './messages/catalog.js';

/** Where a problem sits: file, 1-based line and column, and the key path inside the document. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
  /** Key path such as `sections[0].questions[2].weight`. */
  path?: string;
}

export type Severity = 'error' | 'warning';

/** One problem found in a user's input, as data: the words come from the message catalog. */
export interface Diagnostic {
  code: MessageCode;
  severity: Severity;
  params: Record<string, string | number>;
  source?: SourceLocation;
}

/**
 * The one error type of siap. It carries a code from the message catalog, the parameters the
 * message needs, where the problem is, and (for validators) every diagnostic found.
 */
export class SiapError extends Error {
  readonly code: MessageCode;
  readonly params: Record<string, string | number>;
  readonly source?: SourceLocation;
  readonly diagnostics: Diagnostic[];

  constructor(
    code: MessageCode,
    params: Record<string, string | number> = {},
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

/** A diagnostic list → a thrown SiapError when any of them is an error. */
export function throwIfErrors(code: MessageCode, diagnostics: Diagnostic[], params: Record<string, string | number> = {}): void {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new SiapError(code, { ...params, count: errors.length }, { diagnostics });
}

export const EXIT = {
  ok: 0,
  failed: 1,
  invalid: 2,
  internal: 3,
  cancelled: 130,
} as const;

/** The exit code for an error: decided here and nowhere else. */
export function exitCodeFor(error: unknown): number {
  if (!isSiapError(error)) return EXIT.internal;
  if (error.code === 'CANCELLED') return EXIT.cancelled;
  if (error.code === 'RESULT_FAILED') return EXIT.failed;
  return EXIT.invalid;
}
