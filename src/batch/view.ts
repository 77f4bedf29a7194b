import type { ChalkInstance } from 'chalk';
import { formatTable, truncate } from '../cli/table.js';
import { formatDecimal, pick, type Lang } from '../i18n.js';
import { formatIndex } from '../present.js';
import { regencyDisplayName } from '../vocabulary.js';
import { coveragePercent } from './export.js';
import type { Ranking, RankingRow } from './rank.js';
import { BATCH_WORDS, statusText } from './words.js';

/** The ranking table of `siap batch` for the terminal. */
export function formatRankingTable(ranking: Ranking, lang: Lang, c: ChalkInstance): string {
  const w = (words: { id: string; en: string }): string => words[lang];
  const header = [
    w(BATCH_WORDS.rankShort),
    w(BATCH_WORDS.regency),
    w(BATCH_WORDS.province),
    w(BATCH_WORDS.index),
    w(BATCH_WORDS.band),
    w(BATCH_WORDS.gates),
    w(BATCH_WORDS.coverage),
    w(BATCH_WORDS.provisional),
    w(BATCH_WORDS.status),
    w(BATCH_WORDS.file),
  ].map((h) => c.bold(h.toUpperCase()));
  const rows: string[][] = [header];
  for (const row of ranking.rows) rows.push(tableRow(row, lang, c));
  return `${formatTable(rows, { right: [0, 3, 5, 6] })}\n`;
}

function tableRow(row: RankingRow, lang: Lang, c: ChalkInstance): string[] {
  const e = row.entry;
  const pct = coveragePercent(row);
  const status = statusText(row, lang);
  const coloured =
    row.status === 'selected'
      ? c.green(`✓ ${status}`)
      : row.status === 'duplicate' || row.status === 'conflict'
        ? c.yellow(`⚠ ${status}`)
        : row.status === 'gates'
          ? c.red(status)
          : status;
  const name = truncate(regencyDisplayName(e.regency) || (lang === 'id' ? '(tanpa nama)' : '(no name)'), 36);
  return [
    row.rank === null ? '—' : String(row.rank),
    row.selected ? c.bold(name) : name,
    truncate(e.regency.province ?? '', 24),
    formatIndex(e.index, e.decimals, lang),
    e.band ? pick(e.band.label, lang) : '—',
    `${e.gatesPassed}/${e.gatesTotal}`,
    pct === null ? '—' : `${formatDecimal(pct, 0, lang)}%`,
    e.provisional ? c.yellow(w(BATCH_WORDS.yes, lang)) : '',
    coloured,
    c.dim(e.file),
  ];
}

function w(words: { id: string; en: string }, lang: Lang): string {
  return words[lang];
}

/** Files seen: `valid` are ranked (or listed as duplicates), `broken` could not be scored, `otherRubric` were scored with another rubric. */
export interface BatchCounts {
  files: number;
  valid: number;
  broken: number;
  otherRubric: number;
}

/** One line under the table: files, valid, broken, ranked, selected, duplicates. */
export function formatBatchSummary(ranking: Ranking, counts: BatchCounts, lang: Lang, c: ChalkInstance): string {
  const ranked = ranking.rows.filter((r) => r.rank !== null).length;
  const parts: string[] = [];
  if (lang === 'id') {
    parts.push(`${counts.files} berkas: ${counts.valid} valid, ${counts.broken} rusak${counts.otherRubric > 0 ? `, ${counts.otherRubric} rubrik lain` : ''}`);
    parts.push(`${ranked} diperingkat`);
    if (ranking.top !== null) parts.push(`${ranking.selected} terpilih dari kuota ${ranking.top}`);
    if (ranking.duplicateGroups > 0) parts.push(`${ranking.duplicateGroups} daerah ganda`);
  } else {
    parts.push(`${counts.files} files: ${counts.valid} valid, ${counts.broken} broken${counts.otherRubric > 0 ? `, ${counts.otherRubric} for another rubric` : ''}`);
    parts.push(`${ranked} ranked`);
    if (ranking.top !== null) parts.push(`${ranking.selected} selected of a quota of ${ranking.top}`);
    if (ranking.duplicateGroups > 0) parts.push(`${ranking.duplicateGroups} duplicated ${ranking.duplicateGroups === 1 ? 'regency' : 'regencies'}`);
  }
  const lines = [parts.join(' · ')];
  if (ranking.shortfall > 0) {
    lines.push(
      c.yellow(
        lang === 'id'
          ? `${ranking.selected === 0 ? 'tidak ada daerah yang' : `hanya ${ranking.selected} daerah`} lolos semua syarat dan tidak berstatus sementara; ${ranking.shortfall} tempat kuota tidak terisi`
          : `${ranking.selected === 0 ? 'no regency passes every gate while not provisional' : `only ${ranking.selected} regencies pass every gate and are not provisional`}; ${ranking.shortfall} quota place(s) left empty`,
      ),
    );
  }
  const unranked = counts.broken + counts.otherRubric;
  if (unranked > 0) {
    lines.push(
      c.red(
        lang === 'id'
          ? `${unranked} berkas tidak diperingkat (lihat pesan di atas)`
          : `${unranked} file(s) not ranked (see the messages above)`,
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}
