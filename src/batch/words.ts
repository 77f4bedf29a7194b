import type { Lang, Words } from '../i18n.js';
import type { RankingRow, RowStatus } from './rank.js';

/** Words of the batch ranking, shared by the terminal table, the CSV and the recap PDF. */
export const STATUS_WORDS: Record<RowStatus, Words> = {
  selected: { id: 'Terpilih', en: 'Selected' },
  reserve: { id: 'Cadangan', en: 'Reserve' },
  eligible: { id: 'Memenuhi syarat', en: 'Qualifies' },
  gates: { id: 'Tidak lolos syarat', en: 'Fails a gate' },
  provisional: { id: 'Sementara', en: 'Provisional' },
  duplicate: { id: 'Ganda', en: 'Duplicate' },
  conflict: { id: 'Ganda, belum ditentukan', en: 'Duplicate, undecided' },
};

export const BATCH_WORDS = {
  rank: { id: 'Peringkat', en: 'Rank' },
  rankShort: { id: 'No', en: 'Rank' },
  regency: { id: 'Kabupaten/Kota', en: 'Regency/City' },
  province: { id: 'Provinsi', en: 'Province' },
  code: { id: 'Kode wilayah', en: 'Region code' },
  index: { id: 'Indeks', en: 'Index' },
  band: { id: 'Kategori', en: 'Band' },
  gates: { id: 'Syarat', en: 'Gates' },
  gatesPassed: { id: 'Syarat lolos', en: 'Gates passed' },
  gatesTotal: { id: 'Jumlah syarat', en: 'Gates total' },
  coverage: { id: 'Cakupan', en: 'Coverage' },
  coveragePercent: { id: 'Cakupan (%)', en: 'Coverage (%)' },
  answered: { id: 'Dijawab', en: 'Answered' },
  applicable: { id: 'Berlaku', en: 'Applicable' },
  provisional: { id: 'Sementara', en: 'Provisional' },
  status: { id: 'Status', en: 'Status' },
  selected: { id: 'Terpilih', en: 'Selected' },
  kind: { id: 'Jenis asesmen', en: 'Assessment kind' },
  date: { id: 'Tanggal', en: 'Date' },
  file: { id: 'Berkas', en: 'File' },
  failedGates: { id: 'Syarat tidak lolos', en: 'Failed gates' },
  yes: { id: 'Ya', en: 'Yes' },
  no: { id: 'Tidak', en: 'No' },
} satisfies Record<string, Words>;

/** The short mark of a row in the ranking table: ✓ for selected, words for the rest. */
export function statusText(row: RankingRow, lang: Lang): string {
  if (row.status === 'duplicate' && row.supersededByRank !== undefined) {
    return lang === 'id' ? `Ganda, yang berlaku no. ${row.supersededByRank}` : `Duplicate, rank ${row.supersededByRank} counts`;
  }
  return STATUS_WORDS[row.status][lang];
}

/** The ranking rules (rank.ts) as one paragraph, for the recap PDF. */
export const RULE_TEXT: Words = {
  id:
    'Urutan menurut indeks (tanpa pembulatan), tertinggi lebih dulu. Bila sama, dibandingkan indeks pilar sesuai urutan rubrik, ' +
    'lalu nama daerah, lalu nama berkas. Kuota diisi oleh daerah berperingkat teratas yang lolos semua syarat dan tidak berstatus sementara. ' +
    'Satu daerah hanya dihitung sekali: verifikasi asesor mengalahkan penilaian mandiri, lalu tanggal asesmen terbaru.',
  en:
    'Ordered by the unrounded index, highest first. Ties go to the pillar indices in rubric order, then the regency name, then the file name. ' +
    'The quota is filled by the best-ranked regencies that pass every gate and are not provisional. ' +
    'A regency counts once: an assessor verification beats a self-assessment, then the latest assessment date.',
};
