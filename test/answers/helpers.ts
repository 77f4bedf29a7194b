import { parseAnswers } from '../../src/answers/parse.js';
import { isSiapError, type Diagnostic } from '../../src/errors.js';
import type { Lang } from '../../src/i18n.js';
import { loadRubric } from '../../src/io/rubrics.js';
import { describeProblem } from '../../src/messages/problem.js';
import type { Rubric } from '../../src/rubric/model.js';

export const RUBRIC_110 = loadRubric('kesiapan-kota-cerdas@1.1.0').rubric;

/** A problem as a user reads it: code, line:col, the message and the hint, in one language. */
export interface Seen {
  code: string;
  severity: Diagnostic['severity'];
  at: string;
  path?: string;
  message: string;
  hint?: string;
}

export function seen(d: Diagnostic, lang: Lang = 'id'): Seen {
  const words = describeProblem(d, lang);
  return {
    code: d.code,
    severity: d.severity,
    at: `${d.source?.line ?? '-'}:${d.source?.column ?? '-'}`,
    ...(d.source?.path ? { path: d.source.path } : {}),
    message: words.message,
    ...(words.hint ? { hint: words.hint } : {}),
  };
}

/** Every problem (errors and warnings) `parseAnswers` finds in a text, as a user reads them. */
export function problemsOf(text: string, rubric: Rubric = RUBRIC_110, lang: Lang = 'id', options: { strict?: boolean } = {}): Seen[] {
  try {
    return parseAnswers(text, 'jawaban.yaml', rubric, options).warnings.map((d) => seen(d, lang));
  } catch (error) {
    if (!isSiapError(error)) throw error;
    return error.problems().map((d) => seen(d, lang));
  }
}

/** The head of an answers file for rubric kesiapan-kota-cerdas 1.1.0, then `body` (which starts at line 5). */
export function answersFile(body: string, head: { assessment?: string; regency?: string; version?: string } = {}): string {
  return [
    'format: siap-answers/1',
    `rubric: {id: kesiapan-kota-cerdas${head.version ? `, version: ${head.version}` : ''}}`,
    `regency: ${head.regency ?? '{name: Gianyar}'}`,
    `assessment: ${head.assessment ?? '{kind: self}'}`,
    body,
  ].join('\n');
}
