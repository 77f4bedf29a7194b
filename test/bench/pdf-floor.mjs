/**
 * The floor of `npm run bench` (c): one whole process that draws the same text as a `siap batch
 * --pdf` run, page for page, with the same fonts (DejaVu Sans Condensed regular and bold, embedded
 * as subsets), in as many pdfkit documents as siap wrote, on a pool of the same number of worker
 * threads, and writes each document to disk. No layout, no tables, no charts: plain text flowed
 * on each page. The text comes from the PDFs of a siap run (test/bench/bench.mjs extracts it with
 * pdf.js into one JSON file per document: `{ landscape, pages: [text, …] }`).
 *
 *   node test/bench/pdf-floor.mjs <text-dir> <out-dir> <workers>
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

if (isMainThread) {
  const [textDir, outDir, workers] = process.argv.slice(2);
  mkdirSync(outDir, { recursive: true });
  const jobs = readdirSync(textDir).filter((f) => f.endsWith('.json')).sort();
  let next = 0;
  let running = 0;
  await new Promise((done, fail) => {
    for (let i = 0; i < Math.min(Number(workers), jobs.length); i++) {
      const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { textDir, outDir } });
      const feed = () => {
        const job = jobs[next++];
        if (job === undefined) {
          void worker.terminate();
          if (running === 0) done();
          return;
        }
        running++;
        worker.postMessage(job);
      };
      worker.on('message', () => {
        running--;
        feed();
      });
      worker.on('error', fail);
      feed();
    }
  });
  process.stdout.write(`${jobs.length} documents\n`);
} else {
  const { default: PDFDocument } = await import('pdfkit');
  const require = createRequire(import.meta.url);
  const fonts = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const regular = join(fonts, 'DejaVuSansCondensed.ttf');
  const bold = join(fonts, 'DejaVuSansCondensed-Bold.ttf');
  const { textDir, outDir } = workerData;
  parentPort.on('message', async (job) => {
    const { landscape, pages } = JSON.parse(readFileSync(join(textDir, job), 'utf8'));
    const doc = new PDFDocument({ size: 'A4', layout: landscape ? 'landscape' : 'portrait', margin: 40, info: { CreationDate: new Date('2026-04-05T00:00:00Z') } });
    const chunks = [];
    doc.on('data', (d) => chunks.push(d));
    const ended = new Promise((done) => doc.on('end', done));
    pages.forEach((text, i) => {
      if (i > 0) doc.addPage();
      const cut = text.indexOf(' ', 60);
      const head = cut === -1 ? text : text.slice(0, cut);
      doc.font(bold).fontSize(9).text(head, { width: doc.page.width - 80 });
      if (cut !== -1) doc.font(regular).fontSize(7).text(text.slice(cut + 1), { width: doc.page.width - 80, height: doc.page.height - 120 });
    });
    doc.end();
    await ended;
    writeFileSync(join(outDir, job.replace(/\.json$/, '.pdf')), Buffer.concat(chunks));
    parentPort.postMessage(job);
  });
}
