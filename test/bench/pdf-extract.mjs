/**
 * For `npm run bench` (c): the text of every PDF in a folder, page by page, as pdf.js extracts it,
 * into one JSON file per PDF (`{ landscape, pages: [text, …] }`) for test/bench/pdf-floor.mjs.
 *
 *   node test/bench/pdf-extract.mjs <pdf-dir> <text-dir>
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const [pdfDir, textDir] = process.argv.slice(2);
const standardFontDataUrl = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts') + '/';
mkdirSync(textDir, { recursive: true });
const files = readdirSync(pdfDir).filter((f) => f.endsWith('.pdf')).sort();
let chars = 0;
for (const f of files) {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(join(pdfDir, f))), standardFontDataUrl, isEvalSupported: false }).promise;
  const pages = [];
  let landscape = false;
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const [, , w, h] = page.view;
    if (i === 1) landscape = w > h;
    const content = await page.getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' ').replace(/\s+/g, ' ').trim());
  }
  await pdf.destroy();
  chars += pages.reduce((n, p) => n + p.length, 0);
  writeFileSync(join(textDir, f.replace(/\.pdf$/, '.json')), JSON.stringify({ landscape, pages }));
}
process.stdout.write(`${JSON.stringify({ documents: files.length, chars })}\n`);
