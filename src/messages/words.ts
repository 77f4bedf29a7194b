import type { QuestionKind } from '../rubric/model.js';
import type { Lang, Words } from '../i18n.js';

/** Words shared by the terminal, the template and the report. */
export const KIND_WORDS: Record<QuestionKind, Words> = {
  level: { id: 'level', en: 'level' },
  boolean: { id: 'ya/tidak', en: 'yes/no' },
  choice: { id: 'pilihan', en: 'choice' },
  multi: { id: 'pilihan ganda', en: 'multiple choice' },
  number: { id: 'angka', en: 'number' },
  text: { id: 'teks', en: 'text' },
  list: { id: 'daftar', en: 'list' },
};

export const WORDS = {
  yes: { id: 'Ya', en: 'Yes' },
  no: { id: 'Tidak', en: 'No' },
  na: { id: 'Tidak berlaku (N/A)', en: 'Not applicable (N/A)' },
  naShort: { id: 'N/A', en: 'N/A' },
  unanswered: { id: 'belum dijawab', en: 'unanswered' },
  hidden: { id: 'tidak ditampilkan (syarat tidak terpenuhi)', en: 'hidden (condition not met)' },
  weight: { id: 'bobot', en: 'weight' },
  questions: { id: 'pertanyaan', en: 'questions' },
  question: { id: 'pertanyaan', en: 'question' },
  sections: { id: 'bagian', en: 'sections' },
  index: { id: 'Indeks', en: 'Index' },
  band: { id: 'Kategori', en: 'Band' },
  coverage: { id: 'Cakupan', en: 'Coverage' },
  provisional: { id: 'SEMENTARA', en: 'PROVISIONAL' },
  recommended: { id: 'Direkomendasikan', en: 'Recommended' },
  notRecommended: { id: 'Belum direkomendasikan', en: 'Not recommended' },
  kabupaten: { id: 'Kabupaten', en: 'Regency' },
  kota: { id: 'Kota', en: 'City' },
  self: { id: 'Penilaian mandiri', en: 'Self-assessment' },
  assessor: { id: 'Verifikasi asesor', en: 'Assessor verification' },
  onsite: { id: 'Kunjungan lapangan', en: 'On-site visit' },
  online: { id: 'Daring (video)', en: 'Online (video)' },
  percent: { id: 'persen 0–100', en: 'percentage 0–100' },
  noRegencyName: { id: '(nama daerah belum diisi)', en: '(regency name not filled in)' },
  scale: { id: 'skala level', en: 'level scale' },
} satisfies Record<string, Words>;

/** The name of each language, in each language (e.g. the language an answers file's keys are in). */
export const LANGUAGE_NAMES = {
  id: { id: 'bahasa Indonesia', en: 'Indonesian' },
  en: { id: 'bahasa Inggris', en: 'English' },
} satisfies Record<Lang, Words>;

