import type { ChalkInstance } from 'chalk';
import { MIGRATION_STATUSES, type MigratedAnswer, type MigrationItem, type MigrationStep } from '../answers/migrate.js';
import { pick, type Lang } from '../i18n.js';
import type { MigrationPlan } from '../io/migrations.js';
import { say } from '../messages/define.js';
import { MIGRATE_CLI_WORDS as W, MIGRATION_STATUS_WORDS as S } from '../messages/migrate.js';
import { formatAnswer } from '../messages/present.js';
import { WORDS } from '../messages/words.js';
import type { Rubric } from '../rubric/model.js';
import { formatTable, truncate } from './table.js';

/** One side's answers in words, short: `2 · Parsial`, `N/A`, `—`. */
function answers(list: MigratedAnswer[], rubric: Rubric, lang: Lang): string {
  if (list.length === 0) return '—';
  return list
    .map((a) => {
      const q = rubric.questionById.get(a.id) ?? rubric.contextById.get(a.id);
      const text = a.na !== undefined ? WORDS.naShort[lang] : q && a.value !== undefined ? formatAnswer(q, a.value, lang) : '';
      return truncate(text.replace(/\s+/g, ' '), 28);
    })
    .join(' + ');
}

function reasonOf(item: MigrationItem, lang: Lang): string {
  if (item.invalid) return W.invalid[lang];
  return item.reason ? pick(item.reason, lang) : '';
}

/**
 * The migration report for the terminal: for each step, every question that did not simply carry
 * over (status, old ids, new ids, old → new answer, the rubric's reason), the carried ones in one
 * line, and the counts.
 */
export function formatMigration(steps: MigrationStep[], plan: MigrationPlan, file: string, lang: Lang, c: ChalkInstance): string {
  const lines: string[] = [];
  const first = steps[0]!;
  const last = steps.at(-1)!;
  lines.push(c.bold(say(W.title, lang, { file, id: first.from.id, from: first.from.version, to: last.to.version })));
  steps.forEach((step, i) => {
    const source = plan.steps[i]!.source;
    const target = plan.steps[i]!.target;
    if (steps.length > 1) lines.push('', c.bold(say(W.step, lang, { from: step.from.version, to: step.to.version })));
    if (step.summary) lines.push(c.dim(pick(step.summary, lang)));
    lines.push('');
    const header = [W.status[lang], say(W.oldIds, lang, { version: step.from.version }), say(W.oldIds, lang, { version: step.to.version }), W.answer[lang], W.reason[lang]].map((h) => c.bold(h));
    const rows: string[][] = [header];
    // By status, then where the question sits in the new version (else in the old one).
    const place = new Map([...target.questions, ...target.context].map((q, k) => [q.id, k]));
    const oldPlace = new Map(source.questions.map((q, k) => [q.id, k]));
    const where = (item: MigrationItem): number => (item.to[0] !== undefined ? (place.get(item.to[0]) ?? 0) : 10_000 + (oldPlace.get(item.from[0] ?? '') ?? 0));
    const order = (item: MigrationItem): number => MIGRATION_STATUSES.indexOf(item.status);
    const shown = step.items.filter((item) => item.status !== 'carried').sort((x, y) => order(x) - order(y) || where(x) - where(y));
    for (const item of shown) {
      const to = item.to.map((id) => (item.context.includes(id) ? `${id} (${W.context[lang]})` : id)).join(', ');
      const before = answers(item.before, source, lang);
      const after = item.status === 'dropped' ? '' : item.status === 'reassess' || item.status === 'new' ? W.unanswered[lang] : answers(item.after, target, lang);
      const change = item.status === 'new' ? after : item.status === 'dropped' ? before : `${before} → ${after}`;
      const status = item.status === 'reassess' ? c.yellow(S[item.status][lang]) : item.status === 'dropped' ? c.red(S[item.status][lang]) : S[item.status][lang];
      rows.push([status, item.from.join(', ') || '—', to || '—', change, truncate(reasonOf(item, lang), 70)]);
    }
    if (rows.length > 1) lines.push(formatTable(rows, { indent: '  ' }));
    const carried = step.items.filter((item) => item.status === 'carried').sort((x, y) => where(x) - where(y)).map((item) => item.to[0]!);
    if (carried.length > 0) lines.push('', `  ${say(W.carriedList, lang, { count: carried.length, list: carried.join(', ') })}`);
    const counts = MIGRATION_STATUSES.filter((s) => step.counts[s] > 0).map((s) => `${step.counts[s]} ${S[s][lang]}`);
    lines.push('', `${c.bold(W.summary[lang])}: ${counts.join(' · ')}`);
  });
  return `${lines.join('\n')}\n`;
}

/** The report as documented JSON (`siap-migrate/1`). */
export function toMigrateJson(steps: MigrationStep[], input: string, output: string): Record<string, unknown> {
  return {
    format: 'siap-migrate/1',
    input,
    output,
    from: steps[0]?.from ?? null,
    to: steps.at(-1)?.to ?? null,
    steps: steps.map((s) => ({
      from: s.from,
      to: s.to,
      counts: s.counts,
      items: s.items.map((item) => ({
        status: item.status,
        from: item.from,
        to: item.to,
        context: item.context,
        before: item.before,
        after: item.after,
        reason: item.reason ?? null,
        ...(item.invalid ? { invalid: true } : {}),
      })),
    })),
  };
}
