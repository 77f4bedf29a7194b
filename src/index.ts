/**
 * siap as a library: `import { loadAssessment, scoreAssessment } from 'siap'`.
 *
 * Importing this module does no I/O and prints nothing; the PDF toolkit is loaded only when
 * `renderReport` is first called. Every problem in a user's input is thrown as a `SiapError`
 * whose diagnostics carry `file:line:column`; `describeProblem` turns one into words.
 */
import type { Diagnostic } from './errors.js';
import type { Lang } from './i18n.js';
import { describe } from './messages/catalog.js';
import { CLI_WORDS } from './messages/cli.js';

/** The version of siap, as printed by `siap --version` and stamped into every report. */
export { VERSION } from './version.js';

/** Load and validate a rubric by bundled id (`kesiapan-kota-cerdas`, `spbe-2020`) or path → `{ rubric, warnings }`. */
export { loadRubric } from './io/rubrics.js';
/** Read an answers file and its rubric and check one against the other → `{ rubric, answers, warnings, bytes, source }`. */
export { loadAssessment } from './io/load.js';
/** Rubric text (YAML or JSON) → `{ rubric, warnings }`; the file name is only used in messages. */
export { parseRubric } from './rubric/parse.js';
/** Answers text → `{ answers, warnings }`, checked against a rubric; the file name is only used in messages. */
export { parseAnswers } from './answers/parse.js';
/** Score answers against their rubric: indexes, bands, gates, coverage and the trace of every number. Pure. */
export { scoreAssessment } from './scoring/score.js';
/** A score as the documented `siap score --json` object (`siap-score/1`). */
export { toScoreJson } from './scoring/json.js';
/** Load a report template by bundled id (`standar`) or path, with its logo. */
export { loadTemplate } from './io/templates.js';
/** Answers → the PDF report `siap report` writes, as bytes (loads the PDF toolkit on first use). */
export { renderReport } from './report/render.js';
/** Compare two scored assessments (A → B) per question and per section. Pure. */
export { compareAssessments } from './compare/compare.js';
/** A comparison or a merge as the documented `siap compare --json` / `siap merge --json` object. */
export { toCompareJson, toMergeJson } from './compare/json.js';
/** What stops a merge: other rubrics, versions or regencies (errors) and self-assessments (warnings). */
export { checkMergeable } from './compare/merge.js';
/** Several assessors' scored answers for one regency → agreement, kappa and a consensus `Answers`. Pure. */
export { mergeAssessments } from './compare/merge.js';
/** Answers → the YAML text of an answers file, as `siap assess` and `siap merge` write it. */
export { serializeAnswers } from './answers/write.js';
/** The one error type of siap: `code`, `params`, `source` and the located `diagnostics`; `problems()` lists them. */
export { SiapError, isSiapError } from './errors.js';
/** The words (`message`, optional `hint`) for a message code in `id` or `en`. */
export { describe } from './messages/catalog.js';

/** A validated rubric. */
export type { Rubric, Question, SectionNode } from './rubric/model.js';
/** Parsed rubric with its warnings, as `loadRubric` and `parseRubric` return it. */
export type { ParsedRubric } from './rubric/parse.js';
/** Validated answers (regency, assessment, entries by question id). */
export type { Answers, AnswerEntry, AnswerValue } from './answers/model.js';
/** Parsed answers with their warnings, as `parseAnswers` returns them. */
export type { ParsedAnswers } from './answers/parse.js';
/** What `loadAssessment` returns and accepts. */
export type { LoadedAssessment, LoadOptions } from './io/load.js';
/** The score trace that feeds the terminal, `--json`, `--explain`, the PDF and compare. */
export type { ScoreResult, NodeScore, QuestionScore, GateResult, Coverage, BandRef } from './scoring/model.js';
/** The result of `compareAssessments`. */
export type { Comparison, QuestionChange, NodeChange, ChangeStatus } from './compare/compare.js';
/** Inputs, options and result of `mergeAssessments`. */
export type { MergeInput, MergeOptions, MergeResult, ConsensusRule } from './compare/merge.js';
/** A validated report template. */
export type { ReportTemplate } from './report/template.js';
/** Options of `renderReport`. */
export type { RenderReportOptions } from './report/render.js';
/** One located problem (code, severity, params, source) and its parts. */
export type { Diagnostic, SourceLocation, Severity, Params } from './errors.js';
/** A message code of the catalog. */
export type { MessageCode } from './messages/catalog.js';
/** A language siap speaks: `id` (Bahasa Indonesia) or `en`. */
export type { Lang } from './i18n.js';

/** A problem in words, laid out as the CLI prints it (without colour). */
export interface ProblemDescription {
  /** `file:line:column` (or the file alone, or `siap` when the problem has no location). */
  where: string;
  message: string;
  hint?: string;
  /** `where  CODE  message`, and the hint on a second indented line: what `siap` prints on stderr. */
  text: string;
}

/** A diagnostic (e.g. one of `SiapError.problems()`) in words, in `id` (default) or `en`. */
export function describeProblem(problem: Diagnostic, lang: Lang = 'id'): ProblemDescription {
  const { message, hint } = describe(problem.code, lang, problem.params);
  const at = problem.source;
  const where = at ? [at.file, at.line, at.line !== undefined ? at.column : undefined].filter((p) => p !== undefined).join(':') : 'siap';
  const warning = problem.severity === 'warning' ? CLI_WORDS.warning[lang] : '';
  const hasHint = hint !== undefined && hint.trim() !== '';
  const text = `${where}  ${problem.code}  ${warning}${message}${hasHint ? `\n  ${CLI_WORDS.hint[lang]} ${hint}` : ''}`;
  return { where, message, ...(hasHint ? { hint } : {}), text };
}
