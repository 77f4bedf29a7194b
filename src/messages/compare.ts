import type { Words } from '../i18n.js';
import type { ChangeStatus } from '../compare/compare.js';
import type { MappingType } from '../compare/mapping.js';
import type { KappaStrength } from '../compare/kappa.js';
import type { QuestionAgreement } from '../compare/merge.js';
import { msg } from './define.js';

/** Problems and notices of `siap compare` and `siap merge`. */
export const compareMessages = {
  COMPARE_OTHER_REGENCY: msg(
    'A dan B bukan untuk daerah yang sama ({a} dan {b}); perbandingan tetap dibuat',
    'A and B are not for the same regency ({a} and {b}); comparing anyway',
    [
      'untuk membandingkan penilaian mandiri dengan verifikasi asesor, atau tahun lalu dengan tahun ini, pakai dua berkas satu daerah',
      'to compare a self-assessment with its verification, or last year with this year, use two files of one regency',
    ],
  ),
  COMPARE_OTHER_RUBRIC: msg(
    'A memakai rubrik {a} dan B rubrik {b}: hanya pertanyaan dengan id yang sama yang dibandingkan',
    'A uses rubric {a} and B rubric {b}: only questions with the same id are compared',
    [
      'perbandingan paling berguna untuk dua berkas rubrik yang sama (versinya boleh berbeda)',
      'a comparison is most useful for two files of the same rubric (versions may differ)',
    ],
  ),
  MERGE_TOO_FEW_FILES: msg('siap merge memerlukan minimal dua berkas jawaban; diberikan {count}', 'siap merge needs at least two answers files; got {count}', [
    'sebutkan berkas setiap asesor, mis. `{siap} merge asesor-a.yaml asesor-b.yaml -o konsensus.yaml`',
    "name every assessor's file, e.g. `{siap} merge assessor-a.yaml assessor-b.yaml -o consensus.yaml`",
  ]),
  MERGE_DUPLICATE_FILE: msg('berkas ini disebut lebih dari sekali', 'this file is named more than once', [
    'sebutkan setiap berkas asesor satu kali saja',
    "name each assessor's file once",
  ]),
  MERGE_OUTPUT_IS_INPUT: msg('berkas konsensus (-o) tidak boleh sama dengan salah satu berkas asesor', 'the consensus file (-o) cannot be one of the assessors\' files', [
    'pilih nama baru untuk -o, mis. `-o konsensus.yaml`; berkas asesor tidak pernah ditimpa',
    "choose a new name for -o, e.g. `-o consensus.yaml`; assessors' files are never overwritten",
  ]),
  MERGE_REFUSED: msg('berkas-berkas ini tidak dapat digabung: {count} masalah; tidak ada berkas yang ditulis', 'these files cannot be merged: {count} problem(s); nothing was written'),
  MERGE_RUBRIC_DIFFERS: msg(
    'berkas ini memakai rubrik {rubric}, sedangkan {first} memakai rubrik {firstRubric}',
    'this file uses rubric {rubric}, but {first} uses rubric {firstRubric}',
    [
      'semua asesor harus menilai dengan rubrik yang sama; keluarkan berkas ini dari daftar',
      'every assessor must use the same rubric; leave this file out',
    ],
  ),
  MERGE_RUBRIC_VERSION_DIFFERS: msg(
    'berkas ini memakai rubrik {rubric} versi {version}, sedangkan {first} versi {firstVersion}',
    'this file uses rubric {rubric} version {version}, but {first} uses version {firstVersion}',
    [
      'semua asesor harus memakai versi rubrik yang sama; periksa `rubric.version`/`rubric.file` di berkas ini',
      'every assessor must use the same rubric version; check `rubric.version`/`rubric.file` in this file',
    ],
  ),
  MERGE_REGENCY_DIFFERS: msg(
    'berkas ini untuk {regency}, sedangkan {first} untuk {firstRegency}',
    'this file is for {regency}, but {first} is for {firstRegency}',
    [
      'siap merge menggabungkan penilaian beberapa asesor untuk SATU daerah; keluarkan berkas ini, atau perbaiki `regency.name`/`regency.code`-nya',
      "siap merge combines several assessors' answers for ONE regency; leave this file out, or correct its `regency.name`/`regency.code`",
    ],
  ),
  MERGE_SELF_ASSESSMENT: msg(
    'berkas ini penilaian mandiri (assessment.kind: self), bukan penilaian asesor; tetap digabung',
    'this file is a self-assessment (assessment.kind: self), not an assessor\'s; merging it anyway',
    [
      'untuk membandingkan penilaian mandiri dengan verifikasi asesor gunakan `{siap} compare mandiri.yaml verifikasi.yaml`',
      'to compare a self-assessment with its verification use `{siap} compare self.yaml verification.yaml`',
    ],
  ),
  REPORT_COMPARE_NOT_PAIR: msg(
    'halaman perbandingan memerlukan satu penilaian mandiri dan satu verifikasi asesor, tetapi kedua berkas berjenis {kind}',
    'the comparison page needs one self-assessment and one assessor verification, but both files are of kind {kind}',
    [
      'sebutkan penilaian mandiri daerah itu dengan --compare, mis. `{siap} report verifikasi.yaml --compare mandiri.yaml`; dua asesmen sejenis dibandingkan dengan `{siap} compare A B`',
      'name the regency\'s self-assessment with --compare, e.g. `{siap} report verification.yaml --compare self.yaml`; compare two assessments of one kind with `{siap} compare A B`',
    ],
  ),
  REPORT_COMPARE_OTHER_REGENCY: msg(
    'berkas --compare ini untuk {other}, sedangkan laporan untuk {regency}',
    'this --compare file is for {other}, but the report is for {regency}',
    [
      'sebutkan penilaian mandiri daerah yang sama (kode wilayah atau nama dan jenis daerah harus sama)',
      'name the self-assessment of the same regency (same region code, or same name and kind)',
    ],
  ),
};

