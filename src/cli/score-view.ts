import type { ChalkInstance } from 'chalk';
import { formatDecimal, pick, type Lang } from '../i18n.js';
import { describeConsensus, describeCounts, describeGate, formatAnswer, formatIndex, formatIndexOf, formatNumber, formatState, questionLabel, largestGains, sectionLabel } from '../messages/present.js';
import type { Rubric } from '../rubric/model.js';
import type { Answers } from '../answers/model.js';
import type { NodeScore, ScoreResult } from '../scoring/model.js';
import { countQuestions } from '../scoring/score.js';
import { say } from '../messages/define.js';
import { SCORE_WORDS as S } from '../messages/cli.js';
import { EXCLUSION_WORDS, PRESENT_WORDS, regencyDisplayName, WORDS } from '../messages/words.js';
import { bar, formatTable, truncate, wrapText } from './table.js';
import { formatCsv, type CsvValue } from '../io/csv.js';

/** The terminal summary of a score: index and band, status with failed gates, the counts, a panel's consensus, pillars, weakest items. */
export function formatScoreSummary(result: ScoreResult, rubric: Rubric, lang: Lang, c: ChalkInstance, options: { answers?: Pick<Answers, 'consensus' | 'mergedFrom' | 'entries'> } = {}): string {
  const lines: string[] = [];
  const regency = result.regency.name ? regencyDisplayName(result.regency) : WORDS.noRegencyName[lang];
  const who = [regency, result.regency.province, WORDS[result.assessment.kind][lang], result.assessment.date].filter(Boolean).join(' · ');
  lines.push(c.bold(who));
  lines.push(c.dim(`${pick(rubric.title, lang)} (${rubric.id} v${rubric.version})`));
  // The regency's unscored facts, on one wrapped line.
  const facts = result.context.flatMap((f) => {
    const field = rubric.contextById.get(f.id);
    return field && f.value !== undefined ? [`${pick(f.title, lang)}: ${formatAnswer(field, f.value, lang)}`] : [];
  });
  if (facts.length > 0) lines.push(...wrapText(`${S.context[lang]}: ${facts.join(' · ')}`, 100, '  ').map((l) => c.dim(l)));
  lines.push('');

  const bandLabel = result.band ? pick(result.band.label, lang) : '—';
  const indexText = formatIndexOf(result, result.index, lang);
  const label = (words: { id: string; en: string }): string => words[lang].padEnd(10);
  lines.push(`  ${label(WORDS.index)}${c.bold(indexText)}   ${c.bold(bandLabel)}${result.provisional ? `   ${c.yellow(`[${WORDS.provisional[lang]}]`)}` : ''}`);
  const status = result.recommended ? c.green(`✓ ${WORDS.recommended[lang]}`) : c.red(`✗ ${WORDS.notRecommended[lang]}`);
  lines.push(`  ${label(S.status)}${status}`);
  for (const gate of result.gates.filter((g) => !g.passed)) {
    lines.push(`  ${' '.repeat(10)}${c.red('✗')} ${pick(gate.title, lang)} — ${describeGate(gate, result, rubric, lang)}`);
  }
  lines.push(`  ${label(WORDS.coverage)}${describeCounts(countQuestions(result), lang)}`);
  if (result.provisional) {
    const n = result.coverage.requiredUnanswered;
    lines.push(
      `  ${' '.repeat(10)}${c.yellow(say(S.provisional, lang, { n }))}`,
    );
  }
  const consensus = options.answers ? describeConsensus(options.answers, lang) : undefined;
  if (consensus) {
    lines.push(`  ${label(PRESENT_WORDS.consensusLabel)}${consensus.summary}`);
    for (const more of [consensus.agreement, consensus.decided, consensus.open]) if (more) lines.push(`  ${' '.repeat(10)}${more}`);
  }
  lines.push('');

  const tierNames = rubric.tiers.slice(0, 2).map((t) => pick(t, lang).toUpperCase()).join(' / ');
  const header = [tierNames, S.weightColumn[lang], S.indexColumn[lang], '', S.bandColumn[lang]];
  const rows: string[][] = [header.map((h) => c.bold(h))];
  const range = result.upper - result.lower;
  const addRow = (node: NodeScore): void => {
    if (node.depth > 2) return;
    const indent = '  '.repeat(node.depth - 1);
    const title = truncate(`${indent}${sectionLabel(node, lang)}`, 36);
    const share = node.index === null ? 0 : (node.index - result.lower) / range;
    const barText = node.index === null ? '' : colourBar(bar(share, 12), node, c);
    rows.push([node.depth === 1 ? c.bold(title) : title, formatNumber(node.weight, lang), formatIndex(node.index, result.decimals, lang), barText, node.band ? pick(node.band.label, lang) : '—']);
  };
  result.nodes.forEach(addRow);
  lines.push(formatTable(rows, { right: [1, 2] }));

  const gains = largestGains(result, 5);
  if (gains.length > 0) {
    lines.push('');
    lines.push(c.bold(say(S.mostToGain, lang, { n: gains.length })));
    for (const q of gains) {
      const question = rubric.questionById.get(q.id)!;
      const answer = q.state === 'answered' ? formatAnswer(question, q.value, lang, q.label) : formatState(q, lang);
      const gain = formatDecimal(q.gain, result.decimals, lang);
      const points = c.dim(say(S.gain, lang, { gain }));
      lines.push(`  ${c.bold(q.id.padEnd(7))} ${truncate(questionLabel(question, lang), 56)}  ${points}`);
      lines.push(`          ${c.dim(S.now[lang])} ${truncate(answer, 60)}`);
      if (q.recommendation) lines.push(`          ${c.cyan('→')} ${wrapText(pick(q.recommendation, lang), 66).join('\n            ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function colourBar(text: string, node: NodeScore, c: ChalkInstance): string {
  const hex = node.band?.color;
  return hex ? c.hex(hex)(text) : text;
}

/** How every number was worked out: one line per node, Σ w·x / Σ w with exclusions named. */
export function formatExplanation(result: ScoreResult, rubric: Rubric, lang: Lang, c: ChalkInstance): string {
  const n = (v: number | null): string => formatIndex(v, result.decimals, lang);
  const w = (v: number): string => formatNumber(v, lang);
  const lines: string[] = [c.bold(S.workedOut[lang]), ''];
  const explainNode = (node: NodeScore, name: string): void => {
    const terms = node.children.filter((ch) => ch.counted).map((ch) => `${w(ch.weight)}×${n(ch.score)}`);
    const excluded = node.children.filter((ch) => !ch.counted && ch.excluded !== 'text');
    const formula = terms.length === 0 ? '—' : `(${terms.join(' + ')}) / ${w(node.weightTotal)} = ${c.bold(n(node.index))}`;
    lines.push(`${c.bold(name)} = ${formula}`);
    const parts = node.children
      .filter((ch) => ch.counted && ch.type === 'question')
      .map((ch) => {
        const qs = result.questions.find((q) => q.id === ch.id)!;
        const q = rubric.questionById.get(ch.id)!;
        const answer = qs.imputed ? S.imputed[lang] : formatAnswer(q, qs.value, lang, qs.label);
        return `${ch.id}: ${truncate(answer, 40)} → ${say(S.points, lang, { points: qs.points ?? '—', max: qs.maxPoints })} → ${n(qs.score)}`;
      });
    for (const part of parts) lines.push(`    ${c.dim(part)}`);
    if (excluded.length > 0) {
      const list = excluded.map((ch) => `${ch.id} (${EXCLUSION_WORDS[ch.excluded === 'text' && rubric.questionById.get(ch.id)?.kind === 'list' ? 'list' : (ch.excluded ?? 'empty')][lang]})`).join(', ');
      lines.push(`    ${c.yellow(say(S.notCounted, lang, { list }))}`);
    }
  };
  explainNode(result.root, WORDS.index[lang]);
  for (const node of result.nodes) explainNode(node, sectionLabel(node, lang));
  if (result.expression === 'percent') {
    lines.push('');
    lines.push(c.dim(S.percentRule[lang]));
  } else {
    lines.push('');
    lines.push(c.dim(say(S.scaleRule, lang, { lower: result.lower, upper: result.upper })));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * One row per section and per question, unrounded numbers with a dot; written by the one CSV
 * writer (src/io/csv.ts: BOM, CRLF, text cells neutralised, since answers are text from others).
 */
export function formatScoreCsv(result: ScoreResult, lang: Lang): string {
  const header = ['type', 'id', 'parent', 'title', 'weight', 'index', 'display', 'band', 'state', 'value', 'points', 'max_points', 'share'];
  const rows: CsvValue[][] = [header];
  const value = (v: unknown): CsvValue => (Array.isArray(v) ? v.join('; ') : (v as CsvValue));
  rows.push(['index', result.rubric.id, '', pick(result.rubric.title, lang), 1, result.index, formatIndex(result.index, result.decimals, 'en'), result.band ? pick(result.band.label, lang) : '', result.provisional ? 'provisional' : '', '', '', '', 1]);
  for (const node of result.nodes) {
    rows.push(['section', node.id, node.parent ?? '', pick(node.title, lang), node.weight, node.index, formatIndex(node.index, result.decimals, 'en'), node.band ? pick(node.band.label, lang) : '', '', '', '', '', node.share]);
  }
  for (const q of result.questions) {
    rows.push(['question', q.id, q.parent, pick(q.text, lang), q.weight, q.score, q.score === null ? '' : formatIndex(q.score, result.decimals, 'en'), '', q.state, q.state === 'na' ? `N/A: ${q.naReason ?? ''}` : value(q.value), q.points, q.maxPoints, q.share]);
  }
  return formatCsv(rows);
}
