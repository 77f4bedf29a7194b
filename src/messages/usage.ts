import { msg } from './define.js';

const HELP: [string, string] = ['jalankan dengan --help untuk melihat contoh', 'run with --help to see examples'];

/** Mistakes on the command line: each is exit 2, before anything is read or written. */
export const usageMessages = {
  USAGE: msg('{detail}', '{detail}', HELP),
  USAGE_LANG: msg('--lang harus "id" atau "en", bukan "{value}"', '--lang must be "id" or "en", not "{value}"', HELP),
  USAGE_UNKNOWN_OPTION: msg('opsi tidak dikenal: {option}{suggestion}', 'unknown option: {option}{suggestion}', HELP),
  USAGE_UNKNOWN_COMMAND: msg('perintah tidak dikenal: {command}{suggestion}', 'unknown command: {command}{suggestion}', HELP),
  USAGE_MISSING_ARGUMENT: msg('argumen wajib belum diisi: {argument}', 'missing required argument: {argument}', HELP),
  USAGE_OPTION_VALUE: msg('opsi {option} memerlukan nilai', 'option {option} needs a value', HELP),
  USAGE_MISSING_OPTION: msg('opsi wajib belum diisi: {option}', 'required option not given: {option}', HELP),
  USAGE_CHOICE: msg('nilai "{value}" untuk {option} tidak sah; pilihan: {choices}', 'value "{value}" for {option} is not allowed; choices: {choices}', HELP),
  USAGE_EXCESS_ARGUMENTS: msg('terlalu banyak argumen untuk "{command}"', 'too many arguments for "{command}"', HELP),
  USAGE_TOGETHER: msg('{a} dan {b} tidak dapat dipakai bersamaan', '{a} and {b} cannot be used together', HELP),
  USAGE_ONLY_WITH: msg('{option} hanya dipakai bersama {with}', '{option} is only used with {with}', HELP),
  USAGE_PDF_NEEDS_OUT: msg('--pdf memerlukan --out FOLDER untuk menyimpan laporan', '--pdf needs --out DIR to put the reports in', HELP),
  USAGE_SAME_FILE: msg('{a} dan {b} tidak boleh menunjuk berkas yang sama', '{a} and {b} cannot name the same file', HELP),
  USAGE_NUMBER: msg('{option} memerlukan angka, bukan "{value}"', '{option} needs a number, not "{value}"', HELP),
  USAGE_FAIL_UNDER_RANGE: msg('--fail-under {limit} di luar skala indeks rubrik {rubric} ({range})', '--fail-under {limit} is outside the index scale of rubric {rubric} ({range})', [
    'pilih batas di dalam skala itu, mis. batas rekomendasi rubriknya',
    'choose a limit within that scale, e.g. the rubric\'s recommendation threshold',
  ]),
  USAGE_DATE: msg('{option} memerlukan tanggal TTTT-BB-HH, bukan "{value}"', '{option} needs a date YYYY-MM-DD, not "{value}"', HELP),
  USAGE_POSITIVE_INTEGER: msg('{option} memerlukan bilangan bulat positif, bukan "{value}"', '{option} needs a positive whole number, not "{value}"', HELP),
  USAGE_SOURCE_DATE_EPOCH: msg('SOURCE_DATE_EPOCH harus bilangan bulat detik sejak 1970, bukan "{value}"', 'SOURCE_DATE_EPOCH must be whole seconds since 1970, not "{value}"', [
    'kosongkan variabel itu, atau isi dengan keluaran `date +%s`',
    'unset that variable, or set it to the output of `date +%s`',
  ]),
};
