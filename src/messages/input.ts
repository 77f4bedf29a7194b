import type { Words } from '../i18n.js';
import { msg } from './define.js';

/**
 * Problems with what a user's files are (devices, pipes, encodings, control characters, numbers
 * and dates that cannot be), where they may point (`rubric.file`), and with the places siap
 * writes to (read-only files, missing folders, a full disk).
 */
export const inputMessages = {
  FILE_NOT_REGULAR: msg('ini {kind}, bukan berkas biasa; siap tidak membacanya', 'this is {kind}, not a regular file; siap does not read it', [
    'sebutkan berkas biasa di disk',
    'name an ordinary file on disk',
  ]),
  FILE_CONTROL_CHAR: msg(
    'berkas berisi karakter kendali {char} yang tak terlihat (dapat mengacaukan terminal atau lembar kerja)',
    'file holds the invisible control character {char} (it can garble a terminal or a spreadsheet)',
    [
      'hapus karakter itu di editor (biasanya terbawa saat menyalin dari dokumen atau pesan lain)',
      'delete that character in an editor (it usually comes along when copying from another document or message)',
    ],
  ),
  FILE_READ_ONLY: msg('berkas ini hanya-baca; siap tidak mengubahnya', 'this file is read-only; siap does not change it', [
    'buka proteksi tulisnya (chmod u+w, atau Properti → hapus centang "Hanya-baca"), atau pilih nama lain',
    'remove its write protection (chmod u+w, or Properties → untick "Read-only"), or choose another name',
  ]),
  FOLDER_MISSING: msg('folder "{folder}" tidak ada', 'folder "{folder}" does not exist', [
    'buat foldernya dulu, atau pilih folder lain',
    'create the folder first, or choose another one',
  ]),
  FOLDER_NOT_WRITABLE: msg('folder "{folder}" tidak dapat ditulisi', 'folder "{folder}" is not writable', [
    'periksa izin tulis folder itu, atau pilih folder lain',
    'check the folder\'s write permission, or choose another folder',
  ]),
  DISK_FULL: msg('disk penuh; berkas tidak dapat ditulis', 'the disk is full; the file could not be written', [
    'kosongkan ruang disk lalu jalankan lagi; berkas yang sudah ada tidak diubah',
    'free some disk space and run again; the existing file was not changed',
  ]),
  OUTPUT_DISK_FULL: msg('disk penuh; keluaran perintah ini tidak dapat ditulis seluruhnya', 'the disk is full; this command\'s output could not be written in full', [
    'kosongkan ruang disk lalu jalankan lagi, atau arahkan keluaran (> berkas) ke disk lain',
    'free some disk space and run again, or send the output (> file) to another disk',
  ]),
  OUTPUT_WRITE_FAILED: msg('keluaran perintah ini tidak dapat ditulis ({reason})', 'this command\'s output could not be written ({reason})', [
    'periksa ke mana keluaran diarahkan (> berkas atau | program)',
    'check where the output goes (> file or | program)',
  ]),
  YAML_TOO_DEEP: msg('dokumen bersarang terlalu dalam (lebih dari {limit} tingkat)', 'the document is nested too deeply (more than {limit} levels)', [
    'rubrik dan berkas jawaban tidak sedalam ini; periksa kurung [ ] dan { } yang tidak ditutup',
    'rubrics and answers files are never this deep; look for [ ] and { } that are not closed',
  ]),
  VALUE_NOT_FINITE: msg('{where} bukan angka terhingga ({value})', '{where} is not a finite number ({value})', [
    'tulis angka biasa, mis. 12 atau 12.5; .nan, .inf dan angka di luar jangkauan seperti 1e400 tidak diterima',
    'write an ordinary number such as 12 or 12.5; .nan, .inf and out-of-range numbers such as 1e400 are not accepted',
  ]),
  ANSWER_NO_SUCH_DATE: msg('tanggal "{value}" tidak ada di kalender', 'there is no such date as "{value}"', ['{advice}', '{advice}']),
  RUBRIC_FILE_OUTSIDE: msg(
    '`rubric.file` "{ref}" menunjuk ke luar folder berkas jawaban ini',
    '`rubric.file` "{ref}" points outside this answers file\'s folder',
    [
      'simpan rubrik di folder berkas jawaban (atau subfoldernya), sebutkan rubriknya dengan --rubric <id|berkas>, atau tambahkan --allow-rubric-file bila berkas jawaban ini dari Anda sendiri',
      'keep the rubric in the answers file\'s folder (or below it), name the rubric with --rubric <id|file>, or add --allow-rubric-file when this answers file is your own',
    ],
  ),
  RUBRIC_FILE_WRITTEN_OUTSIDE: msg(
    'rubrik "{rubric}" berada di luar folder berkas jawaban ini, jadi `rubric.file` hanya diikuti dengan --allow-rubric-file',
    'rubric "{rubric}" lies outside this answers file\'s folder, so `rubric.file` is followed only with --allow-rubric-file',
    [
      'salin rubrik ke folder berkas jawaban (atau subfoldernya), atau nilai berkas ini dengan --rubric {rubric}',
      'copy the rubric into the answers file\'s folder (or below it), or score this file with --rubric {rubric}',
    ],
  ),
  RUBRIC_FILE_UNUSABLE: msg(
    'rubrik yang disebut `rubric.file` ("{ref}") tidak dapat dipakai',
    'the rubric named by `rubric.file` ("{ref}") cannot be used',
    [
      'perbaiki rubrik itu (masalahnya tercantum di bawah), atau sebutkan rubrik lain dengan --rubric <id|berkas>',
      'fix that rubric (its problems are listed below), or name another rubric with --rubric <id|file>',
    ],
  ),
  RUBRIC_FILE_NOT_RUBRIC: msg('berkas "{ref}" yang disebut `rubric.file` bukan rubrik siap', 'the file "{ref}" named by `rubric.file` is not a siap rubric', [
    'periksa jalurnya, atau sebutkan rubriknya dengan --rubric <id|berkas>; `{siap} rubric validate <berkas>` menunjukkan isi yang salah',
    'check the path, or name the rubric with --rubric <id|file>; `{siap} rubric validate <file>` shows what is wrong with its content',
  ]),
  SAME_FILE_TWICE: msg('berkas ini sama dengan "{other}" (nama lain atau tautan ke berkas yang sama)', 'this is the same file as "{other}" (another name or a link to it)', [
    'sebutkan setiap berkas sekali saja',
    'name each file only once',
  ]),
  COMPARE_IDENTICAL_COPY: msg('isi berkas ini sama persis dengan "{other}" (salinan)', 'this file has exactly the same content as "{other}" (a copy)', [
    'perbandingan sebuah berkas dengan salinannya selalu tanpa perubahan; periksa apakah berkas yang benar yang dikirim',
    'a file compared with its copy never changes; check that the right file was sent',
  ]),
  MERGE_IDENTICAL_COPY: msg('isi berkas ini sama persis dengan "{other}" (salinan)', 'this file has exactly the same content as "{other}" (a copy)', [
    'salinan membuat kesepakatan tampak lebih tinggi; pastikan setiap asesor mengirim berkasnya sendiri',
    'a copy makes agreement look higher than it is; make sure each assessor sent their own file',
  ]),
  REPORT_COMPARE_OTHER_RUBRIC: msg(
    'berkas pembanding dibuat untuk rubrik "{other}", sedangkan laporan ini untuk rubrik "{rubric}"',
    'the comparison file was made for rubric "{other}", but this report is for rubric "{rubric}"',
    [
      'penilaian mandiri dan verifikasi asesor hanya dapat dibandingkan bila keduanya memakai rubrik yang sama',
      'a self-assessment and an assessor\'s verification can only be compared when both use the same rubric',
    ],
  ),
  REPORT_COMPARE_OTHER_QUESTIONS: msg(
    'berkas pembanding memakai rubrik versi {other} yang pertanyaannya tidak sama dengan versi {version} ({count} berbeda, mis. {ids})',
    'the comparison file uses rubric version {other}, whose questions differ from version {version} ({count} differ, e.g. {ids})',
    [
      'bandingkan dua penilaian yang dibuat dengan versi rubrik yang sama',
      'compare two assessments made with the same rubric version',
    ],
  ),
};

