import type { ChalkInstance } from 'chalk';
import { coveragePercent } from '../batch/export.js';
import { provinceOf, regionCode, type Ranking, type RankingRow } from '../batch/rank.js';
import type { BatchCounts } from '../batch/score-files.js';
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
    w(B.code),
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
  const lines = formatTable(rows, { right: [0, 4, 6, 7] }).split('\n');
  if (!ranking.byProvince) return `${lines.join('\n')}\n`;
  // Grouped by province: a heading line before each province's rows.
  const out = [lines[0]!];
  let current: string | undefined;
  ranking.rows.forEach((row, i) => {
    const p = provinceOf(row.entry);
    const key = p.code ?? `name:${p.name}`;
    if (key !== current) {
      current = key;
      const count = ranking.rows.filter((r) => r.rank !== null && (provinceOf(r.entry).code ?? `name:${provinceOf(r.entry).name}`) === key).length;
      const name = p.name ? (p.code ? `${p.name} (${p.code})` : p.name) : B.unknownProvince[lang];
      out.push(c.bold(say(B.provinceHeading, lang, { province: name, count })));
    }
    out.push(lines[i + 1]!);
  });
  return `${out.join('\n')}\n`;
}

/**
 * Every regency with more than one file: the files, the code they share (or the name and province
 * when they carry none), which one counts and why, and what to do.
 */
export function formatDuplicateGroups(ranking: Ranking, lang: Lang, c: ChalkInstance): string {
  const lines = [c.yellow(say(B.duplicatesHeading, lang, { count: ranking.duplicates.length }))];
  for (const g of ranking.duplicates) {
    const files = g.files.join(', ');
    lines.push(`  ${g.code ? say(B.groupByCode, lang, { code: g.code, name: g.name, files }) : say(B.groupByName, lang, { name: g.name, where: g.province ? `, ${g.province}` : '', files })}`);
    const why = g.counts === null ? say(B.undecided, lang) : g.reason === 'assessor' ? say(B.countsAssessor, lang, { file: g.counts }) : say(B.countsDate, lang, { file: g.counts, date: g.date ?? '—' });
    lines.push(`    ${g.counts === null ? c.yellow(why) : why}`);
  }
  lines.push(c.dim(`  ${say(B.duplicatesHint, lang)}`));
  return `${lines.join('\n')}\n`;
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
    regionCode(e) ?? '—',
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
  if (counts.outside) lines.push(say(B.outside, lang, { count: counts.outside }));
  return `${lines.join('\n')}\n`;
}
