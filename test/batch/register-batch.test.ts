import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, runCli, tmpDir, type InProcessResult } from '../helpers/run-cli.js';
import { pdfText } from './pdf-text.js';

const ENV = { SOURCE_DATE_EPOCH: '1775606400' }; // 2026-04-08
const RUBRIC = fixture('batch', 'rubrik-seleksi.yaml');

/** An answers file of the batch fixtures' rubric. */
function answers(regency: string, assessment: string, values: [number, boolean, number, number]): string {
  const [a1, a2, b1, b2] = values;
  return `format: siap-answers/1\nrubric: {id: seleksi-uji, version: 1.0.0, file: ${RUBRIC}}\nregency: ${regency}\nassessment: ${assessment}\nanswers: {A1: ${a1}, A2: ${a2}, B1: ${b1}, B2: ${b2}}\n`;
}

/** One CSV line (no line breaks inside cells in these fixtures) → its cells. */
function csvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted && ch === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  return [...cells, cell];
}

async function workbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** A sheet's rows as plain values (row 1 = the header). */
function rows(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: false }, (row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

describe('siap batch: two files for one code (first-contact finding 2)', () => {
  const dir = tmpDir('siap-dup-');
  const inbox = join(dir, 'masuk');
  const out = join(dir, 'laporan');
  let run: InProcessResult;
  beforeAll(async () => {
    mkdirSync(inbox);
    // Banyumas's file carries Pekalongan's code by mistake; both are self-assessments of the same day.
    writeFileSync(join(inbox, 'pekalongan.yaml'), answers('{name: Pekalongan, kind: kabupaten, province: Jawa Tengah, code: "33.26"}', '{kind: self, date: 2026-04-01}', [3, true, 3, 3]));
    writeFileSync(join(inbox, 'banyumas.yaml'), answers('{name: Banyumas, kind: kabupaten, province: Jawa Tengah, code: "33.26"}', '{kind: self, date: 2026-04-01}', [4, true, 4, 4]));
    // Gianyar twice: the assessor's verification counts.
    writeFileSync(join(inbox, 'gianyar-mandiri.yaml'), answers('{name: Gianyar, kind: kabupaten, province: Bali, code: "51.04"}', '{kind: self, date: 2026-04-02}', [4, true, 4, 4]));
    writeFileSync(join(inbox, 'gianyar-asesor.yaml'), answers('{name: Gianyar, kind: kabupaten, province: Bali}', '{kind: assessor, date: 2026-03-01}', [3, true, 3, 2]));
    writeFileSync(join(inbox, 'bangli.yaml'), answers('{name: Bangli, kind: kabupaten, province: Bali, code: "51.06"}', '{kind: assessor, date: 2026-04-01}', [2, true, 2, 2]));
    run = await runCli(
      ['batch', '--allow-rubric-file', inbox, '--top', '2', '--csv', join(dir, 'p.csv'), '--json', join(dir, 'h.json'), '--xlsx', join(dir, 'p.xlsx'), '--pdf', '--out', out],
      { env: ENV },
    );
  }, 120_000);

  it('warns that Banyumas carries Pekalongan\'s code, with the register\'s code for Banyumas', () => {
    expect(run.stderr).toContain(`${join(inbox, 'banyumas.yaml')}:3:17  REGION_NAME_MISMATCH  peringatan: nama "Banyumas" tidak sesuai dengan daftar resmi: kode 33.26 adalah Kabupaten Pekalongan`);
    expect(run.stderr).toContain('saran: menurut daftar resmi, Kabupaten Banyumas (Jawa Tengah) berkode 33.02; perbaiki kode atau namanya');
    expect(run.code).toBe(0);
  });

  it('the terminal names every file of each group, the shared code, which one counts and why', () => {
    const block = run.stdout.slice(run.stdout.indexOf('Daerah dengan lebih dari satu berkas (2):'));
    expect(block).toContain(`kode 51.04 · Kabupaten Gianyar: ${join(inbox, 'gianyar-asesor.yaml')}, ${join(inbox, 'gianyar-mandiri.yaml')}`);
    expect(block).toContain(`yang berlaku: ${join(inbox, 'gianyar-asesor.yaml')} (verifikasi asesor mengalahkan penilaian mandiri)`);
    expect(block).toContain(`kode 33.26 · Kabupaten Banyumas: ${join(inbox, 'banyumas.yaml')}, ${join(inbox, 'pekalongan.yaml')}`);
    expect(block).toContain('belum ditentukan: jenis asesmen dan tanggalnya sama, jadi tidak ada yang diperingkat; hapus berkas yang berlebih');
    // The register found Banyumas under Pekalongan's code, so the hint points at its warnings.
    expect(block).toContain('perbaiki kode wilayah yang keliru (lihat peringatan REGION_* di atas)');
    // The table shows the code on every row, the duplicates included.
    const table = run.stdout.slice(0, run.stdout.indexOf('Daerah dengan lebih dari satu berkas'));
    expect(table.split('\n').filter((l) => l.includes('33.26'))).toHaveLength(2);
    expect(table.split('\n').filter((l) => l.includes('51.04'))).toHaveLength(2);
  });

  it('the CSV and the JSON carry the code, the other files of the regency and the file that counts', () => {
    const csv = readFileSync(join(dir, 'p.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n').map(csvLine);
    const header = csv[0]!;
    const col = (name: string): number => header.indexOf(name);
    const mandiri = csv.find((r) => r[col('Berkas')] === join(inbox, 'gianyar-mandiri.yaml'))!;
    // The code is written for a spreadsheet to keep as text (="51.04", see csvCodeText).
    expect([mandiri[col('Kode wilayah')], mandiri[col('Berkas lain daerah ini')], mandiri[col('Berkas yang berlaku')]]).toEqual(['="51.04"', join(inbox, 'gianyar-asesor.yaml'), join(inbox, 'gianyar-asesor.yaml')]);
    const banyumas = csv.find((r) => r[col('Berkas')] === join(inbox, 'banyumas.yaml'))!;
    expect([banyumas[col('Kode wilayah')], banyumas[col('Berkas lain daerah ini')], banyumas[col('Berkas yang berlaku')]]).toEqual(['="33.26"', join(inbox, 'pekalongan.yaml'), '—']);

    const data = JSON.parse(readFileSync(join(dir, 'h.json'), 'utf8'));
    expect(data.duplicates).toEqual([
      { code: '51.04', name: 'Kabupaten Gianyar', files: [join(inbox, 'gianyar-asesor.yaml'), join(inbox, 'gianyar-mandiri.yaml')], counts: join(inbox, 'gianyar-asesor.yaml'), reason: 'assessor' },
      { code: '33.26', name: 'Kabupaten Banyumas', files: [join(inbox, 'banyumas.yaml'), join(inbox, 'pekalongan.yaml')], counts: null, reason: 'undecided' },
    ]);
    const asesor = data.ranking.find((r: { file: string }) => r.file === join(inbox, 'gianyar-asesor.yaml'));
    expect([asesor.region_code, asesor.region_code_from_register, asesor.province_code, asesor.duplicate.code]).toEqual(['51.04', true, '51', '51.04']);
  });

  it('the workbook\'s ranking sheet carries the code and the group; the recap shows the code on every row', async () => {
    const wb = await workbook(join(dir, 'p.xlsx'));
    const sheet = rows(wb.getWorksheet('Peringkat')!);
    const header = sheet[0] as string[];
    const at = (row: unknown[], name: string): unknown => row[header.indexOf(name)];
    const pekalongan = sheet.find((r) => at(r, 'Berkas') === join(inbox, 'pekalongan.yaml'))!;
    expect([at(pekalongan, 'Kode wilayah'), at(pekalongan, 'Status'), at(pekalongan, 'Berkas lain daerah ini'), at(pekalongan, 'Berkas yang berlaku')]).toEqual([
      '33.26',
      'Ganda, belum ditentukan',
      join(inbox, 'banyumas.yaml'),
      '—',
    ]);
    const { text } = await pdfText(join(out, 'rekapitulasi.pdf'));
    // Files of one code are told apart by their file name under the regency's name.
    expect(text.match(/Kabupaten (Banyumas|Pekalongan) (banyumas|pekalongan)\.\u200b?yaml 33\.26 Jawa Tengah/g)).toHaveLength(2);
    expect(text.match(/Kabupaten Gianyar gianyar-(mandiri|asesor)\.\u200b?yaml 51\.04 Bali/g)).toHaveLength(2);
  });

  it('the recap lists how many regencies of each province took part', async () => {
    const { text } = await pdfText(join(out, 'rekapitulasi.pdf'));
    const part = text.slice(text.indexOf('Peserta per provinsi'));
    expect(part).toMatch(/33 Jawa Tengah 1 0 0/);
    expect(part).toMatch(/51 Bali 2 2 2/);
  });
});

describe('siap batch --province and --by-province', () => {
  const input = 'test/fixtures/batch/masuk';

  it('--province keeps the regencies of those provinces (by name or code): ranked, exported, counted', async () => {
    const dir = tmpDir();
    const r = await runCli(['batch', '--allow-rubric-file', `${input}/bali`, `${input}/jawa`, '--province', 'bali,33', '--top', '1', '--json', join(dir, 'h.json')], { env: ENV });
    expect(r.code).toBe(0);
    const names = r.stdout.split('\n').filter((l) => /^\s*(\d+|—)\s{2}/.test(l)).map((l) => l.trim().split(/\s{2,}/)[1]);
    expect(names).toEqual(['Kabupaten Gianyar', 'Kabupaten Bangli', 'Kabupaten Purbalingga', 'Kabupaten Pekalongan']);
    expect(r.stdout).toContain('3 berkas di luar provinsi yang dipilih dilewati');
    const data = JSON.parse(readFileSync(join(dir, 'h.json'), 'utf8'));
    expect(data.results.map((x: { regency: { province: string } }) => x.regency.province)).toEqual(['Bali', 'Bali', 'Jawa Tengah', 'Jawa Tengah']);
    expect(data.summary.outside_provinces).toBe(3);
  });

  it('an unknown province is a usage error before anything is read', async () => {
    const r = await runCli(['batch', '--allow-rubric-file', input, '--province', 'Jawa Tenga']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('USAGE_PROVINCE_UNKNOWN  provinsi "Jawa Tenga" tidak dikenal');
    expect(r.stderr).toContain('mungkin maksudnya "Jawa Tengah"');
  });

  it('--by-province groups the rows under a heading per province, in province-code order, keeping the national rank', async () => {
    const r = await runCli(['batch', '--allow-rubric-file', `${input}/bali`, `${input}/jawa`, '--by-province'], { env: ENV });
    const lines = r.stdout.split('\n');
    const headings = lines.filter((l) => l.startsWith('── '));
    expect(headings).toEqual(['── Jawa Barat (32) · 1 daerah diperingkat', '── Jawa Tengah (33) · 2 daerah diperingkat', '── Banten (36) · 1 daerah diperingkat', '── Bali (51) · 2 daerah diperingkat']);
    const bali = lines.slice(lines.indexOf('── Bali (51) · 2 daerah diperingkat') + 1, lines.indexOf('── Bali (51) · 2 daerah diperingkat') + 3);
    expect(bali.map((l) => l.trim().split(/\s{2,}/).slice(0, 2))).toEqual([
      ['1', 'Kabupaten Gianyar'],
      ['2', 'Kabupaten Bangli'],
    ]);
  });
});

describe('siap batch: scoring threads', () => {
  it('--jobs 1 and --jobs 2 give the same table, CSV and JSON, byte for byte (results merged in file order)', async () => {
    const dir = tmpDir();
    const inbox = join(dir, 'masuk');
    mkdirSync(inbox);
    // 60 made-up regencies with example codes: enough for the batch to use two threads.
    for (let i = 0; i < 60; i++) {
      const v = (n: number): number => (i * n) % 5;
      writeFileSync(
        join(inbox, `r${String(i).padStart(2, '0')}.yaml`),
        answers(`{name: Daerah ${i}, kind: kabupaten, province: Bali, code: "51.9${i % 10}.${String(i).padStart(2, '0')}"}`, `{kind: assessor, date: 2026-04-0${1 + (i % 9)}}`, [v(3), i % 3 !== 0, v(7), v(11)]),
      );
    }
    writeFileSync(join(inbox, 'r99-rusak.yaml'), 'format: siap-answers/1\nrubric: {id: seleksi-uji\n');
    const outputs = async (jobs: string): Promise<string[]> => {
      const r = await runCli(['batch', '--allow-rubric-file', inbox, '--top', '5', '--jobs', jobs, '--csv', join(dir, `p${jobs}.csv`), '--json', join(dir, `h${jobs}.json`)], { env: ENV });
      expect(r.code).toBe(1);
      return [r.stdout, r.stderr.replaceAll(`p${jobs}.csv`, 'p.csv').replaceAll(`h${jobs}.json`, 'h.json'), readFileSync(join(dir, `p${jobs}.csv`), 'utf8'), readFileSync(join(dir, `h${jobs}.json`), 'utf8')];
    };
    const one = await outputs('1');
    const two = await outputs('2');
    expect(two).toEqual(one);
    expect(JSON.parse(one[3]!).results).toHaveLength(60);
  });
});

describe('siap batch --xlsx / siap score --xlsx: the workbook, read back', () => {
  const dir = tmpDir('siap-xlsx-');
  const input = 'test/fixtures/batch/masuk';
  let run: InProcessResult;
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    run = await runCli(['batch', '--allow-rubric-file', input, '--top', '3', '--xlsx', join(dir, 'p.xlsx'), '--pdf', '--out', join(dir, 'laporan')], { env: ENV });
    wb = await workbook(join(dir, 'p.xlsx'));
  }, 120_000);

  it('has the ranking, one sheet per pillar, the question matrix, the problem files, the provinces and the method', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`ditulis: ${join(dir, 'p.xlsx')}`);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Peringkat', 'Pilar Tata kelola', 'Pilar Infrastruktur', 'Matriks pertanyaan', 'Berkas bermasalah', 'Provinsi', 'Metode']);
  });

  it('the ranking sheet: frozen header, autofilter over the data, number formats, the quota line', () => {
    const ws = wb.getWorksheet('Peringkat')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:T12');
    const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
    const index = header.indexOf('Indeks') + 1;
    expect(ws.getRow(2).getCell(index).numFmt).toBe('[$-421]0.0');
    expect(ws.getRow(2).getCell(index).value).toBe(93.8);
    // The quota line: a thick border under the last selected row (rank 3), nowhere else.
    expect(ws.getRow(4).getCell(1).border?.bottom?.style).toBe('thick');
    expect(ws.getRow(5).getCell(1).border?.bottom).toBeUndefined();
    expect(ws.getRow(14).getCell(1).value).toBe('Kuota 3: 3 terpilih');
  });

  it('agrees with the recap on every rank and index', async () => {
    const all = rows(wb.getWorksheet('Peringkat')!);
    const fileColumn = (all[0] as string[]).indexOf('Berkas');
    const sheet = all.slice(1, 12);
    const { text } = await pdfText(join(dir, 'laporan', 'rekapitulasi.pdf'));
    const table = text.slice(text.indexOf('Cakupan Keterangan'));
    let from = 0;
    for (const row of sheet) {
      const [rank, , , name, code, province, , index] = row as [number | null, string, string, string, string, string, string, number];
      // A row of a regency with more than one file carries its file name under the name.
      const file = String(row[fileColumn]).split('/').pop()!;
      const plain = `${rank ?? '—'} ${name} ${code} ${province} ${index.toFixed(1).replace('.', ',')}`;
      const twin = `${rank ?? '—'} ${name} ${file} ${code} ${province} ${index.toFixed(1).replace('.', ',')}`;
      const shown = table.indexOf(plain, from) >= 0 && (table.indexOf(twin, from) < 0 || table.indexOf(plain, from) < table.indexOf(twin, from)) ? plain : twin;
      const at = table.indexOf(shown, from);
      expect(at, shown).toBeGreaterThanOrEqual(from);
      from = at + shown.length;
    }
  });

  it('the pillar and matrix sheets follow the ranking; the problem sheet locates every error', () => {
    const pillar = rows(wb.getWorksheet('Pilar Tata kelola')!);
    expect(pillar[0]).toEqual(['Peringkat', 'Kabupaten/Kota', 'Kode wilayah', 'Provinsi', 'Indeks Tata kelola']);
    expect(pillar[1]).toEqual([1, 'Kabupaten Gianyar', '51.04', 'Bali', 100]);
    const matrix = rows(wb.getWorksheet('Matriks pertanyaan')!);
    expect(matrix[0]).toEqual(['Peringkat', 'Kabupaten/Kota', 'Kode wilayah', 'A1', 'A2', 'B1', 'B2']);
    expect(matrix[1]).toEqual([1, 'Kabupaten Gianyar', '51.04', 100, 100, 100, 75]);
    const problems = rows(wb.getWorksheet('Berkas bermasalah')!);
    expect(problems.slice(1).map((r) => r.slice(0, 4))).toEqual([
      [`${input}/rusak/di-luar-skala.yml`, 7, 7, 'ANSWER_OUT_OF_SCALE'],
      [`${input}/rusak/lampiran.json`, 2, 1, 'FILE_BINARY'],
      [`${input}/rusak/pertanyaan-asing.yaml`, 7, 3, 'ANSWER_UNKNOWN_QUESTION'],
      [`${input}/rusak/sintaks.yaml`, 7, 3, 'YAML_SYNTAX'],
    ]);
  });

  it('the method sheet explains the tie, quota and duplicate rules and credits the register', () => {
    const text = rows(wb.getWorksheet('Metode')!).flat().join('\n');
    for (const words of ['Urutan dan nilai seri', 'Kuota', 'Daerah ganda', 'verifikasi asesor mengalahkan penilaian mandiri', 'cahyadsn/wilayah', 'Kuota 3: 3 terpilih']) {
      expect(text, words).toContain(words);
    }
  });

  it('neutralises text cells like the CSV export: no formula', async () => {
    const src = readFileSync(fixture('batch', 'masuk', 'bali', 'gianyar.yaml'), 'utf8')
      .replace('file: ../../rubrik-seleksi.yaml', `file: ${RUBRIC}`)
      .replace('{name: Gianyar, kind: kabupaten, province: Bali, code: "51.04"}', '{name: "=HYPERLINK(\\"x\\") Rekaan", province: Bali}');
    writeFileSync(join(dir, 'a.yaml'), src);
    const r = await runCli(['batch', '--allow-rubric-file', join(dir, 'a.yaml'), '--xlsx', join(dir, 'a.xlsx'), '--lang', 'en']);
    expect(r.code).toBe(0);
    const sheet = rows((await workbook(join(dir, 'a.xlsx'))).getWorksheet('Ranking')!);
    expect(sheet[1]![3]).toBe(`'=HYPERLINK("x") Rekaan`);
  });

  it('siap score --xlsx writes the same workbook for one file, and never overwrites without --force', async () => {
    const file = join(dir, 'g.xlsx');
    const r = await runCli(['score', 'rubrics/examples/kabupaten-sukamaju-asesor.yaml', '--xlsx', file], { env: ENV });
    expect(r.code).toBe(0);
    const book = await workbook(file);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'Peringkat',
      'Pilar Struktur',
      'Pilar Infrastruktur',
      'Pilar Suprastruktur',
      'Pilar Kesiapan Enam Dimensi Kot',
      'Matriks pertanyaan',
      'Berkas bermasalah',
      'Provinsi',
      'Metode',
    ]);
    const ranking = rows(book.getWorksheet('Peringkat')!);
    expect(ranking).toHaveLength(2);
    expect(ranking[1]!.slice(0, 6)).toEqual([1, 'Tidak lolos syarat', 'Tidak', 'Kabupaten Sukamaju', '33.97', 'Jawa Tengah']);
    // The band cell has the band's colour.
    const header = ranking[0] as string[];
    const band = book.getWorksheet('Peringkat')!.getRow(2).getCell(header.indexOf('Kategori') + 1);
    expect(band.fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    const struktur = rows(book.getWorksheet('Pilar Struktur')!);
    expect(struktur[0]!.slice(4)).toEqual(['Indeks Struktur', 'S1 Kepemimpinan & perencanaan', 'S2 Tata kelola & kolaborasi', 'S3 Sumber daya manusia', 'S4 Anggaran']);
    expect(rows(book.getWorksheet('Matriks pertanyaan')!)[0]).toHaveLength(3 + 58); // 58 questions in kesiapan-kota-cerdas 1.1.0
    const again = await runCli(['score', 'rubrics/examples/kabupaten-sukamaju-asesor.yaml', '--xlsx', file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('FILE_EXISTS');
    expect(again.stdout).toBe('');
  });
});
