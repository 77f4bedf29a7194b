import type { Diagnostic, SiapError } from '../errors.js';
import { pick, roundHalfUp, type Lang, type Words } from '../i18n.js';
import { describe } from '../messages/catalog.js';
import { displayIndex } from '../scoring/json.js';
import { regencyDisplayName, WORDS } from '../messages/words.js';
import { regionCode, type DuplicateGroup, type Ranking, type RankingRow } from './rank.js';
import { BATCH_WORDS, STATUS_WORDS } from '../messages/batch.js';
import { csvCodeText, csvNumber, formatCsv, type CsvValue } from '../io/csv.js';

/** Version tag of the `siap batch --json` shape; bump when a field changes meaning. */
export const BATCH_FORMAT = 'siap-batch/2';

export interface CsvOptions {
  lang: Lang;
  /** Indonesian Excel: decimal comma and `;` between fields. */
  decimalComma?: boolean;
}

/**
 * The ranking as CSV (the one CSV writer, src/io/csv.ts: BOM, CRLF, text cells neutralised so a
 * spreadsheet never runs a regency name sent in by others as a formula): one row per ranking row
 * (same order as the table), every pillar's index in its own column. Indices are rounded as shown
 * in the table; the JSON export keeps them unrounded.
 */
export function formatRankingCsv(ranking: Ranking, options: CsvOptions): string {
  const { lang } = options;
  const w = (words: { id: string; en: string }): string => words[lang];
  const num = (value: number | null, decimals: number): CsvValue => {
    if (value === null) return '';
    const text = roundHalfUp(value, decimals).toFixed(decimals);
    return csvNumber(options.decimalComma ? text.replace('.', ',') : text);
  };
  const yesNo = (value: boolean): string => (value ? w(BATCH_WORDS.yes) : w(BATCH_WORDS.no));
  const header = [
    w(BATCH_WORDS.rank),
    w(BATCH_WORDS.status),
    w(BATCH_WORDS.selected),
    w(BATCH_WORDS.regency),
    w(BATCH_WORDS.province),
    w(BATCH_WORDS.code),
    w(BATCH_WORDS.index),
    w(BATCH_WORDS.band),
    w(BATCH_WORDS.gatesPassed),
    w(BATCH_WORDS.gatesTotal),
    w(BATCH_WORDS.answered),
    w(BATCH_WORDS.applicable),
    w(BATCH_WORDS.coveragePercent),
    w(BATCH_WORDS.provisional),
    w(BATCH_WORDS.kind),
    w(BATCH_WORDS.date),
    w(BATCH_WORDS.file),
    ...ranking.pillars.map((p) => `${w(BATCH_WORDS.index)} ${pick(p.title, lang)}`),
    w(BATCH_WORDS.sameRegency),
    w(BATCH_WORDS.counts),
  ];
  const rows: CsvValue[][] = [header];
  for (const row of ranking.rows) {
    const e = row.entry;
    rows.push([
      row.rank,
      STATUS_WORDS[row.status][lang],
      yesNo(row.selected),
      regencyDisplayName(e.regency),
      e.regency.province ?? '',
      // A code stays text in a spreadsheet: 51.10 is not the number 51.1.
      csvCodeText(regionCode(e) ?? ''),
      num(e.index, e.decimals),
      e.band ? pick(e.band.label, lang) : '',
      e.gatesPassed,
      e.gatesTotal,
      e.coverage.answered,
      e.coverage.applicable,
      num(coveragePercent(row), 1),
      yesNo(e.provisional),
      WORDS[e.assessment.kind][lang],
      e.assessment.date ?? '',
      e.file,
      ...ranking.pillars.map((p) => num(e.pillars.find((x) => x.id === p.id)?.index ?? null, e.decimals)),
      row.sameRegency.join('; '),
      row.group ? (row.group.counts ?? '—') : '',
    ]);
  }
  return formatCsv(rows, { separator: options.decimalComma ? ';' : ',' });
}

export function coveragePercent(row: RankingRow): number | null {
  const c = row.entry.coverage;
  return c.applicable === 0 ? null : (100 * c.answered) / c.applicable;
}

/** One ranking row in the JSON export (unrounded numbers, texts in both languages). */
export function rankingRowJson(row: RankingRow): Record<string, unknown> {
  const e = row.entry;
  return {
    rank: row.rank,
    status: row.status,
    selected: row.selected,
    file: e.file,
    regency: e.regency,
    name: regencyDisplayName(e.regency),
    assessment: e.assessment,
    index: e.index,
    display: displayIndex(e.index, e.decimals),
    band: e.band ? { id: e.band.id, label: e.band.label } : null,
    gates_passed: e.gatesPassed,
    gates_total: e.gatesTotal,
    failed_gates: e.failedGates.map((g) => g.id),
    coverage: { answered: e.coverage.answered, applicable: e.coverage.applicable, na: e.coverage.na, required_unanswered: e.coverage.requiredUnanswered },
    provisional: e.provisional,
    pillars: e.pillars.map((p) => ({ id: p.id, index: p.index, display: displayIndex(p.index, e.decimals) })),
    region_code: regionCode(e) ?? null,
    ...(e.region?.derived ? { region_code_from_register: true } : {}),
    province_code: e.region?.provinceCode ?? null,
    ...(row.provinceRank !== undefined ? { province_rank: row.provinceRank } : {}),
    same_regency: row.sameRegency,
    ...(row.supersededBy ? { superseded_by: row.supersededBy } : {}),
    ...(row.supersededByRank !== undefined ? { superseded_by_rank: row.supersededByRank } : {}),
    ...(row.group ? { duplicate: duplicateJson(row.group) } : {}),
  };
}

