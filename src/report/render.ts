import type { Answers } from '../answers/model.js';
import type { Lang } from '../i18n.js';
import type { Rubric } from '../rubric/model.js';
import type { ScoreResult } from '../scoring/model.js';
import { scoreAssessment } from '../scoring/score.js';
import { VERSION } from '../version.js';
import { buildReportModel, type ComparisonSection, type ReportOptions } from './model.js';
import type { ReportTemplate } from './template.js';

/** How a report is made: the template, and optionally the score, language, date, embedded file, comparison and rank. */
export interface RenderReportOptions {
  /** The score to report; `scoreAssessment(rubric, answers)` when absent. */
  result?: ScoreResult;
  /** The template (`loadTemplate`): title, authority, logo, colours, which sections. */
  template: ReportTemplate;
  /** Language of every word in the report. Default `id`. */
  lang?: Lang;
  /** The PDF's creation date (what `SOURCE_DATE_EPOCH` sets for the CLI); else the assessment date. Never the clock. */
  generatedAt?: Date;
  /** The answers file as read (`loadAssessment(…).bytes`) and its name, embedded in the PDF as an attachment. */
  source?: { name: string; bytes: Uint8Array };
  /** The rubric file's text and name (`rubricText`), embedded so that `siap verify` can re-derive the report. */
  rubricSource?: { name: string; text: string };
  /** The `--compare` self-assessment file as read, embedded beside the answers (with its rubric when that is another file). */
  compareSource?: { name: string; bytes: Uint8Array; rubric?: { name: string; text: string } };
  /** The siap version stamped in the report (default: this one; another only to test `siap verify`). */
  toolVersion?: string;
  /** Tagged PDF (structure tree for screen readers). Default true. */
  tagged?: boolean;
  /** The page "Penilaian Mandiri vs Verifikasi Asesor" (see `buildComparisonSection`). */
  comparison?: ComparisonSection;
  /** Place in a batch ranking, for the executive summary. */
  rank?: ReportOptions['rank'];
}

/**
 * Answers → the PDF report `siap report` writes, as bytes (nothing is written). The PDF toolkit is
 * loaded on the first call, not when this module is imported.
 */
export async function renderAssessmentReport(rubric: Rubric, answers: Answers, options: RenderReportOptions): Promise<Uint8Array> {
  const template = options.template;
  const result = options.result ?? scoreAssessment(rubric, answers);
  const model = buildReportModel(rubric, answers, result, {
    template,
    lang: options.lang ?? 'id',
    toolVersion: options.toolVersion ?? VERSION,
    ...(options.generatedAt ? { generatedAt: options.generatedAt } : {}),
    ...(options.source ? { source: { name: options.source.name, bytes: new Uint8Array(options.source.bytes) } } : {}),
    ...(options.rubricSource ? { rubricSource: options.rubricSource } : {}),
    ...(options.compareSource ? { compareSource: options.compareSource } : {}),
    ...(options.comparison ? { comparison: options.comparison } : {}),
    ...(options.rank ? { rank: options.rank } : {}),
  });
  const { renderReportPdf } = await import('./pdf.js');
  return renderReportPdf(model, options.tagged === false ? { tagged: false } : {});
}