/** Words of answers, gates and coverage (messages/present.ts), shared by the terminal, the report and compare. */
export const PRESENT_WORDS = {
  noRows: { id: '(tidak ada baris)', en: '(no rows)' },
  noneSelected: { id: '(tidak ada yang dipilih)', en: '(none selected)' },
  // The one way ranges of numbers are written (assess, init's template, the form, messages).
  range: { id: 'rentang {min}–{max}', en: 'range {min}–{max}' },
  atLeast: { id: 'minimal {min}', en: 'at least {min}' },
  outsideProfile: { id: 'di luar profil', en: 'outside the profile' },
  assessorOnly: { id: 'khusus asesor (tidak ditanyakan dalam penilaian mandiri)', en: 'for assessors only (not asked in a self-assessment)' },
  unansweredImputed: { id: 'belum dijawab (dihitung nilai terendah)', en: 'unanswered (counted as lowest)' },
  required: { id: 'syarat {rule}', en: 'required {rule}' },
  gateUnanswered: { id: '{id} belum dijawab ({rule})', en: '{id} is unanswered ({rule})' },
  gateNa: { id: '{id} dijawab N/A ({rule})', en: '{id} is N/A ({rule})' },
  gateHidden: { id: '{id} tidak ditanyakan ({rule})', en: '{id} was not asked ({rule})' },
  indexNotYet: { id: 'indeks belum dapat dihitung', en: 'the index cannot be computed yet' },
  noData: { id: 'belum ada data', en: 'no data yet' },
  lowest: { id: 'terendah {value}', en: 'lowest {value}' },
  // The one way questions are counted everywhere (assess, score, merge, report).
  countAsked: { id: '{n} ditanyakan', en: '{n} asked' },
  countAnswered: { id: '{n} dijawab', en: '{n} answered' },
  countNa: { id: '{n} N/A', en: '{n} N/A' },
  countScored: { id: '{n} dinilai', en: '{n} scored' },
  countAll: { id: '{n} di rubrik', en: '{n} in the rubric' },
  // A consensus file written by `siap merge` (score and report say so).
  consensusLabel: { id: 'Konsensus', en: 'Consensus' },
  consensusOf: { id: 'panel {n} asesor, digabung dengan siap merge (aturan {rule})', en: 'a panel of {n} assessors, merged with siap merge ({rule} rule)' },
  consensusOfOld: { id: 'panel {n} asesor, digabung dengan siap merge', en: 'a panel of {n} assessors, merged with siap merge' },
  consensusAgreement: { id: 'kesepakatan {agreed} dari {compared} butir dinilai ({percent})', en: 'agreement on {agreed} of {compared} scored items ({percent})' },
  consensusKappa: { id: 'kappa berbobot {kappa} ({weighting})', en: 'weighted kappa {kappa} ({weighting})' },
  consensusDecided: { id: 'diputuskan panel: {list}', en: 'decided by the panel: {list}' },
  consensusOpen: { id: 'menunggu panel: {list}', en: 'awaiting the panel: {list}' },
  consensusAgreementLabel: { id: 'Kesepakatan asesor', en: 'Assessor agreement' },
  consensusDecisionsLabel: { id: 'Keputusan panel', en: "Panel's decisions" },
  consensusNothingOpen: { id: 'tidak ada butir yang perlu diputuskan panel', en: 'no item needed the panel' },
  ruleMedian: { id: 'median', en: 'median' },
  ruleMin: { id: 'minimum', en: 'minimum' },
  weightingLinear: { id: 'linear', en: 'linear' },
  weightingQuadratic: { id: 'kuadratik', en: 'quadratic' },
  coverage: { id: '{answered} dari {applicable} {questions} dijawab', en: '{answered} of {applicable} {questions} answered' },
  notAsked: { id: '{count} tidak ditanyakan', en: '{count} not asked' },
} satisfies Record<string, Words>;

/** `Kabupaten Gianyar`, `Kota Parepare` — the way Indonesian documents name a region. */
export function regencyDisplayName(regency: { name: string; kind?: 'kabupaten' | 'kota' }): string {
  const name = regency.name.trim();
  if (!regency.kind) return name;
  // "Kabupaten"/"Kota" is part of the official name in both languages; do not repeat it.
  const prefix = WORDS[regency.kind].id;
  return name.toLowerCase().startsWith(prefix.toLowerCase()) ? name : `${prefix} ${name}`;
}

/** What the YAML library's error codes mean, in words a regency team can act on. */
export const YAML_DETAIL: Record<string, Words> = {
  BAD_INDENT: { id: 'indentasi tidak sejajar atau kurung tidak ditutup', en: 'indentation is out of line or a bracket is not closed' },
  MISSING_CHAR: { id: 'ada tanda yang kurang (tanda kutip penutup, titik dua, atau kurung)', en: 'a character is missing (closing quote, colon or bracket)' },
  BLOCK_AS_IMPLICIT_KEY: { id: 'struktur tidak sejajar: periksa indentasi dan titik dua', en: 'structure is out of line: check the indentation and colons' },
  MULTILINE_IMPLICIT_KEY: { id: 'kunci harus berada dalam satu baris', en: 'a key must fit on one line' },
  UNEXPECTED_TOKEN: { id: 'ada tanda yang tidak diharapkan di sini', en: 'unexpected character here' },
  BAD_SCALAR_START: { id: 'nilai tidak boleh diawali tanda ini; beri tanda kutip', en: 'a value cannot start with this character; quote it' },
  BAD_DQ_ESCAPE: { id: 'karakter escape tidak sah di dalam tanda kutip ganda', en: 'invalid escape inside double quotes' },
  BLOCK_IN_FLOW: { id: 'blok tidak boleh berada di dalam [ ] atau { }', en: 'a block cannot sit inside [ ] or { }' },
  BAD_ALIAS: { id: 'alias (*nama) tidak sah', en: 'invalid alias (*name)' },
  KEY_OVER_1024_CHARS: { id: 'kunci lebih dari 1024 karakter', en: 'key longer than 1024 characters' },
  NON_STRING_KEY: { id: 'kunci harus berupa teks', en: 'keys must be text' },
};


