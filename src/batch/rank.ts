import type { Assessment, Regency } from '../answers/model.js';
import type { RegionRef } from '../answers/region.js';
import type { LocalText } from '../i18n.js';
import type { BandRef, Coverage, ScoreResult } from '../scoring/model.js';
import { regencyDisplayName } from '../messages/words.js';

/**
 * Ranking of a batch: pure, no I/O.
 *
 * THE RULES (README "siap batch"; keep this comment, the help text and the README in step):
 *
 * 1. Order. Rows are sorted by the unrounded index, highest first (indices equal to 9 decimal
 *    places are a tie; no index at all sorts last). A tie is broken by the pillar (depth-1
 *    section) indices in the order the rubric declares them, each highest first; then by the
 *    regency's name (Indonesian collation, "Kabupaten"/"Kota" prefix included); then by file
 *    path. Every counted row gets its own rank 1, 2, 3, … (no shared ranks).
 * 2. Duplicates. Files are the same regency when they carry the same region code (digits only,
 *    so "51.04" = "5104"; a file without a code takes the official register's code when the
 *    register knows its name once), or, for a file still without a code, the same name and
 *    province (case, accents and spacing ignored). Only one file per regency counts: an assessor's verification
 *    beats a self-assessment, then the later assessment date wins (no date = oldest). The
 *    others are listed as `duplicate`, without a rank. When the best files cannot be told apart
 *    (same kind and same date), none of them counts: all are listed as `conflict`, without a
 *    rank, until the secretariat removes the extra file.
 * 3. Quota. With `--top N`, the first N ranked rows that pass every gate and are not provisional
 *    are `selected`; ranked rows after them that would also qualify are `reserve`. A provisional
 *    result (required questions unanswered) is ranked and marked but never selected; a result
 *    failing a gate is ranked but never selected. Fewer qualifying rows than N → fewer selected
 *    (the shortfall is reported, nothing is filled in).
 */

export interface PillarIndex {
  id: string;
  title: LocalText;
  index: number | null;
}

/** What the ranking, the table and the exports need from one scored file (kept small: 10,000 of them fit in memory). */
export interface BatchEntry {
  file: string;
  rubric: { id: string; version: string; title: LocalText };
  regency: Regency;
  assessment: Pick<Assessment, 'kind' | 'date'>;
  index: number | null;
  decimals: number;
  lower: number;
  upper: number;
  band: BandRef | null;
  recommended: boolean;
  gatesPassed: number;
  gatesTotal: number;
  failedGates: { id: string; title: LocalText }[];
  coverage: Pick<Coverage, 'answered' | 'applicable' | 'na' | 'requiredUnanswered'>;
  provisional: boolean;
  pillars: PillarIndex[];
  /** Where the regency sits in the official register (its region code and province code). */
  region?: RegionRef;
}

/** A score trace → the few fields a batch keeps. */
export function summarizeResult(result: ScoreResult, file: string = result.file, region?: RegionRef): BatchEntry {
  return {
    file,
    ...(region ? { region } : {}),
    rubric: { id: result.rubric.id, version: result.rubric.version, title: result.rubric.title },
    regency: result.regency,
    assessment: { kind: result.assessment.kind, ...(result.assessment.date ? { date: result.assessment.date } : {}) },
    index: result.index,
    decimals: result.decimals,
    lower: result.lower,
    upper: result.upper,
    band: result.band,
    recommended: result.recommended,
    gatesPassed: result.gates.filter((g) => g.passed).length,
    gatesTotal: result.gates.length,
    failedGates: result.gates.filter((g) => !g.passed).map((g) => ({ id: g.id, title: g.title })),
    coverage: {
      answered: result.coverage.answered,
      applicable: result.coverage.applicable,
      na: result.coverage.na,
      requiredUnanswered: result.coverage.requiredUnanswered,
    },
    provisional: result.provisional,
    pillars: result.nodes.filter((n) => n.depth === 1).map((n) => ({ id: n.id, title: n.title, index: n.index })),
  };
}

/**
 * - `selected`: within the quota.
 * - `reserve`: qualifies (passes every gate, not provisional) but is beyond the quota.
 * - `eligible`: qualifies, and no quota was asked for.
 * - `gates`: fails at least one gate (or has no index).
 * - `provisional`: passes the gates but required questions are unanswered.
 * - `duplicate`: another file of the same regency counts instead.
 * - `conflict`: several files of the same regency that the rule cannot order; none counts.
 */
