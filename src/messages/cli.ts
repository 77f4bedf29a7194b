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
  notice: { id: 'catatan: ', en: 'note: ' },
  hint: { id: 'saran:', en: 'hint:' },
  written: { id: 'ditulis: {file}', en: 'written: {file}' },
  reportWritten: { id: 'Laporan ditulis: {file}', en: 'Report written: {file}' },
  templateWritten: {
    id: 'Templat ditulis: {file} ({count} pertanyaan, {rubric} v{version}).\nIsi nilainya di editor, lalu periksa dengan: {siap} score {file}',
    en: 'Template written: {file} ({count} questions, {rubric} v{version}).\nFill in the values in an editor, then check with: {siap} score {file}',
  },
  /** As templateWritten, when some of its questions are asked only when another answer allows (`siap score` then counts fewer as asked). */
  templateWrittenConditional: {
    id: 'Templat ditulis: {file} ({count} pertanyaan, {conditional} di antaranya bersyarat: hanya ditanyakan bila jawaban lain memenuhi syaratnya; {rubric} v{version}).\nIsi nilainya di editor, lalu periksa dengan: {siap} score {file}',
    en: 'Template written: {file} ({count} questions, {conditional} of them conditional: asked only when another answer meets their condition; {rubric} v{version}).\nFill in the values in an editor, then check with: {siap} score {file}',
  },
  belowFailUnder: { id: 'indeks {index} di bawah batas --fail-under {limit}', en: 'index {index} is below --fail-under {limit}' },
  pdfsWritten: { id: '{count} PDF ditulis ke {dir}', en: '{count} PDF(s) written to {dir}' },
  pdfsFailed: { id: '{count} gagal', en: '{count} failed' },
  scoringProgress: { id: 'Menilai', en: 'Scoring' },
  reportsProgress: { id: 'Laporan', en: 'Reports' },
  consensusWritten: {
    id: 'Berkas konsensus ditulis: {file} — {counts}; {open} butir menunggu keputusan panel; indeks {index}',
    en: 'Consensus file written: {file} — {counts}; {open} item(s) awaiting the panel; index {index}',
  },
  schemaWritten: {
    id: 'Skema untuk editor di sampingnya: {file} (kirim hanya berkas jawabannya; VS Code dengan ekstensi YAML melengkapi id dan nilai selama keduanya satu folder).',
    en: 'Schema for editors beside it: {file} (send only the answers file; VS Code with the YAML extension completes ids and values while both share a folder).',
  },
  settleOpenItems: { id: 'Putuskan butir yang terbuka satu per satu dengan: {siap} assess {file}', en: 'Settle the open items one by one with: {siap} assess {file}' },
} satisfies Record<string, Words>;

/** The terminal view of `siap score` (and the end of `siap assess`). */
export const SCORE_WORDS = {
  context: { id: 'Profil daerah', en: 'Regency profile' },
  status: { id: 'Status', en: 'Status' },
  provisional: {
    id: 'hasil sementara: {n} pertanyaan wajib belum dijawab dan dihitung dengan nilai terendah',
    en: 'provisional: {n} required question(s) unanswered, counted as the lowest value',
  },
  /** After the word SEMENTARA / PROVISIONAL (the offline form): why, without saying it twice. */
  provisionalWhy: {
    id: '{n} pertanyaan wajib belum dijawab dan dihitung dengan nilai terendah',
    en: '{n} required question(s) unanswered, counted as the lowest value',
  },
  weightColumn: { id: 'BOBOT', en: 'WEIGHT' },
  indexColumn: { id: 'INDEKS', en: 'INDEX' },
  bandColumn: { id: 'KATEGORI', en: 'BAND' },
  mostToGain: { id: '{n} butir dengan peluang kenaikan terbesar (bila mencapai nilai tertinggi)', en: 'The {n} item(s) with the most to gain (at their top level)' },
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
  latest: { id: 'terbaru', en: 'latest' },
  context: { id: 'Profil daerah (tidak dinilai):', en: 'Regency profile (not scored):' },
  crosswalkLevels: { id: 'level {map} pada skala {scale}', en: 'levels {map} on scale {scale}' },
  migrations: { id: 'Migrasi:', en: 'Migrations:' },
  migrationFrom: { id: 'jawaban versi {from} dibawa ke versi ini dengan {rules} aturan (`{siap} migrate`)', en: 'answers of version {from} carry to this version through {rules} rules (`{siap} migrate`)' },
  status: { id: 'STATUS', en: 'STATUS' },
  otherVersions: { id: 'Versi lain: {versions} — lihat dengan `{siap} rubric show {id}@<versi>`', en: 'Other versions: {versions} — see them with `{siap} rubric show {id}@<version>`' },
  olderVersion: { id: 'Ini bukan versi terbaru; versi terbaru {latest}.', en: 'This is not the latest version; the latest is {latest}.' },
} satisfies Record<string, Words>;

