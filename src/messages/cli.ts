import type { Words } from '../i18n.js';

/** What the commands say about their own work (files written, results, interruptions). */
export const CLI_WORDS = {
  didYouMeanOption: { id: ' (mungkin maksudnya {guess}?)', en: ' (did you mean {guess}?)' },
  interrupted: { id: 'Dibatalkan. Berkas yang sudah selesai tetap utuh.', en: 'Cancelled. Finished files are intact.' },
  interruptedRemoved: {
    id: 'Dibatalkan. Berkas yang sudah selesai tetap utuh; {removed} berkas sementara dihapus.',
    en: 'Cancelled. Finished files are intact; {removed} temporary file(s) removed.',
  },
  warning: { id: 'peringatan: ', en: 'warning: ' },
  hint: { id: 'saran:', en: 'hint:' },
  written: { id: 'ditulis: {file}', en: 'written: {file}' },
  reportWritten: { id: 'Laporan ditulis: {file}', en: 'Report written: {file}' },
  templateWritten: {
    id: 'Templat ditulis: {file} ({count} pertanyaan, {rubric} v{version}).\nIsi nilainya di editor, lalu periksa dengan: siap score {file}',
    en: 'Template written: {file} ({count} questions, {rubric} v{version}).\nFill in the values in an editor, then check with: siap score {file}',
  },
  belowFailUnder: { id: 'indeks {index} di bawah batas --fail-under {limit}', en: 'index {index} is below --fail-under {limit}' },
  pdfsWritten: { id: '{count} PDF ditulis ke {dir}', en: '{count} PDF(s) written to {dir}' },
  pdfsFailed: { id: '{count} gagal', en: '{count} failed' },
  scoringProgress: { id: 'Menilai', en: 'Scoring' },
  reportsProgress: { id: 'Laporan', en: 'Reports' },
  consensusWritten: {
    id: 'Berkas konsensus ditulis: {file} — {agreed} butir disepakati, {open} menunggu keputusan panel; indeks {index}',
    en: 'Consensus file written: {file} — {agreed} item(s) agreed, {open} awaiting the panel; index {index}',
  },
  settleOpenItems: { id: 'Putuskan butir yang terbuka satu per satu dengan: siap assess {file}', en: 'Settle the open items one by one with: siap assess {file}' },
} satisfies Record<string, Words>;

/** The terminal view of `siap score` (and the end of `siap assess`). */
export const SCORE_WORDS = {
  status: { id: 'Status', en: 'Status' },
  provisional: {
    id: 'hasil sementara: {n} pertanyaan wajib belum dijawab dan dihitung dengan nilai terendah',
    en: 'provisional: {n} required question(s) unanswered, counted as the lowest value',
  },
  weightColumn: { id: 'BOBOT', en: 'WEIGHT' },
  indexColumn: { id: 'INDEKS', en: 'INDEX' },
  bandColumn: { id: 'KATEGORI', en: 'BAND' },
  mostToGain: { id: '5 butir dengan peluang kenaikan terbesar (bila mencapai nilai tertinggi)', en: '5 items with the most to gain (at their top level)' },
  gain: { id: '(+{gain} poin indeks)', en: '(+{gain} index points)' },
  now: { id: 'saat ini:', en: 'now:' },
  workedOut: { id: 'Cara perhitungan', en: 'How the score was worked out' },
  imputed: { id: 'belum dijawab → terendah', en: 'unanswered → lowest' },
  points: { id: '{points}/{max} poin', en: '{points}/{max} points' },
  notCounted: { id: 'tidak dihitung: {list}', en: 'not counted: {list}' },
  percentRule: {
    id: 'Nilai pertanyaan = (poin − poin minimum) / (poin maksimum − poin minimum) × 100. Pembulatan hanya saat ditampilkan.',
    en: 'Question value = (points − min points) / (max points − min points) × 100. Rounded only for display.',
  },
  scaleRule: {
    id: 'Nilai pertanyaan level = nilai levelnya ({lower}–{upper}). Indeks dihitung dari nilai yang belum dibulatkan.',
    en: "A level question's value is its level ({lower}–{upper}). The index is computed from unrounded values.",
  },
} satisfies Record<string, Words>;

