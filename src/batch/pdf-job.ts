import { basename } from 'node:path';
import { SiapError } from '../errors.js';
import { writeFileAtomic } from '../io/files.js';
import { loadAssessment } from '../io/load.js';
import { rubricSource } from '../io/rubrics.js';
import { DEFAULT_TEMPLATE, loadTemplate } from '../io/templates.js';
import type { Lang } from '../i18n.js';
import { renderAssessmentReport } from '../report/render.js';
import type { ReportTemplate } from '../report/template.js';
import { renderRecapPdf, type RecapModel } from './recap.js';

/**
 * One PDF of `siap batch --pdf`: a regency's report or the recap. A job loads the rubric, the
 * answers and the template itself, renders the PDF and writes it atomically, and answers with the
 * size or the error as plain data, the same whether it ran on a worker thread or on this one.
 */
export type PdfJob =
  | {
      id: number;
      type: 'report';
      /** The folder relative paths start from. */
      cwd: string;
      file: string;
      output: string;
      overwrite: boolean;
      lang: Lang;
      rubric?: string;
      strict: boolean;
      allowRubricFile?: boolean;
      template?: string;
      /** SOURCE_DATE_EPOCH in ms, when set. */
      generatedAt?: number;
      rank: { position: number; total: number; selected?: boolean };
    }
  | { id: number; type: 'recap'; cwd: string; output: string; overwrite: boolean; model: RecapModel };

export type PdfJobResult =
  | { id: number; ok: true; bytes: number }
  | { id: number; ok: false; error: { code: string; params: SiapError['params']; source?: SiapError['source']; diagnostics: SiapError['diagnostics'] } | { internal: string } };

/** Templates by reference: every job of a batch uses the same one, read once per batch and thread. */
export type TemplateCache = Map<string, ReportTemplate>;

/** Render and write one job's PDF; never throws (a failure is the result). */
export async function runPdfJob(job: PdfJob, templates: TemplateCache): Promise<PdfJobResult> {
  try {
    return { id: job.id, ok: true, bytes: await render(job, templates) };
  } catch (error) {
    return error instanceof SiapError
      ? { id: job.id, ok: false, error: { code: error.code, params: error.params, ...(error.source ? { source: error.source } : {}), diagnostics: error.diagnostics } }
      : { id: job.id, ok: false, error: { internal: error instanceof Error ? (error.stack ?? error.message) : String(error) } };
  }
}

async function render(job: PdfJob, templates: TemplateCache): Promise<number> {
  if (job.type === 'recap') {
    // Dates cross the thread boundary intact (structured clone keeps Date objects).
    const pdf = await renderRecapPdf(job.model);
    writeFileAtomic(job.output, pdf, { overwrite: job.overwrite, cwd: job.cwd });
    return pdf.length;
  }
  const { rubric, answers, bytes } = loadAssessment(job.file, { cwd: job.cwd, rubric: job.rubric, strict: job.strict, allowRubricFile: Boolean(job.allowRubricFile) });
  const templateRef = job.template ?? DEFAULT_TEMPLATE;
  const template = templates.get(templateRef) ?? loadTemplate(templateRef, { cwd: job.cwd });
  templates.set(templateRef, template);
  const source = rubricSource(rubric, { cwd: job.cwd });
  const pdf = await renderAssessmentReport(rubric, answers, {
    template,
    lang: job.lang,
    ...(job.generatedAt !== undefined ? { generatedAt: new Date(job.generatedAt) } : {}),
    rank: job.rank,
    source: { name: basename(job.file), bytes },
    ...(source ? { rubricSource: source } : {}),
  });
  writeFileAtomic(job.output, pdf, { overwrite: job.overwrite, cwd: job.cwd });
  return pdf.length;
}
