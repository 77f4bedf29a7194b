import type { UnverifiedItem } from '../compare/compare.js';
import type { Lang, LocalText, Words } from '../i18n.js';
import type { LabelKey } from '../report/template-schema.js';
import { fill, type Params } from './define.js';

/** Words of the PDF report that a template may reword (titles, sign-off lines, page label). */
export const LABELS: Record<LabelKey, Words> = {
  identity: { id: 'Identitas Daerah dan Asesmen', en: 'Identity of the {Area} and the Assessment' },
  summary: { id: 'Ringkasan Eksekutif', en: 'Executive Summary' },
  charts: { id: 'Grafik Capaian', en: 'Charts' },
  comparison: { id: 'Penilaian Mandiri vs Verifikasi Asesor', en: 'Self-Assessment vs Assessor Verification' },
  results: { id: 'Hasil per {tiers}', en: 'Results by {tiers}' },
  questions: { id: 'Rincian Penilaian per {Question}', en: '{Question}-by-{Question} Detail' },
  findings: { id: 'Kekuatan dan Kelemahan', en: 'Strengths and Weaknesses' },
  actions: { id: 'Rencana Tindak Lanjut', en: 'Action Plan' },
  method: { id: 'Cara Perhitungan Nilai', en: 'How the Score Was Worked Out' },
  signoff: { id: 'Lembar Pengesahan', en: 'Sign-off' },
  regency_identity: { id: 'Identitas daerah', en: 'The {area}' },
  assessment_identity: { id: 'Identitas asesmen', en: 'The assessment' },
  strengths: { id: 'Kekuatan', en: 'Strengths' },
  weaknesses: { id: 'Kelemahan', en: 'Weaknesses' },
  recommendations: { id: '{Advice}', en: '{Advice}' },
  acknowledged: { id: 'Mengetahui', en: 'Acknowledged by' },
  representative: { id: 'Perwakilan Pemerintah {regency}', en: 'Representative of the Government of {regency}' },
  assessor_team: { id: 'Tim Asesor', en: 'Assessment Team' },
  self_team: { id: 'Tim Penilai Mandiri {regency}', en: 'Self-Assessment Team of {regency}' },
  page: { id: 'Halaman {page} dari {pages}', en: 'Page {page} of {pages}' },
  signed_at: { id: 'Ditetapkan di {place}, {date}', en: 'Issued at {place} on {date}' },
  made_at: { id: 'Dibuat di {place}, {date}', en: 'Made at {place} on {date}' },
};

