import type { AnswerValue } from '../answers/model.js';
import type { LocalText } from '../i18n.js';
import type { Migration, MigrationRule, Question, Rubric, Scalar } from '../rubric/model.js';

/**
 * How the questions of two versions of one rubric correspond, read from the migrations the newer
 * version declares (one or more steps), so `compare` can put last year's answer next to this
 * year's although the instrument changed. Pure.
 */

export type MappingType = 'moved' | 'remapped' | 'merged' | 'split' | 'reassess' | 'context' | 'dropped';

export interface MappedItem {
  type: MappingType;
  /** Ids in the older version. */
  from: string[];
  /** Ids in the newer version (none when dropped). */
  to: string[];
  reason?: LocalText;
}

export interface VersionMapping {
  /** Which side of the comparison is the older version. */
  older: 'a' | 'b';
  from: string;
  to: string;
  /** Every question whose place or meaning changed (carried questions are not listed). */
  items: MappedItem[];
  /** Older id → newer id for one-to-one rules (moved, remapped, re-assessed). */
  pairs: Map<string, { to: string; type: MappingType; reason?: LocalText }>;
  /** An older answer in the newer question's terms (one-to-one rules); null: the rule says re-assess. */
  translate(olderId: string, value: AnswerValue): AnswerValue | null;
}

interface Track {
  origin: string;
  current: string;
  maps: Record<string, Scalar | null>[];
  moved: boolean;
  reassess?: LocalText;
  reason?: LocalText;
}

function one(value: AnswerValue, map: Record<string, Scalar | null>): AnswerValue | null {
  if (Array.isArray(value)) {
    if (value.some((v) => typeof v === 'object')) return value;
    const out = (value as string[]).map((v) => (v in map ? map[v]! : v));
    return out.some((v) => v === null) ? null : [...new Set(out.map(String))];
  }
  const key = String(value);
  return key in map ? map[key]! : value;
}

/** The correspondence through a chain of migration steps (oldest first). */
export function versionMapping(steps: { source: Rubric; target: Rubric; migration: Migration }[], older: 'a' | 'b'): VersionMapping {
  const first = steps[0]!;
  let tracks: Track[] = first.source.questions.map((q) => ({ origin: q.id, current: q.id, maps: [], moved: false }));
  const items: MappedItem[] = [];
  for (const step of steps) {
    const rulesOf = new Map<string, MigrationRule[]>();
    for (const rule of step.migration.rules) for (const id of rule.from) rulesOf.set(id, [...(rulesOf.get(id) ?? []), rule]);
    const isContext = (id: string): boolean => !step.target.questionById.has(id) && step.target.contextById.has(id);
    const next: Track[] = [];
    const done = new Set<MigrationRule>();
    for (const t of tracks) {
      const rules = rulesOf.get(t.current) ?? [];
      if (rules.length > 1) {
        // One old question feeding several new ones: a split.
        const reason = rules.find((r) => r.reason)?.reason;
        items.push({ type: 'split', from: [t.origin], to: rules.flatMap((r) => r.to), ...(reason ? { reason } : {}) });
        continue;
      }
      const rule = rules[0];
      if (!rule) {
        if (step.target.questionById.has(t.current)) next.push(t);
        else items.push({ type: isContext(t.current) ? 'context' : 'dropped', from: [t.origin], to: isContext(t.current) ? [t.current] : [] });
        continue;
      }
      const reason = rule.drop ?? rule.reassess ?? rule.reason;
      if (rule.drop) {
        items.push({ type: 'dropped', from: [t.origin], to: [], ...(reason ? { reason } : {}) });
      } else if (rule.from.length > 1 || rule.to.length > 1) {
        if (!done.has(rule)) {
          const origins = tracks.filter((x) => rule.from.includes(x.current)).map((x) => x.origin);
          items.push({ type: rule.from.length > 1 ? 'merged' : 'split', from: origins, to: rule.to, ...(reason ? { reason } : {}) });
          done.add(rule);
        }
      } else if (isContext(rule.to[0]!)) {
        items.push({ type: 'context', from: [t.origin], to: rule.to, ...(reason ? { reason } : {}) });
      } else {
        next.push({
          ...t,
          current: rule.to[0]!,
          maps: rule.values[t.current] ? [...t.maps, rule.values[t.current]!] : t.maps,
          moved: t.moved || rule.to[0] !== t.current,
          ...(rule.reassess ? { reassess: rule.reassess } : t.reassess ? { reassess: t.reassess } : {}),
          ...(reason ? { reason } : t.reason ? { reason: t.reason } : {}),
        });
      }
    }
    tracks = next;
  }
  const pairs = new Map<string, { to: string; type: MappingType; reason?: LocalText }>();
  for (const t of tracks) {
    const type: MappingType | undefined = t.reassess ? 'reassess' : t.maps.length > 0 ? 'remapped' : t.moved ? 'moved' : undefined;
    if (!type && t.origin === t.current) continue;
    const reason = t.reassess ?? t.reason;
    pairs.set(t.origin, { to: t.current, type: type ?? 'moved', ...(reason ? { reason } : {}) });
    items.push({ type: type ?? 'moved', from: [t.origin], to: [t.current], ...(reason ? { reason } : {}) });
  }
  const byOrigin = new Map(tracks.map((t) => [t.origin, t]));
  const order = new Map(steps.at(-1)!.target.questions.map((q, i) => [q.id, i]));
  const firstOrder = new Map(first.source.questions.map((q, i) => [q.id, i]));
  items.sort((x, y) => (firstOrder.get(x.from[0] ?? '') ?? order.get(x.to[0] ?? '') ?? 0) - (firstOrder.get(y.from[0] ?? '') ?? order.get(y.to[0] ?? '') ?? 0));
  return {
    older,
    from: first.source.version,
    to: steps.at(-1)!.target.version,
    items,
    pairs,
    translate(olderId, value) {
      const t = byOrigin.get(olderId);
      if (!t) return value;
      if (t.reassess) return null;
      let v: AnswerValue | null = value;
      for (const map of t.maps) {
        if (v === null) return null;
        v = one(v, map);
      }
      return v;
    },
  };
}

/** The points an answer would give on a question (level, yes/no, choice), or null when it cannot be told. */
export function pointsFor(q: Question, value: AnswerValue): number | null {
  switch (q.kind) {
    case 'level':
      return typeof value === 'number' && q.levels.some((l) => l.value === value) ? value : null;
    case 'boolean':
      return typeof value === 'boolean' ? (value ? q.points.yes : q.points.no) : null;
    case 'choice':
      return q.options.find((o) => o.id === value)?.points ?? null;
    default:
      return null;
  }
}