/** `siap rubric list | show | validate`. */
export const RUBRIC_CLI_WORDS = {
  id: { id: 'ID', en: 'ID' },
  version: { id: 'VERSI', en: 'VERSION' },
  questions: { id: 'PERTANYAAN', en: 'QUESTIONS' },
  title: { id: 'JUDUL', en: 'TITLE' },
  sectionQuestion: { id: 'BAGIAN / PERTANYAAN', en: 'SECTION / QUESTION' },
  kind: { id: 'JENIS', en: 'KIND' },
  weight: { id: 'BOBOT', en: 'WEIGHT' },
  share: { id: 'PORSI', en: 'SHARE' },
  conditional: { id: 'bersyarat', en: 'conditional' },
  gates: { id: 'Syarat rekomendasi:', en: 'Gates for the recommendation:' },
  tierOf: { id: 'bagian tingkat {n}', en: 'level-{n} sections' },
  counts: { id: '{questions} pertanyaan, {scales} skala, {gates} syarat', en: '{questions} questions, {scales} scales, {gates} gates' },
} satisfies Record<string, Words>;

/** The terminal summary of `siap batch`. */
export const BATCH_CLI_WORDS = {
  noName: { id: '(tanpa nama)', en: '(no name)' },
  files: { id: '{files} berkas: {valid} valid, {broken} rusak', en: '{files} files: {valid} valid, {broken} broken' },
  filesOtherRubric: { id: '{files} berkas: {valid} valid, {broken} rusak, {otherRubric} rubrik lain', en: '{files} files: {valid} valid, {broken} broken, {otherRubric} for another rubric' },
  ranked: { id: '{ranked} diperingkat', en: '{ranked} ranked' },
  selected: { id: '{selected} terpilih dari kuota {top}', en: '{selected} selected of a quota of {top}' },
  duplicate: { id: '{count} daerah ganda', en: '{count} duplicated regency' },
  duplicates: { id: '{count} daerah ganda', en: '{count} duplicated regencies' },
  shortfallNone: {
    id: 'tidak ada daerah yang lolos semua syarat dan tidak berstatus sementara; {shortfall} tempat kuota tidak terisi',
    en: 'no regency passes every gate while not provisional; {shortfall} quota place(s) left empty',
  },
  shortfall: {
    id: 'hanya {selected} daerah lolos semua syarat dan tidak berstatus sementara; {shortfall} tempat kuota tidak terisi',
    en: 'only {selected} regencies pass every gate and are not provisional; {shortfall} quota place(s) left empty',
  },
  unranked: { id: '{count} berkas tidak diperingkat (lihat pesan di atas)', en: '{count} file(s) not ranked (see the messages above)' },
  outside: { id: '{count} berkas di luar provinsi yang dipilih dilewati', en: '{count} file(s) outside the chosen provinces left out' },
  code: { id: 'Kode', en: 'Code' },
  provinceHeading: { id: '── {province} · {count} daerah diperingkat', en: '── {province} · {count} ranked' },
  unknownProvince: { id: '(provinsi tidak diketahui)', en: '(province unknown)' },
  duplicatesHeading: { id: 'Daerah dengan lebih dari satu berkas ({count}):', en: 'Regencies with more than one file ({count}):' },
  groupByCode: { id: 'kode {code} · {name}: {files}', en: 'code {code} · {name}: {files}' },
  groupByName: { id: '{name}{where} (tanpa kode wilayah): {files}', en: '{name}{where} (no region code): {files}' },
  countsAssessor: { id: 'yang berlaku: {file} (verifikasi asesor mengalahkan penilaian mandiri)', en: 'counts: {file} (an assessor verification beats a self-assessment)' },
  countsDate: { id: 'yang berlaku: {file} (tanggal asesmen terbaru, {date})', en: 'counts: {file} (the latest assessment date, {date})' },
  undecided: {
    id: 'belum ditentukan: jenis asesmen dan tanggalnya sama, jadi tidak ada yang diperingkat; hapus berkas yang berlebih',
    en: 'undecided: same assessment kind and date, so none is ranked; remove the extra file',
  },
  duplicatesHint: {
    id: 'bila berkas-berkas itu sebenarnya daerah berbeda, perbaiki kode wilayah yang keliru (lihat peringatan REGION_* di atas)',
    en: 'if those files are in fact different regencies, correct the wrong region code (see the REGION_* warnings above)',
  },
} satisfies Record<string, Words>;
