import type { ChalkInstance } from 'chalk';
import { readAnswersSource } from '../../answers/parse.js';
import { compareAssessments, sameRegency, type ChangeStatus, type Comparison, type QuestionChange, type SideSummary } from '../../compare/compare.js';
import { toCompareJson } from '../../compare/json.js';
import type { Diagnostic } from '../../errors.js';
import { formatDecimal, pick, roundHalfUp, type Lang, type LocalText, type Words } from '../../i18n.js';
import { loadAssessment, type LoadedAssessment } from '../../io/load.js';
import { formatIndex } from '../../present.js';
import { scoreAssessment } from '../../scoring/score.js';
import { decodeText } from '../../source/text.js';
import { regencyDisplayName, WORDS } from '../../vocabulary.js';
import { SiapError } from '../../errors.js';
import { buildComparisonSection } from '../../report/compare-page.js';
import type { ComparisonSection } from '../../report/model.js';
import type { TemplateColors } from '../../report/template.js';
import type { Rubric } from '../../rubric/model.js';
import type { ScoreResult } from '../../scoring/model.js';
import type { Context } from '../context.js';
import { palette, printWarnings } from '../print.js';
import { formatTable, truncate } from '../table.js';

/** How many movements the terminal view lists before pointing at `--json`. */
const MOVEMENTS_SHOWN = 15;

/** `siap compare <A> <B> [--json] [--rubric R]`: item-level difference of two assessments. */
export async function runCompare(fileA: string, fileB: string, options: Record<string, unknown>, ctx: Context): Promise<number> {
  const loadedA = loadAssessment(fileA, { lang: ctx.lang });
  const loadedB = loadAssessment(fileB, { lang: ctx.lang, ...(typeof options.rubric === 'string' ? { rubric: options.rubric } : {}) });
  const comparison = compareAssessments(loadedA.rubric, scoreAssessment(loadedA.rubric, loadedA.answers), loadedB.rubric, scoreAssessment(loadedB.rubric, loadedB.answers));
  printWarnings([...loadedA.warnings, ...loadedB.warnings, ...notices(loadedA, loadedB, fileB, ctx.lang)], ctx);

  if (options.json) ctx.out(`${JSON.stringify(toCompareJson(comparison), null, 2)}\n`);
  else ctx.out(formatComparison(comparison, ctx.lang, palette(ctx.colorOut), loadedB.rubric.tiers));
  return 0;
}

/**
 * The report's page "Penilaian Mandiri vs Verifikasi Asesor" for `siap report FILE --compare SELF`:
 * load and score SELF, compare it with the report's own assessment, and refuse (located in SELF)
 * unless the two are a self-assessment and an assessor's verification of one regency.
 */
export function loadComparisonSection(
  selfFile: string,
  report: { rubric: Rubric; result: ScoreResult },
  colors: Pick<TemplateColors, 'accent' | 'muted'>,
  ctx: Context,
): ComparisonSection {
  const self = loadAssessment(selfFile, { lang: ctx.lang });
  printWarnings(self.warnings, ctx);
  const comparison = compareAssessments(self.rubric, scoreAssessment(self.rubric, self.answers), report.rubric, report.result);
  const section = buildComparisonSection(comparison, { lang: ctx.lang, colors, ...(report.rubric.tiers[0] ? { tier: report.rubric.tiers[0] } : {}) });
  if (section) return section;
  const source = readAnswersSource(decodeText(self.bytes, selfFile), selfFile, ctx.lang);
  if (self.answers.assessment.kind === report.result.assessment.kind) {
    throw new SiapError('REPORT_COMPARE_NOT_PAIR', { kind: WORDS[self.answers.assessment.kind][ctx.lang].toLowerCase() }, { source: source.locate(['assessment', 'kind']) });
  }
  const name = (r: { name: string; kind?: 'kabupaten' | 'kota'; code?: string }): string => (r.name ? regencyDisplayName(r) : '—') + (r.code ? ` (${r.code})` : '');
  throw new SiapError('REPORT_COMPARE_OTHER_REGENCY', { other: name(self.answers.regency), regency: name(report.result.regency) }, { source: source.locate(['regency']) });
}

/** Files of two regencies or two rubrics can be compared, but the user should know. */
function notices(a: LoadedAssessment, b: LoadedAssessment, fileB: string, lang: Lang): Diagnostic[] {
  const out: Diagnostic[] = [];
  const otherRegency = !sameRegency(a.answers.regency, b.answers.regency);
  const otherRubric = a.rubric.id !== b.rubric.id;
  if (!otherRegency && !otherRubric) return out;
  const source = readAnswersSource(decodeText(b.bytes, fileB), fileB, lang);
  if (otherRubric) {
    out.push({ code: 'COMPARE_OTHER_RUBRIC', severity: 'warning', params: { a: a.rubric.id, b: b.rubric.id }, source: source.locate(['rubric', 'id']) });
  }
  if (otherRegency) {
    const name = (r: LoadedAssessment): string => (r.answers.regency.name ? regencyDisplayName(r.answers.regency) : '—') + (r.answers.regency.code ? ` ${r.answers.regency.code}` : '');
    out.push({ code: 'COMPARE_OTHER_REGENCY', severity: 'warning', params: { a: name(a), b: name(b) }, source: source.locate(['regency']) });
  }
  return out;
}

