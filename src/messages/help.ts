import type { Words } from '../i18n.js';

/** The words of `siap --help` and of every command's help, in both languages. */
export const HELP = {
  common: {
    examples: { id: 'Contoh:', en: 'Examples:' },
    options: { id: '[opsi]', en: '[options]' },
    command: { id: '[perintah]', en: '[command]' },
    allowRubricFile: {
      id: 'ikuti `rubric.file` berkas jawaban ke mana pun ia menunjuk (jalur absolut, ..); hanya untuk berkas Anda sendiri',
      en: 'follow an answers file\'s `rubric.file` wherever it points (absolute paths, ..); only for your own files',
    },
    // What commander adds after a description, in the help's language: `(pilihan: kabupaten, kota)`.
    choices: { id: 'pilihan: {list}', en: 'choices: {list}' },
    default: { id: 'bawaan: {value}', en: 'default: {value}' },
    preset: { id: 'tanpa nilai: {value}', en: 'without a value: {value}' },
    env: { id: 'atau variabel lingkungan {name}', en: 'or the environment variable {name}' },
  },
  program: {
    help: { id: 'tampilkan bantuan perintah ini', en: 'show help for this command' },
    helpCommand: { id: 'tampilkan bantuan sebuah perintah', en: 'show help for a command' },
    description: { id: 'siap — asesmen kesiapan kota cerdas kabupaten/kota: rubrik YAML, penilaian, laporan PDF, pemeringkatan', en: 'siap — smart-city readiness assessment for Indonesian regencies and cities: YAML rubrics, scoring, PDF reports, ranking' },
    version: { id: 'tampilkan versi', en: 'show the version' },
    lang: { id: 'bahasa keluaran: id atau en (bawaan dari SIAP_LANG/LANG, lalu id)', en: 'output language: id or en (default from SIAP_LANG/LANG, else id)' },
    debug: { id: 'tampilkan jejak tumpukan (stack trace) saat terjadi kesalahan', en: 'show stack traces on errors' },
  },
  rubric: {
    description: { id: 'lihat, periksa, dan ambil skema rubrik', en: 'list, inspect, validate rubrics and print their schema' },
  },
  rubricList: {
    description: { id: 'daftar rubrik bawaan (id, versi, judul, jumlah pertanyaan)', en: 'bundled rubrics (id, version, title, question count)' },
    json: { id: 'keluaran JSON', en: 'JSON output' },
  },
  rubricShow: {
    argRubric: { id: 'id rubrik bawaan atau jalur berkas', en: 'bundled rubric id or file path' },
    description: { id: 'kerangka rubrik: bagian, pertanyaan, bobot', en: 'outline of a rubric: sections, questions, weights' },
    questions: { id: 'tampilkan juga setiap pertanyaan', en: 'list every question too' },
  },
  rubricValidate: {
    argFiles: { id: 'berkas rubrik (.yaml/.json)', en: 'rubric files (.yaml/.json)' },
    description: { id: 'periksa rubrik; setiap masalah sebagai berkas:baris:kolom KODE pesan', en: 'check rubrics; every problem as file:line:col CODE message' },
  },
  rubricSchema: {
    description: { id: 'cetak JSON Schema format rubrik (atau jawaban) untuk editor', en: 'print the JSON Schema of the rubric (or answers) format for editors' },
    answers: { id: 'skema berkas jawaban', en: 'schema of answers files' },
    template: { id: 'skema templat laporan', en: 'schema of report templates' },
    score: { id: 'skema keluaran `siap score --json`', en: 'schema of `siap score --json` output' },
    rubric: { id: 'skema jawaban khusus rubrik ini (id pertanyaan dan nilainya dilengkapi editor)', en: 'answers schema for this rubric (editors complete question ids and values)' },
  },
  init: {
    description: { id: 'tulis templat jawaban penilaian mandiri (YAML berkomentar)', en: 'write a self-scoring answers template (commented YAML)' },
    rubric: { id: 'id rubrik atau berkas', en: 'rubric id or file' },
    regency: { id: 'nama kabupaten/kota', en: 'regency or city name' },
    type: { id: 'jenis daerah', en: 'kind of region' },
    province: { id: 'provinsi', en: 'province' },
    code: { id: 'kode wilayah Kemendagri/BPS, mis. 51.04', en: 'Kemendagri/BPS region code, e.g. 51.04' },
    kind: { id: 'jenis asesmen', en: 'assessment kind' },
    profile: { id: 'profil pertanyaan rubrik (mis. inti)', en: 'rubric question profile (e.g. core)' },
    output: { id: 'berkas tujuan (bawaan: jawaban-<daerah>.yaml)', en: 'output file (default: jawaban-<regency>.yaml)' },
    schema: {
      id: 'tulis juga skema JSON rubrik di samping berkas jawaban (<rubrik>.answers.schema.json), agar editor melengkapi id dan nilai',
      en: "also write the rubric's JSON Schema beside the answers file (<rubric>.answers.schema.json), so editors complete ids and values",
    },
    force: { id: 'timpa berkas yang sudah ada', en: 'overwrite an existing file' },
  },
  assess: {
    argAnswers: { id: 'berkas jawaban (dibuat bila belum ada, dilanjutkan bila sudah ada)', en: 'answers file (created if missing, resumed if present)' },
    description: { id: 'penilaian interaktif pertanyaan demi pertanyaan; tersimpan otomatis setiap jawaban', en: 'interactive walk-through, question by question; saved after every answer' },
    rubric: { id: 'id rubrik atau berkas (untuk berkas baru)', en: 'rubric id or file (for a new file)' },
    profile: { id: 'profil pertanyaan rubrik', en: 'rubric question profile' },
    regency: { id: 'nama kabupaten/kota (mengisi awal data berkas baru)', en: 'regency or city name (pre-fills a new file\'s details)' },
    type: { id: 'jenis daerah', en: 'kind of region' },
    province: { id: 'provinsi', en: 'province' },
    code: { id: 'kode wilayah Kemendagri/BPS, mis. 51.04', en: 'Kemendagri/BPS region code, e.g. 51.04' },
    kind: { id: 'jenis asesmen', en: 'assessment kind' },
  },
  score: {
    argAnswers: { id: 'berkas jawaban (.yaml/.json)', en: 'answers file (.yaml/.json)' },
    description: { id: 'nilai satu berkas jawaban', en: 'score one answers file' },
    rubric: { id: 'rubrik pengganti (id atau berkas)', en: 'rubric to use instead of the one named in the file' },
    json: { id: 'keluaran JSON (bentuk stabil, lihat README)', en: 'JSON output (stable shape, see README)' },
    csv: { id: 'keluaran CSV satu baris per bagian dan pertanyaan', en: 'CSV output, one row per section and question' },
    explain: { id: 'tampilkan cara perhitungan setiap angka', en: 'show how every number was worked out' },
    failUnder: { id: 'keluar dengan kode 1 bila indeks di bawah n', en: 'exit 1 when the index is below n' },
    strict: { id: 'rubrik yang berubah sejak jawaban dibuat, dan data daerah yang tidak sesuai daftar resmi, menjadi kesalahan', en: 'a rubric changed since the answers were made, and regency details that do not match the official list, are errors' },
    xlsx: { id: 'tulis juga buku kerja Excel (peringkat, skor pilar/elemen, matriks pertanyaan, metode)', en: 'also write an Excel workbook (ranking, pillar/element scores, question matrix, method)' },
    force: { id: 'timpa buku kerja yang sudah ada', en: 'overwrite an existing workbook' },
  },
  report: {
    argAnswers: { id: 'berkas jawaban', en: 'answers file' },
    description: { id: 'buat laporan PDF hasil asesmen', en: 'render the PDF assessment report' },
    output: { id: 'berkas PDF tujuan (bawaan: nama berkas jawaban .pdf)', en: 'PDF file to write (default: answers file name with .pdf)' },
    template: { id: 'templat laporan (id atau berkas)', en: 'report template (id or file)' },
    rubric: { id: 'rubrik pengganti (id atau berkas)', en: 'rubric to use instead of the one named in the file' },
    compare: { id: 'berkas penilaian mandiri untuk halaman perbandingan', en: 'self-assessment file for the comparison page' },
    force: { id: 'timpa berkas yang sudah ada', en: 'overwrite an existing file' },
    strict: { id: 'rubrik yang berubah, dan data daerah yang tidak sesuai daftar resmi, menjadi kesalahan', en: 'a changed rubric, and regency details that do not match the official list, are errors' },
  },
  verify: {
    argReport: { id: 'laporan PDF yang dibuat siap (laporan daerah atau rekapitulasi)', en: 'a PDF siap made (a regency report or a recap)' },
    description: {
      id: 'periksa keaslian laporan PDF: buat ulang dari lampirannya dan bandingkan',
      en: 'check a PDF report: re-derive it from its attachments and compare',
    },
    rules: {
      id: `
Kode keluar: 0 bila sama persis (atau, untuk laporan dari versi siap lain,
bila data dan angka hasilnya sama); 1 bila berbeda (data, angka, atau hanya
byte); 2 bila bukan laporan siap atau lampirannya hilang`,
      en: `
Exit codes: 0 when identical (or, for a report made by another siap version,
when its data and figures agree); 1 when it differs (data, figures, or bytes
only); 2 when it is not a siap report or its attachments are missing`,
    },
  },
  batch: {
    argInputs: { id: 'berkas, folder (rekursif) atau pola glob', en: 'files, folders (recursive) or glob patterns' },
    description: { id: 'nilai banyak berkas jawaban, buat peringkat, terapkan kuota, ekspor', en: 'score many answers files, rank them, apply the quota, export' },
    rubric: { id: 'rubrik pengganti (id atau berkas)', en: 'rubric to use for every file' },
    top: { id: 'kuota: n daerah terbaik yang lolos semua syarat ditandai terpilih', en: 'quota: the n best regencies passing every gate are marked selected' },
    out: { id: 'folder keluaran untuk PDF', en: 'output folder for PDFs' },
    pdf: { id: 'buat laporan PDF per daerah dan rekapitulasi', en: 'render a PDF per regency plus a recap' },
    csv: { id: 'tulis peringkat ke CSV (- untuk stdout, tanpa tabel)', en: 'write the ranking as CSV (- for stdout, without the table)' },
    json: { id: 'tulis hasil lengkap ke JSON (- untuk stdout, tanpa tabel)', en: 'write full results as JSON (- for stdout, without the table)' },
    xlsx: { id: 'tulis buku kerja Excel: peringkat, skor per pilar/elemen, matriks daerah × pertanyaan, berkas bermasalah, metode', en: 'write an Excel workbook: ranking, scores per pillar/element, regency × question matrix, problem files, method' },
    province: { id: 'hanya daerah di provinsi ini (nama atau kode dua angka; pisahkan dengan koma)', en: 'only the regencies of these provinces (names or two-digit codes, comma-separated)' },
    byProvince: { id: 'kelompokkan baris per provinsi di semua keluaran (peringkat nasional tetap)', en: 'group the rows by province in every output (the national rank stays)' },
    decimalComma: { id: 'CSV dengan koma desimal dan pemisah titik koma (Excel Indonesia)', en: 'CSV with decimal commas and semicolons (Indonesian Excel)' },
    template: { id: 'templat laporan', en: 'report template' },
    date: { id: 'tanggal rekapitulasi (TTTT-BB-HH; bawaan: tanggal asesmen terbaru)', en: 'date of the recap (YYYY-MM-DD; default: the latest assessment date)' },
    jobs: { id: 'jumlah pekerja paralel untuk penilaian dan PDF (bawaan: jumlah inti CPU, tetapi 1 untuk menilai kurang dari 1.000 berkas dan untuk kurang dari 100 PDF)', en: 'parallel workers for scoring and PDFs (default: CPU cores, but 1 for scoring under 1,000 files and for under 100 PDFs)' },
    wide: { id: 'tabel peringkat dengan semua kolom, selebar apa pun terminalnya', en: 'the ranking table with every column, whatever the terminal width' },
    force: { id: 'timpa berkas yang sudah ada', en: 'overwrite existing files' },
    strict: { id: 'rubrik yang berubah, dan data daerah yang tidak sesuai daftar resmi, menjadi kesalahan', en: 'a changed rubric, and regency details that do not match the official list, are errors' },
    rules: { id: `
Aturan peringkat:
  • urut indeks tertinggi (belum dibulatkan); bila seri: indeks pilar menurut
    urutan rubrik, lalu nama daerah, lalu jalur berkas
  • --top N: N teratas yang lolos semua syarat dan bukan hasil sementara
    ditandai "Terpilih"; yang memenuhi syarat sesudahnya "Cadangan"
  • daerah ganda (kode wilayah sama; tanpa kode: kode dari daftar resmi
    menurut nama): verifikasi asesor mengalahkan penilaian mandiri, lalu
    tanggal terbaru; bila tak dapat dibedakan, semuanya ditandai
    "Ganda, belum ditentukan" dan tidak diberi peringkat
  • kode keluar 0 bila semua berkas valid; 1 bila ada yang rusak (yang lain
    tetap dinilai); 2 bila perintahnya salah`, en: `
Ranking rules:
  • highest unrounded index first; ties: pillar indices in the rubric's order,
    then the regency name, then the file path
  • --top N: the first N that pass every gate and are not provisional are
    "Selected"; qualifying rows after them are "Reserve"
  • duplicate regencies (same region code; without one, the official list's
    code for the name): an assessor verification beats a self-assessment, then
    the latest date; when they cannot be told apart, all are flagged
    "Duplicate, undecided" and not ranked
  • exit 0 when every file is valid; 1 when some are broken (the others are
    still scored); 2 on usage errors` },
  },
  compare: {
    argA: { id: 'berkas jawaban pertama (mis. penilaian mandiri, tahun lalu)', en: 'first answers file (e.g. self-assessment, last year)' },
    argB: { id: 'berkas jawaban kedua (mis. verifikasi asesor, tahun ini)', en: 'second answers file (e.g. assessor verification, this year)' },
    description: { id: 'perbedaan per pertanyaan dan per bagian antara dua asesmen', en: 'item-level difference between two assessments' },
    json: { id: 'keluaran JSON', en: 'JSON output' },
    rubric: { id: 'rubrik pengganti untuk B', en: 'rubric to use for B' },
  },
  merge: {
    argFiles: { id: 'berkas jawaban para asesor untuk satu daerah', en: 'assessors\' answers files for one regency' },
    description: { id: 'gabungkan penilaian beberapa asesor: kesepakatan, kappa, berkas konsensus', en: 'merge several assessors: agreement, kappa, consensus file' },
    output: { id: 'berkas konsensus yang ditulis', en: 'consensus file to write' },
    rule: { id: 'aturan konsensus', en: 'consensus rule' },
    kappa: { id: 'bobot kappa', en: 'kappa weights' },
    json: { id: 'angka kesepakatan sebagai JSON', en: 'agreement figures as JSON' },
    force: { id: 'timpa berkas yang sudah ada', en: 'overwrite an existing file' },
  },
  form: {
    argAnswers: { id: 'berkas jawaban untuk mengisi formulir lebih dulu (mis. tahun lalu, atau dari `siap init`)', en: 'answers file to pre-fill the form from (e.g. last year\'s, or one from `siap init`)' },
    description: { id: 'tulis kuesioner penilaian mandiri dalam satu berkas HTML yang berjalan tanpa internet dan menyimpan berkas jawaban', en: 'write the self-assessment questionnaire as one HTML file that works offline and saves an answers file' },
    rubric: { id: 'id rubrik atau berkas (bawaan: kesiapan-kota-cerdas, atau rubrik berkas jawaban)', en: 'rubric id or file (default: kesiapan-kota-cerdas, or the answers file\'s rubric)' },
    output: { id: 'berkas HTML tujuan (bawaan: formulir-<daerah>.html)', en: 'HTML file to write (default: form-<regency>.html)' },
    force: { id: 'timpa berkas yang sudah ada', en: 'overwrite an existing file' },
  },
  migrate: {
    argAnswers: { id: 'berkas jawaban versi lama (tidak diubah)', en: 'answers file of an older version (left unchanged)' },
    description: { id: 'bawa jawaban ke versi rubrik yang lebih baru, dengan laporan per pertanyaan', en: 'carry answers to a newer rubric version, with a per-question report' },
    to: { id: 'versi tujuan (mis. 1.1.0) atau berkas rubrik; bawaan: versi bawaan terbaru', en: 'target version (e.g. 1.1.0) or rubric file; default: the latest bundled version' },
    output: { id: 'berkas jawaban baru (bawaan: <nama>-<versi>.yaml di samping berkas lama)', en: 'new answers file (default: <name>-<version>.yaml beside the old one)' },
    json: { id: 'laporan migrasi sebagai JSON', en: 'migration report as JSON' },
    force: { id: 'timpa berkas keluaran yang sudah ada', en: 'overwrite an existing output file' },
  },
} satisfies Record<string, Record<string, Words>>;

