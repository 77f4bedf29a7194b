import { formatDecimal, pick, type Lang, type LocalText, type Words } from '../i18n.js';
import { say } from '../messages/define.js';
import { formatIndex } from '../messages/present.js';
import { RECAP_WORDS as R } from '../messages/recap-words.js';
import { formatLongDate, label, REPORT_WORDS } from '../messages/report-words.js';
import { regencyDisplayName } from '../messages/words.js';
import { breakableName, type Column, type TableRow, type TableSpec } from '../report/layout.js';
import { createPdf, type PdfWriter } from '../report/pdf-writer.js';
import type { ReportTemplate } from '../report/template.js';
import { DEFAULT_THEME } from '../report/theme.js';
import { coveragePercent, formatRankingCsv, rankingRowJson } from './export.js';
import { documentNumber, MANIFEST_FORMAT, MANIFEST_NAME, manifestText, sha256Hex, type ManifestFile, type RecapManifest } from '../report/identity.js';
import type { Attachment } from '../report/model.js';
import { provinceCounts, regionCode, type Ranking } from './rank.js';
import type { BatchCounts } from './score-files.js';
import { BATCH_WORDS, RULE_TEXT, statusText } from '../messages/batch.js';

/**
 * The recap of a batch ("Rekapitulasi Hasil Asesmen"): the ranking like a published selection
 * list, the selected regencies, and the files that could not be scored. `buildRecapModel` decides
 * every word (pure); `renderRecapPdf` lays it out with the PDF toolkit (report/pdf-writer.ts),
 * landscape A4.
 */

/** A broken file as the recap lists it (already in words). */
export interface RecapProblem {
  file: string;
  where: string;
  code: string;
  message: string;
}

export interface RecapInput {
  lang: Lang;
  ranking: Ranking;
  rubric: { id: string; version: string; title: LocalText } | null;
  problems: RecapProblem[];
  counts: BatchCounts;
  /** The recap's date (`--date`, SOURCE_DATE_EPOCH, or the latest assessment date; never the clock); also the PDF's creation date. */
  date: Date;
  template?: Pick<ReportTemplate, 'authority' | 'colors' | 'labels' | 'team'>;
  toolVersion: string;
}

export interface RecapModel {
  lang: Lang;
  /** The document number (from the hash of the recap's whole input). */
  document: string;
  /** The ranking as CSV and JSON, and the manifest holding the recap's input (`siap verify` draws it again). */
  attachments: Attachment[];
  /** The selection panel's sign-off. */
  signoff: { heading: string; lead: string; placeDate: string; team: string; signers: { role: string; nip: string }[] };
  info: { title: string; subject: string; author: string; keywords: string; creator: string; creationDate: Date };
  colors?: ReportTemplate['colors'];
  authority?: string;
  title: string;
  subtitle: string;
  dateLine: string;
  facts: [string, string][];
  rule: string;
  selected?: { heading: string; items: string[]; shortfall?: string };
  ranking: { heading: string; table: TableSpec; empty?: string };
  problems?: { heading: string; table: TableSpec };
  /** How many regencies of each province took part. */
  provinces?: { heading: string; table: TableSpec };
  header: { left: string; right: string };
  footer: { document: string; left: string; pageLabel: string };
}

/** Version tag of the ranking JSON attached to the recap. */
export const RANKING_FORMAT = 'siap-ranking/1';

