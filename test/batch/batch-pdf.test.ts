import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tmpDir, type InProcessResult } from '../helpers/run-cli.js';
import { pdfText } from './pdf-text.js';

const INPUT = 'test/fixtures/batch/masuk';
/**
 * The fixtures name their rubric beside the inbox (`rubric.file: ../../rubrik-seleksi.yaml`), out of
 * their own folder: our own files, so the batches here follow it (`--allow-rubric-file`).
 */
const OWN = '--allow-rubric-file';
const ENV = { SOURCE_DATE_EPOCH: '1775606400' }; // 2026-04-08

/** Rank order of the fixture folder (test/fixtures/batch/README.md) and who is selected with --top 3. */
const RANKED = [
  ['Kabupaten Gianyar', 'kabupaten-gianyar-5104.pdf'],
  ['Kabupaten Bangli', 'kabupaten-bangli-5106.pdf'],
  ['Kabupaten Purbalingga', 'kabupaten-purbalingga-3303.pdf'],
  ['Kabupaten Serang', 'kabupaten-serang-3604.pdf'],
  ['Kabupaten Tanah Bumbu', 'kabupaten-tanah-bumbu-6310.pdf'],
  ['Kota Solok', 'kota-solok-1372.pdf'],
  ['Kota Parepare', 'kota-parepare-7372.pdf'],
  ['Kabupaten Bone Bolango', 'kabupaten-bone-bolango-7503.pdf'],
  ['Kota Banjar', 'kota-banjar-3279.pdf'],
  ['Kabupaten Pekalongan', 'kabupaten-pekalongan-3326.pdf'],
] as const;

