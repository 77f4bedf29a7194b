import { Command, Option } from 'commander';
import type { Lang, Words } from '../i18n.js';

/**
 * The command surface of siap. Only commander is imported here: every command module is loaded
 * with `import()` when that command runs, so `siap --help` stays as fast as commander itself.
 */

/** What a command handler receives besides its arguments. */
export interface Invocation {
  command: string;
  args: string[];
  options: Record<string, unknown>;
}

export type Dispatch = (invocation: Invocation) => Promise<void>;

const TITLES: Record<string, string> = {
  'Usage:': 'Penggunaan:',
  'Options:': 'Opsi:',
  'Global Options:': 'Opsi global:',
  'Commands:': 'Perintah:',
  'Arguments:': 'Argumen:',
};

/** Build the commander program; `dispatch` runs a command (lazily importing its module). */
export function createProgram(lang: Lang, dispatch: Dispatch): Command {
  const w = (words: Words): string => words[lang];
  const example = (lines: string[]): string => `\n${w({ id: 'Contoh:', en: 'Examples:' })}\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

  // Settings made before the sub-commands are added are inherited by them.
  const program = new Command('siap')
    .configureHelp({
      showGlobalOptions: true,
      styleTitle: (str: string) => (lang === 'id' ? (TITLES[str] ?? str) : str),
      styleUsage: (str: string) => (lang === 'id' ? str.replace('[options]', '[opsi]').replace('[command]', '[perintah]') : str),
      styleSubcommandTerm: (str: string) => (lang === 'id' ? str.replace('[options]', '[opsi]') : str),
    })
    .helpOption('-h, --help', w({ id: 'tampilkan bantuan perintah ini', en: 'show help for this command' }))
    .helpCommand('help [perintah]', w({ id: 'tampilkan bantuan sebuah perintah', en: 'show help for a command' }))
    .exitOverride()
    .configureOutput({ outputError: () => undefined })
    .description(
      w({
        id: 'siap — asesmen kesiapan kota cerdas kabupaten/kota: rubrik YAML, penilaian, laporan PDF, pemeringkatan',
        en: 'siap — smart-city readiness assessment for Indonesian regencies and cities: YAML rubrics, scoring, PDF reports, ranking',
      }),
    )
    .version(VERSION, '-V, --version', w({ id: 'tampilkan versi', en: 'show the version' }))
    .option('--lang <lang>', w({ id: 'bahasa keluaran: id atau en (bawaan dari SIAP_LANG/LANG, lalu id)', en: 'output language: id or en (default from SIAP_LANG/LANG, else id)' }))
    .option('--debug', w({ id: 'tampilkan jejak tumpukan (stack trace) saat terjadi kesalahan', en: 'show stack traces on errors' }))
    .addHelpText(
      'after',
      example([
        'siap rubric list',
        'siap init --rubric kesiapan-kota-cerdas --regency "Gianyar" --type kabupaten -o gianyar.yaml',
        'siap assess gianyar.yaml',
        'siap score gianyar.yaml',
        'siap report gianyar.yaml -o gianyar.pdf',
        'siap batch jawaban/ --top 10 --out hasil --pdf',
      ]),
    );

  const run = (command: string) =>
    async (...params: unknown[]): Promise<void> => {
      const cmd = params.at(-1) as Command;
      const args = params.slice(0, -2).flatMap((a) => (Array.isArray(a) ? a.map(String) : a === undefined ? [] : [String(a)]));
      await dispatch({ command, args, options: { ...cmd.optsWithGlobals() } });
    };

  const rubric = program
    .command('rubric')
    .description(w({ id: 'lihat, periksa, dan ambil skema rubrik', en: 'list, inspect, validate rubrics and print their schema' }));
  rubric
    .command('list')
    .description(w({ id: 'daftar rubrik bawaan (id, versi, judul, jumlah pertanyaan)', en: 'bundled rubrics (id, version, title, question count)' }))
    .option('--json', w({ id: 'keluaran JSON', en: 'JSON output' }))
    .addHelpText('after', example(['siap rubric list']))
    .action(run('rubric-list'));
  rubric
    .command('show')
    .argument('<rubric>', w({ id: 'id rubrik bawaan atau jalur berkas', en: 'bundled rubric id or file path' }))
    .description(w({ id: 'kerangka rubrik: bagian, pertanyaan, bobot', en: 'outline of a rubric: sections, questions, weights' }))
    .option('--questions', w({ id: 'tampilkan juga setiap pertanyaan', en: 'list every question too' }))
    .addHelpText('after', example(['siap rubric show kesiapan-kota-cerdas', 'siap rubric show spbe-2020 --questions']))
    .action(run('rubric-show'));
  rubric
    .command('validate')
    .argument('<files...>', w({ id: 'berkas rubrik (.yaml/.json)', en: 'rubric files (.yaml/.json)' }))
    .description(w({ id: 'periksa rubrik; setiap masalah sebagai berkas:baris:kolom KODE pesan', en: 'check rubrics; every problem as file:line:col CODE message' }))
    .addHelpText('after', example(['siap rubric validate rubrik-saya.yaml']))
    .action(run('rubric-validate'));
  rubric
    .command('schema')
    .description(w({ id: 'cetak JSON Schema format rubrik (atau jawaban) untuk editor', en: 'print the JSON Schema of the rubric (or answers) format for editors' }))
    .option('--answers', w({ id: 'skema berkas jawaban', en: 'schema of answers files' }))
    .option('--template', w({ id: 'skema templat laporan', en: 'schema of report templates' }))
    .option('--score', w({ id: 'skema keluaran `siap score --json`', en: 'schema of `siap score --json` output' }))
    .option('-r, --rubric <rubric>', w({ id: 'skema jawaban khusus rubrik ini (id pertanyaan dan nilainya dilengkapi editor)', en: 'answers schema for this rubric (editors complete question ids and values)' }))
    .addHelpText('after', example(['siap rubric schema > siap-rubric.schema.json', 'siap rubric schema --answers > siap-answers.schema.json', 'siap rubric schema --rubric kesiapan-kota-cerdas > jawaban.schema.json']))
    .action(run('rubric-schema'));

  program
    .command('init')
    .description(w({ id: 'tulis templat jawaban penilaian mandiri (YAML berkomentar)', en: 'write a self-scoring answers template (commented YAML)' }))
    .option('-r, --rubric <rubric>', w({ id: 'id rubrik atau berkas', en: 'rubric id or file' }), 'kesiapan-kota-cerdas')
    .option('--regency <name>', w({ id: 'nama kabupaten/kota', en: 'regency or city name' }))
    .addOption(new Option('--type <type>', w({ id: 'jenis daerah', en: 'kind of region' })).choices(['kabupaten', 'kota']))
    .option('--province <name>', w({ id: 'provinsi', en: 'province' }))
    .option('--code <code>', w({ id: 'kode wilayah Kemendagri/BPS, mis. 51.04', en: 'Kemendagri/BPS region code, e.g. 51.04' }))
    .addOption(new Option('--kind <kind>', w({ id: 'jenis asesmen', en: 'assessment kind' })).choices(['self', 'assessor']).default('self'))
    .option('--profile <profile>', w({ id: 'profil pertanyaan rubrik (mis. inti)', en: 'rubric question profile (e.g. core)' }))
    .option('-o, --output <file>', w({ id: 'berkas tujuan (bawaan: jawaban-<daerah>.yaml)', en: 'output file (default: jawaban-<regency>.yaml)' }))
    .option('-f, --force', w({ id: 'timpa berkas yang sudah ada', en: 'overwrite an existing file' }))
    .addHelpText('after', example(['siap init --rubric kesiapan-kota-cerdas --regency "Kota Parepare" --type kota -o parepare.yaml']))
    .action(run('init'));

  program
    .command('assess')
    .argument('[answers]', w({ id: 'berkas jawaban (dibuat bila belum ada, dilanjutkan bila sudah ada)', en: 'answers file (created if missing, resumed if present)' }))
    .description(w({ id: 'penilaian interaktif pertanyaan demi pertanyaan; tersimpan otomatis setiap jawaban', en: 'interactive walk-through, question by question; saved after every answer' }))
    .option('-r, --rubric <rubric>', w({ id: 'id rubrik atau berkas (untuk berkas baru)', en: 'rubric id or file (for a new file)' }))
    .option('--profile <profile>', w({ id: 'profil pertanyaan rubrik', en: 'rubric question profile' }))
    .addHelpText('after', example(['siap assess gianyar.yaml', 'siap assess --rubric spbe-2020 spbe-gianyar.yaml --lang en']))
    .action(run('assess'));

  program
    .command('score')
    .argument('<answers>', w({ id: 'berkas jawaban (.yaml/.json)', en: 'answers file (.yaml/.json)' }))
    .description(w({ id: 'nilai satu berkas jawaban', en: 'score one answers file' }))
    .option('-r, --rubric <rubric>', w({ id: 'rubrik pengganti (id atau berkas)', en: 'rubric to use instead of the one named in the file' }))
    .option('--json', w({ id: 'keluaran JSON (bentuk stabil, lihat README)', en: 'JSON output (stable shape, see README)' }))
    .option('--csv', w({ id: 'keluaran CSV satu baris per bagian dan pertanyaan', en: 'CSV output, one row per section and question' }))
    .option('--explain', w({ id: 'tampilkan cara perhitungan setiap angka', en: 'show how every number was worked out' }))
    .option('--fail-under <n>', w({ id: 'keluar dengan kode 1 bila indeks di bawah n', en: 'exit 1 when the index is below n' }))
    .option('--strict', w({ id: 'rubrik yang berubah sejak jawaban dibuat menjadi kesalahan', en: 'a rubric changed since the answers were made is an error' }))
    .addHelpText('after', example(['siap score gianyar.yaml', 'siap score gianyar.yaml --json > gianyar.json', 'siap score gianyar.yaml --fail-under 70']))
    .action(run('score'));

  program
    .command('report')
    .argument('<answers>', w({ id: 'berkas jawaban', en: 'answers file' }))
    .description(w({ id: 'buat laporan PDF hasil asesmen', en: 'render the PDF assessment report' }))
    .option('-o, --output <file>', w({ id: 'berkas PDF tujuan (bawaan: nama berkas jawaban .pdf)', en: 'PDF file to write (default: answers file name with .pdf)' }))
    .option('-t, --template <template>', w({ id: 'templat laporan (id atau berkas)', en: 'report template (id or file)' }))
    .option('-r, --rubric <rubric>', w({ id: 'rubrik pengganti (id atau berkas)', en: 'rubric to use instead of the one named in the file' }))
    .option('--compare <self>', w({ id: 'berkas penilaian mandiri untuk halaman perbandingan', en: 'self-assessment file for the comparison page' }))
    .option('-f, --force', w({ id: 'timpa berkas yang sudah ada', en: 'overwrite an existing file' }))
    .option('--strict', w({ id: 'rubrik yang berubah menjadi kesalahan', en: 'a changed rubric is an error' }))
    .addHelpText('after', example(['siap report gianyar.yaml -o gianyar.pdf', 'siap report verifikasi.yaml --compare mandiri.yaml --lang en']))
    .action(run('report'));

  program
    .command('batch')
    .argument('<inputs...>', w({ id: 'berkas, folder (rekursif) atau pola glob', en: 'files, folders (recursive) or glob patterns' }))
    .description(w({ id: 'nilai banyak berkas jawaban, buat peringkat, terapkan kuota, ekspor', en: 'score many answers files, rank them, apply the quota, export' }))
    .option('-r, --rubric <rubric>', w({ id: 'rubrik pengganti (id atau berkas)', en: 'rubric to use for every file' }))
    .option('--top <n>', w({ id: 'kuota: n daerah terbaik yang lolos semua syarat ditandai terpilih', en: 'quota: the n best regencies passing every gate are marked selected' }))
    .option('--out <dir>', w({ id: 'folder keluaran untuk PDF', en: 'output folder for PDFs' }))
    .option('--pdf', w({ id: 'buat laporan PDF per daerah dan rekapitulasi', en: 'render a PDF per regency plus a recap' }))
    .option('--csv <file>', w({ id: 'tulis peringkat ke CSV', en: 'write the ranking as CSV' }))
    .option('--json <file>', w({ id: 'tulis hasil lengkap ke JSON', en: 'write full results as JSON' }))
    .option('--decimal-comma', w({ id: 'CSV dengan koma desimal dan pemisah titik koma (Excel Indonesia)', en: 'CSV with decimal commas and semicolons (Indonesian Excel)' }))
    .option('-t, --template <template>', w({ id: 'templat laporan', en: 'report template' }))
    .option('-j, --jobs <n>', w({ id: 'jumlah pekerja paralel untuk PDF (bawaan: jumlah inti CPU)', en: 'parallel workers for PDFs (default: CPU cores)' }))
    .option('-f, --force', w({ id: 'timpa berkas yang sudah ada', en: 'overwrite existing files' }))
    .option('--strict', w({ id: 'rubrik yang berubah menjadi kesalahan', en: 'a changed rubric is an error' }))
    .addHelpText(
      'after',
      w({
        id: `
Aturan peringkat:
  • urut indeks tertinggi (belum dibulatkan); bila seri: indeks pilar menurut
    urutan rubrik, lalu nama daerah, lalu jalur berkas
  • --top N: N teratas yang lolos semua syarat dan bukan hasil sementara
    ditandai "Terpilih"; yang memenuhi syarat sesudahnya "Cadangan"
  • daerah ganda (kode wilayah sama): verifikasi asesor mengalahkan penilaian
    mandiri, lalu tanggal terbaru; bila tak dapat dibedakan, semuanya ditandai
    "Ganda, belum ditentukan" dan tidak diberi peringkat
  • kode keluar 0 bila semua berkas valid; 1 bila ada yang rusak (yang lain
    tetap dinilai); 2 bila perintahnya salah`,
        en: `
Ranking rules:
  • highest unrounded index first; ties: pillar indices in the rubric's order,
    then the regency name, then the file path
  • --top N: the first N that pass every gate and are not provisional are
    "Selected"; qualifying rows after them are "Reserve"
  • duplicate regencies (same region code): an assessor verification beats a
    self-assessment, then the latest date; when they cannot be told apart, all
    are flagged "Duplicate, unresolved" and not ranked
  • exit 0 when every file is valid; 1 when some are broken (the others are
    still scored); 2 on usage errors`,
      }),
    )
    .addHelpText('after', example(['siap batch jawaban/ --top 10', 'siap batch "masuk/**/*.yaml" --top 10 --csv peringkat.csv --json hasil.json', 'siap batch jawaban/ --top 10 --pdf --out laporan/']))
    .action(run('batch'));

  program
    .command('compare')
    .argument('<a>', w({ id: 'berkas jawaban pertama (mis. penilaian mandiri, tahun lalu)', en: 'first answers file (e.g. self-assessment, last year)' }))
    .argument('<b>', w({ id: 'berkas jawaban kedua (mis. verifikasi asesor, tahun ini)', en: 'second answers file (e.g. assessor verification, this year)' }))
    .description(w({ id: 'perbedaan per pertanyaan dan per bagian antara dua asesmen', en: 'item-level difference between two assessments' }))
    .option('--json', w({ id: 'keluaran JSON', en: 'JSON output' }))
    .option('-r, --rubric <rubric>', w({ id: 'rubrik pengganti untuk B', en: 'rubric to use for B' }))
    .addHelpText('after', example(['siap compare mandiri.yaml verifikasi.yaml', 'siap compare 2025.yaml 2026.yaml --json']))
    .action(run('compare'));

  program
    .command('merge')
    .argument('<files...>', w({ id: 'berkas jawaban para asesor untuk satu daerah', en: 'assessors\' answers files for one regency' }))
    .description(w({ id: 'gabungkan penilaian beberapa asesor: kesepakatan, kappa, berkas konsensus', en: 'merge several assessors: agreement, kappa, consensus file' }))
    .requiredOption('-o, --output <file>', w({ id: 'berkas konsensus yang ditulis', en: 'consensus file to write' }))
    .addOption(new Option('--rule <rule>', w({ id: 'aturan konsensus', en: 'consensus rule' })).choices(['median', 'min']).default('median'))
    .addOption(new Option('--kappa <weights>', w({ id: 'bobot kappa', en: 'kappa weights' })).choices(['linear', 'quadratic']).default('linear'))
    .option('--json', w({ id: 'angka kesepakatan sebagai JSON', en: 'agreement figures as JSON' }))
    .option('-f, --force', w({ id: 'timpa berkas yang sudah ada', en: 'overwrite an existing file' }))
    .addHelpText('after', example(['siap merge asesor-a.yaml asesor-b.yaml asesor-c.yaml -o konsensus.yaml', 'siap assess konsensus.yaml']))
    .action(run('merge'));

  return program;
}

export const VERSION = '0.1.0';
