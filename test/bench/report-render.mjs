/**
 * Warm render time of a full PDF report for the default rubric (kesiapan-kota-cerdas, every question
 * answered), next to its floor: a minimal pdfkit document with the same number of pages (one line
 * per page, standard font). Run after `npm run build`; imports from dist/.
 *
 *   node test/bench/report-render.mjs            prints the figures
 *   import { benchReportRender } from './report-render.mjs'   returns them (for bench.mjs)
 *
 * Spec §10 target: a full report in ≤ 150 ms warm.
 */
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
const ANSWERS = join(ROOT, 'test', 'fixtures', 'report', 'kesiapan-gianyar.yaml');
const dist = (path) => import(pathToFileURL(join(ROOT, 'dist', path)).href);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function time(fn, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Count the pages of a pdfkit PDF (one `/Type /Page` object each). */
function pageCount(bytes) {
  return (bytes.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
}

export async function benchReportRender({ warmup = 5, runs = 20 } = {}) {
  const [{ loadAssessment }, { scoreAssessment }, { buildReportModel }, { renderReportPdf }, { loadTemplate }, { rubricSource }] = await Promise.all([
    dist('io/load.js'),
    dist('scoring/score.js'),
    dist('report/model.js'),
    dist('report/pdf.js'),
    dist('io/templates.js'),
    dist('io/rubrics.js'),
  ]);
  const { default: PDFDocument } = await import('pdfkit');

  const { rubric, answers, bytes } = loadAssessment(ANSWERS);
  const template = loadTemplate('standar');
  const source = { name: basename(ANSWERS), bytes: new Uint8Array(readFileSync(ANSWERS)) };
  // As `siap report` makes it: tagged, with the rubric's text and the template attached.
  const rubricText = rubricSource(rubric);
  const modelOf = () => buildReportModel(rubric, answers, scoreAssessment(rubric, answers), { template, lang: 'id', toolVersion: 'bench', source, rubricSource: rubricText });
  const render = async () => renderReportPdf(modelOf());
  const untagged = async () => renderReportPdf(modelOf(), { tagged: false });
  const first = performance.now();
  const pdf = await render();
  const firstMs = performance.now() - first;
  const pages = pageCount(pdf);
  void bytes;

  const minimal = () =>
    new Promise((done, fail) => {
      const doc = new PDFDocument({ size: 'A4', bufferPages: true, info: { CreationDate: new Date('2026-04-05T00:00:00Z') } });
      for (let i = 1; i <= pages; i++) {
        if (i > 1) doc.addPage();
        doc.fontSize(9).text(`Halaman ${i} dari ${pages}`, 56, 800, { lineBreak: false });
      }
      const chunks = [];
      doc.on('data', (d) => chunks.push(d)).on('end', () => done(Buffer.concat(chunks))).on('error', fail);
      doc.end();
    });

  for (let i = 0; i < warmup; i++) {
    await render();
    await untagged();
    await minimal();
  }
  // Tagged and untagged renders interleaved, so the neighbours' load falls on both alike.
  const tagged = [];
  const plain = [];
  for (let i = 0; i < runs; i++) {
    tagged.push(await time(render, 1));
    plain.push(await time(untagged, 1));
  }
  const reportMs = median(tagged);
  const untaggedMs = median(plain);
  const floorMs = await time(minimal, runs * 3); // short runs: more of them for a steady median
  return { rubric: rubric.id, questions: rubric.questions.length, pages, bytes: pdf.length, firstMs, reportMs, untaggedMs, floorMs, ratio: reportMs / floorMs, targetMs: 150 };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await benchReportRender();
  const f = (ms) => `${ms.toFixed(1)} ms`;
  console.log(`report  full report, ${r.rubric} (${r.questions} questions, ${r.pages} pages, ${(r.bytes / 1024).toFixed(0)} KB)`);
  console.log(`        warm render (score + model + PDF, median of 20): ${f(r.reportMs)}   target ≤ ${r.targetMs} ms  ${r.reportMs <= r.targetMs ? 'ok' : 'OVER'}`);
  console.log(`        the same without tags (tagged PDF off): ${f(r.untaggedMs)}   tagging costs ${f(r.reportMs - r.untaggedMs)} (${((r.reportMs / r.untaggedMs - 1) * 100).toFixed(0)} %)`);
  console.log(`        floor: minimal pdfkit document, ${r.pages} pages: ${f(r.floorMs)}   ratio ${r.ratio.toFixed(1)}×`);
  console.log(`        first render in this process (fonts parsed): ${f(r.firstMs)}`);
}
