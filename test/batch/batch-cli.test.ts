import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, runCli, tmpDir, type InProcessResult } from '../helpers/run-cli.js';

const INPUT = 'test/fixtures/batch/masuk';
/**
 * The fixtures name their rubric beside the inbox (`rubric.file: ../../rubrik-seleksi.yaml`), out of
 * their own folder: our own files, so the batches here follow it (`--allow-rubric-file`).
 */
const OWN = '--allow-rubric-file';
const at = (name: string): string => `${INPUT}/${name}`;

/** The documented order of the fixture folder, worked out by hand (see test/fixtures/batch/README.md). */
const ORDER = [
  ['Kabupaten Gianyar', '93,8'],
  ['Kabupaten Bangli', '81,3'], // 81.25 with pillars 87.5 / 75: three-way tie decided by name
  ['Kabupaten Purbalingga', '81,3'],
  ['Kabupaten Serang', '81,3'],
  ['Kabupaten Tanah Bumbu', '81,3'], // same index, lower first pillar (62.5), fails the commitment gate
  ['Kota Solok', '75,0'], // tie with Parepare: first pillar 100 > 50 (the name would say otherwise)
  ['Kota Parepare', '75,0'],
  ['Kabupaten Bone Bolango', '68,8'], // provisional: B2 unanswered, counted as 0
  ['Kota Banjar', '62,5'], // the assessor's file; the self-assessment (100) is a duplicate
  ['Kabupaten Pekalongan', '25,0'], // fails the index ≥ 50 gate
] as const;

const BROKEN = [
  ['rusak/di-luar-skala.yml', 7, 7, 'ANSWER_OUT_OF_SCALE'],
  ['rusak/lampiran.json', 2, 1, 'FILE_BINARY'],
  ['rusak/pertanyaan-asing.yaml', 7, 3, 'ANSWER_UNKNOWN_QUESTION'],
  ['rusak/sintaks.yaml', 7, 3, 'YAML_SYNTAX'],
] as const;

/** Data rows of the ranking table: [rank, name, index, status, code]. */
function tableRows(stdout: string): string[][] {
  return stdout
    .split('\n')
    .filter((l) => /^\s*(\d+|—)\s{2}/.test(l))
    .map((l) => l.trim().split(/\s{2,}/))
    .map((cells) => [cells[0]!, cells[1]!, cells[4]!, cells.at(-2)!, cells[2]!]);
}

function parseCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