/** Kinds of values, for "must be X, not Y" messages about the shape of a file. */
export const TYPE_WORDS: Record<string, Words> = {
  string: { id: 'teks', en: 'text' },
  number: { id: 'angka', en: 'a number' },
  int: { id: 'bilangan bulat', en: 'a whole number' },
  boolean: { id: 'true/false', en: 'true/false' },
  object: { id: 'peta (kunci: nilai)', en: 'a map (key: value)' },
  record: { id: 'peta (kunci: nilai)', en: 'a map (key: value)' },
  array: { id: 'daftar (- butir)', en: 'a list (- items)' },
  null: { id: 'kosong', en: 'empty' },
  undefined: { id: 'kosong', en: 'empty' },
};

/** Where in a file a problem is, and what a pattern asks for. */
export const SOURCE_WORDS = {
  fileContent: { id: 'isi berkas', en: 'the file content' },
  itemOf: { id: 'butir ke-{n} dari "{parent}"', en: 'item {n} of "{parent}"' },
  key: { id: '"{key}"', en: '"{key}"' },
  list: { id: 'daftar', en: 'a list' },
  removeOrCheckKey: { id: 'hapus kunci ini atau periksa ejaannya', en: 'remove this key or check its spelling' },
  didYouMean: { id: 'mungkin maksudnya "{best}"?', en: 'did you mean "{best}"?' },
  caseOnly: { id: 'hanya huruf besar/kecilnya yang berbeda: tulis "{value}"', en: 'only the case of the letters differs: write "{value}"' },
  valueInFormat: { id: 'tulis "{best}" sebagai ganti "{value}"', en: 'write "{best}" instead of "{value}"' },
  or: { id: 'atau', en: 'or' },
  atLeast: { id: 'minimal {n}', en: 'at least {n}' },
  above: { id: 'harus lebih dari {n}', en: 'must be more than {n}' },
  atMost: { id: 'maksimal {n}', en: 'at most {n}' },
  below: { id: 'harus kurang dari {n}', en: 'must be less than {n}' },
  keyInEnglish: { id: 'kunci berkas ini ditulis dalam bahasa Inggris: tulis "{best}" sebagai ganti "{key}"', en: 'the keys of this file are English words: write "{best}" instead of "{key}"' },
  patternId: { id: 'huruf, angka, titik, garis bawah atau tanda hubung; diawali huruf/angka', en: 'letters, digits, dot, underscore or dash; starting with a letter/digit' },
  patternColor: { id: 'warna #rrggbb, mis. "#1f4e79"', en: 'a #rrggbb colour, e.g. "#1f4e79"' },
  patternSha256: { id: '64 digit heksadesimal (sha256)', en: '64 hexadecimal digits (sha256)' },
} satisfies Record<string, Words>;

/**
 * Keys people write in Bahasa Indonesia (reading the Indonesian comments of a template) → the
 * keys of the format they mean, in order of likelihood; the one valid where it was written is
 * offered (`catatan:` is `note` in an answer and `notes` under `assessment:`).
 */
export const INDONESIAN_KEYS: Record<string, readonly string[]> = {
  catatan: ['note', 'notes'],
  keterangan: ['note', 'notes', 'description'],
  bukti: ['evidence'],
  dokumen: ['evidence'],
  nilai: ['value', 'values'],
  jawaban: ['answers', 'value'],
  alasan: ['na', 'reason'],
  'tidak-berlaku': ['na'],
  tidak_berlaku: ['na'],
  nama: ['name'],
  jenis: ['kind'],
  tipe: ['kind'],
  provinsi: ['province'],
  kode: ['code'],
  daerah: ['regency'],
  wilayah: ['regency'],
  asesmen: ['assessment'],
  penilaian: ['assessment'],
  tanggal: ['date'],
  tempat: ['place'],
  moda: ['mode'],
  profil: ['profile'],
  asesor: ['assessors', 'assessor'],
  penilai: ['assessors'],
  tim: ['assessors'],
  wakil: ['representative'],
  perwakilan: ['representative'],
  jabatan: ['role'],
  instansi: ['institution'],
  rubrik: ['rubric'],
  versi: ['version'],
  berkas: ['file'],
  konteks: ['context'],
  judul: ['title'],
  bobot: ['weight'],
  pertanyaan: ['questions', 'text'],
  bagian: ['sections'],
  deskripsi: ['description'],
  uraian: ['description', 'descriptor'],
  petunjuk: ['hint'],
  satuan: ['unit'],
  pilihan: ['options'],
  opsi: ['options'],
  skala: ['scale', 'scales'],
  ambang: ['thresholds'],
  syarat: ['gates', 'when'],
  rekomendasi: ['recommendation'],
  kategori: ['bands'],
};