/** What a change of one item is called, in the terminal, the JSON export's readers and the report. */
export const CHANGE_WORDS: Record<ChangeStatus, Words> = {
  improved: { id: 'naik', en: 'improved' },
  regressed: { id: 'turun', en: 'regressed' },
  unchanged: { id: 'tetap', en: 'unchanged' },
  changed: { id: 'berubah, poin sama', en: 'changed, same points' },
  'newly-answered': { id: 'baru dijawab', en: 'newly answered' },
  'newly-na': { id: 'menjadi N/A', en: 'newly N/A' },
  'no-longer-na': { id: 'tidak lagi N/A', en: 'no longer N/A' },
  'no-longer-answered': { id: 'tidak dijawab lagi', en: 'no longer answered' },
  'only-a': { id: 'hanya di A', en: 'only in A' },
  'only-b': { id: 'hanya di B', en: 'only in B' },
};

/** The terminal view of `siap compare`. */
export const COMPARE_WORDS = {
  title: { id: 'Perbandingan asesmen', en: 'Comparison of assessments' },
  indexPoints: { id: 'poin indeks', en: 'index points' },
  differentRanges: { id: 'indeks A dan B memakai rentang berbeda; selisihnya tidak dihitung', en: 'A and B express their index on different ranges; no difference is computed' },
  noChange: { id: 'Tidak ada jawaban yang berubah.', en: 'No answer changed.' },
  biggest: { id: 'Perubahan terbesar (menurut pengaruhnya pada indeks B)', en: 'Biggest movements (by their effect on the index of B)' },
  moreMovements: { id: '{rest} perubahan lain; daftar lengkap dengan --json', en: '{rest} more; the full list with --json' },
  pillarElement: { id: 'PILAR / ELEMEN', en: 'PILLAR / ELEMENT' },
  overall: { id: 'Indeks keseluruhan', en: 'Overall index' },
  notVerified: { id: 'Penilaian mandiri vs verifikasi asesor: {n} klaim tidak terverifikasi', en: 'Self-assessment vs assessor verification: {n} claim(s) not verified' },
  claimed: { id: 'klaim', en: 'claimed' },
  assessor: { id: 'asesor', en: 'assessor' },
  assessorNote: { id: 'catatan asesor:', en: 'assessor note:' },
  onlyInAQuestions: { id: 'pertanyaan hanya di A', en: 'questions only in A' },
  onlyInBQuestions: { id: 'pertanyaan hanya di B', en: 'questions only in B' },
  onlyInANodes: { id: 'bagian hanya di A', en: 'sections only in A' },
  onlyInBNodes: { id: 'bagian hanya di B', en: 'sections only in B' },
  kindChanged: { id: 'jenis pertanyaan berubah', en: 'question kind changed' },
  rubricDifferences: { id: 'Perbedaan rubrik', en: 'Rubric differences' },
  summary: { id: 'Ringkasan', en: 'Summary' },
  absent: { id: '(tidak ada)', en: '(absent)' },
  instrumentChanges: { id: 'Perubahan instrumen {id} {from} → {to} (menurut migrasi yang dinyatakan versi {to})', en: 'Instrument changes {id} {from} → {to} (as version {to} declares its migration)' },
  remappedAnswer: { id: 'jawaban versi {from} {before} dibaca sebagai {after} di versi {to}', en: 'the version {from} answer {before} reads as {after} in version {to}' },
} satisfies Record<string, Words>;