/** Words of the PDF report that templates do not change. */
export const REPORT_WORDS = {
  // Cover and identity
  regencyUnnamed: { id: '(nama daerah belum diisi)', en: '(regency name not filled in)' },
  provinceOf: { id: 'Provinsi {province}', en: '{province} Province' },
  regencyName: { id: 'Nama daerah', en: 'Name' },
  regencyKind: { id: 'Jenis daerah', en: 'Type' },
  province: { id: 'Provinsi', en: 'Province' },
  code: { id: 'Kode wilayah', en: 'Region code' },
  assessmentKind: { id: 'Jenis asesmen', en: 'Type of assessment' },
  date: { id: 'Tanggal', en: 'Date' },
  place: { id: 'Tempat', en: 'Place' },
  mode: { id: 'Cara pelaksanaan', en: 'Mode' },
  profile: { id: 'Profil {question}', en: '{Question} profile' },
  rubric: { id: 'Instrumen (rubrik)', en: 'Instrument (rubric)' },
  rubricId: { id: 'ID dan versi rubrik', en: 'Rubric ID and version' },
  rubricHash: { id: 'Nilai hash rubrik (SHA-256)', en: 'Rubric hash (SHA-256)' },
  answersHash: { id: 'Nilai hash berkas jawaban (SHA-256)', en: 'Answers file hash (SHA-256)' },
  rubricDiffers: { id: '(berkas jawaban dibuat dengan rubrik {hash}…, berbeda)', en: '(the answers were made with rubric {hash}…, which differs)' },
  rubricSource: { id: 'Sumber instrumen', en: 'Source of the instrument' },
  answersFile: { id: 'Berkas jawaban', en: 'Answers file' },
  migratedFrom: { id: 'Dibawa dari', en: 'Migrated from' },
  migratedFromValue: { id: '{id} v{version} dengan perintah {siap} migrate ({dropped} jawaban pertanyaan yang dihapus disimpan di berkas)', en: '{id} v{version} with the {siap} migrate command ({dropped} answers of removed questions kept in the file)' },
  migratedFromPlain: { id: '{id} v{version} dengan perintah {siap} migrate', en: '{id} v{version} with the {siap} migrate command' },
  assessors: { id: 'Tim asesor', en: 'Assessors' },
  selfTeamHeading: { id: 'Tim penilai mandiri', en: 'Self-assessment team' },
  no: { id: 'No.', en: 'No.' },
  name: { id: 'Nama', en: 'Name' },
  role: { id: 'Peran/Jabatan', en: 'Role' },
  institution: { id: 'Instansi', en: 'Institution' },
  notes: { id: 'Catatan asesmen', en: 'Assessment notes' },
  notRecorded: { id: 'tidak dicatat', en: 'not recorded' },
  year: { id: 'Tahun {year}', en: '{year}' },
  selfBy: { id: 'Pemerintah {regency}', en: 'The Government of {regency}' },
  teamMembers: { id: '{team}: {names}', en: '{team}: {names}' },
  attachmentDescription: { id: 'Berkas jawaban asesmen yang menjadi dasar laporan ini', en: 'The assessment answers file this report is based on' },
  attachRubric: { id: 'Rubrik (instrumen) yang dipakai menilai', en: 'The rubric (instrument) the answers are scored with' },
  attachTemplate: { id: 'Templat laporan', en: 'The report template' },
  attachLogo: { id: 'Logo templat laporan', en: 'The report template\'s logo' },
  attachCompare: { id: 'Berkas jawaban penilaian mandiri yang dibandingkan', en: 'The self-assessment answers file compared' },
  attachCompareRubric: { id: 'Rubrik berkas penilaian mandiri', en: 'The rubric of the self-assessment file' },
  attachManifest: {
    id: 'Data untuk memeriksa laporan ini ({siap} verify): versi siap, nilai hash lampiran dan angka hasil',
    en: 'Data to check this report ({siap} verify): siap version, attachment hashes and the figures',
  },
  docNumber: { id: 'Nomor dokumen', en: 'Document number' },
  continued: { id: 'lanjutan', en: 'continued' },

  // Executive summary
  leadSelf: {
    id: '{regency} telah melakukan penilaian mandiri atas {answered} dari {applicable} {questions} yang ditanyakan dalam {rubric}{when}.',
    en: '{regency} assessed itself on {answered} of the {applicable} {questions} asked in the {rubric}{when}.',
  },
  leadAssessor: {
    id: 'Tim asesor telah memverifikasi {answered} dari {applicable} {questions} yang ditanyakan dalam {rubric} untuk {regency}{when}.',
    en: 'The assessment team verified {answered} of the {applicable} {questions} asked in the {rubric} for {regency}{when}.',
  },
  /** Filled into `{when}` of the leads. */
  onDate: { id: ' pada {date}', en: ' on {date}' },
  outcomeNone: {
    id: 'Indeks belum dapat dihitung karena belum ada jawaban yang dinilai.',
    en: 'The index cannot be computed yet because no scored question has been answered.',
  },
  outcomeSelf: {
    id: 'Hasilnya, indeks {regency} adalah {index} dari {upper} dengan {bandWord} {band}; {verdict}.',
    en: '{regency} rates itself at an index of {index} out of {upper}, {bandWord} {band}; {verdict}.',
  },
  outcomeAssessor: {
    id: 'Indeks {regency} adalah {index} dari {upper} dengan {bandWord} {band}; {verdict}.',
    en: '{regency} reaches an index of {index} out of {upper}, {bandWord} {band}; {verdict}.',
  },
  /** Filled into `{verdict}` of the outcomes. */
  verdictRecommended: { id: 'menurut syarat rubrik, daerah ini direkomendasikan', en: 'under the rubric\'s conditions it is recommended' },
  verdictNotRecommended: { id: 'menurut syarat rubrik, daerah ini belum direkomendasikan', en: 'under the rubric\'s conditions it is not recommended yet' },
  verdictTargetMet: { id: '{target} sudah tercapai', en: 'the {target} is met' },
  verdictTargetNotMet: { id: '{target} belum tercapai', en: 'the {target} is not met yet' },
  targetMet: { id: 'Memenuhi {target}', en: 'Meets the {target}' },
  targetNotMet: { id: 'Belum memenuhi {target}', en: 'Does not meet the {target} yet' },
  gatesTarget: { id: 'Syarat {target}', en: 'Conditions of the {target}' },
  gateUnmetTarget: { id: 'Syarat {target} yang belum terpenuhi', en: 'Conditions of the {target} not yet met' },
  selfNotVerified: { id: 'Hasil penilaian mandiri ini belum diverifikasi oleh tim asesor.', en: 'This self-assessment has not been verified by an assessment team.' },
  status: { id: 'Status rekomendasi', en: 'Recommendation status' },
  gates: { id: 'Syarat rekomendasi', en: 'Conditions for a recommendation' },
  rank: { id: 'Peringkat', en: 'Rank' },
  rankOf: { id: '{position} dari {total} daerah', en: '{position} of {total} regencies' },
  selected: { id: 'terpilih', en: 'selected' },
  provisionalNote: {
    id: 'HASIL SEMENTARA: {count} {questions} wajib belum dijawab dan dihitung dengan nilai terendah: {list}.',
    en: 'PROVISIONAL RESULT: {count} required {questions} unanswered, counted as the lowest value: {list}.',
  },
  /** The end of a list cut short: "dan 12 lainnya". */
  andMore: { id: 'dan {count} lainnya', en: 'and {count} more' },
  priorities: { id: 'Tindakan prioritas', en: 'Priority actions' },
  prioritiesNote: {
    id: 'Langkah dari kelemahan yang paling menaikkan indeks; semua langkah bernomor ada di bab {chapter}.',
    en: 'Steps from the weaknesses that raise the index most; every numbered step is in chapter {chapter}.',
  },
  prioritiesNoChapter: { id: 'Langkah dari kelemahan yang paling menaikkan indeks.', en: 'Steps from the weaknesses that raise the index most.' },
  gainPoints: { id: '+{gain} poin indeks', en: '+{gain} index points' },
  actionRef: { id: 'tindak lanjut no. {n}', en: 'action no. {n}' },
  indexOf: { id: 'dari {upper}', en: 'out of {upper}' },

  // Charts and results
  chartScale: { id: 'Skala {lower}–{upper}', en: 'Scale {lower}–{upper}' },
  resultsBy: { id: 'Capaian per {tier}', en: 'Results by {tier}' },
  summaryBy: { id: 'Ringkasan per {tier}', en: 'Summary by {tier}' },
  /** Two levels of the rubric's tree in a title: "Pilar dan Elemen". */
  tierPair: { id: '{first} dan {second}', en: '{first} and {second}' },
  weight: { id: 'Bobot', en: 'Weight' },
  coverageShort: { id: 'Dijawab', en: 'Answered' },

  // Question by question
  question: { id: '{Question}, jawaban dan bukti', en: '{Question}, answer and evidence' },
  id: { id: 'Kode', en: 'ID' },
  points: { id: 'Poin', en: 'Points' },
  value: { id: 'Nilai', en: 'Value' },
  answer: { id: 'Jawaban', en: 'Answer' },
  descriptor: { id: 'Uraian level', en: 'Level descriptor' },
  note: { id: 'Catatan', en: 'Note' },
  evidence: { id: 'Bukti', en: 'Evidence' },
  notScored: { id: 'tidak dinilai', en: 'not scored' },
  unansweredImputed: { id: 'Belum dijawab — dihitung dengan nilai terendah', en: 'Unanswered — counted as the lowest value' },
  unansweredOptional: { id: 'Belum dijawab (tidak wajib, tidak dihitung)', en: 'Unanswered (optional, not counted)' },
  hiddenCondition: { id: 'Tidak ditanyakan: syarat {question} tidak terpenuhi', en: 'Not asked: the {question}\'s condition is not met' },
  outsideProfile: { id: '{count} {questions} di luar profil "{profile}" tidak ditampilkan.', en: '{count} {questions} outside profile "{profile}" are not shown.' },
  assessorOnlyLeftOut: {
    id: '{count} {questions} khusus asesor tidak ditanyakan dalam penilaian mandiri dan tidak ditampilkan.',
    en: '{count} {questions} for assessors only are not asked in a self-assessment and are not shown.',
  },

  // Findings
  gateUnmet: { id: 'Syarat rekomendasi yang belum terpenuhi', en: 'Conditions for a recommendation not yet met' },
  noStrengths: { id: 'Belum ada butir dengan capaian tinggi (≥ 75% dari nilai tertinggi).', en: 'No item reaches a high level yet (≥ 75% of the top value).' },
  topOf: { id: '{shown} teratas dari {total}', en: 'top {shown} of {total}' },
  noWeaknesses: { id: 'Tidak ada butir di bawah 75% dari nilai tertinggi.', en: 'No item is below 75% of its top value.' },
  noRecommendations: { id: 'Rubrik tidak memuat {advice} untuk capaian saat ini.', en: 'The rubric holds no {advice} for the current levels.' },
  gainAt: { id: '+{gain} poin indeks bila mencapai nilai tertinggi', en: '+{gain} index points at the top level' },
  findingsRule: {
    id: 'Kekuatan adalah {questions} yang nilainya paling sedikit 75% dari nilai tertinggi; kelemahan adalah {questions} di bawah itu, diurutkan menurut kenaikan indeks terbesar bila mencapai nilai tertinggi. Satu {question} hanya masuk salah satu daftar.',
    en: 'Strengths are {questions} at 75% of their top value or more; weaknesses are the {questions} below that, ordered by how much reaching the top would raise the index. A {question} is in one list only.',
  },

  // Action plan
  actionsLead: {
    id: 'Setiap {advice} yang diberikan rubrik untuk capaian saat ini, bernomor dan dikelompokkan menurut jangka waktu{byOwner}. "+ poin" adalah kenaikan indeks bila {question} itu mencapai nilai tertinggi.',
    en: 'Every one of the rubric\'s {advice} for the current levels, numbered and grouped by time frame{byOwner}. "+ points" is how much the index rises when the {question} reaches its top value.',
  },
  actionsByOwner: { id: ' dan perangkat daerah penanggung jawab', en: ' and by the responsible perangkat daerah' },
  horizonQuick: { id: 'Jangka pendek — quick win, dalam 1 tahun', en: 'Short term — quick wins within a year' },
  horizonMedium: { id: 'Jangka menengah — 1 sampai 3 tahun', en: 'Medium term — 1 to 3 years' },
  horizonLong: { id: 'Jangka panjang — lebih dari 3 tahun', en: 'Long term — more than 3 years' },
  horizonNone: { id: 'Jangka waktu belum ditetapkan rubrik', en: 'Time frame not set by the rubric' },
  ownerIs: { id: 'Penanggung jawab: {owner}', en: 'Responsible: {owner}' },
  ownerNone: { id: 'Penanggung jawab belum ditetapkan rubrik', en: 'Responsible body not set by the rubric' },
  actionColumn: { id: 'Langkah ({advice})', en: 'Step ({advice})' },
  currentColumn: { id: '{Question} dan capaian saat ini', en: '{Question} and current level' },
  gainColumn: { id: '+ poin', en: '+ points' },

  // How the score was worked out
  methodIntro: {
    id: 'Setiap angka dihitung dari bawah ke atas. Nilai sebuah bagian adalah rata-rata tertimbang nilai komponennya: Σ(bobot × nilai) / Σ bobot, hanya atas komponen yang dihitung. {Questions} N/A, {questions} yang tidak ditanyakan, dan {questions} tidak wajib yang belum dijawab tidak dihitung, sehingga bobotnya keluar dari pembagi. {Questions} wajib yang belum dijawab dihitung dengan nilai terendah dan membuat hasil bersifat sementara.',
    en: 'Every number is worked out from the bottom up. A section\'s value is the weighted mean of its components: Σ(weight × value) / Σ weight, over the components that count. N/A {questions}, {questions} not asked and optional unanswered {questions} do not count, so their weight leaves the divisor. Required {questions} left unanswered count as the lowest value and make the result provisional.',
  },
  methodPercent: {
    id: 'Nilai {question} = (poin − poin minimum) / (poin maksimum − poin minimum) × 100. Angka dibulatkan hanya saat ditampilkan; {band} dan syarat ditentukan dari nilai yang belum dibulatkan, sehingga hasil kali angka yang dicetak dapat berbeda sedikit pada desimal terakhir.',
    en: '{Question} value = (points − min points) / (max points − min points) × 100. Numbers are rounded only when shown; {bands} and conditions use the unrounded values, so products of the printed numbers may differ slightly in the last decimal.',
  },
  methodScale: {
    id: 'Nilai {question} level adalah nilai levelnya ({lower}–{upper}). Angka dibulatkan hanya saat ditampilkan; indeks, {band} dan syarat dihitung dari nilai yang belum dibulatkan.',
    en: 'A level {question}\'s value is its level ({lower}–{upper}). Numbers are rounded only when shown; the index, {bands} and conditions use the unrounded values.',
  },
  toolNote: {
    id: 'Laporan ini dibuat dengan siap {version}. Berkas jawaban "{file}", rubrik dan templat laporan dilampirkan di dalam PDF ini (lampiran berkas), sehingga setiap angka dapat diperiksa ulang dengan perintah di bawah, dan seluruh laporan dengan {siap} verify.',
    en: 'This report was made with siap {version}. The answers file "{file}", the rubric and the report template are attached inside this PDF (file attachments), so every number can be checked again with the command below, and the whole report with {siap} verify.',
  },
  /** The command printed in monospace under the tool note. */
  explainCommand: { id: '{siap} score {file} --explain', en: '{siap} score {file} --explain' },
  component: { id: 'Komponen', en: 'Component' },
  weightTimesValue: { id: 'Bobot × nilai', en: 'Weight × value' },
  remark: { id: 'Keterangan', en: 'Remark' },
  total: { id: 'Jumlah', en: 'Total' },
  overall: { id: 'Indeks keseluruhan', en: 'Overall index' },
  notCounted: { id: 'tidak dihitung: {reason}', en: 'not counted: {reason}' },
  pointsOf: { id: '{points} dari {max} poin', en: '{points} of {max} points' },
  imputedShort: { id: 'belum dijawab → terendah', en: 'unanswered → lowest' },

  // Sign-off
  signoffSelf: {
    id: 'Laporan penilaian mandiri ini disusun oleh {team} dan ditandatangani sebagai pernyataan bahwa jawaban dan bukti yang disampaikan benar.',
    en: 'This self-assessment report was prepared by the {team}, who sign it to state that the answers and evidence given are true.',
  },
  signoffAssessor: {
    id: 'Laporan hasil asesmen ini ditetapkan oleh {team} berdasarkan verifikasi jawaban dan bukti yang disampaikan {regency}.',
    en: 'This assessment report is issued by the {team} on the basis of the answers and evidence verified with {regency}.',
  },
  documentIdentity: { id: 'Identitas dokumen', en: 'Document identity' },
  compareHash: { id: 'Nilai hash berkas penilaian mandiri (SHA-256)', en: 'Self-assessment file hash (SHA-256)' },
  verifyNote: {
    id: 'Data laporan ini terlampir di dalam berkas PDF. Salinan cetak dicocokkan dengan datanya melalui nomor dokumen dan nilai hash di atas (juga dimuat kode QR); berkas PDF diperiksa dengan perintah: {siap} verify <berkas.pdf>',
    en: 'The data of this report is attached inside the PDF. A printed copy is matched to its data by the document number and the hashes above (also held in the QR code); the PDF file is checked with the command: {siap} verify <file.pdf>',
  },
  qrAlt: { id: 'Kode QR berisi nomor dokumen dan nilai hash', en: 'QR code holding the document number and the hashes' },
  chairman: { id: 'Ketua Tim', en: 'Team leader' },
  member: { id: 'Anggota', en: 'Member' },
  writer: { id: 'Penyusun', en: 'Prepared by' },
  nip: { id: 'NIP.', en: 'NIP' },

  // The rubric's words where it declares none (see Rubric.vocabulary)
  termQuestion: { id: 'pertanyaan', en: 'question' },
  termQuestions: { id: 'pertanyaan', en: 'questions' },
  termBand: { id: 'kategori', en: 'band' },
  termBands: { id: 'kategori', en: 'bands' },
  termAdvice: { id: 'rekomendasi', en: 'recommendations' },
  termTarget: { id: 'target', en: 'target' },
  areaKabupaten: { id: 'kabupaten', en: 'regency' },
  areaKota: { id: 'kota', en: 'city' },
  areaUnknown: { id: 'daerah', en: 'regency' },
  glyphMissing: { id: 'karakter yang tidak dapat dicetak', en: 'a character that cannot be printed' },
  chartMarks: { id: 'Garis putus-putus: {marks}.', en: 'Dashed lines: {marks}.' },
  markSections: { id: 'syarat setiap {tier} ≥ {min}', en: 'condition: every {tier} ≥ {min}' },
  markNode: { id: 'syarat {name} ≥ {min}', en: 'condition: {name} ≥ {min}' },
  markIndex: { id: 'syarat indeks ≥ {min}', en: 'condition: index ≥ {min}' },
  markIndexShort: { id: 'indeks ≥ {min}', en: 'index ≥ {min}' },
  chartAlt: { id: '{title}: {values}.', en: '{title}: {values}.' },
} satisfies Record<string, Words>;