/** The recap as data: every word and number decided, in one language. */
export function buildRecapModel(input: RecapInput): RecapModel {
  const { lang, ranking } = input;
  const t = (words: Words): string => words[lang];
  // Status colours are fixed: a template changes only its own colours (theme.ts).
  const { pass, fail, warnText, passFill } = DEFAULT_THEME;
  const isoDate = input.date.toISOString().slice(0, 10);
  const title = t(R.title);
  const rubricTitle = input.rubric ? `${pick(input.rubric.title, lang)} (${input.rubric.id} v${input.rubric.version})` : '';
  const ranked = ranking.rows.filter((r) => r.rank !== null);

  const facts: [string, string][] = [
    [t(R.filesReceived), String(input.counts.files)],
    input.counts.otherRubric > 0
      ? [t(R.validBrokenOther), `${input.counts.valid} / ${input.counts.broken} / ${input.counts.otherRubric}`]
      : [t(R.validBroken), `${input.counts.valid} / ${input.counts.broken}`],
    [t(R.ranked), String(ranked.length)],
  ];
  if (ranking.top !== null) facts.push([t(R.quotaSelected), `${ranking.top} / ${ranking.selected}`]);
  if (ranking.duplicateGroups > 0) facts.push([t(R.duplicates), String(ranking.duplicateGroups)]);

  const showPillars = ranking.pillars.length > 0 && ranking.pillars.length <= 6;
  const columns: Column[] = [
    { header: t(BATCH_WORDS.rankShort), width: 4, align: 'right' },
    { header: t(BATCH_WORDS.regency), width: 17 },
    { header: t(R.regionCode), width: 6 },
    { header: t(BATCH_WORDS.province), width: 12 },
    { header: t(BATCH_WORDS.index), width: 6, align: 'right' },
    ...(showPillars ? ranking.pillars.map((p): Column => ({ header: pick(p.title, lang), width: 10.5, align: 'right' })) : []),
    { header: t(BATCH_WORDS.band), width: 9 },
    { header: t(BATCH_WORDS.gates), width: 5, align: 'center' },
    { header: t(BATCH_WORDS.coverage), width: 6.5, align: 'right' },
    { header: t(REPORT_WORDS.remark), width: 15 },
  ];
  const rows: TableRow[] = ranking.rows.map((row) => {
    const e = row.entry;
    // Files of one regency are told apart by their file (the code has its own column).
    const twin = row.sameRegency.length > 0 || row.status === 'duplicate' || row.status === 'conflict';
    const name = regencyDisplayName(e.regency);
    const regencyCell = twin
      ? { text: [name, [{ text: breakableName(e.file.split(/[\\/]/).pop()!), color: DEFAULT_THEME.muted }]], ...(row.selected ? { style: 'bold' as const } : {}) }
      : { text: name, ...(row.selected ? { style: 'bold' as const } : {}) };
    const pct = coveragePercent(row);
    const remark = [statusText(row, lang), e.provisional && row.status !== 'provisional' ? t(BATCH_WORDS.provisional) : ''].filter(Boolean).join('; ');
    const remarkColor = row.selected ? pass : row.status === 'gates' ? fail : row.status === 'duplicate' || row.status === 'conflict' || row.status === 'provisional' ? warnText : undefined;
    return {
      cells: [
        row.rank === null ? '—' : String(row.rank),
        regencyCell,
        regionCode(e) ?? '—',
        e.regency.province ?? '',
        formatIndex(e.index, e.decimals, lang),
        ...(showPillars ? ranking.pillars.map((p) => formatIndex(e.pillars.find((x) => x.id === p.id)?.index ?? null, e.decimals, lang)) : []),
        e.band ? pick(e.band.label, lang) : '—',
        `${e.gatesPassed}/${e.gatesTotal}`,
        pct === null ? '—' : `${formatDecimal(pct, 0, lang)}%`,
        { text: row.selected ? `✓ ${remark}` : remark, ...(remarkColor ? { color: remarkColor } : {}), ...(row.selected ? { style: 'bold' as const } : {}) },
      ],
      ...(row.selected ? { fill: passFill } : {}),
    };
  });

  // The document number, the attachments and the manifest come from the input as data.
  const inputJson = JSON.parse(JSON.stringify(input)) as unknown;
  const files: ManifestFile[] = [];
  const attachments: Attachment[] = [];
  const attach = (role: string, name: string, bytes: Uint8Array, description: Words, type: string): void => {
    attachments.push({ name, bytes, type, description: t(description), date: input.date, relationship: 'Data' });
    files.push({ role, name, sha256: sha256Hex(bytes) });
  };
  const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
  const stem = t(R.rankingFile);
  attach('ranking-csv', `${stem}.csv`, utf8(formatRankingCsv(ranking, { lang })), R.attachCsv, 'text/csv');
  const rankingJson = {
    format: RANKING_FORMAT,
    rubric: input.rubric,
    date: isoDate,
    top: ranking.top,
    selected: ranking.selected,
    shortfall: ranking.shortfall,
    counts: input.counts,
    rows: ranking.rows.map(rankingRowJson),
  };
  attach('ranking-json', `${stem}.json`, utf8(`${JSON.stringify(rankingJson, null, 2)}\n`), R.attachJson, 'application/json');
  const document = documentNumber([['recap', sha256Hex(JSON.stringify(inputJson))]]);
  const manifest: RecapManifest = { format: MANIFEST_FORMAT, kind: 'recap', siap: input.toolVersion, document, lang, files, input: inputJson };
  attachments.push({ name: MANIFEST_NAME, bytes: utf8(manifestText(manifest)), type: 'application/json', description: t(R.attachManifest), date: input.date, relationship: 'Data' });
  // The recap is the selection panel's document (the template's team signs the regency reports).
  const team = t(R.panel);
  const dots = '……………………';

  const model: RecapModel = {
    lang,
    document,
    attachments,
    signoff: {
      heading: t(R.signoffHeading),
      lead: say(R.signoffLead, lang, { team, count: input.counts.files }),
      placeDate: say(R.signedAt, lang, { place: dots, date: formatLongDate(isoDate, lang).replaceAll(' ', '\u00a0') }),
      team,
      signers: [R.chair, R.secretary, R.member].map((role) => ({ role: t(role), nip: `${t(REPORT_WORDS.nip)} ……………………………` })),
    },
    info: {
      title: rubricTitle ? `${title} — ${rubricTitle}` : title,
      subject: t(R.subject),
      author: input.template?.authority ? pick(input.template.authority, lang) : team,
      keywords: [document, 'siap', input.rubric?.id ?? '', t(R.keyword)].filter(Boolean).join(', '),
      creator: `siap ${input.toolVersion}`,
      creationDate: input.date,
    },
    ...(input.template?.colors ? { colors: input.template.colors } : {}),
    ...(input.template?.authority ? { authority: pick(input.template.authority, lang) } : {}),
    title,
    subtitle: rubricTitle,
    dateLine: say(R.asOf, lang, { date: formatLongDate(isoDate, lang) }),
    facts,
    rule: RULE_TEXT[lang],
    ranking: {
      heading: t(R.ranking),
      table: { columns, rows, size: 8, zebra: true },
      ...(rows.length === 0 ? { empty: t(R.nothingRanked) } : {}),
    },
    header: { left: title, right: input.rubric ? `${input.rubric.id} v${input.rubric.version}` : '' },
    footer: {
      document,
      left: `siap ${input.toolVersion} · ${formatLongDate(isoDate, lang)}`,
      pageLabel: label('page', lang, input.template?.labels ?? {}, { page: '{page}', pages: '{pages}' }),
    },
  };

  if (ranking.top !== null) {
    const selected = ranked.filter((r) => r.selected);
    model.selected = {
      heading: say(R.selectedHeading, lang, { quota: ranking.top }),
      items: selected.map((r, i) => {
        const e = r.entry;
        return say(R.selectedItem, lang, {
          n: i + 1,
          regency: regencyDisplayName(e.regency),
          where: e.regency.province ? `, ${e.regency.province}` : '',
          index: formatIndex(e.index, e.decimals, lang),
          rank: r.rank ?? '',
        });
      }),
      ...(ranking.shortfall > 0
        ? { shortfall: say(ranking.selected === 0 ? R.shortfallNone : R.shortfallSome, lang, { selected: ranking.selected, shortfall: ranking.shortfall }) }
        : {}),
    };
  }

  const provinces = provinceCounts(ranking);
  if (provinces.length > 0) {
    model.provinces = {
      heading: t(R.provinces),
      table: {
        columns: [
          { header: t(R.provinceCode), width: 8, align: 'right' },
          { header: t(BATCH_WORDS.province), width: 40 },
          { header: t(R.regions), width: 14, align: 'right' },
          { header: t(R.provinceRanked), width: 14, align: 'right' },
          ...(ranking.top !== null ? [{ header: t(BATCH_WORDS.selected), width: 14, align: 'right' as const }] : []),
        ],
        rows: provinces.map((p) => ({
          cells: [p.code ?? '—', p.name || t(R.unknownProvince), String(p.regions), String(p.ranked), ...(ranking.top !== null ? [String(p.selected)] : [])],
        })),
        size: 8,
      },
    };
  }

  if (input.problems.length > 0) {
    model.problems = {
      heading: t(R.problems),
      table: {
        columns: [
          { header: t(REPORT_WORDS.no), width: 4, align: 'right' },
          { header: t(BATCH_WORDS.file), width: 30 },
          { header: t(R.lineColumn), width: 8 },
          { header: t(R.code), width: 17 },
          { header: t(R.problem), width: 41 },
        ],
        rows: input.problems.map((p, i) => ({ cells: [String(i + 1), p.file, p.where, p.code, p.message] })),
        size: 8,
      },
    };
  }
  return model;
}

