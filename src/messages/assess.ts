import type { Words } from '../i18n.js';
import { msg } from './define.js';

/** Problems and notices of `siap assess`. */
export const assessMessages = {
  ASSESS_FILE_CHANGED: msg(
    'berkas diubah oleh program lain sejak terakhir disimpan; jawaban terakhir tidak ditulis agar perubahan itu tidak tertimpa{unsaved}',
    'the file was changed by another program since it was last saved; the last answer was not written so those changes are not overwritten{unsaved}',
    [
      'tutup program yang mengubahnya, lalu lanjutkan dengan `{siap} assess {file}` (mulai dari isi berkas terbaru)',
      'close the program that changed it, then resume with `{siap} assess {file}` (from the file as it is now)',
    ],
  ),
  ASSESS_READ_ONLY: msg(
    'berkas jawaban hanya-baca: jawaban tidak dapat disimpan, jadi asesmen tidak dimulai',
    'the answers file is read-only: answers could not be saved, so the assessment does not start',
    [
      'izinkan penulisan dulu (mis. `chmod u+w {file}`), atau salin berkasnya; untuk melihat skornya saja: `{siap} score {file}`',
      'make it writable first (e.g. `chmod u+w {file}`), or copy it; to see its score only: `{siap} score {file}`',
    ],
  ),
  ASSESS_FOLDER_READ_ONLY: msg(
    'folder {folder} tidak dapat ditulisi: jawaban tidak dapat disimpan, jadi asesmen tidak dimulai',
    'the folder {folder} is not writable: answers could not be saved, so the assessment does not start',
    ['salin berkas jawaban ke folder yang dapat ditulisi, lalu jalankan `{siap} assess` di sana', 'copy the answers file to a writable folder and run `{siap} assess` there'],
  ),
  ASSESS_FILE_LOCKED: msg(
    'berkas ini sedang dibuka oleh siap assess lain (proses {pid} di {host})',
    'this file is open in another siap assess (process {pid} on {host})',
    ['selesaikan atau tutup asesmen di sana dulu', 'finish or close the assessment there first'],
  ),
};

