import type { Lang, LocalText } from '../i18n.js';
import { say } from '../messages/define.js';
import { formatAnswer } from '../messages/present.js';
import { MIGRATE_WORDS as W } from '../messages/words.js';
import type { Migration, MigrationRule, Question, Rubric, Scalar } from '../rubric/model.js';
import { isListValue, type AnswerEntry, type AnswerValue, type Answers } from './model.js';
import { checkValue } from './values.js';

/**
 * Carry answers from one version of a rubric to the next, following the version's declared
 * migration (rubrics/README.md, "Migrasi"). Pure: no I/O, no clock. Every question of both
 * versions is accounted for in the step's items.
 */

/** What happened to an old question's answer (or which new question has none). */
export type MigrationStatus = 'carried' | 'moved' | 'remapped' | 'merged' | 'split' | 'reassess' | 'dropped' | 'new';

export const MIGRATION_STATUSES: readonly MigrationStatus[] = ['carried', 'moved', 'remapped', 'merged', 'split', 'reassess', 'dropped', 'new'];

export interface MigratedAnswer {
  id: string;
  value?: AnswerValue;
  na?: string;
}

export interface MigrationItem {
  status: MigrationStatus;
  /** Question ids of the older version (none for a new question). */
  from: string[];
  /** Question or context ids of the newer version (none when dropped). */
  to: string[];
  /** Targets that are context fields (unscored facts about the regency). */
  context: string[];
  /** The old answers that had a value or N/A. */
  before: MigratedAnswer[];
  /** The new answers written (none when left to re-assess). */
  after: MigratedAnswer[];
  /** Why, from the rubric's rule (re-assess and drop always have one). */
  reason?: LocalText;
  /** Re-assessed because the carried answer is no longer a valid answer (not a declared rule). */
  invalid?: boolean;
}

export interface RubricRef {
  id: string;
  version: string;
  sha256: string;
}

export interface MigrationStep {
  from: RubricRef;
  to: RubricRef;
  summary?: LocalText;
  items: MigrationItem[];
  counts: Record<MigrationStatus, number>;
}

const ref = (r: Rubric): RubricRef => ({ id: r.id, version: r.version, sha256: r.sha256 });

/** Whether an entry holds anything worth carrying (a value, N/A, a note, evidence). */
function hasContent(e: AnswerEntry | undefined): e is AnswerEntry {
  return e !== undefined && (e.value !== undefined || e.na !== undefined || Boolean(e.note) || e.evidence.length > 0);
}

function answerOf(id: string, e: AnswerEntry | undefined): MigratedAnswer[] {
  if (e?.na !== undefined) return [{ id, na: e.na }];
  if (e?.value !== undefined) return [{ id, value: e.value }];
  return [];
}

/** An old answer through a rule's value map (a multi answer option by option); null: the map says re-assess. */
function mapValue(rule: MigrationRule | undefined, source: string, value: AnswerValue): AnswerValue | null {
  const map = rule?.values[source];
  if (!map || isListValue(value)) return value;
  const one = (v: Scalar): Scalar | null => (String(v) in map ? map[String(v)]! : v);
  if (Array.isArray(value)) {
    const mapped = (value as string[]).map(one);
    if (mapped.some((v) => v === null)) return null;
    return [...new Set(mapped.map(String))];
  }
  return one(value);
}

function combine(values: AnswerValue[], how: MigrationRule['combine']): AnswerValue {
  if (how === 'max' || how === 'min') {
    if (values.every((v) => typeof v === 'number')) return how === 'max' ? Math.max(...(values as number[])) : Math.min(...(values as number[]));
    if (values.every((v) => typeof v === 'boolean')) return how === 'max' ? values.some(Boolean) : values.every(Boolean);
  }
  return values[0]!;
}