export type RowStatus = 'selected' | 'reserve' | 'eligible' | 'gates' | 'provisional' | 'duplicate' | 'conflict';

export interface RankingRow {
  /** 1-based; null for duplicate and conflict rows (not ranked). */
  rank: number | null;
  entry: BatchEntry;
  status: RowStatus;
  selected: boolean;
  /** Identity used to find duplicates: `code:5104` or `name:kabupaten gianyar|bali`. */
  regencyKey: string;
  /** Other files of the same regency (empty when the regency appears once). */
  sameRegency: string[];
  /** For `duplicate` rows: the file that counts instead, and its rank. */
  supersededBy?: string;
  supersededByRank?: number;
  /** For rows of a regency that has several files: the whole group. */
  group?: DuplicateGroup;
  /** With the rows grouped by province: the row's place among the ranked rows of its province. */
  provinceRank?: number;
}

/**
 * Several files of one regency: every file (the one that counts first), the shared code (or the
 * name and province when the files carry no code), and why the one that counts was chosen.
 */
export interface DuplicateGroup {
  /** The region code the files share (`51.04`), when they are grouped by code. */
  code?: string;
  /** The regency's name as the first file writes it. */
  name: string;
  province?: string;
  /** Every file of the group, in precedence order (the one that counts first). */
  files: string[];
  /** The file that counts, or null when they cannot be told apart (`conflict`). */
  counts: string | null;
  /** Why: an assessor's verification beats a self-assessment, or the later date wins; or no rule decides. */
  reason: 'assessor' | 'date' | 'undecided';
  /** The winning date (for `date`). */
  date?: string;
}

export interface Ranking {
  /** Ranked rows in rank order, then duplicate and conflict rows (same order rule). */
  rows: RankingRow[];
  top: number | null;
  /** The pillars of the rubric, in declared order (the tie-break order). */
  pillars: { id: string; title: LocalText }[];
  selected: number;
  /** With a quota: how many selected places stayed empty for lack of qualifying regencies. */
  shortfall: number;
  duplicateGroups: number;
  /** Every regency with several files, in ranking order of the file that counts (undecided last). */
  duplicates: DuplicateGroup[];
  /** The rows are grouped by province (`groupByProvince`). */
  byProvince?: boolean;
}

export interface RankOptions {
  top?: number | null;
  /** Pillar order for the tie-break; default: the pillars of the first entry. */
  pillars?: { id: string; title: LocalText }[];
}

const collator = new Intl.Collator('id', { sensitivity: 'variant', numeric: true });

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The region code reduced to its digits ("51.04" and "5104" are the same code), or undefined. */
export function codeKey(regency: Regency): string | undefined {
  const digits = regency.code?.replace(/\D/g, '') ?? '';
  return digits === '' ? undefined : `code:${digits}`;
}

/** The code that identifies an entry's regency: the register's reading of it, else the file's code as parsed. */
export function regionCode(entry: Pick<BatchEntry, 'regency' | 'region'>): string | undefined {
  return entry.region?.code ?? (entry.regency.code?.trim() || undefined);
}

/** Name and province with case, accents, punctuation and spacing ignored; "Kabupaten"/"Kota" kept (Kabupaten Banjar ≠ Kota Banjar). */
export function nameKey(regency: Regency): string {
  const name = fold(regencyDisplayName(regency)).replace(/^kab /, 'kabupaten ');
  return `name:${name}|${fold(regency.province ?? '')}`;
}

/** Index compared to 9 decimal places, so floating-point noise is not a difference. */
function quantize(value: number | null): number {
  return value === null ? Number.NEGATIVE_INFINITY : Math.round(value * 1e9);
}

/** The documented order (rule 1); negative when `a` ranks before `b`. */
export function compareEntries(a: BatchEntry, b: BatchEntry, pillarIds: string[]): number {
  const byIndex = quantize(b.index) - quantize(a.index);
  if (byIndex !== 0 && !Number.isNaN(byIndex)) return byIndex;
  for (const id of pillarIds) {
    const pa = quantize(a.pillars.find((p) => p.id === id)?.index ?? null);
    const pb = quantize(b.pillars.find((p) => p.id === id)?.index ?? null);
    const d = pb - pa;
    if (d !== 0 && !Number.isNaN(d)) return d;
  }
  const byName = collator.compare(regencyDisplayName(a.regency), regencyDisplayName(b.regency));
  if (byName !== 0) return byName;
  return a.file < b.file ? -1 : a.file > b.file ? 1 : 0;
}

