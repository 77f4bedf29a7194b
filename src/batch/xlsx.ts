import { Writable } from 'node:stream';
import type { Diagnostic } from '../errors.js';
import { pick, roundHalfUp, type Lang, type LocalText, type Words } from '../i18n.js';
import type { AtomicStream } from '../io/files.js';
import { neutraliseCell } from '../io/csv.js';
import { BATCH_WORDS, RULE_TEXT, STATUS_WORDS } from '../messages/batch.js';
import { describe } from '../messages/catalog.js';
import { say } from '../messages/define.js';
import { regencyDisplayName, WORDS } from '../messages/words.js';
import { NUMBER_FORMAT_LOCALE, XLSX_WORDS as X } from '../messages/xlsx.js';
import { coveragePercent } from './export.js';
import { provinceCounts, provinceOf, regionCode, type BatchEntry, type Ranking } from './rank.js';
import type { BatchCounts, BatchFailure } from './score-files.js';
import type { EntryDetail, RubricOutline } from './score-one.js';

/**
 * The Excel workbook of `siap batch --xlsx` and `siap score --xlsx` (exceljs, streamed: rows are
 * written out as they are made, so 10,000 regencies × 59 questions do not sit in memory as cell
 * objects). Sheets:
 *
 * 1. the ranking (frozen header, autofilter, number formats, band colours, the quota line);
 * 2. one sheet per pillar: its index and the index of every section under it;
 * 3. the regency × question matrix (each question's score);
 * 4. the files that could not be scored, one row per located problem;
 * 5. regencies per province;
 * 6. the method and the rules (tie, quota, duplicates), and the questions' legend.
 *
 * Rows are in the ranking's order everywhere, with the same rank and the same rounded index as the
 * recap PDF and the CSV. Every text cell goes through the CSV writer's `neutraliseCell` first (no formula, control
 * characters written visibly), and loses the two characters XML cannot carry at all (U+FFFE, U+FFFF).
 */

export interface WorkbookInput {
  lang: Lang;
  ranking: Ranking;
  rubric: { id: string; version: string; title: LocalText } | null;
  /** Headers of the pillar and matrix sheets (absent: those sheets only list the pillars' indices). */
  outline?: RubricOutline;
  details?: Map<BatchEntry, EntryDetail>;
  failures: BatchFailure[];
  counts: BatchCounts;
  /** When the workbook was made (ISO date-time). */
  generated: string;
  /** The index scale, for the method sheet. */
  scale?: { lower: number; upper: number; decimals: number };
}

type Cell = string | number | null;

const HEADER_FILL = 'FFDCE6F1';
const SELECTED_FILL = 'FFE2F0D9';
const WARN_FONT = 'FF9C5700';
const FAIL_FONT = 'FFC00000';

