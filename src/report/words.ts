import type { Lang, LocalText, Words } from '../i18n.js';
import type { LabelKey } from './template-schema.js';

/** Every fixed word of the PDF report, in both languages. Templates may reword the LABELS. */
export const LABELS: Record<LabelKey, Words> = {
  identity: { id: 'Identitas Daerah dan Asesmen', en: 'Identity of the Regency and the Assessment' },
  summary: { id: 'Ringkasan Eksekutif', en: 'Executive Summary' },
  charts: { id: 'Grafik Capaian', en: 'Charts' },
  comparison: { id: 'Penilaian Mandiri vs Verifikasi Asesor', en: 'Self-Assessment vs Assessor Verification' },
  results: { id: 'Hasil per {tiers}', en: 'Results by {tiers}' },
  questions: { id: 'Rincian Penilaian per Pertanyaan', en: 'Question-by-Question Detail' },
  findings: { id: 'Kekuatan, Kelemahan dan Rekomendasi', en: 'Strengths, Weaknesses and Recommendations' },
  method: { id: 'Cara Perhitungan Nilai', en: 'How the Score Was Worked Out' },
  signoff: { id: 'Lembar Pengesahan', en: 'Sign-off' },
  regency_identity: { id: 'Identitas daerah', en: 'The regency' },
  assessment_identity: { id: 'Identitas asesmen', en: 'The assessment' },
  strengths: { id: 'Kekuatan', en: 'Strengths' },
  weaknesses: { id: 'Kelemahan', en: 'Weaknesses' },
  recommendations: { id: 'Rekomendasi', en: 'Recommendations' },
  acknowledged: { id: 'Mengetahui', en: 'Acknowledged by' },
  representative: { id: 'Perwakilan Pemerintah {regency}', en: 'Representative of the Government of {regency}' },
  assessor_team: { id: 'Tim Asesor', en: 'Assessment Team' },
  self_team: { id: 'Tim Penilai Mandiri {regency}', en: 'Self-Assessment Team of {regency}' },
  page: { id: 'Halaman {page} dari {pages}', en: 'Page {page} of {pages}' },
  signed_at: { id: 'Ditetapkan di {place}, {date}', en: 'Issued at {place} on {date}' },
  made_at: { id: 'Dibuat di {place}, {date}', en: 'Made at {place} on {date}' },
};

