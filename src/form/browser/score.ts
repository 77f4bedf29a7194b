/// <reference lib="dom" />
import { pick, type Lang, type Words } from '../../i18n.js';
import { SCORE_WORDS } from '../../messages/cli.js';
import { say } from '../../messages/define.js';
import { FORM_WORDS as F } from '../../messages/form.js';
import { describeCounts, describeGate, formatIndex } from '../../messages/present.js';
import { WORDS } from '../../messages/words.js';
import type { Rubric } from '../../rubric/model.js';
import type { NodeScore, ScoreResult } from '../../scoring/model.js';
import { countQuestions } from '../../scoring/score.js';
import { h, replaceChildren } from './dom.js';

/**
 * The live score, from `scoreAssessment` (the CLI's own scoring, bundled): index and band,
 * provisional mark, recommendation with each gate, coverage, and a bar per pillar and element.
 */
export function drawScore(panel: HTMLElement, result: ScoreResult, rubric: Rubric, lang: Lang): void {
  const w = (words: Words, params: Record<string, string | number> = {}): string => say(words, lang, params);
  const band = result.band ? pick(result.band.label, lang) : '—';
  const bandChip = h('span', { class: 'band-chip', 'data-score': 'band' }, band);
  if (result.band?.color) bandChip.style.backgroundColor = result.band.color;

  const gates = result.gates.map((gate) =>
    h('li', { class: gate.passed ? 'ok' : 'fail' },
      h('span', { class: 'mark', 'aria-hidden': 'true' }, gate.passed ? '✓' : '✗'),
      h('span', { class: 'sr-only' }, `${w(gate.passed ? F.gatePassed : F.gateFailed)}: `),
      h('span', {}, pick(gate.title, lang)),
      gate.passed ? null : h('span', { class: 'gate-why' }, describeGate(gate, result, rubric, lang)),
    ),
  );

  const tier = rubric.tiers[0] ? pick(rubric.tiers[0], lang) : '';
  const pillars = result.nodes.filter((n) => n.depth === 1);
  const chart = h('div', { class: 'chart', role: 'list' },
    pillars.map((pillar) => h('div', { class: 'chart-group', role: 'listitem' },
      bar(pillar, result, lang, 'pillar'),
      result.nodes.filter((n) => n.parent === pillar.id && n.depth === 2).map((element) => bar(element, result, lang, 'element')),
    )),
  );

  replaceChildren(panel,
    h('h2', { id: 'score-title' }, w(F.scoreTitle)),
    h('p', { class: 'index-line' },
      h('span', { class: 'index', 'data-score': 'index' }, formatIndex(result.index, result.decimals, lang)),
      h('span', { class: 'upper' }, ` / ${result.upper}`),
      ' ',
      bandChip,
    ),
    result.provisional
      ? h('p', { class: 'provisional', 'data-score': 'provisional' }, h('strong', {}, w(WORDS.provisional)), ' — ', w(SCORE_WORDS.provisionalWhy, { n: result.coverage.requiredUnanswered }))
      : null,
    h('p', { class: `status ${result.recommended ? 'ok' : 'fail'}`, 'data-score': 'status' }, `${result.recommended ? '✓' : '✗'} ${w(result.recommended ? WORDS.recommended : WORDS.notRecommended)}`),
    gates.length > 0 ? h('div', { class: 'gates' }, h('h3', {}, w(F.gates)), h('ul', {}, gates)) : null,
    h('p', { class: 'coverage' }, `${w(WORDS.coverage)}: ${describeCounts(countQuestions(result), lang)}`),
    h('h3', {}, w(F.chartTitle, { tier })),
    chart,
    h('p', { class: 'score-note' }, w(F.scoreNote)),
  );
}

function bar(node: NodeScore, result: ScoreResult, lang: Lang, kind: 'pillar' | 'element'): HTMLElement {
  const value = formatIndex(node.index, result.decimals, lang);
  const share = node.index === null ? 0 : Math.max(0, Math.min(1, (node.index - result.lower) / (result.upper - result.lower)));
  const fill = h('span', { class: 'fill' });
  fill.style.width = `${(share * 100).toFixed(1)}%`;
  if (node.band?.color) fill.style.backgroundColor = node.band.color;
  const title = pick(node.title, lang);
  return h('div', { class: `bar-row ${kind}`, role: kind === 'element' ? 'presentation' : undefined },
    h('span', { class: 'bar-label' }, title),
    h('span', { class: 'bar', 'aria-hidden': 'true' }, fill),
    h('span', { class: 'bar-value' }, value),
  );
}
