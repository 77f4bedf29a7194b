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
  problems: { id: 'Berkas yang tidak dapat dinilai', en: 'Files that could not be scored' },
  regionCode: { id: 'Kode', en: 'Code' },
  provinces: { id: 'Peserta per provinsi', en: 'Participants by province' },
  provinceCode: { id: 'Kode', en: 'Code' },
  regions: { id: 'Daerah ikut', en: 'Regencies' },
  provinceRanked: { id: 'Diperingkat', en: 'Ranked' },
  unknownProvince: { id: '(provinsi tidak diketahui)', en: '(province unknown)' },
  lineColumn: { id: 'Baris:kolom', en: 'Line:col' },
  code: { id: 'Kode', en: 'Code' },
  problem: { id: 'Masalah', en: 'Problem' },
} satisfies Record<string, Words>;
