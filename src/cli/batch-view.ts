import type { ChalkInstance } from 'chalk';
import { coveragePercent } from '../batch/export.js';
import type { Ranking, RankingRow } from '../batch/rank.js';
import type { BatchCounts } from '../batch/score-files.js';
import { escapeControls } from '../source/text.js';
import { BATCH_WORDS, statusText } from '../messages/batch.js';
import { formatDecimal, pick, type Lang } from '../i18n.js';
import { BATCH_CLI_WORDS as B } from '../messages/cli.js';
import { say } from '../messages/define.js';
import { formatIndex } from '../messages/present.js';
import { regencyDisplayName } from '../messages/words.js';
import { formatTable, truncate } from './table.js';

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
  const name = truncate(regencyDisplayName(e.regency) || B.noName[lang], 36);
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
    // File names come from folders of files sent in by others: never a raw control character.
    c.dim(escapeControls(e.file)),
  ];
}

function w(words: { id: string; en: string }, lang: Lang): string {
  return words[lang];
}


/** One line under the table: files, valid, broken, ranked, selected, duplicates. */
export function formatBatchSummary(ranking: Ranking, counts: BatchCounts, lang: Lang, c: ChalkInstance): string {
  const ranked = ranking.rows.filter((r) => r.rank !== null).length;
  const files = say(counts.otherRubric > 0 ? B.filesOtherRubric : B.files, lang, { ...counts });
  const parts = [files, say(B.ranked, lang, { ranked })];
  if (ranking.top !== null) parts.push(say(B.selected, lang, { selected: ranking.selected, top: ranking.top }));
  if (ranking.duplicateGroups > 0) parts.push(say(ranking.duplicateGroups === 1 ? B.duplicate : B.duplicates, lang, { count: ranking.duplicateGroups }));
  const lines = [parts.join(' · ')];
  if (ranking.shortfall > 0) {
    lines.push(c.yellow(say(ranking.selected === 0 ? B.shortfallNone : B.shortfall, lang, { selected: ranking.selected, shortfall: ranking.shortfall })));
  }
  const unranked = counts.broken + counts.otherRubric;
  if (unranked > 0) lines.push(c.red(say(B.unranked, lang, { count: unranked })));
  return `${lines.join('\n')}\n`;
}