/**
 * The names of what a user types, as help and usage errors show them: `<berkas...>` for an
 * argument, `--output <berkas>` for an option's value, `argumen wajib belum diisi: jawaban`. Every
 * `.argument()` and every option value in program.ts takes its name from this table, so help and
 * errors are in one language throughout (test/cli/help.test.ts checks every command).
 */
export const HELP_VALUES = {
  answers: { id: 'jawaban', en: 'answers' },
  file: { id: 'berkas', en: 'file' },
  files: { id: 'berkas', en: 'files' },
  inputs: { id: 'berkas', en: 'inputs' },
  rubric: { id: 'rubrik', en: 'rubric' },
  template: { id: 'templat', en: 'template' },
  profile: { id: 'profil', en: 'profile' },
  name: { id: 'nama', en: 'name' },
  type: { id: 'jenis', en: 'type' },
  kind: { id: 'jenis', en: 'kind' },
  code: { id: 'kode', en: 'code' },
  provinces: { id: 'provinsi', en: 'provinces' },
  date: { id: 'tanggal', en: 'date' },
  report: { id: 'laporan', en: 'report' },
  target: { id: 'tujuan', en: 'target' },
  dir: { id: 'folder', en: 'dir' },
  self: { id: 'mandiri', en: 'self' },
  rule: { id: 'aturan', en: 'rule' },
  weights: { id: 'bobot', en: 'weights' },
  lang: { id: 'bahasa', en: 'lang' },
  command: { id: 'perintah', en: 'command' },
  n: { id: 'n', en: 'n' },
  // `argumen wajib belum diisi: jawaban-b` says which file is missing; a bare `b` did not.
  a: { id: 'jawaban-a', en: 'answers-a' },
  b: { id: 'jawaban-b', en: 'answers-b' },
} satisfies Record<string, Words>;

/** Commander's section titles, in both languages. */
export const HELP_TITLES: Record<string, Words> = {
  'Usage:': { id: 'Penggunaan:', en: 'Usage:' },
  'Options:': { id: 'Opsi:', en: 'Options:' },
  'Global Options:': { id: 'Opsi global:', en: 'Global Options:' },
  'Commands:': { id: 'Perintah:', en: 'Commands:' },
  'Arguments:': { id: 'Argumen:', en: 'Arguments:' },
};