describe('siap batch on a folder mixing valid and broken files', () => {
  const out = tmpDir('siap-batch-');
  const csv = join(out, 'peringkat.csv');
  const json = join(out, 'hasil.json');
  let run: InProcessResult;
  beforeAll(async () => {
    run = await runCli(['batch', OWN, INPUT, '--top', '3', '--csv', csv, '--json', json], { env: { SOURCE_DATE_EPOCH: '1775606400' } });
  });

  it('exits 1 after ranking every valid file', async () => {
    expect(run.code).toBe(1);
    const rows = tableRows(run.stdout);
    expect(rows.map((r) => [r[1], r[2]])).toEqual([...ORDER.map((o) => [...o]), ['Kota Banjar', '100,0']]);
    expect(rows.map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '—']);
  });

  it('marks the quota (top 3 passing every gate, not provisional) and the other statuses', async () => {
    expect(tableRows(run.stdout).map((r) => r[3])).toEqual([
      '✓ Terpilih',
      '✓ Terpilih',
      '✓ Terpilih',
      'Cadangan',
      'Tidak lolos syarat',
      'Cadangan',
      'Cadangan',
      'Sementara',
      'Cadangan',
      'Tidak lolos syarat',
      '⚠ Ganda, yang berlaku no. 9',
    ]);
    expect(run.stdout).toContain('15 berkas: 11 valid, 4 rusak · 10 diperingkat · 3 terpilih dari kuota 3 · 1 daerah ganda');
  });

  it('lists every broken file with line:col and code on stderr, and nothing that is not an answers file', async () => {
    for (const [file, line, col, code] of BROKEN) expect(run.stderr).toContain(`${at(file)}:${line}:${col}  ${code}  `);
    expect(run.stderr).not.toContain('catatan.txt');
    expect(run.stderr).not.toContain('.~lock');
    expect(run.stdout).not.toContain('.tersembunyi');
    expect(run.stderr).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
  });

  it('writes a CSV whose rows are the ranking, with a BOM, CRLF and every pillar', async () => {
    const text = readFileSync(csv, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1), ',');
    expect(rows[0]).toEqual([
      'Peringkat', 'Status', 'Terpilih', 'Kabupaten/Kota', 'Provinsi', 'Kode wilayah', 'Indeks', 'Kategori', 'Syarat lolos', 'Jumlah syarat',
      'Dijawab', 'Berlaku', 'Cakupan (%)', 'Sementara', 'Jenis asesmen', 'Tanggal', 'Berkas', 'Indeks Tata kelola', 'Indeks Infrastruktur',
      'Berkas lain daerah ini', 'Berkas yang berlaku',
    ]);
    const body = rows.slice(1);
    expect(body.map((r) => [r[3], r[6]!.replace('.', ',')])).toEqual([...ORDER.map((o) => [...o]), ['Kota Banjar', '100,0']]);
    expect(body.map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '']);
    expect(body.filter((r) => r[2] === 'Ya').map((r) => r[3])).toEqual(['Kabupaten Gianyar', 'Kabupaten Bangli', 'Kabupaten Purbalingga']);
    // Pillar columns: the Solok/Parepare tie, and the provisional row.
    expect(body[5]!.slice(-4, -2)).toEqual(['100.0', '50.0']);
    expect(body[6]!.slice(-4, -2)).toEqual(['50.0', '100.0']);
    expect(body[7]!.slice(11, 14)).toEqual(['4', '75.0', 'Ya']);
  });

  it('writes JSON with the per-file score objects, the ranking and the errors', async () => {
    const data = JSON.parse(readFileSync(json, 'utf8'));
    expect(data.format).toBe('siap-batch/2');
    expect(data.generated).toBe('2026-04-08T00:00:00.000Z');
    expect(data.rubric).toBe('seleksi-uji');
    expect(data.top).toBe(3);
    expect(data.summary).toEqual({ files: 15, valid: 11, broken: 4, other_rubric: 0, ranked: 10, selected: 3, shortfall: 0, duplicate_regencies: 1 });
    expect(data.results).toHaveLength(11);
    expect(data.results.every((r: { format: string }) => r.format === 'siap-score/1')).toBe(true);
    expect(data.ranking.map((r: { name: string; rank: number | null }) => [r.name, r.rank])).toEqual([
      ...ORDER.map((o, i) => [o[0], i + 1]),
      ['Kota Banjar', null],
    ]);
    expect(data.ranking[0].index).toBe(93.75);
    expect(data.ranking.filter((r: { selected: boolean }) => r.selected).map((r: { file: string }) => r.file)).toEqual([
      at('bali/gianyar.yaml'),
      at('bali/bangli.yaml'),
      at('jawa/purbalingga.yaml'),
    ]);
    const dup = data.ranking[10];
    expect([dup.status, dup.superseded_by, dup.superseded_by_rank]).toEqual(['duplicate', at('jawa/banjar-verifikasi.yaml'), 9]);
    // Every ranked file has its full score object.
    const scored = new Set(data.results.map((r: { file: string }) => r.file));
    expect(data.ranking.every((r: { file: string }) => scored.has(r.file))).toBe(true);
    expect(data.errors.map((e: { file: string; diagnostics: { code: string; line: number; column: number }[] }) => [e.file, e.diagnostics[0]!.line, e.diagnostics[0]!.column, e.diagnostics[0]!.code])).toEqual(
      BROKEN.map(([file, line, col, code]) => [at(file), line, col, code]),
    );
  });

  it('writes its errors and warnings the same whatever --lang it ran with: codes, parameters, and the words in both languages', async () => {
    const en = join(out, 'en.json');
    await runCli(['batch', OWN, INPUT, '--top', '3', '--json', en, '--lang', 'en'], { env: { SOURCE_DATE_EPOCH: '1775606400' } });
    const id = JSON.parse(readFileSync(json, 'utf8'));
    const english = JSON.parse(readFileSync(en, 'utf8'));
    rmSync(en);
    expect(english.errors).toEqual(id.errors);
    expect(english.warnings).toEqual(id.warnings);
    type Problem = { code: string; params: Record<string, unknown>; message: { id: string; en: string }; hint: { id: string; en: string } };
    const d = (id.errors as { diagnostics: Problem[] }[]).flatMap((e) => e.diagnostics).find((x) => x.code === 'ANSWER_OUT_OF_SCALE')!;
    expect(d.message.id).toMatch(/^nilai .+ tidak ada pada skalanya$/);
    expect(d.message.en).toMatch(/^value .+ is not on its scale$/);
    expect(d.hint.id).toMatch(/^nilai yang diterima: /);
    expect(d.params.id).toBe('B1');
  });

  it('says where it wrote the exports, on stderr', async () => {
    expect(run.stderr).toContain(`ditulis: ${csv}`);
    expect(run.stderr).toContain(`ditulis: ${json}`);
    expect(readdirSync(out).sort()).toEqual(['hasil.json', 'peringkat.csv']);
  });
});

