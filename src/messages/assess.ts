import type { Words } from '../i18n.js';
import { msg } from './define.js';

/** Problems and notices of `siap assess`. */
export const assessMessages = {
  ASSESS_FILE_CHANGED: msg(
    'berkas diubah oleh program lain sejak terakhir disimpan; jawaban terakhir tidak ditulis agar perubahan itu tidak tertimpa',
    'the file was changed by another program since it was last saved; the last answer was not written so those changes are not overwritten',
    [
      'tutup program yang mengubahnya, lalu lanjutkan dengan `siap assess {file}` (mulai dari isi berkas terbaru)',
      'close the program that changed it, then resume with `siap assess {file}` (from the file as it is now)',
    ],
  ),
};

/** Everything the assessor reads during `siap assess`, in both languages. */
export const ASSESS_WORDS = {
  // Start and details
  newAssessment: { id: 'Asesmen baru: {title}\n({rubric} v{version}, {count} pertanyaan)', en: 'New assessment: {title}\n({rubric} v{version}, {count} questions)' },
  detailsIntro: { id: 'Isi dulu data daerah dan asesmen (Enter kosong melewati yang tidak wajib).', en: 'First the regency and assessment details (empty Enter skips optional ones).' },
  regencyName: { id: 'Nama kabupaten/kota (mis. Gianyar):', en: 'Regency or city name (e.g. Gianyar):' },
  regencyNameRequired: { id: 'nama daerah wajib diisi', en: 'the regency name is required' },
  regencyKind: { id: 'Jenis daerah:', en: 'Kind of region:' },
  kabupaten: { id: 'Kabupaten', en: 'Kabupaten (regency)' },
  kota: { id: 'Kota', en: 'Kota (city)' },
  province: { id: 'Provinsi:', en: 'Province:' },
  code: { id: 'Kode wilayah Kemendagri (mis. 51.04):', en: 'Kemendagri region code (e.g. 51.04):' },
  codeInvalid: { id: 'kode wilayah berupa angka bertitik, mis. 51.04 atau 51.04.01', en: 'a region code is dotted digits, e.g. 51.04 or 51.04.01' },
  assessmentKind: { id: 'Jenis asesmen:', en: 'Assessment kind:' },
  date: { id: 'Tanggal asesmen (TTTT-BB-HH):', en: 'Assessment date (YYYY-MM-DD):' },
  dateInvalid: { id: 'tulis tanggal sebagai TTTT-BB-HH, mis. 2026-04-05', en: 'write the date as YYYY-MM-DD, e.g. 2026-04-05' },
  place: { id: 'Tempat:', en: 'Place:' },
  mode: { id: 'Cara asesmen:', en: 'How is it held:' },
  assessorName: { id: 'Nama penilai ke-{n} (Enter kosong bila sudah):', en: 'Name of assessor {n} (empty Enter when done):' },
  assessorRole: { id: '  Jabatan/peran:', en: '  Role:' },
  assessorInstitution: { id: '  Instansi:', en: '  Institution:' },
  fileName: { id: 'Simpan jawaban di berkas:', en: 'Save the answers in file:' },
  fileExists: {
    id: 'berkas ini sudah ada; untuk melanjutkannya jalankan `siap assess {file}`, atau pilih nama lain',
    en: 'this file already exists; to resume it run `siap assess {file}`, or choose another name',
  },
  fileNameInvalid: { id: 'nama berkas harus berakhiran .yaml, .yml atau .json', en: 'the file name must end in .yaml, .yml or .json' },
  created: {
    id: 'Berkas dibuat: {file} — setiap jawaban langsung tersimpan.\nLanjutkan kapan saja dengan: siap assess {file}',
    en: 'File created: {file} — every answer is saved at once.\nResume any time with: siap assess {file}',
  },
  resuming: {
    id: 'Melanjutkan {file}: {answered} dari {total} pertanyaan sudah dijawab.\nMulai dari pertanyaan pertama yang belum dijawab: {id}.',
    en: 'Resuming {file}: {answered} of {total} questions answered.\nStarting at the first unanswered question: {id}.',
  },
  resumingDone: { id: 'Melanjutkan {file}: semua {total} pertanyaan sudah dijawab.', en: 'Resuming {file}: all {total} questions are answered.' },
  profileSet: { id: 'Profil pertanyaan: {profile} ({count} pertanyaan).', en: 'Question profile: {profile} ({count} questions).' },

  // Question screen
  progress: { id: 'pertanyaan {k} dari {n} · {p}% selesai', en: 'question {k} of {n} · {p}% done' },
  hint: { id: 'Petunjuk', en: 'Hint' },
  evidence: { id: 'Bukti', en: 'Evidence' },
  current: { id: 'Jawaban sekarang', en: 'Current answer' },
  panel: { id: 'Panel', en: 'Panel' },
  noteLabel: { id: 'Catatan', en: 'Note' },
  disabledChoice: { id: 'pilihan ini tidak dapat dipilih', en: 'this choice cannot be chosen' },
  keyMove: { id: 'geser', en: 'move' },
  keyChoose: { id: 'pilih', en: 'choose' },
  optional: { id: 'tidak wajib', en: 'optional' },
  naAllowed: { id: 'boleh N/A', en: 'N/A allowed' },
  unit: { id: 'satuan', en: 'unit' },
  range: { id: 'rentang', en: 'range' },
  atLeast: { id: 'minimal', en: 'at least' },
  wholeNumber: { id: 'bilangan bulat', en: 'whole number' },
  answer: { id: 'Jawaban:', en: 'Answer:' },
  choose: { id: 'jawab', en: 'answer' },
  toggle: { id: 'centang', en: 'tick' },
  save: { id: 'simpan', en: 'save' },
  otherActions: { id: 'pilihan lain', en: 'more' },
  backToTyping: { id: 'kembali mengetik', en: 'back to typing' },
  expectedAtLevel: { id: 'bukti pada level ini', en: 'evidence at this level' },
  multiNoneSelected: { id: '(tidak ada yang dipilih)', en: '(none selected)' },
  noneTicked: { id: 'belum ada yang dicentang: centang opsi dengan angkanya, atau ketik {skip} untuk melewati', en: 'nothing ticked: tick options by their number, or type {skip} to skip' },
  pickFirst: { id: 'pilih jawaban: ketik {keys} (atau ↑↓), lalu Enter', en: 'choose an answer: type {keys} (or ↑↓), then Enter' },
  unknownKey: { id: '"{key}" bukan pilihan di sini: ketik {keys}, lalu Enter', en: '"{key}" is not a choice here: type {keys}, then Enter' },
  skipped: { id: 'dilewati', en: 'skipped' },
  more: { id: 'selengkapnya', en: 'full hint' },

  // Actions (key, word)
  actSkip: { id: 'lewati', en: 'skip' },
  actNa: { id: 'N/A', en: 'N/A' },
  actBack: { id: 'kembali', en: 'back' },
  actJump: { id: 'pindah', en: 'jump' },
  actReview: { id: 'rekap', en: 'review' },
  actClear: { id: 'hapus', en: 'clear' },
  actFinish: { id: 'selesai', en: 'finish' },

  // After an answer
  note: { id: 'Catatan (opsional):', en: 'Note (optional):' },
  evidenceRefs: { id: 'Bukti yang ditunjukkan, pisahkan dengan ; (opsional):', en: 'Evidence shown, separated by ; (optional):' },
  noteShown: { id: 'catatan', en: 'note' },
  evidenceShown: { id: 'bukti', en: 'evidence' },
  evidenceExpected: { id: 'diharapkan: {list}', en: 'expected: {list}' },
  naReason: { id: 'Alasan tidak berlaku (N/A):', en: 'Why it does not apply (N/A):' },
  naReasonRequired: { id: 'alasan N/A wajib diisi', en: 'a reason for N/A is required' },
  nowShown: { id: '  ↳ sekarang juga ditanyakan: {list}', en: '  ↳ now also asked: {list}' },
  nowHidden: { id: '  ↳ tidak ditanyakan lagi (syaratnya tidak terpenuhi): {list}', en: '  ↳ no longer asked (condition not met): {list}' },
  firstQuestion: { id: 'ini pertanyaan pertama', en: 'this is the first question' },

  // Menus
  cancel: { id: '← Batal', en: '← Cancel' },
  backTo: { id: '← Kembali ke {id}', en: '← Back to {id}' },
  leaveReview: { id: '← Kembali', en: '← Back' },
  jumpTitle: { id: 'Pindah ke pilar/elemen:', en: 'Jump to pillar/element:' },
  nothingAsked: { id: '(tidak ada yang ditanyakan)', en: '(nothing asked)' },
  reviewTitle: { id: 'Rekap jawaban ({answered} dari {total} dijawab) — pilih pertanyaan untuk mengubah jawabannya:', en: 'Review ({answered} of {total} answered) — choose a question to change its answer:' },
  editDetails: { id: '✎ Data daerah dan asesmen', en: '✎ Regency and assessment details' },
  editContext: { id: '✎ Profil daerah (konteks, tidak dinilai)', en: '✎ Regency profile (context, not scored)' },
  endTitle: { id: 'Akhir rubrik: {answered} dari {total} pertanyaan dijawab.', en: 'End of the rubric: {answered} of {total} questions answered.' },
  endFinish: { id: 'Selesai dan lihat skor', en: 'Finish and see the score' },
  endFirstOpen: { id: 'Ke pertanyaan yang belum dijawab ({id}, {n} tersisa)', en: 'Go to the unanswered questions ({id}, {n} left)' },
  endReview: { id: 'Rekap dan ubah jawaban', en: 'Review and change answers' },
  endBack: { id: 'Kembali ke {id}', en: 'Back to {id}' },
  finishProvisional: {
    id: 'Masih ada {n} pertanyaan wajib yang belum dijawab, jadi skornya SEMENTARA. Selesai sekarang?',
    en: '{n} required question(s) are still unanswered, so the score is PROVISIONAL. Finish now?',
  },
  yes: { id: 'Ya', en: 'Yes' },
  no: { id: 'Tidak', en: 'No' },

  // Finish and stop
  saved: { id: 'Jawaban tersimpan di {file}.\nUbah kapan saja dengan: siap assess {file}', en: 'Answers saved in {file}.\nChange them any time with: siap assess {file}' },
  offerReport: { id: 'Buat laporan PDF sekarang ({pdf})?', en: 'Render the PDF report now ({pdf})?' },
  offerReportReplacing: { id: 'Buat laporan PDF sekarang ({pdf}, menimpa yang ada)?', en: 'Render the PDF report now ({pdf}, replacing the one there)?' },
  reportLater: { id: 'Laporan PDF dapat dibuat nanti dengan `siap report {file}`.', en: 'Render the PDF report later with `siap report {file}`.' },
  stopped: {
    id: 'Dihentikan. Semua jawaban tersimpan di {file} ({answered} dari {total} dijawab).\nLanjutkan dengan: siap assess {file}',
    en: 'Stopped. Every answer is saved in {file} ({answered} of {total} answered).\nResume with: siap assess {file}',
  },
  stoppedBeforeFile: { id: 'Dihentikan sebelum berkas jawaban dibuat; belum ada yang disimpan.', en: 'Stopped before the answers file was created; nothing was saved.' },
} satisfies Record<string, Words>;

/** Keys typed at a question for each action (mnemonic in each language). */
export const ACTION_KEYS = {
  skip: { id: 'l', en: 's' },
  na: { id: 'n', en: 'x' },
  back: { id: 'k', en: 'b' },
  jump: { id: 'p', en: 'j' },
  review: { id: 'r', en: 'r' },
  clear: { id: 'h', en: 'c' },
  finish: { id: 's', en: 'f' },
} satisfies Record<string, Words>;

/** Keys for yes/no answers. */
export const BOOLEAN_KEYS = { yes: { id: 'y', en: 'y' }, no: { id: 't', en: 'n' } } satisfies Record<string, Words>;