/** Group entries by regency: same code, or (for a file without a code) same name and province. */
function groupByRegency(entries: BatchEntry[]): Map<BatchEntry, string> {
  const keyOf = new Map<BatchEntry, string>();
  const codeByName = new Map<string, string>();
  for (const e of entries) {
    const code = codeKey({ name: '', code: regionCode(e) });
    if (code) {
      keyOf.set(e, code);
      if (!codeByName.has(nameKey(e.regency))) codeByName.set(nameKey(e.regency), code);
    }
  }
  for (const e of entries) {
    if (keyOf.has(e)) continue;
    const name = nameKey(e.regency);
    keyOf.set(e, codeByName.get(name) ?? name);
  }
  return keyOf;
}

/** Rule 2's precedence: assessor before self, then the later date; 0 when they cannot be told apart. */
function precedence(a: BatchEntry, b: BatchEntry): number {
  const kind = (e: BatchEntry): number => (e.assessment.kind === 'assessor' ? 1 : 0);
  if (kind(a) !== kind(b)) return kind(b) - kind(a);
  const da = a.assessment.date ?? '';
  const db = b.assessment.date ?? '';
  return da === db ? 0 : da > db ? -1 : 1;
}

/** Rank scored files by the documented rules (see the comment at the top of this module). */
export function rankResults(entries: BatchEntry[], options: RankOptions = {}): Ranking {
  const top = options.top ?? null;
  const pillars = options.pillars ?? entries[0]?.pillars.map((p) => ({ id: p.id, title: p.title })) ?? [];
  const pillarIds = pillars.map((p) => p.id);
  const keyOf = groupByRegency(entries);

  const groups = new Map<string, BatchEntry[]>();
  for (const e of entries) {
    const key = keyOf.get(e)!;
    const list = groups.get(key);
    if (list) list.push(e);
    else groups.set(key, [e]);
  }

  const rows: RankingRow[] = [];
  const duplicates: DuplicateGroup[] = [];
  for (const [key, members] of groups) {
    const files = (e: BatchEntry): string[] => members.filter((m) => m !== e).map((m) => m.file);
    if (members.length === 1) {
      rows.push({ rank: null, entry: members[0]!, status: 'eligible', selected: false, regencyKey: key, sameRegency: [] });
      continue;
    }
    const ordered = [...members].sort((a, b) => precedence(a, b) || (a.file < b.file ? -1 : 1));
    const best = ordered[0]!;
    const tied = ordered.filter((e) => precedence(e, best) === 0);
    const group = describeGroup(key, ordered, tied.length > 1);
    duplicates.push(group);
    for (const e of ordered) {
      if (tied.length > 1 && tied.includes(e)) {
        rows.push({ rank: null, entry: e, status: 'conflict', selected: false, regencyKey: key, sameRegency: files(e), group });
      } else if (e === best) {
        rows.push({ rank: null, entry: e, status: 'eligible', selected: false, regencyKey: key, sameRegency: files(e), group });
      } else {
        rows.push({
          rank: null,
          entry: e,
          status: 'duplicate',
          selected: false,
          regencyKey: key,
          sameRegency: files(e),
          ...(tied.length > 1 ? {} : { supersededBy: best.file }),
          group,
        });
      }
    }
  }

  const order = (a: RankingRow, b: RankingRow): number => compareEntries(a.entry, b.entry, pillarIds);
  const counted = rows.filter((r) => r.status === 'eligible').sort(order);
  const uncounted = rows.filter((r) => r.status !== 'eligible').sort(order);

  let selected = 0;
  counted.forEach((row, i) => {
    row.rank = i + 1;
    const e = row.entry;
    if (!e.recommended || e.index === null) row.status = 'gates';
    else if (e.provisional) row.status = 'provisional';
    else if (top !== null) {
      if (selected < top) {
        row.status = 'selected';
        row.selected = true;
        selected++;
      } else row.status = 'reserve';
    }
  });

  const rankOf = new Map(counted.map((r) => [r.entry.file, r.rank!]));
  for (const row of uncounted) {
    const rank = row.supersededBy ? rankOf.get(row.supersededBy) : undefined;
    if (rank !== undefined) row.supersededByRank = rank;
  }

  // Groups in the order their counting file is ranked; undecided groups last, by their first file.
  const groupRank = (g: DuplicateGroup): number => (g.counts === null ? Number.MAX_SAFE_INTEGER : (rankOf.get(g.counts) ?? Number.MAX_SAFE_INTEGER - 1));
  duplicates.sort((a, b) => groupRank(a) - groupRank(b) || (a.files[0]! < b.files[0]! ? -1 : 1));

  return {
    rows: [...counted, ...uncounted],
    top,
    pillars,
    selected,
    shortfall: top === null ? 0 : Math.max(0, top - selected),
    duplicateGroups: duplicates.length,
    duplicates,
  };
}

