import type { ChalkInstance } from 'chalk';
import { coveragePercent } from '../batch/export.js';
import { provinceOf, regionCode, type Ranking, type RankingRow } from '../batch/rank.js';
import type { BatchCounts } from '../batch/score-files.js';
import { escapeControls } from '../source/text.js';
import { BATCH_WORDS, statusText } from '../messages/batch.js';
import { formatDecimal, pick, type Lang } from '../i18n.js';
import { BATCH_CLI_WORDS as B } from '../messages/cli.js';
import { say } from '../messages/define.js';
import { formatIndex } from '../messages/present.js';
import { regencyDisplayName } from '../messages/words.js';
import { displayWidth, fitToWidth, formatTable, truncate } from './table.js';

/** Columns of the ranking table, in the order they are given up when the terminal is narrow. */
type Column = 'rank' | 'regency' | 'code' | 'province' | 'index' | 'band' | 'gates' | 'coverage' | 'provisional' | 'status' | 'file';
const ALL_COLUMNS: Column[] = ['rank', 'regency', 'code', 'province', 'index', 'band', 'gates', 'coverage', 'provisional', 'status', 'file'];
const RIGHT: Column[] = ['rank', 'index', 'gates', 'coverage'];

export interface RankingTableOptions {
  /** The terminal's width: columns are left out (file, provisional, province, code, coverage) until the table fits. */
  width?: number;
  /** Every column, whatever the width (`--wide`). */
  wide?: boolean;
}

/**
 * The ranking table of `siap batch` for the terminal. On a terminal narrower than the full table
 * the least needed columns are left out (the file, provisional as a `*` after the index, province,
 * region code, coverage) and long names are shortened, so no row wraps; a line under the table says
 * which columns are out and how to see them (`--wide`, `--csv`). With `--by-province` a heading
 * line comes before each province's rows.
 */
export function formatRankingTable(ranking: Ranking, lang: Lang, c: ChalkInstance, options: RankingTableOptions = {}): string {
  const header: Record<Column, string> = {
    rank: w(BATCH_WORDS.rankShort, lang),
    regency: w(BATCH_WORDS.regency, lang),
    code: w(B.code, lang),
    province: w(BATCH_WORDS.province, lang),
    index: w(BATCH_WORDS.index, lang),
    band: w(BATCH_WORDS.band, lang),
    gates: w(BATCH_WORDS.gates, lang),
    coverage: w(BATCH_WORDS.coverage, lang),
    provisional: w(BATCH_WORDS.provisional, lang),
    status: w(BATCH_WORDS.status, lang),
    file: w(BATCH_WORDS.file, lang),
  };
  const cells = ranking.rows.map((row) => tableRow(row, lang, c));
  const render = (columns: Column[], nameWidth: number, provinceWidth: number): string => {
    const starred = !columns.includes('provisional');
    const rows: string[][] = [columns.map((col) => c.bold(header[col].toUpperCase()))];
    for (const [i, row] of cells.entries()) {
      rows.push(
        columns.map((col) => {
          if (col === 'regency') return row.bold ? c.bold(truncate(row.regency, nameWidth)) : truncate(row.regency, nameWidth);
          if (col === 'province') return truncate(row.province, provinceWidth);
          if (col === 'index' && starred && ranking.rows[i]!.entry.provisional) return `${row.index}*`;
          if (col === 'index' && starred) return `${row.index} `;
          return row[col];
        }),
      );
    }
    return formatTable(rows, { right: columns.flatMap((col, i) => (RIGHT.includes(col) ? [i] : [])) });
  };
  const widest = (text: string): number => Math.max(0, ...text.split('\n').map(displayWidth));

  let columns = [...ALL_COLUMNS];
  let nameWidth = 36;
  let provinceWidth = 24;
  let table = render(columns, nameWidth, provinceWidth);
  const room = options.width === undefined ? Number.POSITIVE_INFINITY : options.width - 1;
  // Narrower step by step, the least needed first, until the table fits.
  const steps: (() => void)[] = [
    () => (columns = columns.filter((col) => col !== 'file')),
    () => (columns = columns.filter((col) => col !== 'provisional')),
    () => (provinceWidth = 14),
    () => (columns = columns.filter((col) => col !== 'province')),
    () => (nameWidth = 24),
    () => (columns = columns.filter((col) => col !== 'code')),
    () => (nameWidth = 20),
    () => (columns = columns.filter((col) => col !== 'coverage')),
    () => (nameWidth = 16),
  ];
  if (!options.wide) {
    for (const step of steps) {
      if (widest(table) <= room) break;
      step();
      table = render(columns, nameWidth, provinceWidth);
    }
  }
  const lines = [ranking.byProvince ? withProvinceHeadings(table, ranking, lang, c) : table];
  const left = ALL_COLUMNS.filter((col) => !columns.includes(col));
  if (left.length > 0) {
    const notes: string[] = [];
    if (!columns.includes('provisional') && ranking.rows.some((r) => r.entry.provisional)) notes.push(say(B.starProvisional, lang));
    notes.push(say(B.columnsLeftOut, lang, { columns: left.map((col) => header[col].toUpperCase()).join(', ') }));
    const text = notes.join('\n');
    lines.push(c.dim(options.width === undefined ? text : fitToWidth(text, options.width)));
  }
  return `${lines.join('\n')}\n`;
}