/** Apply one migration: answers of `source` → answers of `target`, with an item for every question. */
export function migrateStep(answers: Answers, source: Rubric, target: Rubric, migration: Migration, lang: Lang): { answers: Answers; step: MigrationStep } {
  const entries = new Map<string, AnswerEntry>();
  const context = new Map<string, AnswerEntry>();
  const dropped: Record<string, Record<string, unknown>> = { ...(answers.migratedFrom?.dropped ?? {}) };
  const items: MigrationItem[] = [];
  const targetOf = (id: string): Question | undefined => target.questionById.get(id) ?? target.contextById.get(id);
  const isContext = (id: string): boolean => !target.questionById.has(id) && target.contextById.has(id);
  const put = (id: string, entry: AnswerEntry): void => void (isContext(id) ? context : entries).set(id, entry);
  const produced = new Set<string>();

  const oldWords = (ids: string[]): string =>
    ids
      .flatMap((id) => {
        const e = answers.entries.get(id);
        const q = source.questionById.get(id);
        if (!q || !e) return [];
        if (e.na !== undefined) return [`${id}: N/A (${e.na})`];
        return e.value !== undefined ? [`${id}: ${formatAnswer(q, e.value, lang)}`] : [];
      })
      .join('; ');
  const notesOf = (ids: string[]): string[] =>
    ids.flatMap((id) => {
      const note = answers.entries.get(id)?.note;
      return note ? [ids.length > 1 ? `${id}: ${note}` : note] : [];
    });
  const evidenceOf = (ids: string[]): string[] => [...new Set(ids.flatMap((id) => answers.entries.get(id)?.evidence ?? []))];

  /** Leave a target to re-assess: no value, the old answers and notes kept in its note. */
  const reassess = (to: string, from: string[], reason: LocalText | undefined): void => {
    const old = oldWords(from);
    const why = reason ? ` ${say(W.reassessBecause, lang, { reason: reason[lang] ?? reason.id ?? reason.en ?? '' })}` : '';
    const head = old ? `${say(W.oldAnswer, lang, { version: source.version, answers: old })}${why}` : '';
    const note = [head, ...notesOf(from)].filter(Boolean).join(' — ');
    const entry: AnswerEntry = { evidence: evidenceOf(from), ...(note ? { note } : {}) };
    if (hasContent(entry)) put(to, entry);
    produced.add(to);
  };

  /** Write a value (or N/A) to a target; an answer the target does not accept is left to re-assess. */
  const write = (to: string, from: string[], value: AnswerValue | undefined, na: string | undefined, keepPanel: boolean): MigratedAnswer | 'invalid' | undefined => {
    const q = targetOf(to)!;
    const entry: AnswerEntry = { evidence: evidenceOf(from) };
    const notes = notesOf(from);
    if (notes.length > 0) entry.note = notes.join(' — ');
    if (keepPanel && from.length === 1 && answers.entries.get(from[0]!)?.panel) entry.panel = answers.entries.get(from[0]!)!.panel!;
    let written: MigratedAnswer | undefined;
    if (na !== undefined) {
      if (!q.allowNa) return 'invalid';
      entry.na = na;
      written = { id: to, na };
    } else if (value !== undefined) {
      const checked = checkValue(q, value);
      if (!checked.ok) return 'invalid';
      entry.value = checked.value;
      written = { id: to, value: checked.value };
    }
    if (hasContent(entry)) put(to, entry);
    produced.add(to);
    return written;
  };

  const ruled = new Set<string>();
  for (const rule of migration.rules) {
    rule.from.forEach((id) => ruled.add(id));
    const before = rule.from.flatMap((id) => answerOf(id, answers.entries.get(id)));
    const base = { from: rule.from, to: rule.to, context: rule.to.filter(isContext), before, ...(rule.drop ?? rule.reassess ?? rule.reason ? { reason: (rule.drop ?? rule.reassess ?? rule.reason)! } : {}) };

    if (rule.drop) {
      for (const id of rule.from) {
        const e = answers.entries.get(id);
        if (hasContent(e)) dropped[id] = rawEntry(e);
      }
      items.push({ ...base, status: 'dropped', after: [] });
      continue;
    }
    if (rule.reassess) {
      for (const to of rule.to) reassess(to, rule.from, rule.reassess);
      items.push({ ...base, status: 'reassess', after: [] });
      continue;
    }

    // The value each source contributes, through the rule's map.
    const mapped: { id: string; value?: AnswerValue | null; na?: string }[] = rule.from.map((id) => {
      const e = answers.entries.get(id);
      if (e?.na !== undefined) return { id, na: e.na };
      if (e?.value !== undefined) return { id, value: mapValue(rule, id, e.value) };
      return { id };
    });
    const values = mapped.filter((m) => m.value !== undefined);
    const undecided = values.some((m) => m.value === null);
    let value: AnswerValue | undefined;
    let na: string | undefined;
    if (!undecided && values.length > 0) value = combine(values.map((m) => m.value!), rule.combine ?? 'first');
    else if (values.length === 0) {
      const nas = mapped.filter((m) => m.na !== undefined).map((m) => m.na!);
      if (nas.length > 0 && nas.length === mapped.length) na = [...new Set(nas)].join(' / ');
    }
    if (value !== undefined && rule.column !== undefined) value = [{ [rule.column]: value as string | number | boolean }];

    const after: MigratedAnswer[] = [];
    let invalid = false;
    for (const to of rule.to) {
      if (undecided) {
        reassess(to, rule.from, rule.reason);
        continue;
      }
      const written = write(to, rule.from, value, na, rule.from.length === 1 && rule.from[0] === to && !rule.values[to]);
      if (written === 'invalid') {
        invalid = true;
        reassess(to, rule.from, rule.reason);
      } else if (written) after.push(written);
    }
    const changed = rule.from.length === 1 && values.length === 1 && JSON.stringify(values[0]!.value) !== JSON.stringify(answers.entries.get(rule.from[0]!)?.value);
    const status: MigrationStatus = undecided || invalid
      ? 'reassess'
      : rule.from.length > 1
        ? 'merged'
        : rule.to.length > 1
          ? 'split'
          : changed
            ? 'remapped'
            : rule.to[0] !== rule.from[0] || isContext(rule.to[0]!) || rule.column !== undefined
              ? 'moved'
              : 'carried';
    items.push({ ...base, status, after, ...(invalid ? { invalid: true } : {}) });
  }

  // Questions with the same id in both versions and no rule: carried as they are.
  for (const q of source.questions) {
    if (ruled.has(q.id)) continue;
    const e = answers.entries.get(q.id);
    const before = answerOf(q.id, e);
    if (!targetOf(q.id)) {
      // The validator does not let this happen in a checked migration; keep the answer all the same.
      if (hasContent(e)) dropped[q.id] = rawEntry(e);
      items.push({ status: 'dropped', from: [q.id], to: [], context: [], before, after: [] });
      continue;
    }
    const written = write(q.id, [q.id], e?.value, e?.na, true);
    if (written === 'invalid') {
      reassess(q.id, [q.id], undefined);
      items.push({ status: 'reassess', from: [q.id], to: [q.id], context: [], before, after: [], invalid: true });
    } else items.push({ status: isContext(q.id) ? 'moved' : 'carried', from: [q.id], to: [q.id], context: isContext(q.id) ? [q.id] : [], before, after: written ? [written] : [] });
  }

  // Facts about the regency carry over by id.
  for (const [id, e] of answers.context) {
    const field = target.contextById.get(id);
    const checked = field && e.value !== undefined ? checkValue(field, e.value) : undefined;
    if (field && (e.value === undefined || checked?.ok)) {
      if (!context.has(id)) context.set(id, checked?.ok ? { ...e, value: checked.value } : e);
    } else dropped[`context.${id}`] = rawEntry(e);
  }

  // What the new version asks that nothing above answered.
  for (const q of target.questions) {
    if (!produced.has(q.id) && !source.questionById.has(q.id)) items.push({ status: 'new', from: [], to: [q.id], context: [], before: [], after: [] });
  }

  const counts = Object.fromEntries(MIGRATION_STATUSES.map((s) => [s, 0])) as Record<MigrationStatus, number>;
  for (const item of items) counts[item.status]++;
  const migrated: Answers = {
    file: answers.file,
    rubric: { id: target.id, version: target.version, sha256: target.sha256 },
    regency: answers.regency,
    assessment: answers.assessment,
    context,
    entries,
    ...(answers.mergedFrom ? { mergedFrom: answers.mergedFrom } : {}),
    migratedFrom: { rubric: ref(source), ...(Object.keys(dropped).length > 0 ? { dropped } : {}) },
  };
  return {
    answers: migrated,
    step: { from: ref(source), to: ref(target), ...(migration.summary ? { summary: migration.summary } : {}), items, counts },
  };
}

/** An entry as it was written, for `migrated_from.dropped`. */
function rawEntry(e: AnswerEntry): Record<string, unknown> {
  return {
    ...(e.value !== undefined ? { value: e.value } : {}),
    ...(e.na !== undefined ? { na: e.na } : {}),
    ...(e.note ? { note: e.note } : {}),
    ...(e.evidence.length > 0 ? { evidence: e.evidence } : {}),
  };
}

/**
 * Apply a chain of migrations (each step's source is the previous step's target). The result
 * records the original version it came from under `migrated_from`.
 */
export function migrateAnswers(answers: Answers, steps: { source: Rubric; target: Rubric; migration: Migration }[], lang: Lang): { answers: Answers; steps: MigrationStep[] } {
  let current = answers;
  const done: MigrationStep[] = [];
  for (const s of steps) {
    const { answers: next, step } = migrateStep(current, s.source, s.target, s.migration, lang);
    current = next;
    done.push(step);
  }
  const first = steps[0];
  if (first && current.migratedFrom) current = { ...current, migratedFrom: { ...current.migratedFrom, rubric: ref(first.source) } };
  return { answers: current, steps: done };
}
