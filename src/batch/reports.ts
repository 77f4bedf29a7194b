import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { onInterrupt } from '../io/interrupt.js';
import { SiapError, type Diagnostic } from '../errors.js';
import type { Lang } from '../i18n.js';
import { describe } from '../messages/catalog.js';
import type { MessageCode } from '../messages/catalog.js';
import { buildRecapModel, type RecapProblem } from './recap.js';
import type { ReportTemplate } from '../report/template.js';
import { runPdfJob, type PdfJob, type PdfJobResult, type TemplateCache } from './pdf-job.js';
import type { Progress } from './progress.js';
import type { Ranking } from './rank.js';
import type { BatchCounts, BatchFailure } from './score-files.js';
import { VERSION } from '../version.js';
import { upperFirst } from '../util/case.js';

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
  allowRubricFile?: boolean;
  /** The folder relative paths start from. */
  cwd: string;
  /** Ticked once per PDF written or failed. */
  progress?: Progress;
}

export interface BatchReportsOutcome {
  written: number;
  /** Every PDF that could not be made, as an error located in its answers file (or the recap's path). */
  failures: SiapError[];
  /** A failure that is a bug in siap (exit 3), not a problem with the input or the disk; with its stack. */
  internal?: string;
}

/**
 * A PDF worker keeps only the rubric, the template and the fonts between reports; a small heap
 * makes V8 collect each finished report's garbage instead of letting every thread's heap grow
 * (peak memory of `batch --pdf` stays flat however many reports there are).
 */
const PDF_WORKER_LIMITS = { maxOldGenerationSizeMb: 320, maxYoungGenerationSizeMb: 16 };

/**
 * Render one report per ranked regency plus the recap, on min(--jobs, CPU cores, number of PDFs)
 * threads: this one alone, or a pool of worker threads. Each thread renders and writes its own
 * files; a failed PDF is reported and the others go on. The caller has already checked that no target
 * exists (unless --force), so nothing is half-written.
 */
export async function renderBatchReports(input: BatchReportsInput): Promise<BatchReportsOutcome> {
  const { ranking, lang } = input;
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
    { id: 0, type: 'recap', cwd: input.cwd, output: join(input.outDir, input.recapName), overwrite: input.force, model: recapModel },
    ...ranked.map(
      (row, i): PdfJob => ({
        id: i + 1,
        type: 'report',
        cwd: input.cwd,
        file: row.entry.file,
        output: join(input.outDir, input.names[i]!),
        overwrite: input.force,
        lang,
        ...(input.rubric ? { rubric: input.rubric } : {}),
        strict: input.strict,
        ...(input.allowRubricFile ? { allowRubricFile: true } : {}),
        ...(input.templateRef ? { template: input.templateRef } : {}),
        ...(input.generatedAt ? { generatedAt: input.generatedAt.getTime() } : {}),
        rank: { position: row.rank!, total: ranked.length, ...(ranking.top !== null ? { selected: row.selected } : {}) },
      }),
    ),
  ];

  const size = Math.max(1, Math.min(input.jobs, availableParallelism(), jobs.length));
  const progress = input.progress;
  const outcome: BatchReportsOutcome = { written: 0, failures: [] };
  const errors: { job: PdfJob; result: Extract<PdfJobResult, { ok: false }> }[] = [];
  const take = (result: PdfJobResult): void => {
    progress?.tick();
    if (result.ok) outcome.written++;
    else errors.push({ job: jobs[result.id]!, result });
  };

  if (size === 1) await renderHere(jobs, take);
  else await renderOnWorkers(jobs, size, take);
  progress?.done();

  // In the order of the PDFs (the recap first), whichever thread finished first.
  errors.sort((a, b) => a.job.id - b.job.id);
  for (const { job, result } of errors) {
    const e = result.error;
    if ('internal' in e) {
      outcome.internal ??= e.internal;
      const file = job.type === 'report' ? job.file : job.output;
      outcome.failures.push(new SiapError('BATCH_PDF_FAILED', { detail: e.internal.split('\n')[0] ?? '' }, { source: { file } }));
    } else {
      outcome.failures.push(new SiapError(e.code as MessageCode, e.params, { ...(e.source ? { source: e.source } : {}), diagnostics: e.diagnostics }));
    }
  }
  return outcome;
}

/**
 * One thread: the jobs run here, one after the other, with no worker to start (a worker loads the
 * modules and parses the fonts again: about 1 s of CPU before its first PDF). Ctrl-C is heard
 * between two PDFs and no other starts; a PDF is written whole in one step.
 */
async function renderHere(jobs: PdfJob[], take: (result: PdfJobResult) => void): Promise<void> {
  let stopped = false;
  const off = onInterrupt(() => (stopped = true));
  const templates: TemplateCache = new Map();
  try {
    for (const job of jobs) {
      // A PDF is drawn and written without waiting on I/O: without this turn of the event loop,
      // Ctrl-C would be heard only after the last PDF.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (stopped) return;
      take(await runPdfJob(job, templates));
    }
  } finally {
    off();
  }
}

/**
 * A pool of `size` worker threads, each handed its next job as it answers the last. Each worker
 * renders and writes its own files; the results come back in the order they finish.
 */
function renderOnWorkers(jobs: PdfJob[], size: number, take: (result: PdfJobResult) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
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
      const worker = new Worker(new URL('./pdf-worker.js', import.meta.url), { resourceLimits: PDF_WORKER_LIMITS });
      workers.push(worker);
      worker.on('message', (result: PdfJobResult) => {
        running--;
        take(result);
        feed(worker);
      });
      // A worker that dies (not a failed job: those come back as messages) is a bug.
      worker.on('error', (error) => finish(error));
      feed(worker);
    }
  });
}

/** A broken file's problems as recap table rows. */
function recapProblems(failure: BatchFailure, lang: Lang): RecapProblem[] {
  return failure.error.problems().map((d: Diagnostic) => ({
    file: d.source?.file ?? failure.file,
    where: d.source?.line !== undefined ? `${d.source.line}:${d.source.column ?? 1}` : '—',
    code: d.code,
    // A sentence of its own in the table's Problem column (the terminal prints it after the code, in lower case).
    message: upperFirst(describe(d.code, lang, d.params).message),
  }));
}
