import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { roundHalfUp } from '../../src/i18n.js';
import { loadAssessment } from '../../src/io/load.js';
import { ROOT, fixture, runCli, tmpDir } from '../helpers/run-cli.js';
import { hasQpdf, readPdf, type ReadPdf } from './pdf-read.js';

/**
 * The report as an official reader uses it: a document number on every page, the hashes and the
 * place of signing on the sign-off page, strengths and weaknesses that never share an item, a
 * numbered action plan, bookmarks, and `siap verify` passing on every bundled example.
 */

const EXAMPLES = readdirSync(join(ROOT, 'rubrics', 'examples')).filter((f) => f.endsWith('.yaml')).sort();
const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');
const DOC = /SIAP-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}/;

interface Rendered {
  file: string;
  pdf: ReadPdf;
  bytes: Buffer;
}

const out = tmpDir('siap-signable-');
const rendered = new Map<string, Rendered>();

beforeAll(async () => {
  for (const example of EXAMPLES) {
    const file = join(out, example.replace('.yaml', '.pdf'));
    // From a folder of the assessor's, not the repository: the bundled rubric is found all the same.
    const run = await runCli(['report', join(ROOT, 'rubrics', 'examples', example), '-o', file, '--force'], { cwd: out });
    expect(run.code, run.stderr).toBe(0);
    const bytes = readFileSync(file);
    rendered.set(example, { file, bytes, pdf: await readPdf(bytes) });
  }
}, 240_000);

