import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { onInterrupt } from '../io/interrupt.js';
import type { Context } from '../cli/context.js';
import { palette, printError } from '../cli/print.js';
import { VERSION } from '../cli/program.js';
import { SiapError, type Diagnostic } from '../errors.js';
import type { Lang } from '../i18n.js';
import { describe } from '../messages/catalog.js';
import type { MessageCode } from '../messages/catalog.js';
import { buildRecapModel, type RecapProblem } from '../report/recap.js';
import type { ReportTemplate } from '../report/template.js';
import type { PdfJob, PdfJobResult } from './pdf-worker.js';
import { createProgress } from './progress.js';
import type { Ranking } from './rank.js';
import type { BatchFailure } from './score-files.js';
import type { BatchCounts } from './view.js';

export interface BatchReportsInput {
  ranking: Ranking;
  /** File names of the ranked rows' reports, in rank order. */
  names: string[];
  outDir: string;
  recapName: string;
  failures: BatchFailure[];
  counts: BatchCounts;
  /** The recap's date. */
  date: Date;
  /** SOURCE_DATE_EPOCH, for the per-regency reports (else their date comes from the answers). */
  generatedAt?: Date;
  lang: Lang;
  force: boolean;
  jobs: number;
  /** The loaded template (for the recap) and the reference the workers load it by. */
  template: ReportTemplate;
  templateRef?: string;
  rubric?: string;
  strict: boolean;
  ctx: Context;
}

export interface BatchReportsOutcome {
  written: number;
  failed: number;
  /** A failure that is a bug in siap (exit 3), not a problem with the input or the disk. */
  internal: boolean;
}

/**
 * Render one report per ranked regency plus the recap, spread over a pool of worker threads
 * sized min(--jobs, CPU cores, number of PDFs). Each worker renders and writes its own files;
 * a failed PDF is reported and the others go on. The caller has already checked that no target
 * exists (unless --force), so nothing is half-written.
 */
export async function renderBatchReports(input: BatchReportsInput): Promise<BatchReportsOutcome> {
  const { ranking, ctx, lang } = input;
  const template = input.template;
  const ranked = ranking.rows.filter((r) => r.rank !== null);
  const recapModel = buildRecapModel({
    lang,
    ranking,
    rubric: ranked[0]?.entry.rubric ?? ranking.rows[0]?.entry.rubric ?? null,
    problems: input.failures.flatMap((f) => recapProblems(f, lang)),
    counts: input.counts,
    date: input.date,
    template,
    toolVersion: VERSION,
  });

  const jobs: PdfJob[] = [
    // The recap first: it is the longest, and the one a secretariat opens first.
    { id: 0, type: 'recap', output: join(input.outDir, input.recapName), overwrite: input.force, model: recapModel },
    ...ranked.map(
      (row, i): PdfJob => ({
        id: i + 1,
        type: 'report',
        file: row.entry.file,
        output: join(input.outDir, input.names[i]!),
        overwrite: input.force,
        lang,
        ...(input.rubric ? { rubric: input.rubric } : {}),
        strict: input.strict,
        ...(input.templateRef ? { template: input.templateRef } : {}),
        ...(input.generatedAt ? { generatedAt: input.generatedAt.getTime() } : {}),
        rank: { position: row.rank!, total: ranked.length, ...(ranking.top !== null ? { selected: row.selected } : {}) },
        toolVersion: VERSION,
      }),
    ),
  ];

  const size = Math.max(1, Math.min(input.jobs, availableParallelism(), jobs.length));
  const progress = createProgress({
    enabled: ctx.stderrIsTTY,
    total: jobs.length,
    label: lang === 'id' ? 'Laporan' : 'Reports',
    lang,
    write: ctx.err,
    columns: process.stderr.columns,
  });
  const outcome: BatchReportsOutcome = { written: 0, failed: 0, internal: false };
  const errors: { job: PdfJob; result: Extract<PdfJobResult, { ok: false }> }[] = [];

  await new Promise<void>((resolve, reject) => {
    let next = 0;
    let running = 0;
    const workers: Worker[] = [];
    // On Ctrl-C the workers stop before the run's temporary files are removed.
    const off = onInterrupt(() => Promise.all(workers.map((w) => w.terminate())));
    const finish = (error?: unknown): void => {
      off();
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve();
    };
    const feed = (worker: Worker): void => {
      const job = jobs[next++];
      if (!job) {
        void worker.terminate();
        if (running === 0) finish();
        return;
      }
      running++;
      worker.postMessage(job);
    };
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL('./pdf-worker.js', import.meta.url));
      workers.push(worker);
      worker.on('message', (result: PdfJobResult) => {
        running--;
        progress.tick();
        if (result.ok) outcome.written++;
        else {
          outcome.failed++;
          errors.push({ job: jobs[result.id]!, result });
        }
        feed(worker);
      });
      // A worker that dies (not a failed job: those come back as messages) is a bug.
      worker.on('error', (error) => finish(error));
      feed(worker);
    }
  });
  progress.done();

  for (const { job, result } of errors) {
    const e = result.error;
    if ('internal' in e) {
      outcome.internal = true;
      const file = job.type === 'report' ? job.file : job.output;
      printError(new SiapError('BATCH_PDF_FAILED', { detail: e.internal.split('\n')[0] ?? '' }, { source: { file } }), ctx);
      if (ctx.debug) ctx.err(`${e.internal}\n`);
    } else {
      printError(new SiapError(e.code as MessageCode, e.params, { ...(e.source ? { source: e.source } : {}), diagnostics: e.diagnostics }), ctx);
    }
  }
  const c = palette(ctx.colorErr);
  const done = lang === 'id' ? `${outcome.written} PDF ditulis ke ${input.outDir}` : `${outcome.written} PDF(s) written to ${input.outDir}`;
  ctx.err(`${outcome.failed > 0 ? c.red(`${done}; ${outcome.failed} ${lang === 'id' ? 'gagal' : 'failed'}`) : done}\n`);
  return outcome;
}

/** A broken file's problems as recap table rows. */
function recapProblems(failure: BatchFailure, lang: Lang): RecapProblem[] {
  return failure.error.problems().map((d: Diagnostic) => ({
    file: d.source?.file ?? failure.file,
    where: d.source?.line !== undefined ? `${d.source.line}:${d.source.column ?? 1}` : '—',
    code: d.code,
    message: describe(d.code, lang, d.params).message,
  }));
}
