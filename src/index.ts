/**
 * siap as a library: `import { loadAssessment, scoreAssessment } from 'siap'`.
 *
 * Importing this module does no I/O and prints nothing; the PDF toolkit is loaded only when
 * `renderReport` is first called. Every problem in a user's input is thrown as a `SiapError`
 * whose diagnostics carry `file:line:column`; `describeProblem` turns one into words.
 */
import type { Answers } from './answers/model.js';
import { DEFAULT_TEMPLATE, loadTemplate } from './io/templates.js';
import { rubricSource } from './io/rubrics.js';
import type { RenderReportOptions as AssessmentReportOptions } from './report/render.js';
import type { ReportTemplate } from './report/template.js';
import type { Rubric } from './rubric/model.js';

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
/** Compare two scored assessments (A → B) per question and per section. Pure. */
export { compareAssessments } from './compare/compare.js';
/** A comparison or a merge as the documented `siap compare --json` / `siap merge --json` object. */
export { toCompareJson, toMergeJson } from './compare/json.js';
/** What stops a merge: other rubrics, versions or regencies (errors) and self-assessments (warnings). */
export { checkMergeable } from './compare/merge.js';
/** Several assessors' scored answers for one regency → agreement, kappa and a consensus `Answers`. Pure. */
export { mergeAssessments } from './compare/merge.js';
/** How answers of one rubric version reach another (bundled chain or a rubric file's declared migration), checked. */
export { planMigration } from './io/migrations.js';
/** Carry answers through the steps of a plan → new answers and a per-question account of every step. Pure. */
export { migrateAnswers } from './answers/migrate.js';
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
/** A migration plan and what `migrateAnswers` reports for each step and question. */
export type { MigrationPlan, MigrationPlanStep } from './io/migrations.js';
export type { MigrationStep, MigrationItem, MigrationStatus } from './answers/migrate.js';
/** A validated report template. */
export type { ReportTemplate } from './report/template.js';
/** One located problem (code, severity, params, source) and its parts. */
export type { Diagnostic, SourceLocation, Severity, Params } from './errors.js';
/** A message code of the catalog. */
export type { MessageCode } from './messages/catalog.js';
/** A language siap speaks: `id` (Bahasa Indonesia) or `en`. */
export type { Lang } from './i18n.js';

/** A diagnostic (e.g. one of `SiapError.problems()`) in words, in `id` (default) or `en`, laid out as the CLI prints it. */
export { describeProblem, type ProblemDescription } from './messages/problem.js';

/** Options of `renderReport`: those of the report, with the template by id or path (default `standar`). */
export type RenderReportOptions = Omit<AssessmentReportOptions, 'template'> & {
  /** A bundled template id (`standar`), a template file (relative to `cwd`), or a loaded template. */
  template?: string | ReportTemplate;
  /** The folder a template path is relative to. Default: the process's working folder. */
  cwd?: string;
};

/** Answers → the PDF report `siap report` writes, as bytes (loads the PDF toolkit on first use). */
export async function renderReport(rubric: Rubric, answers: Answers, options: RenderReportOptions = {}): Promise<Uint8Array> {
  const { template, cwd, ...rest } = options;
  const loaded = typeof template === 'object' ? template : loadTemplate(template ?? DEFAULT_TEMPLATE, { cwd });
  const { renderAssessmentReport } = await import('./report/render.js');
  // The rubric's text goes into the PDF too (so `siap verify` can re-derive it), when its file is found unchanged.
  const source = rest.rubricSource ?? rubricSource(rubric, { cwd });
  return renderAssessmentReport(rubric, answers, { ...rest, ...(source ? { rubricSource: source } : {}), template: loaded });
}
