import type { Words } from '../i18n.js';
import { msg } from './define.js';

/** Problems of `siap form`. */
export const formMessages = {
  USAGE_HTML_OUTPUT: msg('berkas formulir harus berakhiran .html atau .htm', 'the form file must end in .html or .htm', [
    'mis. -o formulir-gianyar.html',
    'e.g. -o form-gianyar.html',
  ]),
  RUBRIC_CHANGED_WHILE_READ: msg('rubrik {file} berubah saat sedang dibaca', 'the rubric {file} changed while it was being read', [
    'simpan dulu perubahan rubrik, lalu jalankan perintah ini lagi',
    'finish editing the rubric, then run this command again',
  ]),
  FORM_BUNDLE_MISSING: msg('kode formulir untuk browser tidak ditemukan ({file})', 'the browser code of the form was not found ({file})', [
    'jalankan `npm run build` di folder siap (atau pasang ulang paketnya)',
    'run `npm run build` in the siap folder (or reinstall the package)',
  ]),
};

/** What `siap form` prints in the terminal. */
export const FORM_CLI_WORDS = {
  written: {
    id: 'Formulir ditulis: {file} ({size}, {count} pertanyaan, {rubric} v{version}).\nKirim berkas ini ke tim daerah: cukup dibuka dengan klik ganda, tanpa internet dan tanpa memasang apa pun.',
    en: 'Form written: {file} ({size}, {count} questions, {rubric} v{version}).\nSend this file to the regency team: it opens with a double-click, offline, with nothing to install.',
  },
  defaultName: { id: 'formulir', en: 'form' },
  partly: {
    id: '{file}: {count} jawaban di atas tidak diisikan ke formulir; formulir menunjukkan masalahnya di pertanyaan masing-masing, dan jawaban lainnya sudah terisi.',
    en: '{file}: {count} answer(s) above were left out of the form; the form shows each problem at its question, and the other answers are filled in.',
  },
} satisfies Record<string, Words>;

/**
 * Everything a regency team reads in the offline form (`siap form`), in both languages. The
 * browser code picks from this table the same way the terminal does.
 */
