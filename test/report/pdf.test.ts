import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatIndex } from '../../src/messages/present.js';
import { renderReportPdf } from '../../src/report/pdf.js';
import { regencyDisplayName } from '../../src/messages/words.js';
import { pick } from '../../src/i18n.js';
import { fixture } from '../helpers/run-cli.js';
import { buildFor, type Built } from './build.js';
import { hasPdftotext, hasQpdf, readPdf, type ReadPdf } from './pdf-read.js';

interface Case {
  name: string;
  file: string;
  lang: 'id' | 'en';
  pages: number;
  /** Names that must come out exactly as written (diacritics). */
  names: string[];
  /** Whether some table runs over a page (then its header row must repeat). */
  continues: boolean;
}

const CASES: Case[] = [
  { name: 'minimal rubric (id)', file: fixture('answers', 'minimal-filled.yaml'), lang: 'id', pages: 7, names: ['Dr. Ayu Wéndri'], continues: false },
  {
    name: 'kesiapan-kota-cerdas, every question answered (id)',
    file: fixture('report', 'kesiapan-gianyar.yaml'),
    lang: 'id',
    pages: 24,
    names: ['Dr. Ayu Wéndri Ṣaraswati, M.T.', 'Nguyễn Thị Hồng', 'Ir. Bambang Sutejo', 'I Made Gede Wiryawan, S.H.'],
    continues: true,
  },
  {
    name: 'kesiapan-kota-cerdas (en)',
    file: fixture('report', 'kesiapan-gianyar.yaml'),
    lang: 'en',
    pages: 25,
    names: ['Dr. Ayu Wéndri Ṣaraswati, M.T.', 'Nguyễn Thị Hồng'],
    continues: true,
  },
  // No date, place or assessors; a very long regency name; a note longer than a page; 30 evidence items.
  { name: 'layout edge cases (id)', file: fixture('report', 'edge-cases.yaml'), lang: 'id', pages: 10, names: [], continues: true },
  { name: 'spbe-2020, 47 indicators (id)', file: fixture('report', 'spbe-gianyar.yaml'), lang: 'id', pages: 22, names: ['Nguyễn Thị Hồng'], continues: true },
];