/** Lay out the recap model on landscape A4 pages. */
export async function renderRecapPdf(model: RecapModel): Promise<Buffer> {
  const pdf = createPdf({
    info: model.info,
    lang: model.lang,
    layout: 'landscape',
    ...(model.colors ? { theme: { ...model.colors } } : {}),
  });
  const { theme } = pdf;
  pdf.section();
  pdf.bookmark(model.title, 1);
  if (model.authority) pdf.paragraph(model.authority.toLocaleUpperCase('id'), { size: 10, style: 'bold', color: theme.muted, align: 'center', after: 2 });
  pdf.paragraph(model.title.toLocaleUpperCase('id'), { size: 17, style: 'bold', color: theme.accent, align: 'center', after: 2, tag: 'H1' });
  if (model.subtitle) pdf.paragraph(model.subtitle, { size: 11, align: 'center', after: 2 });
  pdf.paragraph(model.dateLine, { size: 9, color: theme.muted, align: 'center', after: 10 });
  pdf.facts(model.facts, { labelWidth: 30 });
  pdf.paragraph(model.rule, { size: 8, color: theme.muted, after: 6 });
  if (model.selected) {
    pdf.heading(model.selected.heading, 2);
    if (model.selected.items.length > 0) pdf.bullets(model.selected.items, { bullet: '✓', color: theme.pass });
    if (model.selected.shortfall) pdf.paragraph(model.selected.shortfall, { style: 'italic', color: theme.warnText });
  }
  if (model.ranking.empty) {
    pdf.heading(model.ranking.heading, 2);
    pdf.paragraph(model.ranking.empty, { style: 'italic' });
  } else pdf.table(model.ranking.table, { title: model.ranking.heading });
  if (model.provinces) pdf.table(model.provinces.table, { title: model.provinces.heading });
  if (model.problems) pdf.table(model.problems.table, { title: model.problems.heading });
  drawPanelSignoff(pdf, model.signoff);
  for (const file of model.attachments) pdf.attach(file);
  return pdf.finish({ header: model.header, footer: model.footer });
}

