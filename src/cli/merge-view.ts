import type { ChalkInstance } from 'chalk';
import { kappaStrength } from '../compare/kappa.js';
import type { MergeResult, QuestionAgreement, RaterAnswer } from '../compare/merge.js';
import { formatDecimal, type Lang, type Words } from '../i18n.js';
import { MERGE_WORDS as M, REASON_WORDS, STRENGTH_WORDS } from '../messages/compare.js';
import { say } from '../messages/define.js';
import { formatAnswer, questionLabel } from '../messages/present.js';
import { regencyDisplayName } from '../messages/words.js';
import type { Rubric } from '../rubric/model.js';
import { formatTable, truncate } from './table.js';

function percent(value: number | null, lang: Lang): string {
  return value === null ? '—' : `${formatDecimal(value * 100, 1, lang)}%`;
}

/** The agreement figures and the items the panel has to settle, for the terminal. */
export function formatMerge(m: MergeResult, rubric: Rubric, lang: Lang, col: ChalkInstance): string {
  const lines: string[] = [];
  const regency = m.consensus.regency.name ? regencyDisplayName(m.consensus.regency) : '—';
  lines.push(col.bold(`${say(M.merging, lang, { count: m.raters.length })} · ${regency}`));
  const ruleText = m.rule === 'median' ? M.median[lang] : M.minimum[lang];
  lines.push(col.dim(`  ${rubric.id} v${rubric.version} · ${M.consensusRule[lang]}: ${ruleText}`));
  lines.push(formatTable(m.raters.map((r, i) => [`${i + 1}`, r.assessor, col.dim(r.file)]), { indent: '  ' }));
  lines.push('');

  const a = m.agreement;
  const label = (words: Words): string => words[lang].padEnd(17);
  lines.push(
    `  ${label(M.agreement)}${col.bold(say(M.agreedOf, lang, { agreed: a.agreed, compared: a.compared, percent: percent(a.percent, lang) }))}` +
      col.dim(`   ${say(M.identical, lang, { identical: a.identical, compared: a.compared, percent: percent(a.identicalPercent, lang) })}`),
  );
  const k = m.kappa;
  const weighting = k.weighting === 'linear' ? M.linearWeights[lang] : M.quadraticWeights[lang];
  const kappaText = k.value === null ? '—' : formatDecimal(k.value, 2, lang);
  const strength = k.value === null ? M.noKappa[lang] : STRENGTH_WORDS[kappaStrength(k.value)][lang];
  const how = k.pairs.length > 1 ? say(M.meanOfPairs, lang, { count: k.pairs.length }) : 'Cohen';
  lines.push(`  ${label(M.weightedKappa)}${col.bold(kappaText)} ${col.dim(`(${weighting}, ${how})`)} — ${strength}`);
  if (k.pairs.length > 1) {
    const pairs = k.pairs.map((p) => `${p.a + 1}–${p.b + 1} ${p.kappa === null ? '—' : formatDecimal(p.kappa, 2, lang)} (${say(M.items, lang, { count: p.items })})`);
    lines.push(`  ${' '.repeat(17)}${col.dim(pairs.join(' · '))}`);
  }

  const table = (items: QuestionAgreement[], withReason: boolean): string => {
    const head = ['ID', '', ...m.raters.map((_, i) => `${i + 1}`), withReason ? M.reasonColumn[lang] : ''];
    const rows = [head.map((h) => col.bold(h))];
    for (const q of items) {
      const question = rubric.questionById.get(q.id)!;
      rows.push([col.bold(q.id), truncate(questionLabel(question, lang), 28), ...q.ratings.map((r) => truncate(ratingText(r, question, lang), 22)), withReason && q.reason ? REASON_WORDS[q.reason][lang] : '']);
    }
    return formatTable(rows, { indent: '  ' });
  };
  if (m.disputes.length > 0) {
    lines.push('');
    lines.push(col.bold(say(M.disputed, lang, { count: m.disputes.length })));
    lines.push(table(m.disputes, true));
  }
  if (m.incomplete.length > 0) {
    lines.push('');
    lines.push(col.bold(say(M.incomplete, lang, { count: m.incomplete.length })));
    lines.push(table(m.incomplete, false));
  }
  if (m.disputes.length === 0 && m.incomplete.length === 0) {
    lines.push('');
    lines.push(col.green(M.allAgreed[lang]));
  }
  return `${lines.join('\n')}\n`;
}

function ratingText(r: RaterAnswer, question: Parameters<typeof formatAnswer>[0], lang: Lang): string {
  if (r.rating.kind === 'value') return formatAnswer(question, r.rating.value, lang);
  if (r.rating.kind === 'na') return 'N/A';
  return '—';
}
