import type { Diagnostic, Params, SourceLocation } from '../errors.js';
import type { LocalText, Words } from '../i18n.js';
import { RUBRIC_WORDS } from '../messages/words.js';
import { didYouMean } from '../util/suggest.js';
import type { Migration, MigrationRule, Question, Rubric, Scalar } from './model.js';
import type { MigrationInput, TextInput } from './schema.js';
import { compareVersions } from './versions.js';

/**
 * Migrations are data: a rubric version declares, per earlier version, where each old question
 * goes (`to`), how its answers change (`values`), what is merged (`combine`), split (several `to`),
 * re-assessed (`reassess`) or dropped (`drop`). A question with the same id in both versions and no
 * rule is carried over as it is. Rules: rubrics/README.md ("Migrasi").
 *
 * Two checks: `buildMigrations` (this rubric alone: targets exist, new values are valid answers,
 * versions go forward, the rule forms) and `checkMigrationSource` (against the older version:
 * sources exist, old values are valid, every old question has a place, carried questions kept
 * their meaning).
 */

type Path = (string | number)[];
type Report = (code: Diagnostic['code'], path: Path, params?: Params, atKey?: boolean) => void;

const noSuggestion = RUBRIC_WORDS.checkIdSpelling;

function list(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** Build and check the `migrations` of a rubric against the rubric itself. */
export function buildMigrations(
  input: MigrationInput[] | undefined,
  own: { version: string; questionById: Map<string, Question>; contextById: Map<string, Question> },
  report: Report,
  text: (value: TextInput) => LocalText,
): Migration[] {
  const seenVersions = new Map<string, number>();
  const targetOf = (id: string): Question | undefined => own.questionById.get(id) ?? own.contextById.get(id);
  const knownTargets = (): string[] => [...own.questionById.keys(), ...own.contextById.keys()];
  return (input ?? []).map((m, i): Migration => {
    const mPath: Path = ['migrations', i];
    if (compareVersions(m.from, own.version) >= 0) {
      report('MIGRATION_CYCLE', [...mPath, 'from'], { from: m.from, version: own.version });
    }
    if (seenVersions.has(m.from)) report('MIGRATION_DUPLICATE', [...mPath, 'from'], { id: m.from, other: `migrations[${seenVersions.get(m.from)}]` });
    else seenVersions.set(m.from, i);
    const sources = new Map<string, { rule: number; drop: boolean }>();
    const targets = new Map<string, number>();
    const rules = (m.rules ?? []).map((r, j): MigrationRule => {
      const path: Path = [...mPath, 'rules', j];
      const from = list(r.from);
      const explicitTo = list(r.to);
      const to = r.drop !== undefined ? [] : explicitTo.length > 0 ? explicitTo : from.length === 1 ? [from[0]!] : [];
      const merge = from.length > 1;
      const split = to.length > 1;
      const formOk =
        !(r.drop !== undefined && (explicitTo.length > 0 || r.values || r.combine || r.column || r.reassess)) &&
        !(r.reassess !== undefined && (r.values || r.combine || r.column)) &&
        !(merge && (to.length !== 1 || (r.combine === undefined && r.reassess === undefined))) &&
        !(merge && split) &&
        !(!merge && r.combine !== undefined) &&
        !(r.column !== undefined && (merge || split));
      if (!formOk) report('MIGRATION_FORM', [...path, 'from'], { rule: from.join(', ') });

      // Where the old questions go. One old question may feed several rules (a split with a value
      // map per new question), but a dropped question has one rule only.
      from.forEach((id, k) => {
        const other = sources.get(id);
        if (other !== undefined && (other.drop || r.drop !== undefined)) {
          report('MIGRATION_DUPLICATE', [...path, 'from', ...(Array.isArray(r.from) ? [k] : [])], { id, other: `rules[${other.rule}]` });
        } else if (other === undefined) sources.set(id, { rule: j, drop: r.drop !== undefined });
      });
      to.forEach((id, k) => {
        const other = targets.get(id);
        if (other !== undefined) report('MIGRATION_DUPLICATE', [...path, 'to', ...(Array.isArray(r.to) ? [k] : [])], { id, other: `rules[${other}]` });
        else targets.set(id, j);
        if (targetOf(id)) return;
        if (explicitTo.length > 0) {
          report('MIGRATION_UNKNOWN_TARGET', [...path, 'to', ...(Array.isArray(r.to) ? [k] : [])], { id, version: own.version, suggestion: didYouMean(id, knownTargets(), noSuggestion) });
        } else {
          report('MIGRATION_TARGET_MISSING', [...path, 'from'], { id, version: own.version });
        }
      });

      // The answers they carry.
      const values: MigrationRule['values'] = {};
      if (r.values) {
        const nested = Object.values(r.values).some((v) => v !== null && typeof v === 'object');
        if (merge !== nested || (nested && Object.values(r.values).some((v) => v === null || typeof v !== 'object'))) {
          report('MIGRATION_FORM', [...path, 'values'], { rule: from.join(', ') });
        } else if (merge) {
          for (const [source, map] of Object.entries(r.values) as [string, Record<string, Scalar | null>][]) {
            if (!from.includes(source)) report('MIGRATION_FORM', [...path, 'values', source], { rule: from.join(', ') }, true);
            values[source] = { ...map };
          }
        } else {
          values[from[0]!] = { ...(r.values as Record<string, Scalar | null>) };
        }
      }
      if (r.column !== undefined) {
        const target = to[0] ? targetOf(to[0]) : undefined;
        if (target && (target.kind !== 'list' || !target.columns.some((c) => c.id === r.column))) {
          report('MIGRATION_COLUMN', [...path, 'column'], { column: r.column, id: target.id });
        }
      }
      // Every new value must be an answer the target accepts.
      for (const [source, map] of Object.entries(values)) {
        for (const [old, value] of Object.entries(map)) {
          if (value === null) continue;
          for (const id of to) {
            const target = targetOf(id);
            if (target && !acceptsValue(target, value, r.column)) {
              report('MIGRATION_VALUE', [...path, 'values', ...(merge ? [source] : []), old], { value: JSON.stringify(value), id, version: own.version, accepted: acceptedWords(target) });
            }
          }
        }
      }

      return {
        from,
        to,
        values,
        path,
        ...(r.combine ? { combine: r.combine } : {}),
        ...(r.column ? { column: r.column } : {}),
        ...(r.reassess ? { reassess: text(r.reassess) } : {}),
        ...(r.drop ? { drop: text(r.drop) } : {}),
        ...(r.reason ? { reason: text(r.reason) } : {}),
      };
    });
    return { from: m.from, rules, index: i, ...(m.summary ? { summary: text(m.summary) } : {}) };
  });
}

/** Whether a value is an answer a question accepts (for a list: as a value of `column`). */
export function acceptsValue(q: Question, value: Scalar, column?: string): boolean {
  switch (q.kind) {
    case 'level':
      return typeof value === 'number' && q.levels.some((l) => l.value === value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'choice':
    case 'multi':
      return typeof value === 'string' && q.options.some((o) => o.id === value);
    case 'number':
      return typeof value === 'number' && value >= q.min && (q.max === undefined || value <= q.max) && (!q.integer || Number.isInteger(value));
    case 'text':
      return typeof value === 'string';
    case 'list': {
      const col = q.columns.find((c) => c.id === column);
      if (!col) return false;
      if (col.kind === 'number') return typeof value === 'number';
      if (col.kind === 'boolean') return typeof value === 'boolean';
      if (col.kind === 'choice') return typeof value === 'string' && (col.options ?? []).some((o) => o.id === value);
      return typeof value === 'string' || typeof value === 'number';
    }
  }
}

/** What a question accepts, in both languages, for hints. */
function acceptedWords(q: Question): Words | string {
  switch (q.kind) {
    case 'level':
      return q.levels.map((l) => l.value).join(', ');
    case 'boolean':
      return 'true, false';
    case 'choice':
    case 'multi':
      return q.options.map((o) => o.id).join(', ');
    case 'number':
      return `${q.min}–${q.max ?? '∞'}`;
    case 'text':
    case 'list':
      return RUBRIC_WORDS.anyText;
  }
}

/** The answers an old question can have, as the text keys of `values` (`2`, `true`, `sedang`); undefined when open (numbers, text). */
export function possibleOldValues(q: Question): string[] | undefined {
  switch (q.kind) {
    case 'level':
      return q.levels.map((l) => String(l.value));
    case 'boolean':
      return ['true', 'false'];
    case 'choice':
    case 'multi':
      return q.options.map((o) => o.id);
    default:
      return undefined;
  }
}

/** An old answer key (`"2"`, `"true"`) back to the value it stands for in the old question. */
export function oldValueOf(q: Question, key: string): Scalar {
  if (q.kind === 'level') return Number(key);
  if (q.kind === 'boolean') return key === 'true';
  return key;
}

/**
 * Check a migration against the version it comes from. `locate` points into the migrating
 * rubric's file (a compiled bundled rubric only knows its file name).
 */
export function checkMigrationSource(target: Rubric, migration: Migration, source: Rubric, locate: (path: Path, atKey?: boolean) => SourceLocation): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report: Report = (code, path, params = {}, atKey = false) => diagnostics.push({ code, severity: 'error', params, source: locate(path, atKey) });
  const mPath: Path = ['migrations', migration.index];
  const targetOf = (id: string): Question | undefined => target.questionById.get(id) ?? target.contextById.get(id);
  const ruled = new Set<string>();

  for (const rule of migration.rules) {
    rule.from.forEach((id, k) => {
      ruled.add(id);
      if (!source.questionById.has(id)) {
        report('MIGRATION_UNKNOWN_SOURCE', [...rule.path, 'from', ...(rule.from.length > 1 ? [k] : [])], {
          id,
          version: source.version,
          suggestion: didYouMean(id, source.questionById.keys(), noSuggestion),
        });
      }
    });
    if (rule.drop || rule.reassess) continue;
    for (const id of rule.from) {
      const old = source.questionById.get(id);
      if (!old) continue;
      const map = rule.values[id] ?? {};
      const possible = possibleOldValues(old);
      for (const key of Object.keys(map)) {
        if (possible && !possible.includes(key)) {
          const at = [...rule.path, 'values', ...(rule.from.length > 1 ? [id] : []), key];
          report('MIGRATION_VALUE', at, { value: key, id, version: source.version, accepted: possible.join(', ') }, true);
        }
      }
      for (const targetId of rule.to) {
        const target = targetOf(targetId);
        if (target) checkCarry(old, target, map, rule, report, [...rule.path, 'from']);
      }
    }
  }

  // Every old question needs a place: a rule, or a question of the same id in this version.
  for (const old of source.questions) {
    if (ruled.has(old.id)) continue;
    const same = targetOf(old.id);
    if (!same) {
      report('MIGRATION_TARGET_MISSING', [...mPath, 'from'], { id: old.id, version: target.version });
      continue;
    }
    checkCarry(old, same, {}, undefined, report, [...mPath, 'from']);
  }
  return diagnostics;
}

/**
 * An answer carried from `old` to `target` (through `map`) must stay a valid answer that means the
 * same: the same kind, every old level or option mapped to a valid new one (or to null: re-assess),
 * the same unit for a number.
 */
function checkCarry(old: Question, target: Question, map: Record<string, Scalar | null>, rule: MigrationRule | undefined, report: Report, at: Path): void {
  if (rule?.column !== undefined) return; // A value into a list column: checked by buildMigrations.
  const changed = (detail: string): void => report('MIGRATION_KIND_CHANGED', at, { id: old.id, to: target.id, detail });
  const possible = possibleOldValues(old);
  if (possible) {
    for (const key of possible) {
      const mapped = key in map ? map[key]! : oldValueOf(old, key);
      if (mapped === null) continue;
      if (!acceptsValue(target, mapped)) {
        report('MIGRATION_UNMAPPED', rule ? [...rule.path, 'from'] : at, { value: key, id: old.id, to: target.id });
        return;
      }
    }
    if (old.kind === 'multi' && target.kind !== 'multi') changed(`${old.kind} → ${target.kind}`);
    return;
  }
  if (old.kind !== target.kind) return changed(`${old.kind} → ${target.kind}`);
  if (old.kind === 'number' && target.kind === 'number') {
    const unit = (q: Question): string => (q.kind === 'number' && q.unit ? (q.unit.id ?? q.unit.en ?? '') : '');
    if (unit(old) !== unit(target)) changed(`${unit(old) || '—'} → ${unit(target) || '—'}`);
  }
}