/**
 * Values of the format's own choices written the way people say them in Bahasa Indonesia (and a
 * few English words) → the value the format wants (`kind: mandiri` is `self`); keys lower case,
 * spaces and underscores as dashes.
 */
export const INDONESIAN_VALUES: Record<string, string> = {
  mandiri: 'self',
  'penilaian-mandiri': 'self',
  'asesmen-mandiri': 'self',
  sendiri: 'self',
  asesor: 'assessor',
  penilai: 'assessor',
  verifikasi: 'assessor',
  'verifikasi-asesor': 'assessor',
  'penilaian-asesor': 'assessor',
  daring: 'online',
  luring: 'onsite',
  'tatap-muka': 'onsite',
  lapangan: 'onsite',
  kunjungan: 'onsite',
  'kunjungan-lapangan': 'onsite',
  kab: 'kabupaten',
  'kab.': 'kabupaten',
  regency: 'kabupaten',
  kotamadya: 'kota',
  city: 'kota',
  minimum: 'min',
  terendah: 'min',
  'nilai-tengah': 'median',
  linier: 'linear',
  kuadratik: 'quadratic',
  indonesia: 'id',
  'bahasa-indonesia': 'id',
  inggris: 'en',
  'bahasa-inggris': 'en',
  english: 'en',
};

/** Words a rubric gets when it does not say otherwise, and hints of the rubric validator. */
export const RUBRIC_WORDS = {
  checkIdSpelling: { id: 'periksa ejaan id-nya', en: 'check the spelling of the id' },
  anyText: { id: 'teks apa pun', en: 'any text' },
  defaultTiers: [
    { id: 'Bagian', en: 'Section' },
    { id: 'Sub-bagian', en: 'Sub-section' },
  ],
} satisfies Record<string, Words | Words[]>;

/** What an answer should look like, for "must be X" messages about values. */
export const VALUE_WORDS = {
  trueOrFalse: { id: 'true (ya) atau false (tidak)', en: 'true (yes) or false (no)' },
  freeText: { id: 'teks bebas', en: 'free text' },
  listRows: { id: 'baris berkolom {columns}', en: 'rows with columns {columns}' },
  listValue: { id: 'daftar baris (mis. `- {kolom: nilai}`)', en: 'a list of rows (e.g. `- {column: value}`)' },
  accepted: { id: 'nilai yang diterima: {list}', en: 'accepted values: {list}' },
  optionByLabel: { id: 'tulis id opsinya: "{option}" (bukan labelnya, "{value}"); ', en: 'write the option id: "{option}" (not its label, "{value}"); ' },
  levelValue: { id: 'nilai level (angka)', en: 'a level value (number)' },
  trueFalse: { id: 'true atau false', en: 'true or false' },
  oneOption: { id: 'satu id opsi', en: 'one option id' },
  optionList: { id: 'daftar id opsi', en: 'a list of option ids' },
  number: { id: 'angka', en: 'a number' },
  text: { id: 'teks', en: 'text' },
  writeUngrouped: { id: 'tulis angka tanpa pemisah ribuan: {number}; {accepted}', en: 'write the number without thousands separators: {number}; {accepted}' },
  dotWasDecimal: {
    id: 'titik dibaca sebagai tanda desimal, jadi {written} terbaca {value}; bila maksudnya {ungrouped}, tulis {ungrouped} tanpa pemisah ribuan',
    en: 'the dot is read as a decimal point, so {written} reads as {value}; if you mean {ungrouped}, write {ungrouped} without thousands separators',
  },
  acceptedUngrouped: { id: '{accepted}, ditulis tanpa pemisah ribuan: {number}', en: '{accepted}, written without thousands separators: {number}' },
  writeWhole: { id: 'tulis bilangan bulat, misalnya {rounded}', en: 'write a whole number, e.g. {rounded}' },
} satisfies Record<string, Words>;