/** Everything the assessor reads during `siap assess`, in both languages. */
export const ASSESS_WORDS = {
  // Start and details
  newAssessment: { id: 'Asesmen baru: {title} ({rubric} v{version})\nPertanyaan: {counts}', en: 'New assessment: {title} ({rubric} v{version})\nQuestions: {counts}' },
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
    id: 'berkas ini sudah ada; untuk melanjutkannya jalankan `{siap} assess {file}`, atau pilih nama lain',
    en: 'this file already exists; to resume it run `{siap} assess {file}`, or choose another name',
  },
  fileNameInvalid: { id: 'nama berkas harus berakhiran .yaml, .yml atau .json', en: 'the file name must end in .yaml, .yml or .json' },
  created: {
    id: 'Berkas dibuat: {file} — setiap jawaban langsung tersimpan.\nLanjutkan kapan saja dengan: {siap} assess {file}',
    en: 'File created: {file} — every answer is saved at once.\nResume any time with: {siap} assess {file}',
  },
  resuming: { id: 'Melanjutkan {file}: {counts}.', en: 'Resuming {file}: {counts}.' },
  resumeAfterLast: { id: 'Mulai dari {id}, setelah jawaban terakhir ({last}).', en: 'Starting at {id}, after the last answer ({last}).' },
  resumeFirstOpen: { id: 'Mulai dari pertanyaan pertama yang belum dijawab: {id}.', en: 'Starting at the first unanswered question: {id}.' },
  resumeAllDone: { id: 'Semua pertanyaan yang ditanyakan sudah dijawab.', en: 'Every question asked is answered.' },
  resumeWhere: { id: 'Lanjutkan dari mana?', en: 'Where to continue?' },
  resumeChoiceAfter: { id: 'Setelah jawaban terakhir ({last}): {id}', en: 'After the last answer ({last}): {id}' },
  resumeChoiceAfterEnd: { id: 'Setelah jawaban terakhir ({last}): akhir rubrik', en: 'After the last answer ({last}): the end of the rubric' },
  resumeChoiceFirst: { id: 'Pertanyaan pertama yang belum dijawab: {id}', en: 'The first unanswered question: {id}' },
  keysOfFile: {
    id: 'Tombol tetap mengikuti bahasa berkas ini ({lang}), agar artinya tidak berubah; baris tombol di bawah setiap pertanyaan menunjukkannya.',
    en: 'The keys stay those of this file ({lang}) so they keep their meaning; the key bar under each question shows them.',
  },
  optionsNotUsed: {
    id: 'Opsi {options} tidak dipakai: berkas ini sudah berisi data daerah (ubah lewat rekap: {review} → ✎).',
    en: 'Options {options} not used: this file already has the regency details (change them in the review: {review} → ✎).',
  },
  profileSet: { id: 'Profil pertanyaan: {profile} ({count} pertanyaan).', en: 'Question profile: {profile} ({count} questions).' },

  // Question screen
  progress: { id: 'pertanyaan {k} dari {n} ditanyakan · {p}% dijawab', en: 'question {k} of {n} asked · {p}% answered' },
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
  wholeNumber: { id: 'bilangan bulat', en: 'whole number' },
  answer: { id: 'Jawaban:', en: 'Answer:' },
  choose: { id: 'jawab', en: 'answer' },
  toggle: { id: 'centang', en: 'tick' },
  save: { id: 'simpan', en: 'save' },
  expectedAtLevel: { id: 'bukti pada level ini', en: 'evidence at this level' },
  multiNoneSelected: { id: '(tidak ada yang dipilih)', en: '(none selected)' },
  typeFirst: { id: 'ketik jawabannya, atau tombol aksi ({keys}), lalu Enter', en: 'type the answer, or an action key ({keys}), then Enter' },
  noneTicked: { id: 'belum ada yang dicentang: centang opsi dengan angkanya, atau ketik {skip} untuk melewati', en: 'nothing ticked: tick options by their number, or type {skip} to skip' },
  pickFirst: { id: 'pilih jawaban: ketik {keys} (atau ↑↓), lalu Enter', en: 'choose an answer: type {keys} (or ↑↓), then Enter' },
  unknownKey: { id: '"{key}" bukan pilihan di sini: ketik {keys} lalu Enter', en: '"{key}" is not a choice here: type {keys} then Enter' },
  orFullText: { id: ', atau ? untuk teks lengkap', en: ', or ? for the full text' },
  skipped: { id: 'dilewati', en: 'skipped' },
  more: { id: 'teks lengkap', en: 'full text' },
  less: { id: 'tampilan ringkas', en: 'short view' },
  scroll: { id: 'gulir', en: 'scroll' },
  scrollPosition: { id: 'baris {first}–{last} dari {total}', en: 'lines {first}–{last} of {total}' },
  clearLine: { id: 'kosongkan', en: 'clear' },
  editCurrent: { id: 'ubah jawaban ini', en: 'edit this answer' },
  restore: { id: 'kembalikan', en: 'restore' },
  readOnlyTag: { id: 'HANYA BACA', en: 'READ-ONLY' },
  readOnlyRefused: { id: 'hanya baca: berkas ini sedang dibuka di siap lain, jadi jawaban tidak disimpan di sini', en: 'read-only: this file is open in another siap, so no answer is saved here' },
  ambiguous: { id: '"{text}" juga tombol {word}:', en: '"{text}" is also the key for {word}:' },
  ambiguousKeep: { id: 'simpan "{text}" sebagai jawaban', en: 'save "{text}" as the answer' },
  ambiguousEdit: { id: 'ubah', en: 'edit' },

  // Actions (key, word)
  actSkip: { id: 'lewati', en: 'skip' },
  actNa: { id: 'N/A', en: 'N/A' },
  actBack: { id: 'kembali', en: 'back' },
  actJump: { id: 'pindah', en: 'jump' },
  actReview: { id: 'rekap', en: 'review' },
  actClear: { id: 'hapus', en: 'clear' },
  actFinish: { id: 'selesai', en: 'finish' },
  actNext: { id: 'berikut', en: 'next' },
  actQuit: { id: 'keluar', en: 'quit' },

  // After an answer
  note: { id: 'Catatan (opsional):', en: 'Note (optional):' },
  evidenceRefs: { id: 'Bukti yang ditunjukkan, pisahkan dengan ; (opsional):', en: 'Evidence shown, separated by ; (optional):' },
  noteShown: { id: 'catatan', en: 'note' },
  evidenceShown: { id: 'bukti', en: 'evidence' },
  evidenceExpected: { id: 'diharapkan: {list}', en: 'expected: {list}' },
  naReason: { id: 'Alasan tidak berlaku (N/A):', en: 'Why it does not apply (N/A):' },
  naReasonRequired: { id: 'alasan N/A wajib diisi', en: 'a reason for N/A is required' },
  nowShown: { id: '  ↳ sekarang juga ditanyakan: {list} (ditanyakan: {from} → {to})', en: '  ↳ now also asked: {list} (asked: {from} → {to})' },
  nowHidden: { id: '  ↳ tidak ditanyakan lagi (syaratnya tidak terpenuhi): {list} (ditanyakan: {from} → {to})', en: '  ↳ no longer asked (condition not met): {list} (asked: {from} → {to})' },
  firstQuestion: { id: 'ini pertanyaan pertama', en: 'this is the first question' },

  // Menus
  cancel: { id: '← Batal', en: '← Cancel' },
  backTo: { id: '← Kembali ke {id}', en: '← Back to {id}' },
  leaveReview: { id: '← Kembali', en: '← Back' },
  jumpTitle: { id: 'Pindah ke pilar/elemen:', en: 'Jump to pillar/element:' },
  nothingAsked: { id: '(tidak ada yang ditanyakan)', en: '(nothing asked)' },
  reviewTitle: { id: 'Rekap jawaban (dijawab {answered} dari {total} yang ditanyakan) — pilih pertanyaan untuk mengubah jawabannya:', en: 'Review ({answered} answered of {total} asked) — choose a question to change its answer:' },
  reviewTitleReadOnly: { id: 'Rekap jawaban (dijawab {answered} dari {total} yang ditanyakan, hanya baca) — pilih pertanyaan untuk melihatnya:', en: 'Review ({answered} answered of {total} asked, read-only) — choose a question to see it:' },
  editDetails: { id: '✎ Data daerah dan asesmen', en: '✎ Regency and assessment details' },
  editContext: { id: '✎ Profil daerah (konteks, tidak dinilai)', en: '✎ Regency profile (context, not scored)' },
  endTitle: { id: 'Akhir rubrik — {counts}.', en: 'End of the rubric — {counts}.' },
  endFinish: { id: 'Selesai dan lihat skor', en: 'Finish and see the score' },
  endQuit: { id: 'Lihat skor dan keluar', en: 'See the score and quit' },
  endFirstOpen: { id: 'Ke pertanyaan yang belum dijawab ({id}, {n} tersisa)', en: 'Go to the unanswered questions ({id}, {n} left)' },
  endReview: { id: 'Rekap dan ubah jawaban', en: 'Review and change answers' },
  endBack: { id: 'Kembali ke {id}', en: 'Back to {id}' },
  finishProvisional: {
    id: 'Masih ada {n} pertanyaan wajib yang belum dijawab, jadi skornya SEMENTARA. Selesai sekarang?',
    en: '{n} required question(s) are still unanswered, so the score is PROVISIONAL. Finish now?',
  },
  clearConfirm: { id: 'Hapus jawaban {id} ({answer})?', en: 'Clear the answer to {id} ({answer})?' },
  clearKept: { id: 'tidak dihapus', en: 'kept' },
  yes: { id: 'Ya', en: 'Yes' },
  no: { id: 'Tidak', en: 'No' },

  // Finish and stop
  saved: { id: 'Jawaban tersimpan di {file}.\nUbah kapan saja dengan: {siap} assess {file}', en: 'Answers saved in {file}.\nChange them any time with: {siap} assess {file}' },
  offerReport: { id: 'Buat laporan PDF sekarang ({pdf})?', en: 'Render the PDF report now ({pdf})?' },
  offerReportReplacing: { id: 'Buat laporan PDF sekarang ({pdf}, menimpa yang ada)?', en: 'Render the PDF report now ({pdf}, replacing the one there)?' },
  reportLater: { id: 'Laporan PDF dapat dibuat nanti dengan `{siap} report {file}`.', en: 'Render the PDF report later with `{siap} report {file}`.' },
  stopped: {
    id: 'Dihentikan. Semua jawaban tersimpan di {file} (dijawab {answered} dari {total} yang ditanyakan).\nLanjutkan dengan: {siap} assess {file}',
    en: 'Stopped. Every answer is saved in {file} ({answered} answered of {total} asked).\nResume with: {siap} assess {file}',
  },
  stoppedUnchanged: { id: 'Dihentikan. {file} tidak diubah.', en: 'Stopped. {file} was not changed.' },
  unsavedAnswer: { id: ' (yang tidak tersimpan: {id} → {answer})', en: ' (not saved: {id} → {answer})' },
  stoppedReadOnly: { id: 'Dihentikan. Hanya baca: {file} tidak diubah.', en: 'Stopped. Read-only: {file} was not changed.' },

  // A file open in another walk
  locked: {
    id: '{file} sedang dibuka di siap assess lain: proses {pid} di komputer {host}, sejak {since}.',
    en: '{file} is open in another siap assess: process {pid} on computer {host}, since {since}.',
  },
  lockedElsewhere: {
    id: 'Komputer itu tidak dapat diperiksa dari sini; bila siap di sana sudah ditutup, berkas dapat diambil alih.',
    en: 'That computer cannot be checked from here; if siap there is closed, the file can be taken over.',
  },
  lockedWhat: { id: 'Apa yang ingin dilakukan?', en: 'What now?' },
  lockedReadOnly: { id: 'Buka hanya-baca (lihat jawaban dan skor; tidak ada yang disimpan)', en: 'Open read-only (see the answers and score; nothing is saved)' },
  lockedQuit: { id: 'Keluar', en: 'Quit' },
  lockedTakeOver: { id: 'Ambil alih (hanya bila siap di komputer itu sudah ditutup)', en: 'Take over (only if siap on that computer is closed)' },
  lockedQuitDone: { id: 'Tidak ada yang diubah. Lanjutkan nanti dengan: {siap} assess {file}', en: 'Nothing was changed. Resume later with: {siap} assess {file}' },
  staleLock: { id: 'Catatan kunci lama dari proses {pid} (sudah tidak berjalan) diganti.', en: 'A stale lock note from process {pid} (no longer running) was replaced.' },
  readOnlyOpened: { id: 'Dibuka hanya-baca: jawaban dapat dilihat, tetapi tidak disimpan.', en: 'Opened read-only: answers can be seen but are not saved.' },
  readOnlyEnd: { id: 'Hanya baca: {file} tidak diubah.', en: 'Read-only: {file} was not changed.' },

  // The result again, right above the PDF question
  headline: { id: 'Hasil {regency}: indeks {index} · {band}', en: 'Result for {regency}: index {index} · {band}' },
  headlineGatesFailed: { id: '{n} syarat tidak terpenuhi:', en: '{n} gate(s) failed:' },
  headlineMoreGates: { id: '… dan {n} syarat lain (lihat di atas)', en: '… and {n} more (see above)' },
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

/** The comment above the `session:` block `siap assess` adds to an answers file. */
export const SESSION_COMMENT = {
  id: 'ditulis siap assess: bahasa tombol berkas ini dan pertanyaan terakhir yang dijawab (tempat melanjutkan)',
  en: "written by siap assess: the language of this file's keys and the question answered last (where to resume)",
} satisfies Words;
