import { msg } from './define.js';

/** Problems in an answers file. */
export const answersMessages = {
  ANSWERS_INVALID: msg('berkas jawaban tidak valid: {count} masalah', 'answers file is not valid: {count} problem(s)'),
  ANSWERS_IS_RUBRIC: msg('ini berkas rubrik, bukan berkas jawaban', 'this is a rubric file, not an answers file', [
    'periksa rubrik dengan `{siap} rubric validate`; buat templat jawaban dengan `{siap} init --rubric <berkas>`',
    'check a rubric with `{siap} rubric validate`; make an answers template with `{siap} init --rubric <file>`',
  ]),
  ANSWER_UNKNOWN_QUESTION: msg('pertanyaan "{id}" tidak ada di rubrik {rubric}', 'question "{id}" is not in rubric {rubric}', [
    '{suggestion}',
    '{suggestion}',
  ]),
  ANSWER_UNKNOWN_CONTEXT: msg('isian konteks "{id}" tidak ada di rubrik {rubric}', 'context field "{id}" is not in rubric {rubric}', [
    '{suggestion}',
    '{suggestion}',
  ]),
  ANSWER_WRONG_KIND: msg('jawaban "{id}" harus berupa {expected}, bukan {received}', 'the answer to "{id}" must be {expected}, not {received}', [
    '{accepted}',
    '{accepted}',
  ]),
  ANSWER_OUT_OF_SCALE: msg('nilai {value} untuk "{id}" tidak ada pada skalanya', 'value {value} for "{id}" is not on its scale', [
    'nilai yang diterima: {accepted}',
    'accepted values: {accepted}',
  ]),
  ANSWER_OUT_OF_BOUNDS: msg('nilai {value} untuk "{id}" di luar batasnya', 'value {value} for "{id}" is out of bounds', [
    'nilai yang diterima: {accepted}',
    'accepted values: {accepted}',
  ]),
  ANSWER_IMPLAUSIBLE: msg(
    'nilai {value} untuk "{id}" jauh di atas yang masuk akal (lebih dari {limit}); tetap dihitung',
    'value {value} for "{id}" is far above what is plausible (more than {limit}); it still counts',
    ['periksa angkanya (digit berlebih? angka yang tertempel?); nilai yang diterima: {accepted}', 'check the number (a digit too many? a pasted number?); accepted values: {accepted}'],
  ),
  ANSWER_NOT_INTEGER: msg('nilai {value} untuk "{id}" harus bilangan bulat', 'value {value} for "{id}" must be a whole number', ['{advice}', '{advice}']),
  ANSWER_DOT_DECIMAL: msg('"{written}" untuk "{id}" dibaca sebagai {value} (titik adalah tanda desimal)', '"{written}" for "{id}" is read as {value} (the dot is a decimal point)', [
    'bila maksudnya {ungrouped}, tulis {ungrouped} tanpa pemisah ribuan',
    'if you mean {ungrouped}, write {ungrouped} without thousands separators',
  ]),
  ANSWER_UNKNOWN_OPTION: msg('opsi "{value}" tidak ada pada pertanyaan "{id}"', 'option "{value}" is not an option of "{id}"', [
    '{byLabel}opsi yang ada: {accepted}',
    '{byLabel}options: {accepted}',
  ]),
  ANSWER_LIST_COLUMN: msg('baris {row} jawaban "{id}" memuat kolom "{column}" yang tidak ada', 'row {row} of the answer to "{id}" has a column "{column}" that does not exist', [
    'kolom yang ada: {columns}',
    'columns: {columns}',
  ]),
  ANSWER_LIST_REQUIRED: msg('baris {row} jawaban "{id}" belum mengisi kolom wajib "{column}"', 'row {row} of the answer to "{id}" leaves the required column "{column}" empty'),
  ANSWER_LIST_VALUE: msg('baris {row} jawaban "{id}": {value} bukan isian yang sah untuk kolom "{column}"', 'row {row} of the answer to "{id}": {value} is not a valid entry for column "{column}"', [
    'yang diterima: {accepted}',
    'accepted: {accepted}',
  ]),
  ANSWER_LIST_ROWS: msg('jawaban "{id}" berisi {count} baris, paling banyak {max}', 'the answer to "{id}" has {count} rows; at most {max} are allowed'),
  ANSWER_EXCLUSIVE_OPTION: msg('opsi "{option}" pada "{id}" tidak dapat digabung dengan opsi lain', 'option "{option}" of "{id}" cannot be combined with other options'),
  ANSWER_NA_NOT_ALLOWED: msg('pertanyaan "{id}" tidak boleh dijawab N/A (tidak berlaku)', 'question "{id}" cannot be marked N/A (not applicable)', [
    'isi nilainya, atau biarkan kosong bila belum dinilai',
    'give it a value, or leave it empty if not yet assessed',
  ]),
  ANSWER_NA_REASON: msg('N/A untuk "{id}" memerlukan alasan', 'N/A for "{id}" needs a reason', [
    'tulis alasannya, misalnya `na: "Tidak ada wilayah pesisir"`',
    'write the reason, e.g. `na: "No coastal area"`',
  ]),
  ANSWER_NA_AND_VALUE: msg('"{id}" diisi nilai dan N/A sekaligus', '"{id}" has both a value and N/A', [
    'hapus salah satunya',
    'remove one of them',
  ]),
  ANSWER_RUBRIC_ID: msg('berkas jawaban dibuat untuk rubrik "{expected}", tetapi dinilai dengan "{actual}"', 'answers were made for rubric "{expected}" but are being scored with "{actual}"', [
    'gunakan --rubric {expected}, atau perbaiki `rubric.id` di berkas jawaban',
    'use --rubric {expected}, or correct `rubric.id` in the answers file',
  ]),
  ANSWER_RUBRIC_HASH: msg('rubrik telah berubah sejak jawaban ini dibuat (sha256 {expected}… ≠ {actual}…)', 'the rubric changed since these answers were made (sha256 {expected}… ≠ {actual}…)', [
    'periksa apakah jawabannya masih sesuai; {strictness}',
    'check the answers still fit; {strictness}',
  ]),
  ANSWER_RUBRIC_VERSION: msg('jawaban dibuat untuk rubrik versi {expected}, rubrik saat ini versi {actual}', 'answers were made for rubric version {expected}; the rubric is now version {actual}'),
  ANSWER_RUBRIC_VERSION_UNKNOWN: msg('berkas jawaban dibuat untuk rubrik {id} versi {version}, yang tidak dibawa siap ini', 'the answers were made for rubric {id} version {version}, which this siap does not ship', [
    'versi yang dibawa siap: {known}; berkas dari siap yang lebih baru memerlukan siap yang lebih baru, atau pilih versi dengan --rubric {id}@<versi>',
    'versions shipped: {known}; a file from a newer siap needs a newer siap, or choose a version with --rubric {id}@<version>',
  ]),
  ANSWER_RUBRIC_UNKNOWN: msg('rubrik "{ref}" yang disebut berkas jawaban tidak ditemukan', 'rubric "{ref}" named by the answers file cannot be found', [
    'sebutkan rubriknya dengan --rubric <id|berkas>, atau isi `rubric.file` dengan jalur rubrik',
    'name the rubric with --rubric <id|file>, or set `rubric.file` to its path',
  ]),
  ANSWER_ASSESSOR_ONLY: msg(
    'pertanyaan "{id}" khusus asesor: jawabannya diabaikan dalam penilaian mandiri (`assessment.kind: self`)',
    'question "{id}" is for assessors only: its answer is ignored in a self-assessment (`assessment.kind: self`)',
    [
      'hapus jawabannya; bila berkas ini verifikasi asesor, tulis `kind: assessor` di bawah `assessment:`',
      'remove the answer; if this file is an assessor\'s verification, write `kind: assessor` under `assessment:`',
    ],
  ),
  ANSWER_CODE_NUMBER: msg('kode wilayah {value} ditulis tanpa tanda kutip, jadi terbaca sebagai angka', 'region code {value} is written without quotes, so it reads as a number', [
    'beri tanda kutip: code: "{value}" (siap memakai angka seperti yang tertulis, tetapi program lain dapat membacanya sebagai {number})',
    'quote it: code: "{value}" (siap keeps the digits as written, but other programs may read it as {number})',
  ]),
  ANSWER_DATE: msg('tanggal "{value}" tidak berformat TTTT-BB-HH', 'date "{value}" is not in YYYY-MM-DD form', [
    'contoh: 2026-04-05',
    'for example 2026-04-05',
  ]),
};
