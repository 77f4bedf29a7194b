import type { Words } from '../i18n.js';

/** Words of the batch recap PDF ("Rekapitulasi Hasil Asesmen", batch/recap.ts). */
export const RECAP_WORDS = {
  title: { id: 'Rekapitulasi Hasil Asesmen', en: 'Assessment Results Recap' },
  subject: { id: 'Peringkat hasil asesmen kabupaten/kota', en: 'Ranking of regency assessments' },
  keyword: { id: 'rekapitulasi', en: 'recap' },
  asOf: { id: 'Keadaan per {date}', en: 'As of {date}' },
  filesReceived: { id: 'Berkas diterima', en: 'Files received' },
  validBroken: { id: 'Berkas valid / rusak', en: 'Valid / broken files' },
  validBrokenOther: { id: 'Berkas valid / rusak / rubrik lain', en: 'Valid / broken / other-rubric files' },
  ranked: { id: 'Daerah diperingkat', en: 'Regencies ranked' },
  quotaSelected: { id: 'Kuota / terpilih', en: 'Quota / selected' },
  duplicates: { id: 'Daerah dengan berkas ganda', en: 'Regencies with duplicate files' },
  ranking: { id: 'Peringkat', en: 'Ranking' },
  nothingRanked: { id: 'Tidak ada berkas yang dapat diperingkat.', en: 'No file could be ranked.' },
  selectedHeading: { id: 'Daerah terpilih (kuota {quota})', en: 'Selected regencies (quota {quota})' },
  selectedItem: { id: '{n}. {regency}{where} — indeks {index} (peringkat {rank})', en: '{n}. {regency}{where} — index {index} (rank {rank})' },
  shortfallNone: {
    id: 'Tidak ada daerah yang lolos semua syarat dan tidak berstatus sementara; {shortfall} tempat kuota tidak terisi.',
    en: 'No regency passes every gate while not provisional; {shortfall} quota place(s) stay empty.',
  },
  shortfallSome: {
    id: 'Hanya {selected} daerah lolos semua syarat dan tidak berstatus sementara; {shortfall} tempat kuota tidak terisi.',
    en: 'Only {selected} regencies pass every gate and are not provisional; {shortfall} quota place(s) stay empty.',
  },
  problems: { id: 'Berkas yang tidak diperingkat', en: 'Files not ranked' },
  rankingFile: { id: 'peringkat', en: 'ranking' },
  attachCsv: { id: 'Peringkat dalam CSV (seperti {siap} batch --csv)', en: 'The ranking as CSV (as {siap} batch --csv writes it)' },
  attachJson: { id: 'Peringkat dalam JSON (angka belum dibulatkan)', en: 'The ranking as JSON (unrounded figures)' },
  attachManifest: {
    id: 'Data untuk memeriksa rekapitulasi ini ({siap} verify): versi siap dan seluruh masukan rekapitulasi',
    en: 'Data to check this recap ({siap} verify): siap version and the recap\'s whole input',
  },
  panel: { id: 'Tim Penilai', en: 'Selection Panel' },
  signoffHeading: { id: 'Pengesahan Tim Penilai', en: 'Selection Panel Sign-off' },
  signoffLead: {
    id: 'Rekapitulasi ini ditetapkan oleh {team} berdasarkan hasil asesmen {count} berkas jawaban yang diterima, menurut aturan peringkat di atas.',
    en: 'This recap is issued by the {team} on the basis of the assessments in the {count} answers files received, under the ranking rules above.',
  },
  signedAt: { id: 'Ditetapkan di {place}, {date}', en: 'Issued at {place} on {date}' },
  chair: { id: 'Ketua', en: 'Chair' },
  secretary: { id: 'Sekretaris', en: 'Secretary' },
  member: { id: 'Anggota', en: 'Member' },
  lineColumn: { id: 'Baris:kolom', en: 'Line:col' },
  code: { id: 'Kode', en: 'Code' },
  problem: { id: 'Masalah', en: 'Problem' },
} satisfies Record<string, Words>;