/** Hints about answers files. */
export const ANSWERS_WORDS = {
  strictMakesError: { id: '--strict menjadikan ini kesalahan', en: '--strict makes this an error' },
  strictIsOn: { id: 'tanpa --strict ini hanya peringatan', en: 'without --strict this is only a warning' },
  listQuestionIds: { id: '`{siap} rubric show {rubric} --questions` menampilkan semua id', en: '`{siap} rubric show {rubric} --questions` lists every id' },
  listContextIds: { id: '`{siap} rubric show {rubric}` menampilkan isian konteksnya', en: '`{siap} rubric show {rubric}` lists its context fields' },
  noContext: { id: 'rubrik {rubric} tidak punya isian konteks; hapus `context:`', en: 'rubric {rubric} has no context fields; remove `context:`' },
  movedToContext: {
    id: '"{id}" dipindah ke konteks `{to}` sejak versi {version}; tulis nilainya di bawah `context:` sebagai `{to}`',
    en: '"{id}" moved to context `{to}` in version {version}; write its value under `context:` as `{to}`',
  },
  movedToContextColumn: {
    id: '"{id}" dipindah ke konteks `{to}` (kolom `{column}`) sejak versi {version}; tulis nilainya di bawah `context:` sebagai `{to}`',
    en: '"{id}" moved to context `{to}` (column `{column}`) in version {version}; write its value under `context:` as `{to}`',
  },
  movedToQuestion: { id: '"{id}" dipindah ke pertanyaan {to} sejak versi {version}; tulis jawabannya sebagai `{to}`', en: '"{id}" moved to question {to} in version {version}; write its answer as `{to}`' },
  split: { id: '"{id}" dipecah menjadi {to} sejak versi {version}; jawab pertanyaan-pertanyaan itu', en: '"{id}" was split into {to} in version {version}; answer those instead' },
  dropped: { id: '"{id}" dihapus dari rubrik sejak versi {version}; hapus jawabannya dari berkas', en: '"{id}" was removed from the rubric in version {version}; delete its answer from the file' },
} satisfies Record<string, Words>;

/**
 * Why a component does not count in a weighted mean (`ChildTrace.excluded`): one table for the
 * report's method tables and the terminal's `--explain`, so both say the same.
 */
export const EXCLUSION_WORDS: Record<import('../scoring/model.js').Exclusion | 'list', Words> = {
  na: { id: 'N/A', en: 'N/A' },
  hidden: { id: 'tidak ditanyakan', en: 'not asked' },
  profile: { id: 'di luar profil', en: 'outside profile' },
  assessor: { id: 'khusus asesor', en: 'for assessors only' },
  'optional-unanswered': { id: 'tidak wajib, belum dijawab', en: 'optional, unanswered' },
  text: { id: 'teks, tidak dinilai', en: 'text, not scored' },
  // Not a value of `excluded` in the score trace: a list question is unscored like a text one, and said so.
  list: { id: 'daftar, tidak dinilai', en: 'list, not scored' },
  empty: { id: 'tanpa data', en: 'no data' },
};