describe('siap batch: quota, language, exports', () => {
  it('a larger quota skips failing and provisional rows; a quota too large leaves places empty', async () => {
    const seven = await runCli(['batch', OWN, INPUT, '--top', '7']);
    expect(tableRows(seven.stdout).filter((r) => r[3] === '✓ Terpilih').map((r) => r[1])).toEqual([
      'Kabupaten Gianyar', 'Kabupaten Bangli', 'Kabupaten Purbalingga', 'Kabupaten Serang', 'Kota Solok', 'Kota Parepare', 'Kota Banjar',
    ]);
    const ten = await runCli(['batch', OWN, INPUT, '--top', '10']);
    expect(ten.stdout).toContain('7 terpilih dari kuota 10');
    expect(ten.stdout).toContain('3 tempat kuota tidak terisi');
  });

  it('without --top nothing is selected', async () => {
    const r = await runCli(['batch', OWN, INPUT]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toContain('Terpilih');
    expect(tableRows(r.stdout)[0]![3]).toBe('Memenuhi syarat');
  });

  it('exits 0 when every file is valid', async () => {
    const r = await runCli(['batch', OWN, at('bali'), at('jawa/serang.yaml'), '--top', '1']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(tableRows(r.stdout).map((x) => [x[1], x[3]])).toEqual([
      ['Kabupaten Gianyar', '✓ Terpilih'],
      ['Kabupaten Bangli', 'Cadangan'],
      ['Kabupaten Serang', 'Cadangan'],
    ]);
  });

  it('takes glob patterns (quoted, expanded by siap)', async () => {
    const r = await runCli(['batch', OWN, `${INPUT}/**/s*.y*ml`]);
    expect(tableRows(r.stdout).map((x) => x[1])).toEqual(['Kabupaten Serang', 'Kota Solok']);
    expect(r.stderr).toContain(`${at('rusak/sintaks.yaml')}:7:3  YAML_SYNTAX`);
    expect(r.code).toBe(1);
  });

  it('speaks English with --lang en', async () => {
    const r = await runCli(['batch', OWN, at('bali'), '--top', '1', '--lang', 'en']);
    expect(r.stdout).toMatch(/^RANK {2}REGENCY\/CITY/);
    expect(r.stdout).toContain('✓ Selected');
    expect(r.stdout).toContain('2 files: 2 valid, 0 broken · 2 ranked · 1 selected of a quota of 1');
  });

  it('--decimal-comma: semicolons and decimal commas for Indonesian Excel', async () => {
    const dir = tmpDir();
    const r = await runCli(['batch', OWN, at('lain'), '--csv', join(dir, 'x.csv'), '--decimal-comma']);
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'x.csv'), 'utf8');
    const rows = parseCsv(text.slice(1), ';');
    // The region code is written so that a spreadsheet keeps it as the text 63.10 (not 63,1 or 6310).
    expect(text).toContain(';"=""63.10""";');
    expect(rows[1]!.slice(0, 7)).toEqual(['1', 'Tidak lolos syarat', 'Tidak', 'Kabupaten Tanah Bumbu', 'Kalimantan Selatan', '="63.10"', '81,3']);
    expect(rows[1]!.slice(-4, -2)).toEqual(['62,5', '100,0']);
  });

  it('guards spreadsheet cells against formulas and quotes separators', async () => {
    const dir = tmpDir();
    const src = readFileSync(fixture('batch', 'masuk', 'bali', 'gianyar.yaml'), 'utf8')
      .replace('file: ../../rubrik-seleksi.yaml', `file: ${fixture('batch', 'rubrik-seleksi.yaml')}`)
      .replace('{name: Gianyar,', '{name: "=HYPERLINK(\\"x\\"), Gianyar",');
    writeFileSync(join(dir, 'a.yaml'), src);
    const r = await runCli(['batch', OWN, join(dir, 'a.yaml'), '--csv', join(dir, 'x.csv')]);
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'x.csv'), 'utf8');
    expect(text).toContain(`,"Kabupaten =HYPERLINK(""x""), Gianyar",`);
    const rows = parseCsv(text.slice(1), ',');
    expect(rows[1]![3]).toBe('Kabupaten =HYPERLINK("x"), Gianyar');
  });
});