/** Write the workbook into `out` (an atomic file stream: the caller commits it once this resolves). */
export async function writeWorkbook(out: AtomicStream, input: WorkbookInput): Promise<void> {
  const { default: ExcelJS } = await import('exceljs');
  const { lang, ranking } = input;
  const t = (words: Words): string => words[lang];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      try {
        out.write(chunk);
        done();
      } catch (error) {
        done(error as Error);
      }
    },
  });
  const closed = new Promise<void>((resolve, reject) => {
    sink.on('finish', resolve);
    sink.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: false });
  wb.creator = 'siap';
  wb.created = new Date(input.generated);
  wb.modified = new Date(input.generated);

  const decimals = ranking.rows[0]?.entry.decimals ?? input.scale?.decimals ?? 1;
  const numFmt = (places: number): string => `${NUMBER_FORMAT_LOCALE[lang]}0${places > 0 ? `.${'0'.repeat(places)}` : ''}`;
  const indexFmt = numFmt(decimals);
  const rounded = (value: number | null | undefined): number | null => (value === null || value === undefined || Number.isNaN(value) ? null : roundHalfUp(value, decimals));
  const text = (value: string): string => neutraliseCell(value).replace(/[\uFFFE\uFFFF]/g, '');
  const usedNames = new Set<string>();
  const sheetName = (name: string): string => {
    let base = name.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 31) || 'Sheet';
    for (let n = 2; usedNames.has(base.toLowerCase()); n++) base = `${base.slice(0, 28)} ${n}`;
    usedNames.add(base.toLowerCase());
    return base;
  };

  type Column = { header: string; width: number; numFmt?: string };
  /** A sheet with a bold header row, frozen panes, and an autofilter over the header and its `rows` data rows. */
  const sheet = (name: string, columns: Column[], frozen: { rows: number; cols: number }, rows: number) => {
    const ws = wb.addWorksheet(sheetName(name), {
      views: [{ state: 'frozen', xSplit: frozen.cols, ySplit: frozen.rows }],
    });
    ws.columns = columns.map((c, i) => ({ key: String(i), width: c.width, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
    if (columns.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1 + rows, column: columns.length } };
    const header = ws.addRow(columns.map((c) => text(c.header)));
    header.font = { bold: true };
    header.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
      cell.alignment = { vertical: 'top', wrapText: true };
    });
    header.commit();
    return ws;
  };
  const cells = (values: Cell[]): (string | number | null)[] => values.map((v) => (typeof v === 'string' ? text(v) : v));

  // 1. Ranking --------------------------------------------------------------------------------
  const pillars = ranking.pillars;
  const rankingColumns: Column[] = [
    { header: t(BATCH_WORDS.rank), width: 9 },
    ...(ranking.byProvince ? [{ header: t(X.provinceRank), width: 11 }] : []),
    { header: t(BATCH_WORDS.status), width: 20 },
    { header: t(BATCH_WORDS.selected), width: 9 },
    { header: t(BATCH_WORDS.regency), width: 30 },
    { header: t(BATCH_WORDS.code), width: 12 },
    { header: t(BATCH_WORDS.province), width: 24 },
    { header: t(X.provinceCode), width: 9 },
    { header: t(BATCH_WORDS.index), width: 9, numFmt: indexFmt },
    { header: t(BATCH_WORDS.band), width: 16 },
    { header: t(BATCH_WORDS.gatesPassed), width: 9 },
    { header: t(BATCH_WORDS.gatesTotal), width: 9 },
    { header: t(BATCH_WORDS.coveragePercent), width: 11, numFmt: numFmt(1) },
    { header: t(BATCH_WORDS.provisional), width: 10 },
    { header: t(BATCH_WORDS.kind), width: 20 },
    { header: t(BATCH_WORDS.date), width: 11 },
    ...pillars.map((p): Column => ({ header: say(X.pillarIndex, lang, { title: pick(p.title, lang) }), width: 12, numFmt: indexFmt })),
    { header: t(BATCH_WORDS.file), width: 40 },
    { header: t(BATCH_WORDS.sameRegency), width: 40 },
    { header: t(BATCH_WORDS.counts), width: 30 },
  ];
  const bandColumn = rankingColumns.findIndex((c) => c.header === t(BATCH_WORDS.band)) + 1;
  const statusColumn = rankingColumns.findIndex((c) => c.header === t(BATCH_WORDS.status)) + 1;
  const ws = sheet(t(X.sheetRanking), rankingColumns, { rows: 1, cols: ranking.byProvince ? 2 : 1 }, ranking.rows.length);
  // The quota line: under the last selected row, when the selected rows come first (not grouped by province).
  const lastSelected = ranking.top !== null && !ranking.byProvince ? ranking.rows.map((r) => r.selected).lastIndexOf(true) : -1;
  const bandColors = new Map((input.outline?.bands ?? []).map((b) => [b.id, b.color]));
  ranking.rows.forEach((row, i) => {
    const e = row.entry;
    const province = provinceOf(e);
    const r = ws.addRow(
      cells([
        row.rank,
        ...(ranking.byProvince ? [row.provinceRank ?? null] : []),
        STATUS_WORDS[row.status][lang],
        row.selected ? t(BATCH_WORDS.yes) : t(BATCH_WORDS.no),
        regencyDisplayName(e.regency),
        regionCode(e) ?? '',
        province.name,
        province.code ?? '',
        rounded(e.index),
        e.band ? pick(e.band.label, lang) : '',
        e.gatesPassed,
        e.gatesTotal,
        coveragePercent(row) === null ? null : roundHalfUp(coveragePercent(row)!, 1),
        e.provisional ? t(BATCH_WORDS.yes) : t(BATCH_WORDS.no),
        WORDS[e.assessment.kind][lang],
        e.assessment.date ?? '',
        ...pillars.map((p) => rounded(e.pillars.find((x) => x.id === p.id)?.index)),
        e.file,
        row.sameRegency.join('; '),
        row.group ? (row.group.counts ?? '—') : '',
      ]),
    );
    if (row.selected) {
      r.font = { bold: true };
      r.eachCell((cell) => (cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: SELECTED_FILL } }));
    }
    const color = e.band ? (bandColors.get(e.band.id) ?? e.band.color) : undefined;
    if (color && /^#?[0-9a-f]{6}$/i.test(color)) {
      r.getCell(bandColumn).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${color.replace('#', '').toUpperCase()}` } };
      r.getCell(bandColumn).font = { bold: row.selected, color: { argb: contrast(color) } };
    }
    if (row.status === 'duplicate' || row.status === 'conflict' || row.status === 'provisional') r.getCell(statusColumn).font = { color: { argb: WARN_FONT } };
    if (row.status === 'gates') r.getCell(statusColumn).font = { color: { argb: FAIL_FONT } };
    if (i === lastSelected) r.eachCell({ includeEmpty: true }, (cell) => (cell.border = { bottom: { style: 'thick', color: { argb: 'FF2E7D32' } } }));
    r.commit();
  });
  if (ranking.top !== null) {
    ws.addRow([]).commit();
    const note = ws.addRow([text(say(X.quotaLine, lang, { top: ranking.top, selected: ranking.selected }))]);
    note.font = { italic: true };
    note.commit();
  }
  ws.commit();

  // 2. One sheet per pillar --------------------------------------------------------------------
  const outline = input.outline;
  const under = (pillar: string): { id: string; title: LocalText; at: number }[] => {
    if (!outline) return [];
    const inside = new Set([pillar]);
    const out: { id: string; title: LocalText; at: number }[] = [];
    outline.nodes.forEach((n, at) => {
      if (n.parent !== null && inside.has(n.parent)) {
        inside.add(n.id);
        out.push({ id: n.id, title: n.title, at });
      }
    });
    return out;
  };
  for (const p of pillars) {
    const children = under(p.id);
    const pws = sheet(
      say(X.sheetPillar, lang, { title: pick(p.title, lang) }),
      [
        { header: t(BATCH_WORDS.rank), width: 9 },
        { header: t(BATCH_WORDS.regency), width: 30 },
        { header: t(BATCH_WORDS.code), width: 12 },
        { header: t(BATCH_WORDS.province), width: 24 },
        { header: say(X.pillarIndex, lang, { title: pick(p.title, lang) }), width: 14, numFmt: indexFmt },
        ...children.map((c): Column => ({ header: `${c.id} ${pick(c.title, lang)}`, width: 14, numFmt: indexFmt })),
      ],
      { rows: 1, cols: 2 },
      ranking.rows.length,
    );
    for (const row of ranking.rows) {
      const e = row.entry;
      const detail = input.details?.get(e);
      pws.addRow(
        cells([
          row.rank,
          regencyDisplayName(e.regency),
          regionCode(e) ?? '',
          provinceOf(e).name,
          rounded(e.pillars.find((x) => x.id === p.id)?.index),
          ...children.map((c) => rounded(detail?.nodes[c.at])),
        ]),
      ).commit();
    }
    pws.commit();
  }

  // 3. Regency × question matrix ----------------------------------------------------------------
  const questions = outline?.questions ?? [];
  const mws = sheet(
    t(X.sheetMatrix),
    [
      { header: t(BATCH_WORDS.rank), width: 9 },
      { header: t(BATCH_WORDS.regency), width: 30 },
      { header: t(BATCH_WORDS.code), width: 12 },
      ...questions.map((q): Column => ({ header: q.id, width: 9, numFmt: indexFmt })),
    ],
    { rows: 1, cols: 3 },
    ranking.rows.length,
  );
  for (const row of ranking.rows) {
    const e = row.entry;
    const detail = input.details?.get(e);
    mws.addRow(
      cells([
        row.rank,
        regencyDisplayName(e.regency),
        regionCode(e) ?? '',
        ...questions.map((_, q) => (detail?.states[q] === 1 ? t(X.na) : rounded(detail?.questions[q]))),
      ]),
    ).commit();
  }
  mws.commit();

  // 4. Files that could not be scored -----------------------------------------------------------
  const pws = sheet(
    t(X.sheetProblems),
    [
      { header: t(BATCH_WORDS.file), width: 40 },
      { header: t(X.line), width: 7 },
      { header: t(X.column), width: 7 },
      { header: t(X.problemCode), width: 26 },
      { header: t(X.severity), width: 11 },
      { header: t(X.message), width: 70 },
      { header: t(X.hint), width: 60 },
    ],
    { rows: 1, cols: 1 },
    input.failures.reduce((n, f) => n + f.error.problems().length, 0),
  );
  for (const failure of input.failures) {
    for (const d of failure.error.problems() as Diagnostic[]) {
      const words = describe(d.code, lang, d.params);
      pws.addRow(cells([d.source?.file ?? failure.file, d.source?.line ?? null, d.source?.column ?? null, d.code, t(d.severity === 'error' ? X.error : X.warning), words.message, words.hint ?? ''])).commit();
    }
  }
  if (input.failures.length === 0) pws.addRow([text(t(X.noProblems))]).commit();
  pws.commit();

  // 5. Regencies per province -------------------------------------------------------------------
  const provinces = provinceCounts(ranking);
  const vws = sheet(
    t(X.sheetProvinces),
    [
      { header: t(X.provinceCode), width: 9 },
      { header: t(BATCH_WORDS.province), width: 30 },
      { header: t(X.regions), width: 12 },
      { header: t(X.ranked), width: 12 },
      { header: t(X.selected), width: 10 },
    ],
    { rows: 1, cols: 0 },
    provinces.length,
  );
  for (const p of provinces) vws.addRow(cells([p.code ?? '', p.name || t(X.unknownProvince), p.regions, p.ranked, p.selected])).commit();
  vws.commit();

  // 6. Method and rules -------------------------------------------------------------------------
  const method = wb.addWorksheet(sheetName(t(X.sheetMethod)));
  method.columns = [{ width: 28 }, { width: 110 }];
  const line = (label: string, value: string, bold = false): void => {
    const r = method.addRow([text(label), text(value)]);
    r.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    r.getCell(1).alignment = { vertical: 'top' };
    if (bold) r.font = { bold: true };
    r.commit();
  };
  const heading = (label: string): void => {
    method.addRow([]).commit();
    const r = method.addRow([text(label)]);
    r.font = { bold: true, size: 12 };
    r.commit();
  };
  const title = method.addRow([text(t(X.methodTitle))]);
  title.font = { bold: true, size: 14 };
  title.commit();
  if (input.rubric) line(t(X.rubric), `${pick(input.rubric.title, lang)} (${input.rubric.id} v${input.rubric.version})`);
  line(t(X.generated), input.generated);
  const c = input.counts;
  line(t(X.files), say(X.filesLine, lang, { files: c.files, valid: c.valid, broken: c.broken, other: c.otherRubric }));
  if (c.outside) line('', say(X.filesOutside, lang, { count: c.outside }));
  const scale = input.scale ?? { lower: ranking.rows[0]?.entry.lower ?? 0, upper: ranking.rows[0]?.entry.upper ?? 100, decimals };
  heading(t(X.indexHeading));
  line('', say(X.indexText, lang, { lower: scale.lower, upper: scale.upper }));
  if (outline && outline.bands.length > 0) {
    heading(t(X.bandsHeading));
    for (const b of [...outline.bands].sort((a, z) => z.min - a.min)) line('', say(X.bandLine, lang, { label: pick(b.label, lang), min: b.min }));
  }
  if (outline && outline.gates.length > 0) {
    heading(t(X.gatesHeading));
    for (const g of outline.gates) line(g.id, `${pick(g.title, lang)} (${g.rule})`);
  }
  heading(t(X.orderHeading));
  line('', t(X.orderText));
  line('', t(RULE_TEXT));
  heading(t(X.quotaHeading));
  line('', ranking.top === null ? t(X.quotaNone) : `${t(X.quotaText)} ${say(X.quotaLine, lang, { top: ranking.top, selected: ranking.selected })}.`);
  heading(t(X.duplicatesHeading));
  line('', t(X.duplicatesText));
  heading(t(X.numbersHeading));
  line('', say(X.numbersText, lang, { decimals }));
  heading(t(X.registerHeading));
  line('', t(X.registerText));
  if (questions.length > 0) {
    heading(t(X.questionsHeading));
    line('', t(X.matrixNote));
    const sectionTitle = new Map((outline?.nodes ?? []).map((n) => [n.id, n.title]));
    for (const q of questions) {
      const parent = sectionTitle.get(q.parent);
      line(q.id, `${parent ? `${pick(parent, lang)} — ` : ''}${pick(q.text, lang)}`);
    }
  }
  method.commit();

  await wb.commit();
  await closed;
}

/** Black or white text on a band colour, whichever reads better. */
function contrast(hex: string): string {
  const v = hex.replace('#', '');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(v.slice(i, i + 2), 16));
  return 0.299 * r! + 0.587 * g! + 0.114 * b! > 150 ? 'FF000000' : 'FFFFFFFF';
}