/** A duplicate group in words-free data: its files in precedence order, the shared code, and the deciding rule. */
function describeGroup(key: string, ordered: BatchEntry[], undecided: boolean): DuplicateGroup {
  const best = ordered[0]!;
  const second = ordered[1]!;
  // The code as the files write it, preferring the dotted form ("32.79" over "3279").
  const codes = ordered.map((e) => regionCode(e)).filter((c): c is string => c !== undefined);
  const code = key.startsWith('code:') ? (codes.find((c) => c.includes('.')) ?? codes[0] ?? key.slice(5)) : undefined;
  const reason: DuplicateGroup['reason'] = undecided ? 'undecided' : best.assessment.kind !== second.assessment.kind ? 'assessor' : 'date';
  return {
    ...(code ? { code } : {}),
    name: regencyDisplayName(best.regency),
    ...(best.regency.province ? { province: best.regency.province } : {}),
    files: ordered.map((e) => e.file),
    counts: undecided ? null : best.file,
    reason,
    ...(reason === 'date' && best.assessment.date ? { date: best.assessment.date } : {}),
  };
}

/** The province of a ranking row: the register's reading of the file's code or province. */
export function provinceOf(entry: BatchEntry): { code?: string; name: string } {
  const r = entry.region;
  if (r?.provinceCode) return { code: r.provinceCode, name: r.province ?? entry.regency.province ?? '' };
  return { name: entry.regency.province ?? '' };
}

/** Province order: by code (as the register lists them), rows without a known province last, by name. */
function provinceOrder(a: { code?: string; name: string }, b: { code?: string; name: string }): number {
  if (a.code && b.code) return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
  if (a.code) return -1;
  if (b.code) return 1;
  return collator.compare(a.name, b.name);
}

export interface ProvinceCount {
  code?: string;
  name: string;
  /** Regencies of the province that took part (a regency with several files counts once). */
  regions: number;
  ranked: number;
  selected: number;
}

/** How many regencies of each province took part, were ranked and were selected (province order). */
export function provinceCounts(ranking: Ranking): ProvinceCount[] {
  const byKey = new Map<string, ProvinceCount & { keys: Set<string> }>();
  for (const row of ranking.rows) {
    const p = provinceOf(row.entry);
    const key = p.code ?? `name:${p.name}`;
    let count = byKey.get(key);
    if (!count) {
      count = { ...(p.code ? { code: p.code } : {}), name: p.name, regions: 0, ranked: 0, selected: 0, keys: new Set() };
      byKey.set(key, count);
    }
    count.keys.add(row.regencyKey);
    if (row.rank !== null) count.ranked++;
    if (row.selected) count.selected++;
  }
  return [...byKey.values()].map(({ keys, ...c }) => ({ ...c, regions: keys.size })).sort(provinceOrder);
}

/**
 * The same ranking with its rows grouped by province (`--by-province`): province order, and
 * within a province the ranking's own order. Ranks and statuses are those of the whole batch;
 * each ranked row also gets its place within its province.
 */
export function groupByProvince(ranking: Ranking): Ranking {
  const position = new Map(ranking.rows.map((r, i) => [r, i]));
  const rows = [...ranking.rows].sort((a, b) => provinceOrder(provinceOf(a.entry), provinceOf(b.entry)) || position.get(a)! - position.get(b)!);
  const places = new Map<string, number>();
  for (const row of rows) {
    if (row.rank === null) continue;
    const p = provinceOf(row.entry);
    const key = p.code ?? `name:${p.name}`;
    const place = (places.get(key) ?? 0) + 1;
    places.set(key, place);
    row.provinceRank = place;
  }
  return { ...ranking, rows, byProvince: true };
}