/** The terminal summary of `siap batch`. */
export const BATCH_CLI_WORDS = {
  starProvisional: { id: '* sementara: ada pertanyaan wajib yang belum dijawab', en: '* provisional: some required questions are unanswered' },
  columnsLeftOut: { id: 'tidak muat di layar ini: {columns} (lihat dengan --wide atau --csv)', en: 'left out to fit this screen: {columns} (see them with --wide or --csv)' },
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
    en: 'only {selected} regency(ies) pass every gate and are not provisional; {shortfall} quota place(s) left empty',
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
    id: 'bila berkas-berkas itu sebenarnya daerah berbeda, perbaiki kode wilayah yang keliru',
    en: 'if those files are in fact different regencies, correct the wrong region code',
  },
  // Said instead when the register found something wrong with a regency's details.
  duplicatesHintWarnings: {
    id: 'bila berkas-berkas itu sebenarnya daerah berbeda, perbaiki kode wilayah yang keliru (lihat peringatan REGION_* di atas)',
    en: 'if those files are in fact different regencies, correct the wrong region code (see the REGION_* warnings above)',
  },
  // Said instead when the table and the messages go to different places (`> hasil.txt 2> pesan.txt`).
  unrankedStderr: {
    id: '{count} berkas tidak diperingkat; {problems} masalah pada berkas itu ditulis ke stderr (keluaran pesan)',
    en: '{count} file(s) not ranked; their {problems} problem(s) were written to stderr (the message output)',
  },
  // With --top: the rule behind the order and the quota, once, under the table.
  rankRule: {
    id: 'Aturan: indeks tertinggi dulu (belum dibulatkan); bila seri, indeks pilar menurut urutan rubrik, lalu nama daerah, lalu jalur berkas. Kuota {top}: hanya yang lolos semua syarat dan tidak berstatus sementara dapat Terpilih, yang memenuhi syarat sesudahnya Cadangan; daerah ganda yang tak dapat dibedakan tidak diberi peringkat.',
    en: 'Rule: highest unrounded index first; on a tie, pillar indices in the rubric\'s order, then the regency name, then the file path. Quota {top}: only rows passing every gate and not provisional can be Selected, qualifying rows after them are Reserve; duplicates that cannot be told apart are not ranked.',
  },
} satisfies Record<string, Words>;

/** Words of `siap verify`. */
export const VERIFY_WORDS = {
  identical: {
    id: '{file}: asli — dibuat ulang dari data lampirannya, sama persis byte demi byte ({document}, siap {version})',
    en: '{file}: genuine — made again from its attached data, identical byte for byte ({document}, siap {version})',
  },
  sameFigures: {
    id: '{file}: dibuat dengan siap {made} (ini siap {version}); data lampirannya utuh dan angka hasilnya sama (indeks, kategori, status, setiap bagian); byte tidak dibandingkan ({document})',
    en: '{file}: made by siap {made} (this is siap {version}); its attached data is intact and the figures agree (index, band, status, every section); bytes not compared ({document})',
  },
  dataDiffers: { id: '{file}: BERBEDA — data lampirannya tidak sama dengan yang tercatat ({document})', en: '{file}: DIFFERS — its attached data is not what was recorded ({document})' },
  figuresDiffer: { id: '{file}: BERBEDA — angka hasilnya tidak sama dengan hasil hitung ulang datanya ({document})', en: '{file}: DIFFERS — its figures are not what its data works out to ({document})' },
  bytesDiffer: {
    id: '{file}: BERBEDA — hanya byte: data dan angkanya sama, tetapi isi PDF telah diubah (teks halaman, metadata atau strukturnya) ({document})',
    en: '{file}: DIFFERS — bytes only: data and figures agree, but the PDF itself was changed (page text, metadata or structure) ({document})',
  },
  damaged: { id: '{name}: rusak, tidak dapat dibaca', en: '{name}: damaged, cannot be read' },
  changed: { id: '{name}: sha256 {now}… ≠ tercatat {recorded}…', en: '{name}: sha256 {now}… ≠ recorded {recorded}…' },
  more: { id: '… dan {count} lagi', en: '… and {count} more' },
  firstDifference: {
    id: 'perbedaan pertama pada byte ke-{at}; berkas ini {size} byte, buatan ulangnya {remade} byte',
    en: 'first difference at byte {at}; this file has {size} bytes, the one made again {remade}',
  },
  figure: { id: '{what}: {recorded} → {now} (tercatat → hitung ulang)', en: '{what}: {recorded} → {now} (recorded → worked out again)' },
} satisfies Record<string, Words>;

/** The figures `siap verify` compares, by name. */
export const FIGURE_WORDS: Record<import('../report/identity.js').FigureChange['what'], Words> = {
  index: { id: 'indeks', en: 'index' },
  band: { id: 'kategori', en: 'band' },
  recommended: { id: 'direkomendasikan', en: 'recommended' },
  provisional: { id: 'sementara', en: 'provisional' },
  gate: { id: 'syarat {id}', en: 'gate {id}' },
  node: { id: 'indeks {id}', en: 'index of {id}' },
  'node-band': { id: 'kategori {id}', en: 'band of {id}' },
};
