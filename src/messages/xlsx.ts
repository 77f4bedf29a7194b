import type { Lang, Words } from '../i18n.js';

/** Words of the Excel workbook of `siap batch --xlsx` and `siap score --xlsx` (batch/xlsx.ts). */
export const XLSX_WORDS = {
  sheetRanking: { id: 'Peringkat', en: 'Ranking' },
  sheetPillar: { id: 'Pilar {title}', en: 'Pillar {title}' },
  sheetMatrix: { id: 'Matriks pertanyaan', en: 'Question matrix' },
  sheetProblems: { id: 'Berkas bermasalah', en: 'Problem files' },
  sheetProvinces: { id: 'Provinsi', en: 'Provinces' },
  sheetMethod: { id: 'Metode', en: 'Method' },
  regencyKind: { id: 'Jenis daerah', en: 'Kind' },
  provinceCode: { id: 'Kode provinsi', en: 'Province code' },
  provinceRank: { id: 'Peringkat di provinsi', en: 'Rank in province' },
  pillarIndex: { id: 'Indeks {title}', en: '{title} index' },
  line: { id: 'Baris', en: 'Line' },
  column: { id: 'Kolom', en: 'Column' },
  problemCode: { id: 'Kode masalah', en: 'Problem code' },
  severity: { id: 'Tingkat', en: 'Severity' },
  error: { id: 'kesalahan', en: 'error' },
  warning: { id: 'peringatan', en: 'warning' },
  message: { id: 'Pesan', en: 'Message' },
  hint: { id: 'Saran', en: 'Hint' },
  noProblems: { id: 'Semua berkas dapat dinilai.', en: 'Every file could be scored.' },
  regions: { id: 'Daerah ikut', en: 'Regencies taking part' },
  ranked: { id: 'Diperingkat', en: 'Ranked' },
  selected: { id: 'Terpilih', en: 'Selected' },
  unknownProvince: { id: '(provinsi tidak diketahui)', en: '(province unknown)' },
  na: { id: 'N/A', en: 'N/A' },
  question: { id: 'Pertanyaan', en: 'Question' },
  section: { id: 'Bagian', en: 'Section' },
  methodTitle: { id: 'Metode dan aturan', en: 'Method and rules' },
  rubric: { id: 'Rubrik', en: 'Rubric' },
  generated: { id: 'Dibuat', en: 'Made' },
  files: { id: 'Berkas', en: 'Files' },
  filesLine: {
    id: '{files} berkas diterima: {valid} valid, {broken} rusak, {other} rubrik lain',
    en: '{files} files received: {valid} valid, {broken} broken, {other} another rubric',
  },
  filesOutside: { id: '{count} berkas di luar provinsi yang dipilih tidak diikutkan', en: '{count} files outside the chosen provinces were left out' },
  indexHeading: { id: 'Indeks', en: 'Index' },
  indexText: {
    id: 'Setiap pertanyaan diberi skor pada skala indeks ({lower}–{upper}). Indeks elemen adalah rata-rata berbobot skor pertanyaannya, indeks pilar rata-rata berbobot elemennya, dan indeks daerah rata-rata berbobot pilarnya (bobot dari rubrik). Pertanyaan N/A dan yang tidak ditanyakan tidak dihitung; pertanyaan wajib yang belum dijawab dihitung dengan nilai terendah dan hasilnya berstatus sementara.',
    en: 'Every question is scored on the index scale ({lower}–{upper}). An element index is the weighted mean of its questions, a pillar index the weighted mean of its elements, and the regency index the weighted mean of its pillars (weights from the rubric). N/A questions and questions not asked do not count; a required question left unanswered counts as the lowest value and makes the result provisional.',
  },
  bandsHeading: { id: 'Kategori', en: 'Bands' },
  bandLine: { id: '{label}: indeks {min} ke atas', en: '{label}: index {min} and above' },
  gatesHeading: { id: 'Syarat rekomendasi', en: 'Gates' },
  orderHeading: { id: 'Urutan dan nilai seri', en: 'Order and ties' },
  orderText: {
    id: 'Urut menurut indeks tanpa pembulatan, tertinggi lebih dulu (selisih di bawah 9 angka desimal dianggap seri). Bila seri: indeks pilar menurut urutan rubrik, masing-masing tertinggi lebih dulu; lalu nama daerah; lalu jalur berkas. Setiap daerah yang dihitung mendapat peringkat sendiri (tidak ada peringkat bersama).',
    en: 'Ordered by the unrounded index, highest first (differences below 9 decimal places are a tie). Ties: the pillar indices in the rubric’s order, each highest first; then the regency name; then the file path. Every counted regency gets its own rank (no shared ranks).',
  },
  quotaHeading: { id: 'Kuota', en: 'Quota' },
  quotaText: {
    id: 'Dengan kuota N, N daerah berperingkat teratas yang lolos semua syarat dan tidak berstatus sementara ditandai Terpilih (di lembar Peringkat di atas garis kuota); yang memenuhi syarat sesudahnya Cadangan. Bila yang memenuhi syarat kurang dari N, tempat kuota dibiarkan kosong.',
    en: 'With a quota N, the N best-ranked regencies that pass every gate and are not provisional are Selected (on the Ranking sheet, above the quota line); qualifying ones after them are Reserve. With fewer than N qualifying, the remaining places stay empty.',
  },
  quotaNone: { id: 'Tanpa kuota (--top tidak dipakai).', en: 'No quota (--top was not given).' },
  quotaLine: { id: 'Kuota {top}: {selected} terpilih', en: 'Quota {top}: {selected} selected' },
  duplicatesHeading: { id: 'Daerah ganda', en: 'Duplicates' },
  duplicatesText: {
    id: 'Berkas-berkas dengan kode wilayah yang sama (berkas tanpa kode memakai kode daftar resmi menurut namanya, atau nama dan provinsi bila tidak ada) adalah daerah yang sama; hanya satu yang dihitung: verifikasi asesor mengalahkan penilaian mandiri, lalu tanggal asesmen terbaru. Bila tidak dapat dibedakan (jenis dan tanggal sama), tidak ada yang dihitung sampai berkas yang keliru dihapus atau kodenya diperbaiki.',
    en: 'Files with the same region code (a file without one takes the official list’s code for its name, else its name and province) are the same regency; only one counts: an assessor verification beats a self-assessment, then the latest assessment date. When they cannot be told apart (same kind and date), none counts until the wrong file is removed or its code corrected.',
  },
  numbersHeading: { id: 'Angka', en: 'Numbers' },
  numbersText: {
    id: 'Indeks ditulis sebagai angka yang dibulatkan seperti di rekapitulasi ({decimals} desimal); pemisah desimalnya mengikuti pengaturan wilayah Excel atau LibreOffice (koma untuk Indonesia). Angka tanpa pembulatan ada di ekspor --json.',
    en: 'Indices are numbers rounded as in the recap ({decimals} decimals); their decimal separator follows the regional settings of Excel or LibreOffice. The unrounded numbers are in the --json export.',
  },
  registerHeading: { id: 'Daftar wilayah', en: 'Region register' },
  registerText: {
    id: 'Kode, jenis dan provinsi kabupaten/kota diperiksa terhadap daftar resmi Kemendagri (514 daerah, Kepmendagri No. 300.2.2-2138 Tahun 2025), dari data terbuka cahyadsn/wilayah (lisensi MIT, © 2017–2025 Cahya DSN). Kode PP.90–PP.99 dipakai untuk daerah rekaan dan tidak diperiksa.',
    en: 'Region codes, kinds and provinces are checked against the official Kemendagri list (514 regions, Kepmendagri No. 300.2.2-2138 of 2025), from the open data set cahyadsn/wilayah (MIT licence, © 2017–2025 Cahya DSN). Codes PP.90–PP.99 are kept for made-up regencies and are not checked.',
  },
  questionsHeading: { id: 'Pertanyaan (kolom lembar Matriks pertanyaan)', en: 'Questions (columns of the Question matrix sheet)' },
  matrixNote: {
    id: 'Isi sel: skor pertanyaan pada skala indeks; N/A = tidak berlaku; kosong = belum dijawab atau tidak ditanyakan.',
    en: 'Cells: the question’s score on the index scale; N/A = not applicable; empty = unanswered or not asked.',
  },
} satisfies Record<string, Words>;

/**
 * The locale tag in front of the workbook's number formats: with it, LibreOffice shows Indonesian
 * numbers with a decimal comma whatever its own settings (Excel uses its regional settings).
 */
export const NUMBER_FORMAT_LOCALE: Record<Lang, string> = { id: '[$-421]', en: '' };