describe('siap batch --pdf', () => {
  const dir = tmpDir('siap-batch-pdf-');
  const out = join(dir, 'laporan');
  let run: InProcessResult;
  beforeAll(async () => {
    run = await runCli(['batch', OWN, INPUT, '--top', '3', '--pdf', '--out', out], { env: ENV });
  });

  it('writes one report per ranked regency and the recap, then exits 1 for the broken files', async () => {
    expect(run.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual([...RANKED.map((r) => r[1]), 'rekapitulasi.pdf'].sort());
    expect(run.stderr).toContain(`11 PDF ditulis ke ${out}`);
  });

  it('the recap lists every regency in rank order, the selected ones marked, then the duplicate', async () => {
    const { text, pages } = await pdfText(join(out, 'rekapitulasi.pdf'));
    expect(text).toContain('REKAPITULASI HASIL ASESMEN');
    expect(text).toContain('Keadaan per 8 April 2026');
    const table = text.slice(text.indexOf('Cakupan Keterangan'));
    let from = 0;
    const segments: string[] = [];
    const starts = RANKED.map(([name], i) => {
      const at = table.indexOf(` ${i + 1} ${name} `, from);
      expect(at, `${i + 1} ${name}`).toBeGreaterThan(from - 1);
      from = at + 1;
      return at;
    });
    starts.forEach((start, i) => segments.push(table.slice(start, starts[i + 1] ?? table.indexOf('—', start))));
    expect(segments.map((s) => s.includes('✓ Terpilih'))).toEqual([true, true, true, false, false, false, false, false, false, false]);
    expect(segments[4]).toContain('Tidak lolos syarat');
    expect(segments[7]).toContain('Sementara');
    // A duplicate row shows its file under the name; the region code has its own column.
    expect(table).toMatch(/9 Kota Banjar banjar-verifikasi\.yaml 32\.79 Jawa Barat 62,5/);
    expect(table).toMatch(/— Kota Banjar banjar-mandiri\.yaml 32\.79 Jawa Barat 100,0 .* Ganda, yang berlaku no\. 9/);
    expect(text).toContain('Daerah terpilih (kuota 3) ✓ 1. Kabupaten Gianyar, Bali — indeks 93,8 (peringkat 1) ✓ 2. Kabupaten Bangli, Bali');
    expect(pages.at(-1)).toMatch(/Halaman (\d) dari \1$/);
  });

  it('the recap lists the broken files with line:col and code', async () => {
    const { text } = await pdfText(join(out, 'rekapitulasi.pdf'));
    // "not ranked": broken files and files made with another rubric alike.
    const part = text.slice(text.indexOf('Berkas yang tidak diperingkat'));
    expect(part).toMatch(/1 test\/fixtures\/batch\/masuk\/rusak\/di-luar-skala\.yml 7:7 ANSWER_OUT_OF_SCALE/);
    expect(part).toMatch(/2 test\/fixtures\/batch\/masuk\/rusak\/lampiran\.json 2:1 FILE_BINARY/);
    expect(part).toMatch(/3 test\/fixtures\/batch\/masuk\/rusak\/pertanyaan-asing\.yaml 7:3 ANSWER_UNKNOWN_QUESTION/);
    expect(part).toMatch(/4 test\/fixtures\/batch\/masuk\/rusak\/sintaks\.yaml 7:3 YAML_SYNTAX/);
    // Each problem is a sentence of its own in its cell, as in the rest of the PDF.
    expect(part).toMatch(/ANSWER_UNKNOWN_QUESTION Pertanyaan "/);
    expect(part).not.toMatch(/ANSWER_UNKNOWN_QUESTION pertanyaan/);
  });

  it('each report carries its rank in the executive summary', async () => {
    const gianyar = (await pdfText(join(out, 'kabupaten-gianyar-5104.pdf'))).text;
    expect(gianyar).toContain('1 dari 10 daerah (terpilih)');
    const serang = (await pdfText(join(out, 'kabupaten-serang-3604.pdf'))).text;
    expect(serang).toContain('4 dari 10 daerah');
    expect(serang).not.toContain('4 dari 10 daerah (terpilih)');
  });

  it('same inputs and SOURCE_DATE_EPOCH → the same bytes, on this thread or on two worker threads', async () => {
    const here = join(dir, 'sini');
    const workers = join(dir, 'pekerja');
    expect((await runCli(['batch', OWN, `${INPUT}/bali`, '--top', '1', '--pdf', '--out', here, '--jobs', '1'], { env: ENV })).code).toBe(0);
    expect((await runCli(['batch', OWN, `${INPUT}/bali`, '--top', '1', '--pdf', '--out', workers, '--jobs', '2'], { env: ENV })).code).toBe(0);
    const names = readdirSync(here).sort();
    expect(names).toEqual(['kabupaten-bangli-5106.pdf', 'kabupaten-gianyar-5104.pdf', 'rekapitulasi.pdf']);
    expect(readdirSync(workers).sort()).toEqual(names);
    for (const name of names) expect(readFileSync(join(workers, name)).equals(readFileSync(join(here, name))), name).toBe(true);
  });
});

describe('siap batch --pdf: never overwrites without --force', () => {
  it('an existing report → exit 2 before anything is written (CSV and JSON included); --force overwrites', async () => {
    const dir = tmpDir();
    const out = join(dir, 'laporan');
    mkdirSync(out);
    writeFileSync(join(out, 'kota-solok-1372.pdf'), 'lama');
    const args = ['batch', OWN, `${INPUT}/lain`, '--pdf', '--out', out, '--csv', join(dir, 'p.csv'), '--json', join(dir, 'h.json')];
    const r = await runCli(args, { env: ENV });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(out, 'kota-solok-1372.pdf')}  FILE_EXISTS`);
    expect(r.stderr).toContain('1 berkas keluaran sudah ada; tidak ada yang ditulis');
    expect(readdirSync(out)).toEqual(['kota-solok-1372.pdf']);
    expect(readdirSync(dir).sort()).toEqual(['laporan']);
    expect(readFileSync(join(out, 'kota-solok-1372.pdf'), 'utf8')).toBe('lama');

    const forced = await runCli([...args, '--force'], { env: ENV });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(out, 'kota-solok-1372.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readdirSync(out).sort()).toEqual(['kabupaten-bone-bolango-7503.pdf', 'kabupaten-tanah-bumbu-6310.pdf', 'kota-parepare-7372.pdf', 'kota-solok-1372.pdf', 'rekapitulasi.pdf']);
  });

  it('--out naming a file → exit 2, located', async () => {
    const dir = tmpDir();
    writeFileSync(join(dir, 'laporan'), 'bukan folder');
    const r = await runCli(['batch', OWN, `${INPUT}/bali`, '--pdf', '--out', join(dir, 'laporan')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(dir, 'laporan')}  BATCH_OUT_NOT_DIR  --out harus berupa folder, tetapi ini sebuah berkas`);
    expect(readFileSync(join(dir, 'laporan'), 'utf8')).toBe('bukan folder');
  });

  it('a bad --template is a usage problem found before any work', async () => {
    const dir = tmpDir();
    const r = await runCli(['batch', OWN, `${INPUT}/bali`, '--pdf', '--out', join(dir, 'x'), '--template', 'tidak-ada', '--csv', join(dir, 'p.csv')]);
    expect(r.code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('English: recap.pdf titled "Assessment Results Recap"', async () => {
    const dir = tmpDir();
    const r = await runCli(['batch', OWN, `${INPUT}/bali`, '--top', '1', '--pdf', '--out', dir, '--lang', 'en'], { env: ENV });
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['kabupaten-bangli-5106.pdf', 'kabupaten-gianyar-5104.pdf', 'recap.pdf']);
    const { text } = await pdfText(join(dir, 'recap.pdf'));
    expect(text).toContain('ASSESSMENT RESULTS RECAP');
    expect(text).toMatch(/1 Kabupaten Gianyar 51\.04 Bali 93\.8 .*✓ Selected 2 Kabupaten Bangli 51\.06 Bali 81\.3 .* Reserve/);
  });
});