/** The selection panel's signatures: place and date, then three columns (chair, secretary, member) with room to sign and a NIP line. */
function drawPanelSignoff(pdf: PdfWriter, s: RecapModel['signoff']): void {
  const { theme } = pdf;
  const colW = (pdf.width - 40) / 3;
  const signing = 88; // at least 3 cm
  const height = 20 + 3 * pdf.lineHeight(9.5) + pdf.lineHeight(9) + signing + 2 * pdf.lineHeight(8.5) + 10;
  pdf.heading(s.heading, 2, height);
  pdf.paragraph(s.lead, { after: 8 });
  const x = pdf.right - colW;
  const top = pdf.y;
  pdf.tag('P', () => {
    pdf.textAt(s.placeDate, x, top, { size: 9.5 });
    pdf.textAt(s.team, x, top + pdf.lineHeight(9.5) + 2, { size: 9.5, style: 'bold', color: theme.accent });
  });
  const y = top + 2 * pdf.lineHeight(9.5) + 12;
  s.signers.forEach((signer, i) => {
    const sx = pdf.left + i * (colW + 20);
    pdf.tag('P', () => pdf.textAt(signer.role, sx, y, { size: 9, style: 'bold' }));
    const lineY = y + pdf.lineHeight(9) + signing;
    pdf.artifact(() => pdf.strokeLine(sx, lineY, sx + Math.min(colW, 170), lineY, { width: 0.6, color: theme.text, dash: { length: 1.5, space: 2 } }));
    pdf.tag('P', () => pdf.textAt(signer.nip, sx, lineY + 5, { size: 8.5 }));
  });
  pdf.y = y + pdf.lineHeight(9) + signing + 5 + pdf.lineHeight(8.5) + 6;
}