/** The table with a heading line (province, code, regencies ranked) before each province's rows. */
function withProvinceHeadings(table: string, ranking: Ranking, lang: Lang, c: ChalkInstance): string {
  const lines = table.split('\n');
  const keyOf = (row: RankingRow): string => {
    const p = provinceOf(row.entry);
    return p.code ?? `name:${p.name}`;
  };
  const out = [lines[0]!];
  let current: string | undefined;
  ranking.rows.forEach((row, i) => {
    const key = keyOf(row);
    if (key !== current) {
      current = key;
      const p = provinceOf(row.entry);
      const count = ranking.rows.filter((r) => r.rank !== null && keyOf(r) === key).length;
      const name = p.name ? (p.code ? `${p.name} (${p.code})` : p.name) : B.unknownProvince[lang];
      out.push(c.bold(say(B.provinceHeading, lang, { province: name, count })));
    }
    out.push(lines[i + 1]!);
  });
  return out.join('\n');
}

/**
 * Every regency with more than one file: the files, the code they share (or the name and province
 * when they carry none), which one counts and why, and what to do.
 */
export function formatDuplicateGroups(ranking: Ranking, lang: Lang, c: ChalkInstance, regionWarnings = false): string {
  const lines = [c.yellow(say(B.duplicatesHeading, lang, { count: ranking.duplicates.length }))];
  for (const g of ranking.duplicates) {
    const files = g.files.map((f) => escapeControls(f)).join(', ');
    lines.push(`  ${g.code ? say(B.groupByCode, lang, { code: g.code, name: g.name, files }) : say(B.groupByName, lang, { name: g.name, where: g.province ? `, ${g.province}` : '', files })}`);
    const why = g.counts === null ? say(B.undecided, lang) : g.reason === 'assessor' ? say(B.countsAssessor, lang, { file: escapeControls(g.counts) }) : say(B.countsDate, lang, { file: escapeControls(g.counts), date: g.date ?? '—' });
    lines.push(`    ${g.counts === null ? c.yellow(why) : why}`);
  }
  lines.push(c.dim(`  ${say(regionWarnings ? B.duplicatesHintWarnings : B.duplicatesHint, lang)}`));
  return `${lines.join('\n')}\n`;
}

interface Cells extends Record<Column, string> {
  bold: boolean;
}

function tableRow(row: RankingRow, lang: Lang, c: ChalkInstance): Cells {
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
  return {
    bold: row.selected,
    rank: row.rank === null ? '—' : String(row.rank),
    regency: regencyDisplayName(e.regency) || B.noName[lang],
    code: regionCode(e) ?? '—',
    province: truncate(e.regency.province ?? '', 24),
    index: formatIndex(e.index, e.decimals, lang),
    band: e.band ? pick(e.band.label, lang) : '—',
    gates: `${e.gatesPassed}/${e.gatesTotal}`,
    coverage: pct === null ? '—' : `${formatDecimal(pct, 0, lang)}%`,
    provisional: e.provisional ? c.yellow(w(BATCH_WORDS.yes, lang)) : '',
    status: coloured,
    // File names come from folders of files sent in by others: never a raw control character.
    file: c.dim(escapeControls(e.file)),
  };
}

function w(words: { id: string; en: string }, lang: Lang): string {
  return words[lang];
}


/** Where the problems of the files that were not ranked went: how many, and whether they are on screen right above. */
export interface ProblemsShown {
  count: number;
  /** The table and the messages share one terminal, so the messages are "above"; else they went to stderr on their own. */
  above: boolean;
}

/**
 * One line under the table: files, valid, broken, ranked, selected, duplicates; then a quota
 * shortfall, the files not ranked and where their problems are, and with a quota the ranking rule.
 */
export function formatBatchSummary(ranking: Ranking, counts: BatchCounts, lang: Lang, c: ChalkInstance, problems: ProblemsShown = { count: 0, above: true }): string {
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
  if (unranked > 0) lines.push(c.red(say(problems.above ? B.unranked : B.unrankedStderr, lang, { count: unranked, problems: problems.count })));
  if (counts.outside) lines.push(say(B.outside, lang, { count: counts.outside }));
  if (ranking.top !== null) lines.push(c.dim(say(B.rankRule, lang, { top: ranking.top })));
  return `${lines.join('\n')}\n`;
}