/** What the instrument change did to a question, in words. */
export const MAPPING_WORDS: Record<MappingType, Words> = {
  moved: { id: 'dipindah', en: 'moved' },
  remapped: { id: 'dipetakan ulang', en: 'remapped' },
  merged: { id: 'digabung', en: 'merged' },
  split: { id: 'dipecah', en: 'split' },
  reassess: { id: 'ukuran berubah, dinilai ulang', en: 'measure changed, re-assessed' },
  context: { id: 'menjadi konteks (tidak dinilai)', en: 'became context (not scored)' },
  dropped: { id: 'dihapus', en: 'dropped' },
};

export const STRENGTH_WORDS: Record<KappaStrength, Words> = {
  poor: { id: 'buruk', en: 'poor' },
  slight: { id: 'sangat lemah', en: 'slight' },
  fair: { id: 'lemah', en: 'fair' },
  moderate: { id: 'sedang', en: 'moderate' },
  substantial: { id: 'kuat', en: 'substantial' },
  'almost-perfect': { id: 'hampir sempurna', en: 'almost perfect' },
};

export const REASON_WORDS: Record<NonNullable<QuestionAgreement['reason']>, Words> = {
  spread: { id: 'selisih lebih dari satu level', en: 'more than one level apart' },
  'na-vs-value': { id: 'N/A lawan nilai', en: 'N/A against a value' },
  different: { id: 'jawaban berbeda', en: 'different answers' },
};

/** The terminal view of `siap merge`. */
export const MERGE_WORDS = {
  merging: { id: 'Penggabungan penilaian {count} asesor', en: "Merging {count} assessors' answers" },
  median: { id: 'median (nilai tengah; yang lebih rendah bila jumlah asesor genap)', en: 'median (the lower middle value for an even number of assessors)' },
  minimum: { id: 'minimum (nilai terendah)', en: 'minimum (the lowest value)' },
  consensusRule: { id: 'aturan konsensus', en: 'consensus rule' },
  agreement: { id: 'Kesepakatan', en: 'Agreement' },
  agreedOf: { id: '{agreed} dari {compared} butir dinilai yang dijawab semua asesor ({percent})', en: '{agreed} of {compared} scored items every assessor answered ({percent})' },
  identical: { id: 'sama persis: {identical} dari {compared} ({percent})', en: 'identical: {identical} of {compared} ({percent})' },
  weightedKappa: { id: 'Kappa berbobot', en: 'Weighted kappa' },
  linearWeights: { id: 'bobot linear', en: 'linear weights' },
  quadraticWeights: { id: 'bobot kuadratik', en: 'quadratic weights' },
  noKappa: { id: 'tidak dapat dihitung (terlalu sedikit butir level yang dinilai bersama)', en: 'cannot be computed (too few level items rated by both)' },
  meanOfPairs: { id: 'rata-rata {count} pasang asesor', en: 'mean of {count} assessor pairs' },
  items: { id: '{count} butir', en: '{count} items' },
  reasonColumn: { id: 'ALASAN', en: 'REASON' },
  disputed: { id: 'Butir yang diperdebatkan ({count}) — dibiarkan kosong untuk diputuskan panel', en: 'Disputed items ({count}) — left open for the panel to settle' },
  incomplete: { id: 'Butir yang tidak dijawab semua asesor ({count}) — juga menunggu panel', en: 'Items not answered by every assessor ({count}) — also awaiting the panel' },
  allAgreed: { id: 'Semua butir disepakati.', en: 'Every item is agreed.' },
} satisfies Record<string, Words>;
