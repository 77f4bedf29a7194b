import type { Comparison, Verification } from '../compare/compare.js';
import { pick, roundHalfUp, type Lang, type LocalText } from '../i18n.js';
import { say } from '../messages/define.js';
import { formatIndex, formatNumber } from '../messages/present.js';
import { COMPARISON_WORDS as W, formatLongDate, LABELS, REPORT_WORDS, UNVERIFIED_WORDS } from '../messages/report-words.js';
import { regencyDisplayName, WORDS } from '../messages/words.js';
import type { BarChart, TableRow, TableSpec } from './layout.js';
import type { ComparisonSection } from './model.js';
import type { Theme } from './theme.js';

/**
 * The report page "Penilaian Mandiri vs Verifikasi Asesor": the self-assessment's index per pillar
 * next to the assessor's, and the claims the assessor did not verify with both answers and the
 * assessor's note. Pure; drawn from `Comparison.verification` (src/compare/compare.ts).
 */

export interface ComparisonPageOptions {
  lang: Lang;
  colors: Pick<Theme, 'accent' | 'muted'>;
  /** The rubric's name for its top level (`Rubric.tiers[0]`: Pilar, Domain, …). */
  tier?: LocalText;
}

/** The comparison section of a report, or null when the two files are not a self-assessment and an assessor's verification of one regency. */
export function buildComparisonSection(comparison: Comparison, options: ComparisonPageOptions): ComparisonSection | null {
  const v = comparison.verification;
  if (!v) return null;
  const { lang } = options;
  const idx = (value: number | null): string => formatIndex(value, v.decimals, lang);
  const self = comparison[v.self];
  const assessor = comparison[v.self === 'a' ? 'b' : 'a'];
  return {
    kind: 'comparison',
    title: LABELS.comparison[lang],
    lead: lead(v, self.regency, self.assessment.date, assessor.assessment.date, idx, lang),
    chart: chart(v, idx, options),
    table: table(comparison, v, lang),
  };
}

function lead(
  v: Verification,
  regency: { name: string; kind?: 'kabupaten' | 'kota' },
  selfDate: string | undefined,
  assessorDate: string | undefined,
  idx: (value: number | null) => string,
  lang: Lang,
): string {
  const name = regency.name ? regencyDisplayName(regency) : '—';
  const on = (date: string | undefined): string => (date ? ` (${formatLongDate(date, lang)})` : '');
  // The difference of the two printed figures, so a reader who subtracts them gets the same number.
  const printed = (value: number | null): number | null => (value === null ? null : roundHalfUp(value, v.decimals));
  const self = printed(v.overall.self);
  const assessor = printed(v.overall.assessor);
  const diff = self === null || assessor === null ? null : roundHalfUp(assessor - self, v.decimals);
  const delta = diff === null ? '—' : `${diff > 0 ? '+' : diff < 0 ? '−' : ''}${formatIndex(Math.abs(diff), v.decimals, lang)}`;
  const n = v.notVerified.length;
  const figures = say(W.lead, lang, {
    regency: name,
    selfOn: on(selfDate),
    self: idx(v.overall.self),
    assessorOn: on(assessorDate),
    assessor: idx(v.overall.assessor),
    delta,
  });
  return `${figures} ${n === 0 ? say(W.allVerified, lang) : say(W.someNotVerified, lang, { count: n })}`;
}

function chart(v: Verification, idx: (value: number | null) => string, options: ComparisonPageOptions): BarChart {
  const { lang } = options;
  const span = v.upper - v.lower;
  const steps = Number.isInteger(span) && span <= 10 ? span : 5;
  const ticks = Array.from({ length: steps + 1 }, (_, i) => {
    const value = v.lower + (i * span) / steps;
    return { value, label: formatNumber(Number(value.toFixed(4)), lang) };
  });
  const title = say(W.chart, lang, { tier: (pick(options.tier, lang) || W.pillar[lang]).toLowerCase() });
  const items = [
    { label: REPORT_WORDS.overall[lang], values: [v.overall.self, v.overall.assessor], display: [idx(v.overall.self), idx(v.overall.assessor)] },
    ...v.pillars.map((p) => ({ label: pick(p.title, lang), values: [p.self, p.assessor], display: [idx(p.self), idx(p.assessor)] })),
  ];
  const alt = say(REPORT_WORDS.chartAlt, lang, {
    title,
    values: items.map((it) => `${it.label} ${WORDS.self[lang]} ${it.display[0]}, ${WORDS.assessor[lang]} ${it.display[1]}`).join('; '),
  });
  return {
    type: 'bars',
    title,
    alt,
    items,
    series: [
      { name: WORDS.self[lang], color: options.colors.muted },
      { name: WORDS.assessor[lang], color: options.colors.accent },
    ],
    min: v.lower,
    max: v.upper,
    ticks,
  };
}

function table(comparison: Comparison, v: Verification, lang: Lang): TableSpec {
  const pillarTitle = new Map(comparison.nodes.filter((n) => n.depth === 1).map((n) => [n.id, pick(n.title, lang)]));
  const columns = [
    { header: W.id[lang], width: 10 },
    { header: W.question[lang], width: 32 },
    { header: W.claim[lang], width: 17 },
    { header: W.verified[lang], width: 19 },
    { header: W.note[lang], width: 22 },
  ];
  if (v.notVerified.length === 0) return { columns, rows: [{ cells: ['', { text: W.none[lang], style: 'italic' }, '', '', ''] }] };
  const rows: TableRow[] = v.notVerified.map((item) => ({
    cells: [
      { text: item.id, style: 'bold' },
      { text: [...(item.pillar && pillarTitle.has(item.pillar) ? [[{ text: pillarTitle.get(item.pillar)!, style: 'italic' as const }]] : []), pick(item.title ?? item.text, lang)] },
      pick(item.self.answer, lang),
      // "fewer points" is what every row of this table means (the lead says so): only N/A is named.
      item.reason === 'lower' ? pick(item.assessor.answer, lang) : { text: [pick(item.assessor.answer, lang), [{ text: `(${UNVERIFIED_WORDS[item.reason][lang]})`, style: 'italic' as const }]] },
      item.note ?? '—',
    ],
  }));
  return { columns, rows, zebra: true };
}
