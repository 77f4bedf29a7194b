import { msg } from './define.js';

/** Problems and notices of `siap report`. */
export const reportMessages = {
  TEMPLATE_INVALID: msg('templat laporan tidak valid: {count} masalah', 'report template is not valid: {count} problem(s)'),
  TEMPLATE_NOT_FOUND: msg('templat "{ref}" tidak ditemukan, baik sebagai templat bawaan maupun sebagai berkas', 'template "{ref}" is neither a bundled template nor a file', [
    'templat bawaan: {known}; atau sebutkan jalur berkas .yaml',
    'bundled templates: {known}; or give the path of a .yaml file',
  ]),
  TEMPLATE_DUPLICATE_SECTION: msg('bagian "{section}" disebut lebih dari sekali', 'section "{section}" is listed more than once', [
    'sebutkan setiap bagian satu kali; urutan cetak selalu mengikuti urutan baku laporan',
    'list each section once; the report always prints them in its standard order',
  ]),
  TEMPLATE_LOGO_FORMAT: msg('logo "{file}" bukan gambar PNG atau JPEG', 'logo "{file}" is not a PNG or JPEG image', [
    'simpan logo sebagai .png atau .jpg',
    'save the logo as .png or .jpg',
  ]),
  TEMPLATE_LOGO_MISSING: msg('logo "{file}" tidak ditemukan di folder templat ({base})', 'logo "{file}" is not in the template\'s folder ({base})', [
    'periksa nama berkasnya; jalur logo dihitung dari folder berkas templat',
    'check the file name; the logo path is relative to the template file\'s folder',
  ]),
  REPORT_CHARACTER_UNSUPPORTED: msg(
    '{field} memuat karakter yang tidak ada pada huruf laporan: {characters}; di PDF dicetak sebagai tanda �',
    '{field} holds characters the report\'s font cannot draw: {characters}; the PDF prints the mark � instead',
    [
      'huruf laporan (DejaVu Sans) memuat aksara Latin, Yunani, Sirilik dan Arab, tetapi tidak emoji, aksara Tionghoa/Jepang/Korea atau Thai; tulis dengan huruf Latin bila tanda itu mengganggu',
      'the report\'s font (DejaVu Sans) covers Latin, Greek, Cyrillic and Arabic but not emoji, Chinese/Japanese/Korean or Thai; write it in Latin letters if the mark is in the way',
    ],
  ),
  VERIFY_NOT_PDF: msg('"{file}" bukan berkas PDF', '"{file}" is not a PDF file'),
  VERIFY_NOT_SIAP: msg('"{file}" bukan laporan siap: tidak ada data siap-report di dalamnya', '"{file}" is not a siap report: it holds no siap-report data', [
    '{siap} verify memeriksa PDF yang dibuat dengan {siap} report atau {siap} batch --pdf',
    '{siap} verify checks PDFs made by {siap} report or {siap} batch --pdf',
  ]),
  VERIFY_MISSING_ATTACHMENT: msg('lampiran "{name}" ({role}) tidak ada di dalam PDF', 'attachment "{name}" ({role}) is missing from the PDF', [
    'PDF yang dicetak ulang atau disimpan ulang oleh program lain kehilangan lampirannya; periksa berkas asli dari siap',
    'a PDF printed or saved again by another program loses its attachments; check the original file siap wrote',
  ]),
  REPORT_OUTPUT_NOT_PDF: msg('berkas keluaran "{file}" harus berakhiran .pdf', 'output file "{file}" must end in .pdf', [
    'contoh: -o laporan-gianyar.pdf',
    'for example: -o report-gianyar.pdf',
  ]),
};