/** Words of the report that templates do not change. */
export const W = {
  regencyName: { id: 'Nama daerah', en: 'Name' },
  regencyKind: { id: 'Jenis daerah', en: 'Kind' },
  province: { id: 'Provinsi', en: 'Province' },
  code: { id: 'Kode wilayah', en: 'Region code' },
  assessmentKind: { id: 'Jenis asesmen', en: 'Kind of assessment' },
  date: { id: 'Tanggal', en: 'Date' },
  place: { id: 'Tempat', en: 'Place' },
  mode: { id: 'Cara pelaksanaan', en: 'Mode' },
  profile: { id: 'Profil pertanyaan', en: 'Question profile' },
  rubric: { id: 'Instrumen (rubrik)', en: 'Instrument (rubric)' },
  rubricId: { id: 'Id dan versi rubrik', en: 'Rubric id and version' },
  rubricHash: { id: 'Sidik rubrik (SHA-256)', en: 'Rubric fingerprint (SHA-256)' },
  rubricSource: { id: 'Sumber instrumen', en: 'Source of the instrument' },
  answersFile: { id: 'Berkas jawaban', en: 'Answers file' },
  assessors: { id: 'Tim asesor', en: 'Assessors' },
  selfTeamHeading: { id: 'Tim penilai mandiri', en: 'Self-assessment team' },
  no: { id: 'No.', en: 'No.' },
  name: { id: 'Nama', en: 'Name' },
  role: { id: 'Peran/Jabatan', en: 'Role' },
  institution: { id: 'Instansi', en: 'Institution' },
  notes: { id: 'Catatan asesmen', en: 'Assessment notes' },
  notRecorded: { id: 'tidak dicatat', en: 'not recorded' },
  status: { id: 'Status rekomendasi', en: 'Recommendation status' },
  gates: { id: 'Syarat rekomendasi', en: 'Conditions for a recommendation' },
  rank: { id: 'Peringkat', en: 'Rank' },
  rankOf: { id: '{position} dari {total} daerah', en: '{position} of {total} regencies' },
  selected: { id: 'terpilih', en: 'selected' },
  provisionalNote: {
    id: 'HASIL SEMENTARA: {count} pertanyaan wajib belum dijawab dan dihitung dengan nilai terendah.',
    en: 'PROVISIONAL RESULT: {count} required question(s) unanswered, counted as the lowest value.',
  },
  indexOf: { id: 'dari {upper}', en: 'out of {upper}' },
  weight: { id: 'Bobot', en: 'Weight' },
  index: { id: 'Indeks', en: 'Index' },
  band: { id: 'Kategori', en: 'Band' },
  share: { id: 'Porsi indeks', en: 'Share of index' },
  coverageShort: { id: 'Dijawab', en: 'Answered' },
  question: { id: 'Pertanyaan, jawaban dan bukti', en: 'Question, answer and evidence' },
  id: { id: 'Kode', en: 'Id' },
  points: { id: 'Poin', en: 'Points' },
  value: { id: 'Nilai', en: 'Value' },
  answer: { id: 'Jawaban', en: 'Answer' },
  descriptor: { id: 'Uraian level', en: 'Level descriptor' },
  note: { id: 'Catatan', en: 'Note' },
  evidence: { id: 'Bukti', en: 'Evidence' },
  naReason: { id: 'Tidak berlaku (N/A)', en: 'Not applicable (N/A)' },
  notScored: { id: 'tidak dinilai', en: 'not scored' },
  unansweredImputed: { id: 'Belum dijawab — dihitung dengan nilai terendah', en: 'Unanswered — counted as the lowest value' },
  unansweredOptional: { id: 'Belum dijawab (tidak wajib, tidak dihitung)', en: 'Unanswered (optional, not counted)' },
  hiddenCondition: { id: 'Tidak ditanyakan: syarat pertanyaan tidak terpenuhi', en: 'Not asked: the question\'s condition is not met' },
  outsideProfile: { id: '{count} pertanyaan di luar profil "{profile}" tidak ditampilkan.', en: '{count} question(s) outside profile "{profile}" are not shown.' },
  gateUnmet: { id: 'Syarat rekomendasi yang belum terpenuhi', en: 'Conditions for a recommendation not yet met' },
  noStrengths: { id: 'Belum ada butir dengan capaian tinggi (≥ 75% dari nilai tertinggi).', en: 'No item reaches a high level yet (≥ 75% of the top value).' },
  noWeaknesses: { id: 'Tidak ada butir di bawah nilai tertinggi.', en: 'No item is below its top value.' },
  noRecommendations: { id: 'Rubrik tidak memuat rekomendasi untuk capaian saat ini.', en: 'The rubric holds no recommendation for the current levels.' },
  gainAt: { id: '+{gain} poin indeks bila mencapai nilai tertinggi', en: '+{gain} index points at the top level' },
  component: { id: 'Komponen', en: 'Component' },
  weightTimesValue: { id: 'Bobot × nilai', en: 'Weight × value' },
  remark: { id: 'Keterangan', en: 'Remark' },
  total: { id: 'Jumlah', en: 'Total' },
  overall: { id: 'Indeks keseluruhan', en: 'Overall index' },
  notCounted: { id: 'tidak dihitung', en: 'not counted' },
  pointsOf: { id: '{points} dari {max} poin', en: '{points} of {max} points' },
  imputedShort: { id: 'belum dijawab → terendah', en: 'unanswered → lowest' },
  signature: { id: 'Tanda tangan', en: 'Signature' },
  chairman: { id: 'Ketua Tim', en: 'Team leader' },
  member: { id: 'Anggota', en: 'Member' },
  writer: { id: 'Penyusun', en: 'Prepared by' },
  nip: { id: 'NIP.', en: 'NIP' },
  attachmentDescription: { id: 'Berkas jawaban asesmen yang menjadi dasar laporan ini', en: 'The assessment answers file this report is based on' },
  year: { id: 'Tahun {year}', en: '{year}' },
  selfBy: { id: 'Penilaian mandiri oleh Pemerintah {regency}', en: 'Self-assessment by the Government of {regency}' },
  assessorBy: { id: 'Verifikasi oleh {team}', en: 'Verified by the {team}' },
  provisionalMark: { id: 'SEMENTARA', en: 'PROVISIONAL' },
  chartScale: { id: 'Skala {lower}–{upper}', en: 'Scale {lower}–{upper}' },
  resultsBy: { id: 'Capaian per {tier}', en: 'Results by {tier}' },
  summaryBy: { id: 'Ringkasan per {tier}', en: 'Summary by {tier}' },
  selfSeries: { id: 'Penilaian mandiri', en: 'Self-assessment' },
  assessorSeries: { id: 'Verifikasi asesor', en: 'Assessor verification' },
  delta: { id: 'Selisih', en: 'Difference' },
  continued: { id: 'lanjutan', en: 'continued' },
  toolNote: {
    id: 'Laporan ini dibuat dengan siap {version}. Berkas jawaban "{file}" dilampirkan di dalam PDF ini (lampiran berkas), sehingga setiap angka dapat diperiksa ulang dengan perintah: siap score {file} --explain',
    en: 'This report was made with siap {version}. The answers file "{file}" is attached inside this PDF (file attachment), so every number can be checked again with the command: siap score {file} --explain',
  },
} satisfies Record<string, Words>;

const MONTHS: Record<Lang, string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** `2026-04-05` → `5 April 2026` (both languages use day month year). */
export function formatLongDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[lang][Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** A label in a language: the template's wording when it has one, else the built-in words. */
export function label(key: LabelKey, lang: Lang, overrides: Partial<Record<LabelKey, LocalText>>, params: Record<string, string> = {}): string {
  const text = overrides[key]?.[lang] ?? overrides[key]?.id ?? overrides[key]?.en ?? LABELS[key][lang];
  return fillWords(text, params);
}

/** `{name}` placeholders → values; unknown placeholders are left as written. */
export function fillWords(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function w(words: Words, lang: Lang, params: Record<string, string | number> = {}): string {
  return fillWords(words[lang], params);
}
