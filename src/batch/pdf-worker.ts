import { parentPort } from 'node:worker_threads';
import { runPdfJob, type PdfJob, type TemplateCache } from './pdf-job.js';

/** A worker lives for one batch: its template cache is that batch's. */
const templates: TemplateCache = new Map();

/** A `siap batch --pdf` worker thread: one job at a time, answered with its result as plain data. */
parentPort?.on('message', (job: PdfJob) => {
  void runPdfJob(job, templates).then((result) => parentPort!.postMessage(result));
});
