import type { ChalkInstance } from 'chalk';
import type { ChangeStatus, Comparison, QuestionChange, SideSummary } from '../compare/compare.js';
import { formatDecimal, pick, roundHalfUp, type Lang, type LocalText } from '../i18n.js';
import { CHANGE_WORDS, COMPARE_WORDS as C, MAPPING_WORDS } from '../messages/compare.js';
import { say } from '../messages/define.js';
import { formatIndex, formatIndexOf, questionLabel, sectionLabel } from '../messages/present.js';
import { regencyDisplayName, WORDS } from '../messages/words.js';
import { displayWidth, formatTable, truncate } from './table.js';

/** How many movements the terminal view lists before pointing at `--json`. */
const MOVEMENTS_SHOWN = 15;

/** `+2,5`, `−7,5`, `0,0`: a change with its sign, rounded like the index. */
export function formatDelta(value: number | null, decimals: number, lang: Lang): string {
  if (value === null) return '—';
  const rounded = roundHalfUp(value, decimals);
  if (rounded === 0) return formatDecimal(0, decimals, lang);
  return `${rounded > 0 ? '+' : '−'}${formatDecimal(Math.abs(value), decimals, lang)}`;
}

/** The terminal view: both headers, the biggest movements, then sections side by side (`width`: the terminal's, to fit the movements). */
export function formatComparison(c: Comparison, lang: Lang, col: ChalkInstance, tiers: LocalText[] = [], width?: number): string {
  const lines: string[] = [];
  const decimals = c.b.decimals;
  lines.push(col.bold(C.title[lang]));
  lines.push(...header('A', c.a, lang, col), ...header('B', c.b, lang, col));
  if (c.sameScale) {
    const bands = `${c.a.band ? pick(c.a.band.label, lang) : '—'} → ${c.b.band ? pick(c.b.band.label, lang) : '—'}`;
    lines.push(`  Δ  ${col.bold(formatDelta(c.overall.delta, decimals, lang))} ${C.indexPoints[lang]}   ${col.dim(`(${bands})`)}`);
  } else {
    lines.push(`  Δ  ${col.yellow(C.differentRanges[lang])}`);
  }
  lines.push('');

  // Biggest movements first.
  if (c.movements.length === 0) {
    lines.push(C.noChange[lang]);
  } else {
    lines.push(col.bold(C.biggest[lang]));
    const shown = c.movements.slice(0, MOVEMENTS_SHOWN);
    const rows = shown.map((q) => movementRow(q, decimals, lang, col));
    const table = formatTable(rows, { indent: '  ', right: [4] });
    if (width === undefined || Math.max(...table.split('\n').map(displayWidth)) <= width - 1) lines.push(table);
    else {
      // Too wide for the terminal: the answers go on a line of their own under each movement.
      const narrow = formatTable(
        shown.map((q, i) => {
          const [symbol, id, , , delta, status] = rows[i]!;
          return [symbol!, id!, questionLabel(q, lang), delta!, status!];
        }),
        { indent: '  ', right: [3] },
      ).split('\n');
      const others = Math.max(...narrow.map(displayWidth)) - Math.max(...shown.map((q) => displayWidth(questionLabel(q, lang))));
      const textWidth = Math.max(16, Math.min(44, width - 1 - others));
      const fitted = formatTable(
        shown.map((q, i) => {
          const [symbol, id, , , delta, status] = rows[i]!;
          return [symbol!, id!, truncate(questionLabel(q, lang), textWidth), delta!, status!];
        }),
        { indent: '  ', right: [3] },
      ).split('\n');
      shown.forEach((q, i) => {
        lines.push(fitted[i]!);
        const before = q.a ? pick(q.a.answer, lang) : C.absent[lang];
        const after = q.b ? pick(q.b.answer, lang) : C.absent[lang];
        lines.push(col.dim(truncate(`        ${before} → ${after}`, width - 1)));
      });
    }
    const rest = c.movements.length - MOVEMENTS_SHOWN;
    if (rest > 0) lines.push(col.dim(`  … ${say(C.moreMovements, lang, { rest })}`));
  }
  lines.push('');

  // Sections side by side.
  const tierNames = tiers.slice(0, 2).map((tier) => pick(tier, lang).toUpperCase()).join(' / ');
  const head = [tierNames || C.pillarElement[lang], 'A', 'B', 'Δ', ''];
  const rows: string[][] = [head.map((h) => col.bold(h))];
  rows.push([
    col.bold(C.overall[lang]),
    formatIndex(c.a.index, c.a.decimals, lang),
    formatIndex(c.b.index, c.b.decimals, lang),
    formatDelta(c.overall.delta, decimals, lang),
    statusWord(c.overall.status, lang, col),
  ]);
  for (const n of c.nodes.filter((node) => node.depth <= 2)) {
    const title = truncate(`${'  '.repeat(n.depth - 1)}${sectionLabel(n, lang)}`, 44);
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
    lines.push(col.bold(say(C.notVerified, lang, { n })));
    for (const item of v.notVerified) {
      lines.push(`  ${col.bold(item.id)}  ${truncate(questionLabel(item, lang), 70)}`);
      const claim = `${C.claimed[lang]}: ${pick(item.self.answer, lang)}`;
      const found = `${C.assessor[lang]}: ${pick(item.assessor.answer, lang)}`;
      lines.push(`        ${claim}  →  ${col.red(found)}`);
      if (item.note && item.reason === 'lower') lines.push(`        ${col.dim(C.assessorNote[lang])} ${item.note}`);
    }
  }

  // Two versions of one rubric: the instrument changes the newer version declares.
  if (c.mapping && c.mapping.items.length > 0) {
    const m = c.mapping;
    lines.push('');
    lines.push(col.bold(say(C.instrumentChanges, lang, { id: c.b.rubric.id, from: m.from, to: m.to })));
    const rows = m.items.map((item) => {
      const row = c.questions.find((q) => q.mapping && q.mapping.from.join() === item.from.join() && q.mapping.to.join() === item.to.join() && q.mapping.mapped !== undefined);
      let detail = item.reason ? pick(item.reason, lang) : '';
      const olderSide = row ? (m.older === 'a' ? row.a : row.b) : null;
      if (row?.mapping?.mappedAnswer && olderSide && pick(olderSide.answer, lang) !== pick(row.mapping.mappedAnswer, lang)) {
        detail = say(C.remappedAnswer, lang, { from: m.from, to: m.to, before: pick(olderSide.answer, lang), after: pick(row.mapping.mappedAnswer, lang) });
      }
      return [MAPPING_WORDS[item.type][lang], `${item.from.join(', ') || '—'} → ${item.to.join(', ') || '—'}`, truncate(detail, 80)];
    });
    lines.push(formatTable(rows, { indent: '  ' }));
  }

  // What differs between the two rubrics.
  const changes: string[] = [];
  if (c.onlyInA.questions.length > 0) changes.push(`${C.onlyInAQuestions[lang]}: ${c.onlyInA.questions.join(', ')}`);
  if (c.onlyInB.questions.length > 0) changes.push(`${C.onlyInBQuestions[lang]}: ${c.onlyInB.questions.join(', ')}`);
  if (c.onlyInA.nodes.length > 0) changes.push(`${C.onlyInANodes[lang]}: ${c.onlyInA.nodes.join(', ')}`);
  if (c.onlyInB.nodes.length > 0) changes.push(`${C.onlyInBNodes[lang]}: ${c.onlyInB.nodes.join(', ')}`);
  if (c.kindChanged.length > 0) changes.push(`${C.kindChanged[lang]}: ${c.kindChanged.join(', ')}`);
  if (changes.length > 0) {
    lines.push('');
    const versions = `${c.a.rubric.id} v${c.a.rubric.version} → ${c.b.rubric.id} v${c.b.rubric.version}`;
    lines.push(col.bold(`${C.rubricDifferences[lang]} (${versions})`));
    for (const line of changes) lines.push(`  ${line}`);
  }

  lines.push('');
  const summary = (Object.entries(c.counts) as [ChangeStatus, number][])
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${CHANGE_WORDS[status][lang]}`)
    .join(' · ');
  lines.push(col.dim(`${C.summary[lang]}: ${summary}`));
  return `${lines.join('\n')}\n`;
}

function header(letter: string, s: SideSummary, lang: Lang, col: ChalkInstance): string[] {
  const regency = s.regency.name ? regencyDisplayName(s.regency) : WORDS.noRegencyName[lang];
  const who = [regency, WORDS[s.assessment.kind][lang], s.assessment.date].filter(Boolean).join(' · ');
  const band = s.band ? pick(s.band.label, lang) : '—';
  const provisional = s.provisional ? `   ${col.yellow(`[${WORDS.provisional[lang]}]`)}` : '';
  return [
    `  ${col.bold(letter)}  ${col.bold(who)}`,
    `     ${col.dim(`${s.file} · ${s.rubric.id} v${s.rubric.version}`)}`,
    `     ${WORDS.index[lang]} ${col.bold(formatIndexOf(s, s.index, lang))}   ${band}${provisional}`,
  ];
}

function statusWord(status: ChangeStatus, lang: Lang, col: ChalkInstance): string {
  const word = CHANGE_WORDS[status][lang];
  if (status === 'improved') return col.green(word);
  if (status === 'regressed') return col.red(word);
  return word;
}

function movementRow(q: QuestionChange, decimals: number, lang: Lang, col: ChalkInstance): string[] {
  const symbol = q.status === 'improved' ? col.green('▲') : q.status === 'regressed' ? col.red('▼') : col.dim('•');
  const before = truncate(q.a ? pick(q.a.answer, lang) : C.absent[lang], 28);
  const after = truncate(q.b ? pick(q.b.answer, lang) : C.absent[lang], 28);
  return [symbol, col.bold(q.id), truncate(questionLabel(q, lang), 40), `${before} → ${after}`, formatDelta(q.impact, decimals, lang), statusWord(q.status, lang, col)];
}
