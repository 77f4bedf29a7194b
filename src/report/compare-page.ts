import type { Comparison, Verification } from '../compare/compare.js';
import { pick, type Lang, type LocalText, type Words } from '../i18n.js';
import { formatIndex, formatNumber } from '../present.js';
import { regencyDisplayName } from '../vocabulary.js';
import type { BarChart, TableRow, TableSpec } from './layout.js';
import type { ComparisonSection } from './model.js';
import type { TemplateColors } from './template.js';
import { formatLongDate } from './words.js';

/**
 * The report page "Penilaian Mandiri vs Verifikasi Asesor": the self-assessment's index per pillar
 * next to the assessor's, and the claims the assessor did not verify with both answers and the
 * assessor's note. Pure; drawn from `Comparison.verification` (src/compare/compare.ts).
 */

const W = {
  chart: { id: 'Penilaian Mandiri vs Verifikasi Asesor per {tier}', en: 'Self-Assessment vs Assessor Verification by {tier}' },
  pillar: { id: 'pilar', en: 'pillar' },
  self: { id: 'Penilaian mandiri', en: 'Self-assessment' },
  assessor: { id: 'Verifikasi asesor', en: 'Assessor verification' },
  overall: { id: 'Indeks keseluruhan', en: 'Overall index' },
  question: { id: 'Pertanyaan', en: 'Question' },
  claim: { id: 'Klaim penilaian mandiri', en: 'Self-assessment claim' },
  verified: { id: 'Hasil verifikasi asesor', en: 'Assessor finding' },
  note: { id: 'Catatan asesor', en: 'Assessor note' },
  none: { id: 'Semua klaim penilaian mandiri terverifikasi oleh asesor.', en: 'Every self-assessment claim was verified by the assessors.' },
  lower: { id: 'poin lebih rendah', en: 'fewer points' },
  na: { id: 'dinyatakan tidak berlaku', en: 'found not applicable' },
} satisfies Record<string, Words>;

export interface ComparisonPageOptions {
  lang: Lang;
  colors: Pick<TemplateColors, 'accent' | 'muted'>;
  /** The rubric's name for its top level (`Rubric.tiers[0]`: Pilar, Domain, …). */
  tier?: LocalText;
}

/** The comparison section of a report, or null when the two files are not a self-assessment and an assessor's verification of one regency. */
export function buildComparisonSection(comparison: Comparison, options: ComparisonPageOptions): ComparisonSection | null {
  const v = comparison.verification;
  if (!v) return null;
  const { lang } = options;
  const t = (words: Words): string => words[lang];
  const idx = (value: number | null): string => formatIndex(value, v.decimals, lang);
  const self = comparison[v.self];
  const assessor = comparison[v.self === 'a' ? 'b' : 'a'];
  return {
    kind: 'comparison',
    title: t({ id: 'Penilaian Mandiri vs Verifikasi Asesor', en: 'Self-Assessment vs Assessor Verification' }),
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
  const delta = v.overall.delta === null ? '—' : `${v.overall.delta > 0 ? '+' : v.overall.delta < 0 ? '−' : ''}${formatIndex(Math.abs(v.overall.delta), v.decimals, lang)}`;
  const n = v.notVerified.length;
  if (lang === 'id') {
    return (
      `Penilaian mandiri ${name}${on(selfDate)} memberi indeks ${idx(v.overall.self)}; verifikasi asesor${on(assessorDate)} memberi ${idx(v.overall.assessor)} (selisih ${delta}). ` +
      (n === 0
        ? 'Semua klaim penilaian mandiri terverifikasi.'
        : `${n} klaim tidak terverifikasi — asesor memberi poin lebih rendah dari klaim, atau menyatakan butirnya tidak berlaku — dan didaftar pada tabel di bawah beserta catatan asesor.`)
    );
  }
  return (
    `The self-assessment of ${name}${on(selfDate)} gives an index of ${idx(v.overall.self)}; the assessor verification${on(assessorDate)} gives ${idx(v.overall.assessor)} (difference ${delta}). ` +
    (n === 0
      ? 'Every self-assessment claim was verified.'
      : `${n} claim(s) were not verified — the assessors gave fewer points than claimed, or found the item not applicable — and are listed in the table below with the assessors' notes.`)
  );
}

function chart(v: Verification, idx: (value: number | null) => string, options: ComparisonPageOptions): BarChart {
  const { lang } = options;
  const span = v.upper - v.lower;
  const steps = Number.isInteger(span) && span <= 10 ? span : 5;
  const ticks = Array.from({ length: steps + 1 }, (_, i) => {
    const value = v.lower + (i * span) / steps;
    return { value, label: formatNumber(Number(value.toFixed(4)), lang) };
  });
  return {
    type: 'bars',
    title: W.chart[lang].replace('{tier}', (pick(options.tier, lang) || W.pillar[lang]).toLowerCase()),
    items: [
      { label: W.overall[lang], values: [v.overall.self, v.overall.assessor], display: [idx(v.overall.self), idx(v.overall.assessor)] },
      ...v.pillars.map((p) => ({ label: pick(p.title, lang), values: [p.self, p.assessor], display: [idx(p.self), idx(p.assessor)] })),
    ],
    series: [
      { name: W.self[lang], color: options.colors.muted },
      { name: W.assessor[lang], color: options.colors.accent },
    ],
    min: v.lower,
    max: v.upper,
    ticks,
  };
}

function table(comparison: Comparison, v: Verification, lang: Lang): TableSpec {
  const pillarTitle = new Map(comparison.nodes.filter((n) => n.depth === 1).map((n) => [n.id, pick(n.title, lang)]));
  const columns = [
    { header: 'ID', width: 10 },
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
      { text: [pick(item.assessor.answer, lang), [{ text: `(${W[item.reason][lang]})`, style: 'italic' as const }]] },
      item.note ?? '—',
    ],
  }));
  return { columns, rows, zebra: true };
}