export const STATUS_WORDS: Record<ChangeStatus, Words> = {
  improved: { id: 'naik', en: 'improved' },
  regressed: { id: 'turun', en: 'regressed' },
  unchanged: { id: 'tetap', en: 'unchanged' },
  changed: { id: 'berubah, poin sama', en: 'changed, same points' },
  'newly-answered': { id: 'baru dijawab', en: 'newly answered' },
  'newly-na': { id: 'menjadi N/A', en: 'newly N/A' },
  'no-longer-na': { id: 'tidak lagi N/A', en: 'no longer N/A' },
  'no-longer-answered': { id: 'tidak dijawab lagi', en: 'no longer answered' },
  'only-a': { id: 'hanya di A', en: 'only in A' },
  'only-b': { id: 'hanya di B', en: 'only in B' },
};

/** `+2,5`, `−7,5`, `0,0`: a change with its sign, rounded like the index. */
export function formatDelta(value: number | null, decimals: number, lang: Lang): string {
  if (value === null) return '—';
  const rounded = roundHalfUp(value, decimals);
  if (rounded === 0) return formatDecimal(0, decimals, lang);
  return `${rounded > 0 ? '+' : '−'}${formatDecimal(Math.abs(value), decimals, lang)}`;
}

/** The terminal view: both headers, the biggest movements, then sections side by side. */
export function formatComparison(c: Comparison, lang: Lang, col: ChalkInstance, tiers: LocalText[] = []): string {
  const t = (words: Words): string => words[lang];
  const lines: string[] = [];
  const decimals = c.b.decimals;
  lines.push(col.bold(t({ id: 'Perbandingan asesmen', en: 'Comparison of assessments' })));
  lines.push(...header('A', c.a, lang, col), ...header('B', c.b, lang, col));
  if (c.sameScale) {
    const bands = `${c.a.band ? pick(c.a.band.label, lang) : '—'} → ${c.b.band ? pick(c.b.band.label, lang) : '—'}`;
    lines.push(`  Δ  ${col.bold(formatDelta(c.overall.delta, decimals, lang))} ${t({ id: 'poin indeks', en: 'index points' })}   ${col.dim(`(${bands})`)}`);
  } else {
    lines.push(`  Δ  ${col.yellow(t({ id: 'indeks A dan B memakai rentang berbeda; selisihnya tidak dihitung', en: 'A and B express their index on different ranges; no difference is computed' }))}`);
  }
  lines.push('');

  // Biggest movements first.
  if (c.movements.length === 0) {
    lines.push(t({ id: 'Tidak ada jawaban yang berubah.', en: 'No answer changed.' }));
  } else {
    lines.push(col.bold(t({ id: 'Perubahan terbesar (menurut pengaruhnya pada indeks B)', en: 'Biggest movements (by their effect on the index of B)' })));
    const rows = c.movements.slice(0, MOVEMENTS_SHOWN).map((q) => movementRow(q, decimals, lang, col));
    lines.push(formatTable(rows, { indent: '  ', right: [4] }));
    const rest = c.movements.length - MOVEMENTS_SHOWN;
    if (rest > 0) lines.push(col.dim(`  … ${t({ id: `${rest} perubahan lain; daftar lengkap dengan --json`, en: `${rest} more; the full list with --json` })}`));
  }
  lines.push('');

  // Sections side by side.
  const tierNames = tiers.slice(0, 2).map((tier) => pick(tier, lang).toUpperCase()).join(' / ');
  const head = [tierNames || t({ id: 'PILAR / ELEMEN', en: 'PILLAR / ELEMENT' }), 'A', 'B', 'Δ', ''];
  const rows: string[][] = [head.map((h) => col.bold(h))];
  rows.push([
    col.bold(t({ id: 'Indeks keseluruhan', en: 'Overall index' })),
    formatIndex(c.a.index, c.a.decimals, lang),
    formatIndex(c.b.index, c.b.decimals, lang),
    formatDelta(c.overall.delta, decimals, lang),
    statusWord(c.overall.status, lang, col),
  ]);
  for (const n of c.nodes.filter((node) => node.depth <= 2)) {
    const title = truncate(`${'  '.repeat(n.depth - 1)}${n.depth > 1 ? `${n.id} ` : ''}${pick(n.title, lang)}`, 44);
    rows.push([
      n.depth === 1 ? col.bold(title) : title,
      n.a ? formatIndex(n.a.index, c.a.decimals, lang) : '—',
      n.b ? formatIndex(n.b.index, c.b.decimals, lang) : '—',
      formatDelta(n.delta, decimals, lang),
      n.status === 'unchanged' ? '' : statusWord(n.status, lang, col),
    ]);
  }
  lines.push(formatTable(rows, { right: [1, 2, 3] }));

  // Claims the assessor did not verify.
  const v = c.verification;
  if (v) {
    lines.push('');
    const n = v.notVerified.length;
    lines.push(col.bold(t({ id: `Penilaian mandiri vs verifikasi asesor: ${n} klaim tidak terverifikasi`, en: `Self-assessment vs assessor verification: ${n} claim(s) not verified` })));
    for (const item of v.notVerified) {
      lines.push(`  ${col.bold(item.id)}  ${truncate(pick(item.text, lang), 70)}`);
      const claim = `${t({ id: 'klaim', en: 'claimed' })}: ${pick(item.self.answer, lang)}`;
      const found = `${t({ id: 'asesor', en: 'assessor' })}: ${pick(item.assessor.answer, lang)}`;
      lines.push(`        ${claim}  →  ${col.red(found)}`);
      if (item.note && item.reason === 'lower') lines.push(`        ${col.dim(t({ id: 'catatan asesor:', en: 'assessor note:' }))} ${item.note}`);
    }
  }

  // What differs between the two rubrics.
  const changes: string[] = [];
  if (c.onlyInA.questions.length > 0) changes.push(`${t({ id: 'pertanyaan hanya di A', en: 'questions only in A' })}: ${c.onlyInA.questions.join(', ')}`);
  if (c.onlyInB.questions.length > 0) changes.push(`${t({ id: 'pertanyaan hanya di B', en: 'questions only in B' })}: ${c.onlyInB.questions.join(', ')}`);
  if (c.onlyInA.nodes.length > 0) changes.push(`${t({ id: 'bagian hanya di A', en: 'sections only in A' })}: ${c.onlyInA.nodes.join(', ')}`);
  if (c.onlyInB.nodes.length > 0) changes.push(`${t({ id: 'bagian hanya di B', en: 'sections only in B' })}: ${c.onlyInB.nodes.join(', ')}`);
  if (c.kindChanged.length > 0) changes.push(`${t({ id: 'jenis pertanyaan berubah', en: 'question kind changed' })}: ${c.kindChanged.join(', ')}`);
  if (changes.length > 0) {
    lines.push('');
    const versions = `${c.a.rubric.id} v${c.a.rubric.version} → ${c.b.rubric.id} v${c.b.rubric.version}`;
    lines.push(col.bold(`${t({ id: 'Perbedaan rubrik', en: 'Rubric differences' })} (${versions})`));
    for (const line of changes) lines.push(`  ${line}`);
  }

  lines.push('');
  const summary = (Object.entries(c.counts) as [ChangeStatus, number][])
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${STATUS_WORDS[status][lang]}`)
    .join(' · ');
  lines.push(col.dim(`${t({ id: 'Ringkasan', en: 'Summary' })}: ${summary}`));
  return `${lines.join('\n')}\n`;
}

function header(letter: string, s: SideSummary, lang: Lang, col: ChalkInstance): string[] {
  const regency = s.regency.name ? regencyDisplayName(s.regency) : lang === 'id' ? '(nama daerah belum diisi)' : '(regency name not filled in)';
  const who = [regency, WORDS[s.assessment.kind][lang], s.assessment.date].filter(Boolean).join(' · ');
  const band = s.band ? pick(s.band.label, lang) : '—';
  const provisional = s.provisional ? `   ${col.yellow(`[${WORDS.provisional[lang]}]`)}` : '';
  return [
    `  ${col.bold(letter)}  ${col.bold(who)}`,
    `     ${col.dim(`${s.file} · ${s.rubric.id} v${s.rubric.version}`)}`,
    `     ${WORDS.index[lang]} ${col.bold(`${formatIndex(s.index, s.decimals, lang)} / ${s.upper}`)}   ${band}${provisional}`,
  ];
}

function statusWord(status: ChangeStatus, lang: Lang, col: ChalkInstance): string {
  const word = STATUS_WORDS[status][lang];
  if (status === 'improved') return col.green(word);
  if (status === 'regressed') return col.red(word);
  return word;
}

function movementRow(q: QuestionChange, decimals: number, lang: Lang, col: ChalkInstance): string[] {
  const symbol = q.status === 'improved' ? col.green('▲') : q.status === 'regressed' ? col.red('▼') : col.dim('•');
  const absent: Words = { id: '(tidak ada)', en: '(absent)' };
  const before = truncate(q.a ? pick(q.a.answer, lang) : absent[lang], 28);
  const after = truncate(q.b ? pick(q.b.answer, lang) : absent[lang], 28);
  return [symbol, col.bold(q.id), truncate(pick(q.text, lang), 40), `${before} → ${after}`, formatDelta(q.impact, decimals, lang), statusWord(q.status, lang, col)];
}
