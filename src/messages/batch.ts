import type { RankingRow, RowStatus } from '../batch/rank.js';
import type { Lang, Words } from '../i18n.js';
import { msg, say } from './define.js';

/** Problems and notices of `siap batch`. */
export const batchMessages = {
  BATCH_NO_MATCH: msg('pola "{pattern}" tidak cocok dengan berkas apa pun', 'pattern "{pattern}" matches no file', [
    'pola yang didukung: * (bagian nama), ? (satu huruf), ** (folder di bawahnya, berapa pun dalamnya); beri tanda kutip agar shell tidak mengubahnya',
    'supported patterns: * (part of a name), ? (one character), ** (any depth of folders); quote the pattern so the shell leaves it alone',
  ]),
  BATCH_EMPTY_DIR: msg('folder ini tidak berisi berkas .yaml, .yml atau .json', 'this folder holds no .yaml, .yml or .json file', [
    'periksa nama foldernya; berkas dan folder yang namanya diawali titik dilewati',
    'check the folder name; files and folders whose name starts with a dot are skipped',
  ]),
  BATCH_NO_FILES: msg('tidak ada berkas jawaban untuk dinilai', 'there are no answers files to score', [
    'sebutkan berkas, folder, atau pola, mis. `{siap} batch jawaban/`',
    'name files, folders or patterns, e.g. `{siap} batch answers/`',
  ]),
  BATCH_OTHER_RUBRIC: msg(
    'berkas ini dinilai dengan rubrik "{rubric}", sedangkan peringkat ini memakai rubrik "{expected}"',
    'this file is scored with rubric "{rubric}", but this ranking uses rubric "{expected}"',
    [
      'peringkat hanya membandingkan hasil dari rubrik yang sama; nilai berkas ini dalam batch terpisah, atau pilih rubrik dengan --rubric',
      'a ranking only compares results of the same rubric; score this file in a separate batch, or choose the rubric with --rubric',
    ],
  ),
  BATCH_OUTPUTS_EXIST: msg('{count} berkas keluaran sudah ada; tidak ada yang ditulis', '{count} output file(s) already exist; nothing was written', [
    'pilih folder atau nama lain, atau tambahkan --force untuk menimpanya',
    'choose another folder or name, or add --force to overwrite them',
  ]),
  BATCH_OUT_NOT_DIR: msg('--out harus berupa folder, tetapi ini sebuah berkas', '--out must be a folder, but this is a file', [
    'sebutkan folder baru atau folder yang sudah ada; siap membuatnya bila belum ada',
    'name a new or existing folder; siap creates it when missing',
  ]),
  BATCH_MORE_WARNINGS: msg('… dan {count} peringatan {code} lain seperti di atas (semuanya ada di ekspor --json)', '… and {count} more {code} warning(s) like the ones above (all of them are in the --json export)'),
  BATCH_PDF_FAILED: msg('laporan PDF tidak dapat dibuat: {detail}', 'the PDF report could not be made: {detail}'),
};

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
  duplicateOf: { id: 'Ganda, yang berlaku no. {rank}', en: 'Duplicate, rank {rank} counts' },
  sameRegency: { id: 'Berkas lain daerah ini', en: 'Other files of this regency' },
  counts: { id: 'Berkas yang berlaku', en: 'File that counts' },
} satisfies Record<string, Words>;

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

/** The short mark of a row in the ranking table: ✓ for selected, words for the rest. */
export function statusText(row: RankingRow, lang: Lang): string {
  if (row.status === 'duplicate' && row.supersededByRank !== undefined) {
    return say(BATCH_WORDS.duplicateOf, lang, { rank: row.supersededByRank });
  }
  return STATUS_WORDS[row.status][lang];
}