export const FORM_WORDS = {
  // Page
  pageTitle: { id: 'Kuesioner penilaian mandiri — {title}', en: 'Self-assessment questionnaire — {title}' },
  kicker: { id: 'Kuesioner penilaian mandiri', en: 'Self-assessment questionnaire' },
  rubricLine: { id: 'Rubrik {rubric} versi {version}', en: 'Rubric {rubric} version {version}' },
  intro: {
    id: 'Isi data daerah, lalu jawab setiap pertanyaan. Jawaban tersimpan otomatis di browser ini. Bila selesai, tekan “Simpan berkas jawaban” dan kirim berkas .yaml itu ke sekretariat.',
    en: 'Fill in the regency details, then answer every question. Answers are kept in this browser as you go. When you are done, press “Save answers file” and send that .yaml file to the secretariat.',
  },
  noScript: {
    id: 'Formulir ini memerlukan JavaScript. Buka dengan Chrome, Edge atau Firefox versi terbaru.',
    en: 'This form needs JavaScript. Open it in a current Chrome, Edge or Firefox.',
  },
  skipToQuestions: { id: 'Langsung ke pertanyaan', en: 'Skip to the questions' },

  // Toolbar
  save: { id: 'Simpan berkas jawaban', en: 'Save answers file' },
  open: { id: 'Buka berkas', en: 'Open file' },
  print: { id: 'Cetak', en: 'Print' },
  switchLanguage: { id: 'English', en: 'Bahasa Indonesia' },
  switchLanguageLabel: { id: 'Ganti bahasa ke English', en: 'Switch the language to Bahasa Indonesia' },
  toolbar: { id: 'Berkas', en: 'File' },

  // Saved state
  savedInBrowser: { id: 'Tersimpan di browser ini ({time})', en: 'Saved in this browser ({time})' },
  notSavedInBrowser: {
    id: 'Browser ini tidak mengizinkan penyimpanan: simpan berkas jawaban secara berkala',
    en: 'This browser does not allow storage: save the answers file regularly',
  },
  fileNotSaved: { id: 'ada perubahan yang belum disimpan ke berkas', en: 'changes not yet saved to a file' },
  fileSaved: { id: 'berkas {file} disimpan {time}', en: 'file {file} saved at {time}' },
  restored: {
    id: 'Jawaban dipulihkan dari penyimpanan browser ini (terakhir diubah {time}).',
    en: 'Answers restored from this browser’s storage (last changed {time}).',
  },
  restoredProblems: {
    id: 'Draf di browser ini tidak cocok lagi dengan rubrik; bagian yang bermasalah tidak dipulihkan.',
    en: 'The draft in this browser no longer matches the rubric; the parts with problems were not restored.',
  },
  discardDraft: { id: 'Buang draf browser dan mulai dari berkas awal', en: 'Discard the browser draft and start from the original file' },
  confirmDiscard: {
    id: 'Buang semua jawaban yang tersimpan di browser ini untuk formulir ini?',
    en: 'Discard every answer kept in this browser for this form?',
  },
  leaveWarning: {
    id: 'Ada perubahan yang belum disimpan ke berkas. Tetap tutup?',
    en: 'Some changes are not saved to a file yet. Close anyway?',
  },

  // Opening a file
  openTitle: { id: 'Berkas dibuka: {file}', en: 'File opened: {file}' },
  openOk: { id: '{count} jawaban dimuat.', en: '{count} answers loaded.' },
  openPartial: {
    id: '{count} jawaban dimuat; jawaban yang bermasalah di bawah tidak dimuat. Perbaiki di formulir, lalu simpan lagi.',
    en: '{count} answers loaded; the answers with the problems below were not loaded. Fix them in the form, then save again.',
  },
  openFailed: { id: 'Berkas tidak dimuat; jawaban di formulir tidak berubah.', en: 'The file was not loaded; the answers in the form are unchanged.' },
  confirmReplace: {
    id: 'Jawaban di formulir akan diganti dengan isi berkas ini. Lanjutkan?',
    en: 'The answers in the form will be replaced by this file. Go on?',
  },
  problemsTitle: { id: 'Masalah di {source} ({count})', en: 'Problems in {source} ({count})' },
  browserDraft: { id: 'draf di browser ini', en: 'the draft in this browser' },
  closeProblems: { id: 'Tutup', en: 'Close' },
  goToQuestion: { id: 'ke pertanyaan {id}', en: 'go to question {id}' },

  // Saving
  savedFile: { id: 'Berkas jawaban disimpan sebagai {file}. Kirim berkas itu ke sekretariat.', en: 'Answers file saved as {file}. Send that file to the secretariat.' },
  saveNoName: {
    id: 'Nama kabupaten/kota belum diisi: isi di “Data daerah dan pengisian” lalu simpan lagi, agar sekretariat tahu berkas ini milik siapa.',
    en: 'The regency name is empty: fill it in under “Regency and assessment details” and save again, so the secretariat knows whose file this is.',
  },
  saveWithOpen: {
    id: '{count} isian belum sah dan tidak ikut disimpan (lihat tanda merah).',
    en: '{count} entries are not valid yet and were not saved (see the red marks).',
  },

  // Details
  detailsTitle: { id: 'Data daerah dan pengisian', en: 'Regency and assessment details' },
  regencyName: { id: 'Nama kabupaten/kota', en: 'Regency or city name' },
  regencyNameHint: { id: 'seperti dalam daftar Kemendagri, mis. Gianyar', en: 'as in the Kemendagri list, e.g. Gianyar' },
  regencyKind: { id: 'Jenis daerah', en: 'Kind of region' },
  chooseKind: { id: '— pilih —', en: '— choose —' },
  province: { id: 'Provinsi', en: 'Province' },
  code: { id: 'Kode wilayah Kemendagri', en: 'Kemendagri region code' },
  codeHint: { id: 'mis. 51.04', en: 'e.g. 51.04' },
  date: { id: 'Tanggal pengisian', en: 'Date filled in' },
  profile: { id: 'Profil pertanyaan', en: 'Question profile' },
  allQuestions: { id: 'Semua pertanyaan', en: 'Every question' },
  team: { id: 'Tim pengisi', en: 'Team filling in' },
  teamMember: { id: 'Anggota {n}', en: 'Member {n}' },
  personName: { id: 'Nama', en: 'Name' },
  personRole: { id: 'Jabatan', en: 'Role' },
  personInstitution: { id: 'Instansi', en: 'Institution' },
  addMember: { id: 'Tambah anggota', en: 'Add a member' },
  removeMember: { id: 'Hapus anggota {n}', en: 'Remove member {n}' },
  representative: { id: 'Mengetahui (mis. Sekretaris Daerah)', en: 'Acknowledged by (e.g. Regional Secretary)' },
  notes: { id: 'Catatan umum', en: 'General notes' },
  required: { id: 'wajib', en: 'required' },

  // Sections and progress
  contents: { id: 'Daftar isi', en: 'Contents' },
  sectionProgress: { id: '{answered} dari {total} dijawab', en: '{answered} of {total} answered' },
  notAskedHere: { id: '{count} pertanyaan tidak ditanyakan (syaratnya tidak terpenuhi)', en: '{count} question(s) not asked (condition not met)' },
  overallProgress: { id: '{answered} dari {total} pertanyaan dijawab ({percent}%)', en: '{answered} of {total} questions answered ({percent}%)' },

  // Question
  stateAnswered: { id: 'dijawab', en: 'answered' },
  stateUnanswered: { id: 'belum dijawab', en: 'unanswered' },
  stateNa: { id: 'N/A', en: 'N/A' },
  stateProblem: { id: 'perlu diperbaiki', en: 'needs fixing' },
  optional: { id: 'tidak wajib', en: 'optional' },
  notScored: { id: 'tidak dinilai', en: 'not scored' },
  weight: { id: 'bobot {weight}', en: 'weight {weight}' },
  hint: { id: 'Petunjuk', en: 'Hint' },
  evidenceExpected: { id: 'Bukti yang diharapkan', en: 'Evidence expected' },
  evidenceAtLevel: { id: 'Bukti pada level ini', en: 'Evidence at this level' },
  onlyWhen: { id: 'Ditanyakan hanya bila {rule}', en: 'Asked only when {rule}' },
  yourAnswer: { id: 'Jawaban', en: 'Answer' },
  addRow: { id: '+ Tambah baris', en: '+ Add a row' },
  wholeNumber: { id: 'bilangan bulat', en: 'whole number' },
  bands: { id: 'Tingkatan', en: 'Bands' },
  numberGives: { id: '→ {label}', en: '→ {label}' },
  exclusive: { id: 'tidak dapat digabung dengan pilihan lain', en: 'cannot be combined with other choices' },
  na: { id: 'Tidak berlaku (N/A)', en: 'Not applicable (N/A)' },
  naReason: { id: 'Alasan tidak berlaku', en: 'Why it does not apply' },
  naReasonRequired: { id: 'tulis alasannya: N/A tanpa alasan belum dihitung', en: 'write the reason: N/A without a reason does not count yet' },
  notesAndEvidence: { id: 'Catatan dan bukti', en: 'Note and evidence' },
  notesFilled: { id: 'Catatan dan bukti (terisi)', en: 'Note and evidence (filled in)' },
  note: { id: 'Catatan', en: 'Note' },
  evidence: { id: 'Bukti (satu per baris: nama dokumen, tautan, nomor surat)', en: 'Evidence (one per line: document name, link, letter number)' },
  clear: { id: 'Hapus jawaban', en: 'Clear answer' },

  // Score
  scoreTitle: { id: 'Skor sementara', en: 'Live score' },
  scoreNote: {
    id: 'Dihitung dengan rumus yang sama dengan yang dipakai sekretariat (siap score); hasil resmi ditetapkan sekretariat.',
    en: 'Worked out with the same formula the secretariat uses (siap score); the official result is set by the secretariat.',
  },
  gates: { id: 'Syarat', en: 'Gates' },
  gatePassed: { id: 'terpenuhi', en: 'met' },
  gateFailed: { id: 'belum terpenuhi', en: 'not met' },
  chartTitle: { id: 'Indeks per {tier}', en: 'Index per {tier}' },
} satisfies Record<string, Words>;