describe('siap batch on an 80-column terminal', () => {
  it('fits the ranking table by leaving out columns and shortening names, and says how to see them', async () => {
    const r = await runCli(['batch', INPUT, '--top', '3', OWN], { columns: 80 });
    const lines = r.stdout.split('\n');
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(79);
    // The duplicate's status ("⚠ Ganda, yang berlaku no. 9") is the widest cell: coverage goes too, names are shortened.
    expect(lines[0]).toMatch(/^NO {2}KABUPATEN\/KOTA +INDEKS +KATEGORI +SYARAT +STATUS$/);
    expect(r.stdout).toMatch(/ 8 {2}Kabupaten Bone … +68,8\* {2}Cukup siap +2\/2 {2}Sementara/);
    expect(r.stdout).toContain('* sementara: ada pertanyaan wajib yang belum dijawab');
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('tidak muat di layar ini: KODE, PROVINSI, CAKUPAN, SEMENTARA, BERKAS (lihat dengan --wide atau --csv)');
    // Without the duplicate, more fits.
    const bali = await runCli(['batch', at('bali'), OWN], { columns: 80 });
    expect(bali.stdout.split("\n")[0]).toMatch(/^NO {2}KABUPATEN\/KOTA +INDEKS +KATEGORI +SYARAT +CAKUPAN +STATUS$/);
    expect(bali.stdout).toContain(" 1  Kabupaten Gianyar   93,8 ");
    // The same ranking, every column, with --wide.
    const wide = await runCli(['batch', INPUT, '--top', '3', '--wide', OWN], { columns: 80 });
    expect(wide.stdout.split('\n')[0]).toMatch(/PROVINSI .* SEMENTARA .* BERKAS$/);
    expect(tableRows(wide.stdout).map((row) => row[1])).toEqual([...ORDER.map((o) => o[0]), 'Kota Banjar']);
  });
});

describe('siap batch: warnings', () => {
  it('shows five warnings of a kind, counts the rest, and keeps all of them in the JSON', async () => {
    const dir = tmpDir();
    const src = readFileSync(fixture('batch', 'masuk', 'bali', 'gianyar.yaml'), 'utf8').replace(
      'rubric: {id: seleksi-uji, version: 1.0.0, file: ../../rubrik-seleksi.yaml}',
      `rubric: {id: seleksi-uji, version: 1.0.0, sha256: "${'0'.repeat(64)}", file: ${fixture('batch', 'rubrik-seleksi.yaml')}}`,
    );
    // Example codes (51.91–51.97: never a real regency, not checked against the register): seven regencies.
    for (let i = 1; i <= 7; i++) writeFileSync(join(dir, `d${i}.yaml`), src.replace('code: "51.04"', `code: "51.9${i}"`));
    const r = await runCli(['batch', OWN, dir, '--json', join(dir, 'h.json')]);
    expect(r.code).toBe(0);
    expect(r.stderr.match(/ANSWER_RUBRIC_HASH  peringatan: /g)).toHaveLength(5);
    expect(r.stderr).toContain(`${join(dir, 'd1.yaml')}:2:51  ANSWER_RUBRIC_HASH`);
    expect(r.stderr).toContain('… dan 2 peringatan ANSWER_RUBRIC_HASH lain seperti di atas (semuanya ada di ekspor --json)');
    const data = JSON.parse(readFileSync(join(dir, 'h.json'), 'utf8'));
    expect(data.warnings.map((w: { file: string; code: string }) => [w.file, w.code])).toEqual([1, 2, 3, 4, 5, 6, 7].map((i) => [join(dir, `d${i}.yaml`), 'ANSWER_RUBRIC_HASH']));
  });
});