/** The comments of an answers template (`siap init`, a new file of `siap assess`). */
export const TEMPLATE_WORDS = {
  intro: {
    id: 'Berkas jawaban asesmen',
    en: 'Assessment answers file',
  },
  howTo: {
    id: [
      'Cara mengisi:',
      '  • Isi `value:` setiap pertanyaan; nilai yang diterima tertulis di komentar di atasnya.',
      '  • Bila pertanyaan tidak berlaku (hanya jika N/A diizinkan), biarkan `value:` kosong dan isi `na: "alasan"`.',
      '  • `note:` untuk catatan; `evidence:` untuk daftar bukti (nama dokumen, tautan, jalur berkas).',
      '  • Pertanyaan yang belum dinilai biarkan kosong. Berkas boleh diisi bertahap.',
      '  • Periksa kapan saja dengan `{siap} score <berkas>`; cetak laporan dengan `{siap} report <berkas>`.',
    ],
    en: [
      'How to fill it in:',
      '  • Fill in `value:` for each question; the accepted values are in the comment above it.',
      '  • If a question does not apply (only where N/A is allowed), leave `value:` empty and write `na: "reason"`.',
      '  • `note:` for notes; `evidence:` for a list of evidence (document names, links, file paths).',
      '  • Leave questions not yet assessed empty. The file can be filled in over several days.',
      '  • Check it at any time with `{siap} score <file>`; print the report with `{siap} report <file>`.',
    ],
  },
  weight: { id: 'bobot', en: 'weight' },
  hint: { id: 'Petunjuk', en: 'Hint' },
  values: { id: 'Nilai', en: 'Values' },
  evidence: { id: 'Bukti yang dilampirkan', en: 'Evidence to attach' },
  evidenceAt: { id: 'bukti', en: 'evidence' },
  naAllowed: { id: 'N/A diizinkan (isi `na:` dengan alasannya)', en: 'N/A allowed (write the reason in `na:`)' },
  optional: { id: 'tidak wajib', en: 'optional' },
  onlyWhen: { id: 'Ditanyakan hanya bila', en: 'Asked only when' },
  unit: { id: 'satuan', en: 'unit' },
  wholeNumber: { id: 'bilangan bulat', en: 'whole number' },
  multiHow: { id: 'tulis daftar id opsi, mis. [a, b]', en: 'write a list of option ids, e.g. [a, b]' },
  textHow: { id: 'teks bebas; gunakan | untuk beberapa baris', en: 'free text; use | for several lines' },
  regencyKind: { id: 'kabupaten | kota', en: 'kabupaten (regency) | kota (city)' },
  code: { id: 'kode wilayah Kemendagri, mis. "51.04" (beri tanda kutip)', en: 'Kemendagri region code, e.g. "51.04" (keep the quotes)' },
  assessmentKind: { id: 'self (penilaian mandiri) | assessor (verifikasi asesor)', en: 'self (self-assessment) | assessor (assessor verification)' },
  date: { id: 'TTTT-BB-HH, mis. 2026-04-05', en: 'YYYY-MM-DD, e.g. 2026-04-05' },
  mode: { id: 'onsite (kunjungan lapangan) | online (daring)', en: 'onsite | online' },
  signingPlace: { id: 'tempat penandatanganan laporan (kota), mis. Gianyar; bawaan: nama daerah', en: 'where the report is signed (a town), e.g. Gianyar; default: the regency name' },
  assessors: {
    id: 'tim penilai; contoh: - {name: "Nama Lengkap", role: "Ketua Tim", institution: "Diskominfo"}',
    en: 'assessment team; e.g. - {name: "Full Name", role: "Team lead", institution: "Diskominfo"}',
  },
  representative: {
    id: 'yang "Mengetahui" di lembar pengesahan, mis. {name: "…", role: "Sekretaris Daerah"}',
    en: 'who signs "Mengetahui" (acknowledged) on the sign-off page, e.g. {name: "…", role: "Regional Secretary"}',
  },
  profile: { id: 'profil pertanyaan', en: 'question profile' },
  and: { id: 'dan', en: 'and' },
  or: { id: 'atau', en: 'or' },
  not: { id: 'bukan', en: 'not' },
  regionKind: { id: 'jenis daerah', en: 'region kind' },
  listHow: { id: 'daftar baris; satu baris: - {{columns}}', en: 'a list of rows; one row: - {{columns}}' },
  required: { id: 'wajib', en: 'required' },
  thresholdsWhen: { id: 'Ambang bila {condition}', en: 'Thresholds when {condition}' },
  crosswalk: { id: 'Padanan {title}', en: 'Counterpart in {title}' },
  scaleRules: { id: 'Skala {scale}', en: 'Scale {scale}' },
  cumulative: { id: 'level kumulatif: pilih level tertinggi yang syaratnya dan syarat semua level di bawahnya terpenuhi', en: 'cumulative levels: choose the highest level whose conditions and those of every lower level are met' },
  context: {
    id: 'Profil daerah (tidak dinilai; dicetak di bagian identitas laporan)',
    en: 'Regency profile (not scored; printed in the identity part of the report)',
  },
} satisfies Record<string, Words | { id: string[]; en: string[] }>;

/** Number formats and file names that differ by language. */
export const LOCALE_WORDS = {
  /** The locale a PDF declares for its text. */
  pdfLocale: { id: 'id-ID', en: 'en-GB' },
  recapFile: { id: 'rekapitulasi.pdf', en: 'recap.pdf' },
  filesPerSecond: { id: 'berkas/dtk', en: 'files/s' },
  eta: { id: 'sisa', en: 'ETA' },
  naReason: { id: 'Alasan tidak berlaku (N/A)', en: 'Why it does not apply (N/A)' },
} satisfies Record<string, Words>;

/** Words `siap migrate` writes into a migrated answers file. */
export const MIGRATE_WORDS = {
  oldAnswer: { id: 'Jawaban versi {version}: {answers}.', en: 'Answer in version {version}: {answers}.' },
  reassessBecause: { id: 'Perlu dinilai ulang: {reason}', en: 'To re-assess: {reason}' },
} satisfies Record<string, Words>;
