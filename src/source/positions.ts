import type { Diagnostic } from '../errors.js';

/** Diagnostics in the order they appear in the file (line, then column). */
export function sortByPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => (a.source?.line ?? 0) - (b.source?.line ?? 0) || (a.source?.column ?? 0) - (b.source?.column ?? 0));
}