describe('siap batch: duplicates the rule cannot settle, other rubrics', () => {
  it('two self-assessments of one regency on the same date are both flagged and neither is ranked', async () => {
    const dir = tmpDir();
    const rubric = fixture('batch', 'rubrik-seleksi.yaml');
    const base = readFileSync(fixture('batch', 'masuk', 'bali', 'bangli.yaml'), 'utf8').replace('file: ../../rubrik-seleksi.yaml', `file: ${rubric}`);
    writeFileSync(join(dir, 'bangli-1.yaml'), base.replace('kind: assessor', 'kind: self'));
    writeFileSync(join(dir, 'bangli-2.yaml'), base.replace('kind: assessor', 'kind: self').replace('A1: 3', 'A1: 4'));
    writeFileSync(join(dir, 'gianyar.yaml'), readFileSync(fixture('batch', 'masuk', 'bali', 'gianyar.yaml'), 'utf8').replace('file: ../../rubrik-seleksi.yaml', `file: ${rubric}`));
    const r = await runCli(['batch', OWN, dir, '--top', '2']);
    expect(r.code).toBe(0);
    expect(tableRows(r.stdout).map((x) => [x[0], x[1], x[3]])).toEqual([
      ['1', 'Kabupaten Gianyar', '✓ Terpilih'],
      ['—', 'Kabupaten Bangli', '⚠ Ganda, belum ditentukan'],
      ['—', 'Kabupaten Bangli', '⚠ Ganda, belum ditentukan'],
    ]);
    expect(r.stdout).toContain('1 terpilih dari kuota 2');
  });

  it('files made for another rubric are listed, not ranked against this one', async () => {
    const r = await runCli(['batch', OWN, at('bali'), 'test/fixtures/answers/minimal-filled.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('test/fixtures/answers/minimal-filled.yaml  BATCH_OTHER_RUBRIC  berkas ini dinilai dengan rubrik "contoh-mini", sedangkan peringkat ini memakai rubrik "seleksi-uji"');
    expect(tableRows(r.stdout)).toHaveLength(2);
    expect(r.stdout).toContain('3 berkas: 2 valid, 0 rusak, 1 rubrik lain · 2 diperingkat');
    expect(r.stdout).toContain('1 berkas tidak diperingkat; 1 masalah pada berkas itu ditulis ke stderr (keluaran pesan)');
  });

  it('says how many problems went to stderr, or "see above" when both share a terminal; with --top, the rule once', async () => {
    // Here stdout and stderr are captured apart, as with `> hasil.txt 2> pesan.txt`.
    const split = await runCli(['batch', INPUT, '--top', '3', OWN]);
    const printed = (split.stderr.match(/ {2}(ANSWER|BATCH|SCHEMA|YAML|FILE)_[A-Z_]+ {2}/g) ?? []).length;
    expect(printed).toBeGreaterThanOrEqual(4);
    expect(split.stdout).toContain(`4 berkas tidak diperingkat; ${printed} masalah pada berkas itu ditulis ke stderr (keluaran pesan)`);
    expect(split.stdout.match(/Aturan: indeks tertinggi dulu/g)).toHaveLength(1);
    expect(split.stdout).toContain('Kuota 3: hanya yang lolos semua syarat dan tidak berstatus sementara dapat Terpilih');
    expect((await runCli(['batch', at('bali'), OWN])).stdout).not.toContain('Aturan:');
    const en = await runCli(['batch', INPUT, '--top', '3', '--lang', 'en', OWN]);
    expect(en.stdout).toContain(`4 file(s) not ranked; their ${printed} problem(s) were written to stderr`);
    expect(en.stdout).toContain('Rule: highest unrounded index first; on a tie, pillar indices');
  });
});

describe('siap batch: usage and outputs', () => {
  it.each([
    [['--top', 'abc'], 'USAGE_POSITIVE_INTEGER  --top memerlukan bilangan bulat positif, bukan "abc"'],
    [['--top', '0'], 'USAGE_POSITIVE_INTEGER  --top memerlukan bilangan bulat positif'],
    [['--top', '2.5'], 'USAGE_POSITIVE_INTEGER  --top memerlukan bilangan bulat positif'],
    [['--pdf'], 'USAGE_PDF_NEEDS_OUT  --pdf memerlukan --out FOLDER'],
    [['--out', 'x'], 'USAGE_ONLY_WITH  --out hanya dipakai bersama --pdf'],
    [['--decimal-comma'], 'USAGE_ONLY_WITH  --decimal-comma hanya dipakai bersama --csv'],
    [['--csv', 'a.out', '--json', 'a.out'], 'USAGE_SAME_FILE  --csv dan --json tidak boleh menunjuk berkas yang sama'],
  ])('%j → exit 2', async (args, message) => {
    const dir = tmpDir();
    const r = await runCli(['batch', OWN, join(process.cwd(), INPUT), ...args], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('no answers files at all → exit 2 with each input problem', async () => {
    const r = await runCli(['batch', OWN, 'tidak-ada/', 'test/fixtures/batch/*.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tidak-ada/  FILE_NOT_FOUND');
    expect(r.stderr).toContain('test/fixtures/batch/*.txt  BATCH_NO_MATCH');
    expect(r.stderr).toContain('tidak ada berkas jawaban untuk dinilai');
  });

  it('refuses to overwrite an export without --force (exit 2, file untouched), overwrites with it', async () => {
    const dir = tmpDir();
    const csv = join(dir, 'p.csv');
    writeFileSync(csv, 'lama');
    const r = await runCli(['batch', OWN, at('bali'), '--csv', csv, '--json', join(dir, 'h.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${csv}  FILE_EXISTS`);
    expect(r.stderr).toContain('1 berkas keluaran sudah ada; tidak ada yang ditulis');
    expect(readFileSync(csv, 'utf8')).toBe('lama');
    expect(existsSync(join(dir, 'h.json'))).toBe(false);
    const forced = await runCli(['batch', OWN, at('bali'), '--csv', csv, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(csv, 'utf8')).toContain('Kabupaten Gianyar');
  });

  it('a duplicate group without register warnings does not point at warnings that are not there', async () => {
    const r = await runCli(['batch', 'rubrics/examples']);
    expect(r.stdout).toContain('kode 33.97 · Kabupaten Sukamaju');
    expect(r.stdout).toContain('bila berkas-berkas itu sebenarnya daerah berbeda, perbaiki kode wilayah yang keliru\n');
    expect(r.stderr).not.toContain('REGION_');
  });

  it('the file-exists hint names no option batch does not have', async () => {
    const dir = tmpDir();
    writeFileSync(join(dir, 'p.csv'), 'lama');
    const r = await runCli(['batch', OWN, at('bali'), '--csv', join(dir, 'p.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('saran: pilih nama berkas lain, atau tambahkan --force untuk menimpanya');
    expect(r.stderr).not.toContain(' -o');
  });

  it('--csv - and --json - write the export to stdout, without the table; the summary goes to stderr', async () => {
    const dir = tmpDir();
    const csv = await runCli(['batch', OWN, at('bali'), '--csv', '-']);
    expect(csv.code).toBe(0);
    const rows = parseCsv(csv.stdout.slice(1), ',');
    expect(rows[0]![0]).toBe('Peringkat');
    expect(rows.slice(1).map((r) => r[3])).toEqual(['Kabupaten Gianyar', 'Kabupaten Bangli']);
    expect(csv.stdout).not.toContain('KABUPATEN/KOTA');
    expect(csv.stderr).toContain('2 diperingkat');
    expect(existsSync('-')).toBe(false);
    const json = await runCli(['batch', OWN, at('bali'), '--json', '-', '--csv', join(dir, 'p.csv')]);
    expect(json.code).toBe(0);
    const data = JSON.parse(json.stdout);
    expect(data.ranking.map((r: { name: string }) => r.name)).toEqual(['Kabupaten Gianyar', 'Kabupaten Bangli']);
    expect(readFileSync(join(dir, 'p.csv'), 'utf8')).toContain('Kabupaten Bangli');
  });

  it('run again into the same --out folder with --json -: refused before a byte of JSON reaches stdout', async () => {
    const dir = tmpDir();
    mkdirSync(join(dir, 'laporan'));
    writeFileSync(join(dir, 'laporan', 'rekapitulasi.pdf'), 'the last run');
    const r = await runCli(['batch', OWN, at('bali'), '--json', '-', '--pdf', '--out', 'laporan'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/laporan\/rekapitulasi\.pdf {2}FILE_EXISTS/);
    expect(r.stdout).toBe('');
    expect(readFileSync(join(dir, 'laporan', 'rekapitulasi.pdf'), 'utf8')).toBe('the last run');
    expect(readdirSync(join(dir, 'laporan'))).toEqual(['rekapitulasi.pdf']);
  });

  it('does not take its own exports as inputs on the next run', async () => {
    const dir = tmpDir();
    cpSync(fixture('batch'), join(dir, 'batch'), { recursive: true });
    mkdirSync(join(dir, 'batch', 'masuk', 'hasil'));
    const args = ['batch', OWN, 'batch/masuk/bali', '--json', 'batch/masuk/bali/hasil.json', '--force'];
    expect((await runCli(args, { cwd: dir })).code).toBe(0);
    const again = await runCli(args, { cwd: dir });
    expect(again.code).toBe(0);
    expect(again.stderr).not.toContain('hasil.json  ');
  });
});
