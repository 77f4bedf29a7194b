import type { Words } from './i18n.js';

/** Words shared by the terminal, the template and the report. */
export const KIND_WORDS: Record<string, Words> = {
  level: { id: 'level', en: 'level' },
  boolean: { id: 'ya/tidak', en: 'yes/no' },
  choice: { id: 'pilihan', en: 'choice' },
  multi: { id: 'pilihan ganda', en: 'multiple choice' },
  number: { id: 'angka', en: 'number' },
  text: { id: 'teks', en: 'text' },
};

export const WORDS = {
  yes: { id: 'Ya', en: 'Yes' },
  no: { id: 'Tidak', en: 'No' },
  na: { id: 'Tidak berlaku (N/A)', en: 'Not applicable (N/A)' },
  naShort: { id: 'N/A', en: 'N/A' },
  unanswered: { id: 'belum dijawab', en: 'unanswered' },
  hidden: { id: 'tidak ditampilkan (syarat tidak terpenuhi)', en: 'hidden (condition not met)' },
  weight: { id: 'bobot', en: 'weight' },
  questions: { id: 'pertanyaan', en: 'questions' },
  question: { id: 'pertanyaan', en: 'question' },
  sections: { id: 'bagian', en: 'sections' },
  index: { id: 'Indeks', en: 'Index' },
  band: { id: 'Kategori', en: 'Band' },
  coverage: { id: 'Cakupan', en: 'Coverage' },
  provisional: { id: 'SEMENTARA', en: 'PROVISIONAL' },
  recommended: { id: 'Direkomendasikan', en: 'Recommended' },
  notRecommended: { id: 'Belum direkomendasikan', en: 'Not recommended' },
  kabupaten: { id: 'Kabupaten', en: 'Regency' },
  kota: { id: 'Kota', en: 'City' },
  self: { id: 'Penilaian mandiri', en: 'Self-assessment' },
  assessor: { id: 'Verifikasi asesor', en: 'Assessor verification' },
  onsite: { id: 'Kunjungan lapangan', en: 'On-site visit' },
  online: { id: 'Daring (video)', en: 'Online (video)' },
  percent: { id: 'persen 0–100', en: 'percentage 0–100' },
  scale: { id: 'skala level', en: 'level scale' },
} satisfies Record<string, Words>;

/** `Kabupaten Gianyar`, `Kota Parepare` — the way Indonesian documents name a region. */
export function regencyDisplayName(regency: { name: string; kind?: 'kabupaten' | 'kota' }): string {
  const name = regency.name.trim();
  if (!regency.kind) return name;
  // "Kabupaten"/"Kota" is part of the official name in both languages; do not repeat it.
  const prefix = WORDS[regency.kind].id;
  return name.toLowerCase().startsWith(prefix.toLowerCase()) ? name : `${prefix} ${name}`;
}
