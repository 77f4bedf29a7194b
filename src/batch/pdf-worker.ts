import { basename } from 'node:path';
import { parentPort } from 'node:worker_threads';
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
 * A `siap batch --pdf` worker thread. It receives one job at a time, loads the rubric (cached per
 * thread), the answers and the template itself, renders the PDF and writes it atomically (the
 * workers write in parallel; the main thread only hands out jobs), then answers with the size or
 * the error as plain data.
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

/** Templates by reference: every job of a batch uses the same one, read once per thread. */
const templates = new Map<string, ReportTemplate>();

async function run(job: PdfJob): Promise<number> {
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
  const pdf = await renderAssessmentReport(rubric, answers, {
    template,
    lang: job.lang,
    ...(job.generatedAt !== undefined ? { generatedAt: new Date(job.generatedAt) } : {}),
    rank: job.rank,
    source: { name: basename(job.file), bytes },
    ...withSource(rubricSource(rubric, { cwd: job.cwd })),
  });
  writeFileAtomic(job.output, pdf, { overwrite: job.overwrite, cwd: job.cwd });
  return pdf.length;
}

function withSource(source: { name: string; text: string } | undefined): { rubricSource?: { name: string; text: string } } {
  return source ? { rubricSource: source } : {};
}

parentPort?.on('message', (job: PdfJob) => {
  run(job).then(
    (bytes) => parentPort!.postMessage({ id: job.id, ok: true, bytes } satisfies PdfJobResult),
    (error: unknown) => {
      const payload: PdfJobResult =
        error instanceof SiapError
          ? { id: job.id, ok: false, error: { code: error.code, params: error.params, ...(error.source ? { source: error.source } : {}), diagnostics: error.diagnostics } }
          : { id: job.id, ok: false, error: { internal: error instanceof Error ? (error.stack ?? error.message) : String(error) } };
      parentPort!.postMessage(payload);
    },
  );
});