describe.each(EXAMPLES)('the report of rubrics/examples/%s', (example) => {
  it('passes siap verify (exit 0, identical bytes)', async () => {
    const { file } = rendered.get(example)!;
    const run = await runCli(['verify', file]);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^✓ .*\.pdf: asli/);
  });

  it('carries the answers file and the rubric it was scored with, the rubric named by id and version', () => {
    const { pdf } = rendered.get(example)!;
    const { rubric } = loadAssessment(join(ROOT, 'rubrics', 'examples', example));
    const names = Object.values(pdf.attachments).map((f) => f.filename);
    expect(names).toContain(example);
    expect(names).toContain(rubric.id === 'spbe-2020' ? 'spbe-2020.yaml' : `${rubric.id}-${rubric.version}.yaml`);
  });

  it('prints its document number on every page (the cover included)', () => {
    const { pdf } = rendered.get(example)!;
    const number = DOC.exec(pdf.pages[0]!.text)?.[0];
    expect(number).toBeDefined();
    pdf.pages.forEach((page, i) => expect(page.text, `page ${i + 1}`).toContain(number));
  });

  it('has a sign-off page with the place of signing, the full hashes of the answers and the rubric, and an unbroken date', () => {
    const { pdf } = rendered.get(example)!;
    const answers = readFileSync(join(ROOT, 'rubrics', 'examples', example));
    // The exact rubric version the file names (its own file among the bundled versions).
    const rubricText = readFileSync(loadAssessment(join(ROOT, 'rubrics', 'examples', example)).rubric.file.replace(/^rubrics\//, `${ROOT}/rubrics/`), 'utf8');
    const last = pdf.pages.at(-1)!;
    expect(last.text).toContain('Lembar Pengesahan');
    expect(last.text).toContain(sha256(answers).slice(0, 40));
    expect(last.text.replace(/\s/g, '')).toContain(sha256(answers));
    expect(last.text.replace(/\s/g, '')).toContain(sha256(rubricText));
    // Signed in the regency's town, never in the meeting room; the date is one piece of text.
    const line = last.items.find((it) => /^(Ditetapkan|Dibuat) di /.test(it.str))!;
    expect(line.str).toMatch(/^(Ditetapkan|Dibuat) di [A-Z][a-z]+( [A-Z][a-z]+)*, \d{1,2}[\u00a0 ]\S+[\u00a0 ]\d{4}$/);
    expect(line.str).not.toMatch(/Ruang|Pendopo|rapat/);
  });

  it('wraps the answers file name under its hash after a hyphen, never inside its extension ("asesor.ya" / "ml")', () => {
    const last = rendered.get(example)!.pdf.pages.at(-1)!;
    const ext = example.slice(example.lastIndexOf('.'));
    expect(last.items.map((it) => it.str).find((s) => s.endsWith(ext) && example.endsWith(s))).toBeDefined();
  });

  it('never lists an item both as a strength and as a weakness', () => {
    const { pdf } = rendered.get(example)!;
    const start = pdf.pages.findIndex((p) => /\d+\. Kekuatan dan Kelemahan/.test(p.text));
    expect(start).toBeGreaterThan(0);
    let list: 'strengths' | 'weaknesses' | undefined;
    let pillar = 0;
    const seen = new Map<string, Set<string>>();
    for (const page of pdf.pages.slice(start)) {
      for (const item of page.items) {
        const s = item.str.trim();
        if (/^\d+\. /.test(s) && !/Kekuatan dan Kelemahan/.test(s)) return expectDisjoint(seen);
        if (s === 'Kekuatan') (list = 'strengths'), pillar++;
        else if (s === 'Kelemahan') list = 'weaknesses';
        else if (list && /^[A-Z][A-Z]*-?[A-Z0-9]*[0-9.]*[0-9]$/.test(s)) {
          const key = `${pillar}:${list}`;
          if (!seen.has(key)) seen.set(key, new Set());
          seen.get(key)!.add(s);
        }
      }
    }
    expectDisjoint(seen);
  });

  it('lists every recommendation in a numbered action plan, and the priority actions in the summary', () => {
    const { pdf } = rendered.get(example)!;
    const text = pdf.text;
    const plan = pdf.pages.findIndex((p) => /\d+\. Rencana Tindak Lanjut/.test(p.text));
    expect(plan).toBeGreaterThan(0);
    const numbers = pdf.pages
      .slice(plan)
      .flatMap((p) => p.items.filter((it) => /^\d+$/.test(it.str) && it.x < 90).map((it) => Number(it.str)));
    expect(numbers.slice(0, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pdf.pages[2]!.text).toContain('Tindakan prioritas');
    expect(pdf.pages[2]!.text).toMatch(/1\. .*tindak lanjut no\. \d+/);
    expect(text).not.toMatch(/Id dan versi/);
  });
});

function expectDisjoint(seen: Map<string, Set<string>>): void {
  const pillars = new Set([...seen.keys()].map((k) => k.split(':')[0]));
  for (const p of pillars) {
    const strengths = seen.get(`${p}:strengths`) ?? new Set();
    const weaknesses = seen.get(`${p}:weaknesses`) ?? new Set();
    expect([...strengths].filter((id) => weaknesses.has(id))).toEqual([]);
  }
}

const hasZbar = (() => {
  try {
    execFileSync('sh', ['-c', 'command -v zbarimg && command -v pdftoppm'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('the QR code on the sign-off page', () => {
  it.skipIf(!hasZbar)('holds the document number and the hashes of the answers file and the rubric', () => {
    const { file, pdf } = rendered.get('kabupaten-sukamaju-asesor.yaml')!;
    const page = String(pdf.pages.length);
    const png = join(out, 'qr');
    execFileSync('pdftoppm', ['-r', '150', '-png', '-f', page, '-l', page, '-singlefile', file, png]);
    const decoded = execFileSync('zbarimg', ['-q', '--raw', `${png}.png`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const answers = readFileSync(join(ROOT, 'rubrics', 'examples', 'kabupaten-sukamaju-asesor.yaml'));
    const rubric = readFileSync(join(ROOT, 'rubrics', 'kesiapan-kota-cerdas', '1.1.0.yaml'), 'utf8');
    expect(decoded).toMatch(DOC);
    expect(decoded).toContain(`answers sha256 ${sha256(answers)}`);
    expect(decoded).toContain(`rubric sha256 ${sha256(rubric)}`);
  });
});

describe('navigation, tags and links', () => {
  it.skipIf(!hasQpdf)('qpdf --json shows the outline: the cover, every chapter, and the sections under them', () => {
    const { file } = rendered.get('kabupaten-sukamaju-asesor.yaml')!;
    const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=outlines', file], { encoding: 'utf8' })) as {
      outlines: { title: string; kids: { title: string }[] }[];
    };
    const titles = json.outlines.map((o) => o.title);
    expect(titles).toContain('1. Identitas Daerah dan Asesmen');
    expect(titles).toContain('9. Lembar Pengesahan');
    expect(titles.filter((t) => /^\d+\. /.test(t))).toHaveLength(9);
    const results = json.outlines.find((o) => o.title.startsWith('4. Hasil'))!;
    expect(results.kids.map((k) => k.title)).toEqual(['Struktur', 'Infrastruktur', 'Suprastruktur', 'Kesiapan Enam Dimensi Kota Cerdas']);
  });

  it('is a tagged PDF: a structure tree with headings, paragraphs, lists, tables and figures with alt text', () => {
    const { bytes } = rendered.get('kabupaten-sukamaju-asesor.yaml')!;
    const text = bytes.toString('latin1');
    expect(text).toMatch(/\/MarkInfo\s+\d+ 0 R/);
    expect(text).toMatch(/\/Type \/StructTreeRoot/);
    for (const type of ['H1', 'H2', 'P', 'L', 'LI', 'Table', 'TR', 'TH', 'TD', 'Figure']) expect(text, type).toContain(`/S /${type}\n`);
    expect(text).toMatch(/\/Alt (\(|<FEFF)/);
  });

  it('makes web addresses in the evidence clickable', async () => {
    const dir = tmpDir('siap-links-');
    for (const f of ['rubric.yaml', 'self.yaml']) copyFileSync(fixture('report', 'actions', f), join(dir, f));
    const run = await runCli(['report', 'self.yaml', '-o', 'self.pdf'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const text = readFileSync(join(dir, 'self.pdf')).toString('latin1');
    expect(text).toContain('/Subtype /Link');
    expect(text).toContain('/URI (https://data.harapan.go.id/katalog)');
  });
});

describe('a rubric with horizons, owners, an assessor-only question and its own words', () => {
  let pdf: ReadPdf;
  let dir: string;
  beforeAll(async () => {
    dir = tmpDir('siap-actions-');
    for (const f of ['rubric.yaml', 'self.yaml']) copyFileSync(fixture('report', 'actions', f), join(dir, f));
    const run = await runCli(['report', 'self.yaml', '-o', 'self.pdf'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    pdf = await readPdf(readFileSync(join(dir, 'self.pdf')));
  });

  it('groups the numbered action plan by horizon, then by the responsible perangkat daerah', () => {
    const text = pdf.text;
    const plan = text.slice(text.indexOf('Rencana Tindak Lanjut', text.indexOf('Cara Perhitungan') > 0 ? text.lastIndexOf('Kekuatan dan Kelemahan') : 0));
    const quick = plan.indexOf('Jangka pendek — quick win, dalam 1 tahun');
    const long = plan.indexOf('Jangka panjang — lebih dari 3 tahun');
    expect(quick).toBeGreaterThan(0);
    expect(long).toBeGreaterThan(quick);
    expect(plan.indexOf('Penanggung jawab: Bappeda')).toBeGreaterThan(quick);
    expect(plan.indexOf('Penanggung jawab: Diskominfo')).toBeGreaterThan(plan.indexOf('Penanggung jawab: Bappeda'));
    // 1: A1 (quick, scale level), 2: A3 (quick, the question's own), 3: A2 (the question's horizon beats the scale's).
    expect(plan).toMatch(/1 Susun rencananya\. A1[\s\S]*2 Tunjuk pejabat penanggung jawab\. A3[\s\S]*3 Tetapkan secara resmi\. A2/);
  });

  it('speaks the rubric\'s words: no "pertanyaan", no "rekomendasi", a target rather than a recommendation status', () => {
    expect(pdf.text).not.toMatch(/pertanyaan/i);
    expect(pdf.text).not.toMatch(/rekomendasi/i);
    expect(pdf.pages[2]!.text).toContain('Target daerah');
    expect(pdf.pages[2]!.text).toMatch(/Belum memenuhi target daerah/);
    expect(pdf.text).toContain('Rincian Penilaian per Butir');
  });

  it('leaves the assessor-only question out of a self-assessment, and says so', () => {
    expect(pdf.text).not.toContain('Catatan asesor atas paparan');
    expect(pdf.text).toContain('1 butir khusus asesor tidak ditanyakan dalam penilaian mandiri');
  });

  it('signs in the declared place, with a NIP line and a name too long for one line wrapped, never cut', () => {
    const last = pdf.pages.at(-1)!;
    expect(last.text).toMatch(/Dibuat di Harapan, 2[\u00a0 ]Mei[\u00a0 ]2026/);
    expect(last.text).toContain('NIP. 19800101 200501 2 001');
    expect(last.text).toContain('Siti Rahmawati Lubis binti Abdurrahman Wahid Hasyim');
    expect(last.text).toContain('Panjaitan');
    expect(last.text).not.toContain('…Panjaitan');
  });

  it('says "City" for a kota in English', async () => {
    const run = await runCli(['report', 'self.yaml', '-o', 'en.pdf', '--lang', 'en'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const en = await readPdf(readFileSync(join(dir, 'en.pdf')));
    expect(en.text).toContain('Identity of the City and the Assessment');
    expect(en.text).toContain('The city');
    expect(en.text).not.toMatch(/\bKind\b/);
  });
});

describe('characters the font cannot draw', () => {
  it('are reported with the field they are in, and printed as a visible replacement mark', async () => {
    const dir = tmpDir('siap-glyphs-');
    const text = readFileSync(join(ROOT, 'rubrics', 'examples', 'kabupaten-sukamaju-asesor.yaml'), 'utf8');
    const changed = text.replace('capaian IKU belum dilaporkan dalam LKjIP.', 'IKU 🏙️ 漢字 ไทย');
    expect(changed).not.toBe(text);
    const file = join(dir, 'u.yaml');
    writeFileSync(file, changed);
    const run = await runCli(['report', 'u.yaml', '-o', 'u.pdf'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/u\.yaml:47:11 {2}REPORT_CHARACTER_UNSUPPORTED {2}.*answers\.S1\.1\.note memuat karakter .*🏙 \(U\+1F3D9\), 漢 \(U\+6F22\)/);
    const pdf = await readPdf(readFileSync(join(dir, 'u.pdf')));
    expect(pdf.text).toContain('IKU \ufffd \ufffd\ufffd \ufffd\ufffd\ufffd');
  });

  it('warn of every character the PDF replaces: a private-use character of plane 15 too', async () => {
    const dir = tmpDir('siap-glyphs-pua-');
    const text = readFileSync(join(ROOT, 'rubrics', 'examples', 'kabupaten-sukamaju-asesor.yaml'), 'utf8');
    writeFileSync(join(dir, 'p.yaml'), text.replace('capaian IKU belum dilaporkan dalam LKjIP.', 'IKU \u{F0001}'));
    const run = await runCli(['report', 'p.yaml', '-o', 'p.pdf'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/p\.yaml:47:11 {2}REPORT_CHARACTER_UNSUPPORTED {2}.*U\+F0001/);
    expect((await readPdf(readFileSync(join(dir, 'p.pdf')))).text).toContain('IKU \ufffd');
  });
});

describe('siap verify', () => {
  const original = (): Rendered => rendered.get('kabupaten-sukamaju-asesor.yaml')!;

  it('fails (exit 1) on a copy with any single byte changed, naming what differs', async () => {
    const { bytes } = original();
    const text = bytes.toString('latin1');
    const manifest = text.indexOf('siap-report.json');
    const positions = [9, 2000, Math.floor(bytes.length / 3), Math.floor(bytes.length / 2), manifest + 3, bytes.length - 40, bytes.length - 2];
    const dir = tmpDir('siap-flip-');
    for (const pos of positions) {
      const copy = Buffer.from(bytes);
      copy[pos] = copy[pos]! ^ 0x01;
      const file = join(dir, `flip-${pos}.pdf`);
      writeFileSync(file, copy);
      const run = await runCli(['verify', file]);
      expect(run.code, `byte ${pos}: ${run.stdout}${run.stderr}`).toBe(1);
      expect(run.stdout).toMatch(/BERBEDA — (hanya byte|data|angka)/);
    }
  }, 120_000);

  it('a byte added at the end: where the first difference is and both sizes, in words (finding 16)', async () => {
    const { bytes } = original();
    const dir = tmpDir('siap-append-');
    writeFileSync(join(dir, 't.pdf'), Buffer.concat([bytes, Buffer.from('x')]));
    const run = await runCli(['verify', join(dir, 't.pdf')]);
    expect(run.code).toBe(1);
    const size = (n: number): string => n.toLocaleString('de-DE');
    expect(run.stdout).toContain(`perbedaan pertama pada byte ke-${size(bytes.length)}; berkas ini ${size(bytes.length + 1)} byte, buatan ulangnya ${size(bytes.length)} byte`);
    expect(run.stdout).not.toMatch(/bytes/);
  });

  it('names the data when an attachment was changed, the figures when the recorded figures were', async () => {
    const { renderAssessmentReport } = await import('../../src/report/render.js');
    const { loadAssessment } = await import('../../src/io/load.js');
    const { loadTemplate } = await import('../../src/io/templates.js');
    const { rubricSource } = await import('../../src/io/rubrics.js');
    const { scoreAssessment } = await import('../../src/scoring/score.js');
    const dir = tmpDir('siap-figures-');
    const file = join(ROOT, 'rubrics', 'examples', 'kabupaten-sukamaju-asesor.yaml');
    const other = join(ROOT, 'rubrics', 'examples', 'kabupaten-tanjung-permai-asesor.yaml');
    const a = loadAssessment(file);
    const b = loadAssessment(other);
    const options = { template: loadTemplate('standar'), source: { name: basename(file), bytes: a.bytes }, rubricSource: rubricSource(a.rubric)! };
    // Another regency's figures recorded against this regency's data.
    const wrong = await renderAssessmentReport(a.rubric, a.answers, { ...options, result: scoreAssessment(b.rubric, b.answers) });
    writeFileSync(join(dir, 'wrong.pdf'), Buffer.from(wrong));
    const run = await runCli(['verify', join(dir, 'wrong.pdf')]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('BERBEDA — angka hasilnya tidak sama');
    // The figures recorded (the other regency's) and the figures the data gives.
    const shown = (r: { index: number | null; decimals: number }): string => (r.index === null ? '—' : String(roundHalfUp(r.index, r.decimals)).replace('.', ','));
    expect(run.stdout).toContain(`indeks: ${shown(scoreAssessment(b.rubric, b.answers))} → ${shown(scoreAssessment(a.rubric, a.answers))} (tercatat → hitung ulang)`);
    // In the user's words: no English figure names, a decimal comma, ya/tidak.
    expect(run.stdout).not.toMatch(/\b(index|band|gate|recommended|true|false)\b/);
  });

  it('compares the figures instead of the bytes for a report made by another siap version (exit 0 when they agree)', async () => {
    const { renderAssessmentReport } = await import('../../src/report/render.js');
    const { loadAssessment } = await import('../../src/io/load.js');
    const { loadTemplate } = await import('../../src/io/templates.js');
    const { rubricSource } = await import('../../src/io/rubrics.js');
    const { scoreAssessment } = await import('../../src/scoring/score.js');
    const dir = tmpDir('siap-version-');
    const file = join(ROOT, 'rubrics', 'examples', 'kota-harapan-jaya-asesor.yaml');
    const a = loadAssessment(file);
    const options = { template: loadTemplate('standar'), source: { name: basename(file), bytes: a.bytes }, rubricSource: rubricSource(a.rubric)!, toolVersion: '0.0.9' };
    writeFileSync(join(dir, 'old.pdf'), Buffer.from(await renderAssessmentReport(a.rubric, a.answers, options)));
    const ok = await runCli(['verify', join(dir, 'old.pdf')]);
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    expect(ok.stdout).toContain('dibuat dengan siap 0.0.9');
    expect(ok.stdout).toContain('byte tidak dibandingkan');

    const other = loadAssessment(join(ROOT, 'rubrics', 'examples', 'kabupaten-sukamaju-asesor.yaml'));
    const wrong = await renderAssessmentReport(a.rubric, a.answers, { ...options, result: scoreAssessment(other.rubric, other.answers) });
    writeFileSync(join(dir, 'old-wrong.pdf'), Buffer.from(wrong));
    const bad = await runCli(['verify', join(dir, 'old-wrong.pdf')]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('BERBEDA — angka');
    expect(bad.stdout).toContain('siap 0.0.9 → ');
  });

  it('exits 2 for a file that is not a PDF, a PDF siap did not make, and a report whose attachments are missing', async () => {
    const dir = tmpDir('siap-verify-2-');
    writeFileSync(join(dir, 'not.pdf'), Buffer.from('hello'));
    const notPdf = await runCli(['verify', join(dir, 'not.pdf')]);
    expect(notPdf.code).toBe(2);
    expect(notPdf.stderr).toContain('VERIFY_NOT_PDF');

    const { default: PDFDocument } = await import('pdfkit');
    const plain = await new Promise<Buffer>((done) => {
      const doc = new PDFDocument({ info: { CreationDate: new Date(0) } });
      const chunks: Buffer[] = [];
      doc.on('data', (c: Buffer) => chunks.push(c)).on('end', () => done(Buffer.concat(chunks)));
      doc.text('Laporan lain');
      doc.end();
    });
    writeFileSync(join(dir, 'plain.pdf'), plain);
    const notSiap = await runCli(['verify', join(dir, 'plain.pdf')]);
    expect(notSiap.code).toBe(2);
    expect(notSiap.stderr).toContain('VERIFY_NOT_SIAP');
    expect(notSiap.stderr).toContain('saran: yang dapat diperiksa hanya PDF buatan perintah `report` atau `batch --pdf` siap');

    // A report cut in half (an interrupted copy): cut short, not "not a siap report" (finding 22).
    const { bytes } = original();
    writeFileSync(join(dir, 'half.pdf'), bytes.subarray(0, Math.floor(bytes.length / 2)));
    const half = await runCli(['verify', join(dir, 'half.pdf')]);
    expect(half.code).toBe(2);
    expect(half.stderr).toMatch(/VERIFY_TRUNCATED {2}"[^"]*half\.pdf" terpotong/);

    // A report rendered without its rubric's text cannot be re-derived.
    const { renderAssessmentReport } = await import('../../src/report/render.js');
    const { loadAssessment } = await import('../../src/io/load.js');
    const { loadTemplate } = await import('../../src/io/templates.js');
    const file = join(ROOT, 'rubrics', 'examples', 'kota-harapan-jaya-asesor.yaml');
    const a = loadAssessment(file);
    writeFileSync(join(dir, 'bare.pdf'), Buffer.from(await renderAssessmentReport(a.rubric, a.answers, { template: loadTemplate('standar'), source: { name: 'x.yaml', bytes: a.bytes } })));
    const bare = await runCli(['verify', join(dir, 'bare.pdf')]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('VERIFY_MISSING_ATTACHMENT');
  });
});

describe('the batch recap', () => {
  it('is byte-identical whatever the clock says, passes siap verify, and carries the ranking as CSV and JSON', async () => {
    const a = tmpDir('siap-recap-a-');
    const b = tmpDir('siap-recap-b-');
    const first = await runCli(['batch', 'rubrics/examples', '--top', '2', '--pdf', '--out', a], { now: () => new Date('2026-11-30T08:00:00Z') });
    const second = await runCli(['batch', 'rubrics/examples', '--top', '2', '--pdf', '--out', b], { now: () => new Date('2027-02-01T23:59:00Z') });
    expect(first.code).toBe(1); // the SPBE example uses another rubric (documented)
    expect(second.code).toBe(1);
    const recapA = readFileSync(join(a, 'rekapitulasi.pdf'));
    expect(recapA.equals(readFileSync(join(b, 'rekapitulasi.pdf')))).toBe(true);
    const pdf = await readPdf(recapA);
    // Dated by the latest assessment, never by the clock.
    expect(pdf.text).toContain('Keadaan per 14 April 2026');
    expect(Object.values(pdf.attachments).map((f) => f.filename).sort()).toEqual(['peringkat.csv', 'peringkat.json', 'siap-report.json']);
    expect(pdf.text).toContain('Pengesahan Tim Penilai');
    expect(pdf.pages.every((p) => DOC.test(p.text))).toBe(true);
    // Both files of the duplicated regency show their file (the region code is in its own column).
    // (a file name wider than the column wraps between characters)
    const joined = pdf.text.replace(/\s+/g, '');
    expect(joined).toContain('kabupaten-sukamaju-asesor.yaml33.97');
    expect(joined).toContain('kabupaten-sukamaju-mandiri.yaml33.97');
    const verify = await runCli(['verify', join(a, 'rekapitulasi.pdf')]);
    expect(verify.code, verify.stdout + verify.stderr).toBe(0);

    const copy = Buffer.from(recapA);
    copy[Math.floor(copy.length / 2)] = copy[Math.floor(copy.length / 2)]! ^ 0x01;
    writeFileSync(join(a, 'flip.pdf'), copy);
    expect((await runCli(['verify', join(a, 'flip.pdf')])).code).toBe(1);

    const dated = tmpDir('siap-recap-date-');
    const withDate = await runCli(['batch', 'rubrics/examples', '--pdf', '--out', dated, '--date', '2026-06-30']);
    expect(withDate.code).toBe(1);
    expect((await readPdf(readFileSync(join(dated, 'rekapitulasi.pdf')))).text).toContain('Keadaan per 30 Juni 2026');
    expect((await runCli(['batch', 'rubrics/examples', '--date', '30-06-2026'])).stderr).toContain('USAGE_DATE');
  }, 240_000);
});