/** What a path that is not a regular file is, for FILE_NOT_REGULAR. */
export const FILE_KIND_WORDS = {
  characterDevice: { id: 'perangkat karakter (mis. /dev/zero)', en: 'a character device (such as /dev/zero)' },
  blockDevice: { id: 'perangkat blok (disk)', en: 'a block device (a disk)' },
  fifo: { id: 'pipa bernama (FIFO)', en: 'a named pipe (FIFO)' },
  socket: { id: 'soket', en: 'a socket' },
  other: { id: 'jenis berkas khusus', en: 'a special file' },
} satisfies Record<string, Words>;

/** What is wrong with a date that is not on the calendar (the hint of ANSWER_NO_SUCH_DATE). */
export const DATE_WORDS = {
  noSuchMonth: { id: 'bulan {month} tidak ada: bulan ditulis di tengah, 01–12 (TTTT-BB-HH)', en: 'there is no month {month}: the month comes in the middle, 01–12 (YYYY-MM-DD)' },
  swapped: { id: '; mungkin maksudnya {date}?', en: '; did you mean {date}?' },
  monthEnds: { id: '{month} {year} hanya sampai tanggal {last}', en: '{month} {year} has only {last} days' },
  dayZero: { id: 'tanggal dimulai dari 01', en: 'days start at 01' },
} satisfies Record<string, Words>;

/** Hints about values in hand-edited YAML. */
export const INPUT_WORDS = {
  quoteFlowValue: {
    id: 'koma memisahkan nilai di dalam { }, jadi "{key}" terbaca sebagai kunci; beri tanda kutip pada nilainya: {fix}',
    en: 'a comma separates values inside { }, so "{key}" was read as a key; quote the value: {fix}',
  },
} satisfies Record<string, Words>;
