import { msg } from './define.js';

/** Files, YAML, schema shape, usage and the program itself. */
export const commonMessages = {
  FILE_NOT_FOUND: msg('berkas tidak ditemukan', 'file not found', [
    'periksa nama dan foldernya; jalur relatif dihitung dari folder kerja saat ini',
    'check the name and folder; relative paths start from the current working folder',
  ]),
  FILE_IS_DIRECTORY: msg('ini sebuah folder, bukan berkas', 'this is a folder, not a file', [
    'sebutkan sebuah berkas, bukan folder (untuk menilai banyak berkas jawaban sekaligus: `{siap} batch`)',
    'name a file, not a folder (to score many answers files at once: `{siap} batch`)',
  ]),
  FILE_UNREADABLE: msg('berkas tidak dapat dibaca: tidak ada izin membacanya', 'file cannot be read: no permission to read it', [
    'periksa izin akses berkas (mis. `ls -l`), atau salin berkasnya ke folder Anda',
    'check the file permissions (e.g. `ls -l`), or copy the file into your own folder',
  ]),
  FILE_LOOP: msg('jalur ini tidak berujung: tautan simbolik (symlink) di dalamnya saling menunjuk dalam lingkaran', 'this path never ends: symbolic links in it point to each other in a loop', [
    'periksa tautannya dengan `ls -l`, lalu sebutkan berkas aslinya',
    'check the links with `ls -l`, and name the real file instead',
  ]),
  FILE_READ_FAILED: msg('berkas tidak dapat dibaca (galat sistem {reason})', 'file cannot be read (system error {reason})', [
    'coba lagi; bila berulang, salin berkasnya ke folder lokal dan baca salinannya',
    'try again; if it happens again, copy the file to a local folder and read the copy',
  ]),
  FILE_TOO_LARGE: msg('berkas terlalu besar ({size}); batasnya {limit}', 'file too large ({size}); the limit is {limit}', [
    'berkas jawaban dan rubrik biasanya di bawah 1 MB; pastikan ini berkas yang benar',
    'answer and rubric files are usually under 1 MB; make sure this is the right file',
  ]),
  FILE_EMPTY: msg('berkas kosong', 'file is empty', [
    'isi berkas dengan YAML; `{siap} init` membuat templat jawaban',
    'put YAML in the file; `{siap} init` writes an answers template',
  ]),
  FILE_BINARY: msg('berkas ini bukan teks (berisi data biner)', 'this file is not text (it holds binary data)', [
    'pastikan ini berkas .yaml/.json, bukan PDF, gambar atau arsip',
    'make sure this is a .yaml/.json file, not a PDF, image or archive',
  ]),
  FILE_ENCODING: msg('berkas disimpan dalam pengodean {encoding}, bukan UTF-8', 'file is saved as {encoding}, not UTF-8', [
    'simpan ulang sebagai UTF-8 (di Notepad: Simpan Sebagai → Pengodean: UTF-8)',
    'save it again as UTF-8 (in Notepad: Save As → Encoding: UTF-8)',
  ]),
  FILE_EXISTS: msg('berkas sudah ada dan tidak ditimpa', 'file already exists and was not overwritten', [
    'pilih nama berkas lain, atau tambahkan --force untuk menimpanya',
    'choose another file name, or add --force to overwrite it',
  ]),
  FILE_WRITE_FAILED: msg('berkas tidak dapat ditulis ({reason})', 'file could not be written ({reason})', [
    'periksa bahwa foldernya ada dan dapat ditulisi',
    'check that the folder exists and is writable',
  ]),
  PATH_ESCAPES: msg('jalur "{target}" keluar dari foldernya ({base})', 'path "{target}" leaves its folder ({base})', [
    'gunakan jalur di dalam folder yang sama, tanpa ".." atau jalur absolut',
    'use a path inside the same folder, without ".." or an absolute path',
  ]),

  YAML_SYNTAX: msg('sintaks YAML salah: {detail}', 'YAML syntax error: {detail}', [
    'periksa indentasi (spasi, bukan tab), titik dua setelah kunci, dan tanda kutip yang berpasangan',
    'check the indentation (spaces, not tabs), the colon after each key, and matching quotes',
  ]),
  YAML_TAB: msg('indentasi memakai karakter tab', 'indentation uses a tab character', [
    'YAML hanya menerima spasi untuk indentasi; ganti tab dengan dua spasi',
    'YAML accepts only spaces for indentation; replace the tab with two spaces',
  ]),
  YAML_DUPLICATE_KEY: msg('kunci "{key}" muncul dua kali di tempat yang sama', 'key "{key}" appears twice in the same place', [
    'hapus atau gabungkan salah satunya',
    'remove or merge one of them',
  ]),
  YAML_ALIASES: msg('terlalu banyak alias YAML (*ref) — berkas akan mengembang tanpa batas', 'too many YAML aliases (*ref) — the file would expand without bound', [
    'tulis nilainya secara langsung alih-alih memakai alias berulang',
    'write the values out instead of nesting aliases',
  ]),
  YAML_MULTI_DOC: msg('berkas berisi lebih dari satu dokumen YAML (---)', 'file holds more than one YAML document (---)', [
    'simpan satu dokumen per berkas',
    'keep one document per file',
  ]),
  KEY_FORBIDDEN: msg('kunci "{key}" tidak diizinkan', 'key "{key}" is not allowed', [
    'nama ini dicadangkan oleh JavaScript; gunakan nama lain',
    'this name is reserved by JavaScript; use another name',
  ]),

  SCHEMA_MISSING: msg('kunci wajib "{key}" tidak ada', 'required key "{key}" is missing', [
    'tambahkan "{key}:" di bagian ini',
    'add "{key}:" to this part',
  ]),
  SCHEMA_TYPE: msg('{where} harus berupa {expected}, bukan {received}', '{where} must be {expected}, not {received}'),
  SCHEMA_UNKNOWN_KEY: msg('kunci "{key}" tidak dikenal', 'unknown key "{key}"', [
    '{suggestion}',
    '{suggestion}',
  ]),
  SCHEMA_NOT_LIST: msg('{where} harus berupa daftar, bukan {received}', '{where} must be a list, not {received}', [
    'tulis sebagai daftar: {fix}',
    'write it as a list: {fix}',
  ]),
  SCHEMA_ENUM: msg('{where} harus salah satu dari: {values}', '{where} must be one of: {values}', ['{suggestion}', '{suggestion}']),
  SCHEMA_EMPTY: msg('{where} tidak boleh kosong', '{where} must not be empty', [
    'isi teksnya, atau hapus kunci ini bila tidak wajib',
    'write the text, or remove this key if it is optional',
  ]),
  SCHEMA_TOO_FEW: msg('{where} harus berisi sedikitnya {minimum} butir', '{where} needs at least {minimum} item(s)'),
  SCHEMA_TOO_MANY: msg('{where} berisi terlalu banyak butir: paling banyak {maximum}', '{where} has too many items: at most {maximum}'),
  SCHEMA_TOO_SMALL: msg('{where} terlalu kecil: {bound}', '{where} is too small: {bound}'),
  SCHEMA_TOO_BIG: msg('{where} terlalu besar: {bound}', '{where} is too big: {bound}'),
  SCHEMA_FORMAT: msg('{where} tidak berformat benar ({format})', '{where} is not well formed ({format})'),
  SCHEMA_SHAPE: msg('{where} tidak berbentuk yang dikenal', '{where} does not have a known shape', [
    'lihat contoh di README; `{siap} rubric schema` memberi skema JSON untuk editor',
    'see the examples in the README; `{siap} rubric schema` prints a JSON Schema for editors',
  ]),
  SCHEMA_INVALID: msg('{where}: {detail}', '{where}: {detail}'),

  USAGE: msg('{detail}', '{detail}', ['jalankan dengan --help untuk melihat contoh', 'run with --help to see examples']),
  CANCELLED: msg('dibatalkan', 'cancelled'),
  NOT_A_TERMINAL: msg(
    'masukan (stdin) bukan terminal, jadi pertanyaan interaktif tidak dapat diajukan',
    'standard input is not a terminal, so interactive questions cannot be asked',
    [
      'isi jawaban di editor: `{siap} init --rubric {rubric} -o jawaban.yaml`, lalu `{siap} score jawaban.yaml`',
      'fill the answers in an editor: `{siap} init --rubric {rubric} -o answers.yaml`, then `{siap} score answers.yaml`',
    ],
  ),
  INTERNAL: msg('kesalahan internal: {detail}', 'internal error: {detail}', [
    'ini kutu (bug) di siap; jalankan ulang dengan --debug dan laporkan keluarannya',
    'this is a bug in siap; run again with --debug and report the output',
  ]),
};
