import { msg } from './define.js';

/** Problems and notices of `siap batch`. */
export const batchMessages = {
  BATCH_NO_MATCH: msg('pola "{pattern}" tidak cocok dengan berkas apa pun', 'pattern "{pattern}" matches no file', [
    'pola yang didukung: * (bagian nama), ? (satu huruf), ** (folder di bawahnya, berapa pun dalamnya); beri tanda kutip agar shell tidak mengubahnya',
    'supported patterns: * (part of a name), ? (one character), ** (any depth of folders); quote the pattern so the shell leaves it alone',
  ]),
  BATCH_EMPTY_DIR: msg('folder ini tidak berisi berkas .yaml, .yml atau .json', 'this folder holds no .yaml, .yml or .json file', [
    'periksa nama foldernya; berkas dan folder yang namanya diawali titik dilewati',
    'check the folder name; files and folders whose name starts with a dot are skipped',
  ]),
  BATCH_NO_FILES: msg('tidak ada berkas jawaban untuk dinilai', 'there are no answers files to score', [
    'sebutkan berkas, folder, atau pola, mis. `siap batch jawaban/`',
    'name files, folders or patterns, e.g. `siap batch answers/`',
  ]),
  BATCH_OTHER_RUBRIC: msg(
    'berkas ini dinilai dengan rubrik "{rubric}", sedangkan peringkat ini memakai rubrik "{expected}"',
    'this file is scored with rubric "{rubric}", but this ranking uses rubric "{expected}"',
    [
      'peringkat hanya membandingkan hasil dari rubrik yang sama; nilai berkas ini dalam batch terpisah, atau pilih rubrik dengan --rubric',
      'a ranking only compares results of the same rubric; score this file in a separate batch, or choose the rubric with --rubric',
    ],
  ),
  BATCH_OUTPUTS_EXIST: msg('{count} berkas keluaran sudah ada; tidak ada yang ditulis', '{count} output file(s) already exist; nothing was written', [
    'pilih folder atau nama lain, atau tambahkan --force untuk menimpanya',
    'choose another folder or name, or add --force to overwrite them',
  ]),
  BATCH_OUT_NOT_DIR: msg('--out harus berupa folder, tetapi ini sebuah berkas', '--out must be a folder, but this is a file', [
    'sebutkan folder baru atau folder yang sudah ada; siap membuatnya bila belum ada',
    'name a new or existing folder; siap creates it when missing',
  ]),
  BATCH_MORE_WARNINGS: msg('… dan {count} peringatan {code} lain seperti di atas (semuanya ada di ekspor --json)', '… and {count} more {code} warning(s) like the ones above (all of them are in the --json export)'),
  BATCH_PDF_FAILED: msg('laporan PDF tidak dapat dibuat: {detail}', 'the PDF report could not be made: {detail}'),
};
