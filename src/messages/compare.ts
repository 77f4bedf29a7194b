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
    'sebutkan berkas setiap asesor, mis. `siap merge asesor-a.yaml asesor-b.yaml -o konsensus.yaml`',
    "name every assessor's file, e.g. `siap merge assessor-a.yaml assessor-b.yaml -o consensus.yaml`",
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
      'untuk membandingkan penilaian mandiri dengan verifikasi asesor gunakan `siap compare mandiri.yaml verifikasi.yaml`',
      'to compare a self-assessment with its verification use `siap compare self.yaml verification.yaml`',
    ],
  ),
  REPORT_COMPARE_NOT_PAIR: msg(
    'halaman perbandingan memerlukan satu penilaian mandiri dan satu verifikasi asesor, tetapi kedua berkas berjenis {kind}',
    'the comparison page needs one self-assessment and one assessor verification, but both files are of kind {kind}',
    [
      'sebutkan penilaian mandiri daerah itu dengan --compare, mis. `siap report verifikasi.yaml --compare mandiri.yaml`; dua asesmen sejenis dibandingkan dengan `siap compare A B`',
      'name the regency\'s self-assessment with --compare, e.g. `siap report verification.yaml --compare self.yaml`; compare two assessments of one kind with `siap compare A B`',
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