describe.each(CASES)('the PDF of $name', ({ file, lang, pages, names, continues }) => {
  let built: Built;
  let bytes: Buffer;
  let pdf: ReadPdf;
  beforeAll(async () => {
    built = buildFor(file, { lang });
    bytes = await renderReportPdf(built.model);
    pdf = await readPdf(bytes);
  });

  it('names the regency and shows the index as displayed, the band and the status', () => {
    const { result } = built;
    expect(pdf.text).toContain(regencyDisplayName(result.regency));
    expect(pdf.pages[2]!.text).toContain(formatIndex(result.index, result.decimals, lang));
    expect(pdf.pages[2]!.text).toContain(pick(result.band!.label, lang));
    const summary = built.model.sections.find((s) => s.kind === 'summary')!;
    expect(pdf.pages[2]!.text).toContain(summary.kind === 'summary' ? summary.status.text : '');
  });

  it('holds every section title, each at the top of its own page', () => {
    for (const section of built.model.sections) {
      const page = pdf.pages.find((p) => p.text.includes(section.title));
      expect(page, section.title).toBeDefined();
    }
    expect(pdf.pages[0]!.text).toContain(built.model.cover!.title.toLocaleUpperCase('id').split(' ')[0]!);
  });

  it('holds every answered question id in the question detail', () => {
    const answered = built.result.questions.filter((q) => q.state === 'answered' || q.state === 'na').map((q) => q.id);
    expect(answered.length).toBeGreaterThan(1);
    const detail = built.model.sections.findIndex((s) => s.kind === 'questions');
    const first = pdf.pages.findIndex((p) => p.text.includes(built.model.sections[detail]!.title));
    const last = pdf.pages.findIndex((p) => p.text.includes(built.model.sections[detail + 1]!.title));
    // The next chapter may start on the detail's last page.
    const items = new Set(pdf.pages.slice(first, last + 1).flatMap((p) => p.items.map((it) => it.str.trim())));
    for (const id of answered) expect(items, id).toContain(id);
  });

  it("holds each assessor's name, with diacritics exactly as written", () => {
    for (const person of built.answers.assessment.assessors) expect(pdf.text).toContain(person.name);
    for (const name of names) {
      expect(name).toBe(name.normalize('NFC'));
      expect(pdf.text).toContain(name);
    }
  });

  it(`has ${pages} pages, each with the document number, and each after the cover with the header and "page X of Y"`, () => {
    expect(pdf.pages).toHaveLength(pages);
    const number = built.model.footer.document;
    pdf.pages.forEach((page) => expect(page.text).toContain(number));
    // The cover has no running header or footer.
    expect(pdf.pages[0]!.text).not.toContain(lang === 'id' ? 'Halaman 1 dari' : 'Page 1 of');
    pdf.pages.forEach((page, i) => {
      if (i === 0) return;
      const label = lang === 'id' ? `Halaman ${i + 1} dari ${pages}` : `Page ${i + 1} of ${pages}`;
      expect(page.text).toContain(label);
      expect(page.text).toContain(built.model.header.left.slice(0, 24)); // a long header is cut with an ellipsis
    });
  });

  it('repeats the header row of a table on the pages it continues on', () => {
    const continued = pdf.pages.filter((p) => p.text.includes(`(${built.model.continued})`));
    expect(continued.length > 0).toBe(continues);
    const header = lang === 'id' ? 'Pertanyaan, jawaban dan bukti' : 'Question, answer and evidence';
    const detailPages = continued.filter((p) => p.items.some((it) => it.str.includes(header)));
    for (const page of detailPages) {
      const title = page.items.find((it) => it.str.endsWith(`(${built.model.continued})`))!;
      const head = page.items.find((it) => it.str === header)!;
      expect(head.y).toBeLessThan(title.y); // the header row sits right under the "(continued)" line
    }
  });

  it('keeps every piece of text inside the page margins (nothing overflows its cell)', () => {
    for (const [i, page] of pdf.pages.entries()) {
      for (const item of page.items) {
        expect(item.x, `page ${i + 1}: ${item.str}`).toBeGreaterThanOrEqual(55.5);
        expect(item.x + item.width, `page ${i + 1}: ${item.str}`).toBeLessThanOrEqual(page.width - 55.5);
      }
    }
  });

  it('is byte-identical when rendered again', async () => {
    const again = await renderReportPdf(buildFor(file, { lang }).model);
    expect(again.equals(bytes)).toBe(true);
  });

  it('carries the answers file as an attachment, byte for byte, beside the template and the manifest', () => {
    const attached = Object.values(pdf.attachments);
    expect(attached.map((a) => a.filename).sort()).toEqual([file.split('/').pop(), 'siap-report.json', 'standar.yaml'].sort());
    const answers = attached.find((a) => a.filename === file.split('/').pop())!;
    expect(Buffer.from(answers.content).equals(built.source)).toBe(true);
  });

  it('carries title and dates in its metadata', () => {
    expect(pdf.info.Title).toBe(built.model.info.title);
    // From the answers' date; without one (edge cases), the fixed fallback date, never the clock.
    const date = built.answers.assessment.date?.replaceAll('-', '') ?? '20000101';
    expect(pdf.info.CreationDate).toBe(`D:${date}000000Z`);
    expect(pdf.info.ModDate).toBe(pdf.info.CreationDate);
  });
});

describe('structure as other readers see it', () => {
  let file: string;
  beforeAll(async () => {
    const bytes = await renderReportPdf(buildFor(fixture('report', 'kesiapan-gianyar.yaml')).model);
    file = join(mkdtempSync(join(tmpdir(), 'siap-report-')), 'laporan.pdf');
    writeFileSync(file, bytes);
  });

  it('passes qpdf --check (or, without qpdf, has a header, a cross-reference table and an end marker)', () => {
    if (hasQpdf) {
      const out = execFileSync('qpdf', ['--check', file], { encoding: 'utf8' });
      expect(out).toContain('No syntax or stream encoding errors found');
    } else {
      const text = execFileSync('cat', [file]).toString('latin1');
      expect(text.startsWith('%PDF-1.')).toBe(true);
      const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1]);
      expect(text.slice(startxref, startxref + 4)).toBe('xref');
    }
  });

  it('is read by pdftotext (or, without it, by pdf.js)', async () => {
    const text = hasPdftotext ? execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }) : (await readPdf(execFileSync('cat', [file]))).text;
    expect(text).toContain('Kabupaten Gianyar');
    expect(text).toContain('Nguyễn Thị Hồng');
    expect(text).toContain('Halaman 24 dari 24');
  });
});

describe('a template with a logo and only some sections', () => {
  it('renders the chosen sections, in order, with the logo drawn on the cover', async () => {
    const built = buildFor(fixture('answers', 'minimal-filled.yaml'), { template: fixture('report', 'templates', 'with-logo.yaml') });
    const bytes = await renderReportPdf(built.model);
    const pdf = await readPdf(bytes);
    expect(pdf.pages).toHaveLength(3);
    expect(pdf.pages[0]!.text).toContain('PEMERINTAH KABUPATEN GIANYAR');
    expect(pdf.pages[1]!.text).toContain('1. Ikhtisar Hasil');
    expect(pdf.pages[2]!.text).toContain('2. Lembar Pengesahan');
    expect(bytes.toString('latin1')).toMatch(/\/Subtype \/Image/);
  });
});