/** A duplicate group in the JSON export: every file, the shared code, the file that counts and why. */
export function duplicateJson(g: DuplicateGroup): Record<string, unknown> {
  return { code: g.code ?? null, name: g.name, files: g.files, counts: g.counts, reason: g.reason, ...(g.date ? { date: g.date } : {}) };
}

/** A broken file for the JSON export: every problem with its words and position. */
export function errorJson(file: string, error: SiapError): Record<string, unknown> {
  return { file, code: error.code, diagnostics: error.problems().map((d) => diagnosticJson(d, file)) };
}

/**
 * One problem or warning with its position, its parameters as data, and its words in both
 * languages: the export is the same whatever `--lang` the batch ran with.
 */
export function diagnosticJson(d: Diagnostic, file: string): Record<string, unknown> {
  const id = describe(d.code, 'id', d.params);
  const en = describe(d.code, 'en', d.params);
  const hint: Words | undefined = id.hint && en.hint ? { id: id.hint, en: en.hint } : undefined;
  return {
    code: d.code,
    severity: d.severity,
    params: d.params,
    message: { id: id.message, en: en.message },
    ...(hint ? { hint } : {}),
    file: d.source?.file ?? file,
    line: d.source?.line ?? null,
    column: d.source?.column ?? null,
    ...(d.source?.path ? { path: d.source.path } : {}),
  };
}

/** What the end of the `--json` export says about the run. */
export interface BatchJsonTail {
  ranking: Ranking;
  failures: { file: string; error: SiapError }[];
  warnings: Diagnostic[];
  counts: { files: number; valid: number; broken: number; otherRubric: number; outside?: number };
  rubricId: string | null;
}

/**
 * The `siap batch --json` document, written in pieces so that 10,000 results stream to disk
 * without being held in memory: `head`, then each result through `result`, then `tail`.
 */
export const batchJson = {
  head(generated: string): string {
    return `{\n  "format": ${JSON.stringify(BATCH_FORMAT)},\n  "generated": ${JSON.stringify(generated)},\n  "results": [`;
  },
  result(result: unknown, first: boolean): string {
    return `${first ? '' : ','}\n    ${JSON.stringify(result)}`;
  },
  /** What goes before a result already in JSON (made in a scoring worker). */
  resultPrefix(first: boolean): string {
    return `${first ? '' : ','}\n    `;
  },
  /**
   * The end of the document, written piece by piece through `write` (one ranking row, error or
   * warning at a time: 10,000 of them are never one string in memory).
   */
  writeTail(write: (text: string) => void, t: BatchJsonTail, anyResult: boolean): void {
    const list = <T>(name: string, items: readonly T[], json: (item: T) => unknown, last = false): void => {
      const end = last ? '' : ',';
      if (items.length === 0) {
        write(`  "${name}": []${end}\n`);
        return;
      }
      write(`  "${name}": [\n`);
      items.forEach((item, i) => write(`    ${JSON.stringify(json(item))}${i < items.length - 1 ? ',' : ''}\n`));
      write(`  ]${end}\n`);
    };
    const summary = {
      files: t.counts.files,
      valid: t.counts.valid,
      broken: t.counts.broken,
      other_rubric: t.counts.otherRubric,
      ranked: t.ranking.rows.filter((r) => r.rank !== null).length,
      selected: t.ranking.selected,
      shortfall: t.ranking.shortfall,
      duplicate_regencies: t.ranking.duplicateGroups,
      ...(t.counts.outside !== undefined ? { outside_provinces: t.counts.outside } : {}),
    };
    write(
      [
        `${anyResult ? '\n  ' : ''}],`,
        `  "rubric": ${JSON.stringify(t.rubricId)},`,
        `  "top": ${JSON.stringify(t.ranking.top)},`,
        `  "pillars": ${JSON.stringify(t.ranking.pillars.map((p) => ({ id: p.id, title: p.title })))},`,
        `  "summary": ${JSON.stringify(summary)},\n`,
      ].join('\n'),
    );
    list('duplicates', t.ranking.duplicates, duplicateJson);
    list('ranking', t.ranking.rows, rankingRowJson);
    list('errors', t.failures, (f) => errorJson(f.file, f.error));
    list('warnings', t.warnings, (w) => diagnosticJson(w, w.source?.file ?? ''), true);
    write('}\n');
  },
};