/** Words of the page "Penilaian Mandiri vs Verifikasi Asesor" (report/compare-page.ts). */
export const COMPARISON_WORDS = {
  chart: { id: 'Penilaian Mandiri vs Verifikasi Asesor per {tier}', en: 'Self-Assessment vs Assessor Verification by {tier}' },
  /** The top level of the tree when the rubric does not name it. */
  pillar: { id: 'pilar', en: 'pillar' },
  lead: {
    id: 'Penilaian mandiri {regency}{selfOn} memberi indeks {self}; verifikasi asesor{assessorOn} memberi {assessor} (selisih {delta}, dihitung dari angka yang dicetak).',
    en: 'The self-assessment of {regency}{selfOn} gives an index of {self}; the assessor verification{assessorOn} gives {assessor} (difference {delta}, worked out from the printed figures).',
  },
  allVerified: { id: 'Semua klaim penilaian mandiri terverifikasi.', en: 'Every self-assessment claim was verified.' },
  someNotVerified: {
    id: '{count} klaim tidak terverifikasi — asesor memberi poin lebih rendah dari klaim, atau menyatakan butirnya tidak berlaku — dan didaftar pada tabel di bawah beserta catatan asesor.',
    en: '{count} claim(s) were not verified — the assessors gave fewer points than claimed, or found the item not applicable — and are listed in the table below with the assessors\' notes.',
  },
  id: { id: 'ID', en: 'ID' },
  question: { id: 'Pertanyaan', en: 'Question' },
  claim: { id: 'Klaim penilaian mandiri', en: 'Self-assessment claim' },
  verified: { id: 'Hasil verifikasi asesor', en: 'Assessor finding' },
  note: { id: 'Catatan asesor', en: 'Assessor note' },
  none: { id: 'Semua klaim penilaian mandiri terverifikasi oleh asesor.', en: 'Every self-assessment claim was verified by the assessors.' },
} satisfies Record<string, Words>;

/** Why the assessor did not verify a claim, shown after the assessor's answer. */
export const UNVERIFIED_WORDS: Record<UnverifiedItem['reason'], Words> = {
  lower: { id: 'poin lebih rendah', en: 'fewer points' },
  na: { id: 'dinyatakan tidak berlaku', en: 'found not applicable' },
};

const MONTHS: Record<Lang, string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** The name of a month (1–12) in a language. */
export function monthName(month: number, lang: Lang): string {
  return MONTHS[lang][month - 1] ?? String(month);
}

/** `2026-04-05` → `5 April 2026` (both languages use day month year). */
export function formatLongDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[lang][Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** A label in a language: the template's wording when it has one, else the built-in words. */
export function label(key: LabelKey, lang: Lang, overrides: Partial<Record<LabelKey, LocalText>>, params: Params = {}): string {
  const text = overrides[key]?.[lang] ?? overrides[key]?.id ?? overrides[key]?.en ?? LABELS[key][lang];
  return fill(text, params, lang);
}
