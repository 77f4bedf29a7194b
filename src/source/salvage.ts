import type { z } from 'zod';
import { formatPath } from './yaml.js';

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

export interface Salvaged<T> {
  /** The document without the refused parts, as the schema reads it. */
  data: T;
  /** Where parts were taken out (`['answers', 'S1.1', 'evidence']`). */
  removed: PropertyKey[][];
}

export interface SalvageOptions {
  /**
   * How many times to take out what is still refused after a part was taken out (a person whose
   * only key was misspelt then misses its `name`, so the list of people goes too). One: only the
   * parts the schema refused first.
   */
  rounds?: number;
  /** Parts that must not be taken out (they carry ids other parts refer to): nothing is salvaged then. */
  keep?: (value: unknown, path: Path) => boolean;
}

/**
 * A copy of a document with the parts its schema refused taken out, so the checks that come after
 * the schema still run on everything else and every problem of a file is reported at once. A part
 * is taken out by deleting its key; an item of a list goes with its whole list (deleting an item
 * would move the ones after it and every location with them). Undefined when what remains still
 * fails the schema (a required part was refused) or a kept part would go: then only the schema's
 * problems can be reported.
 *
 * `issues` are leaf issues with absolute paths (see `leafIssues`); `check` is the schema's
 * `safeParse`, `leaves` turns its issues into leaf issues again for the next round.
 */
export function withoutRefused<T>(
  data: unknown,
  issues: readonly Issue[],
  check: (data: unknown) => { success: true; data: T } | { success: false; error: { issues: Issue[] } },
  leaves: (issues: readonly Issue[], data: unknown) => Issue[],
  options: SalvageOptions = {},
): Salvaged<T> | undefined {
  if (data === null || typeof data !== 'object') return undefined;
  const copy = structuredClone(data) as Record<PropertyKey, unknown>;
  const removed: PropertyKey[][] = [];
  let pending = issues;
  for (let round = 0; round < (options.rounds ?? 3); round++) {
    for (const issue of pending) {
      const targets = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
      for (const target of targets) {
        const cut = removalPoint(copy, target);
        if (!cut) return undefined;
        const parent = valueAt(copy, cut.slice(0, -1)) as Record<PropertyKey, unknown>;
        const key = cut.at(-1)!;
        if (!(key in parent)) continue;
        if (options.keep?.(parent[key], cut)) return undefined;
        delete parent[key];
        removed.push(cut);
      }
    }
    const result = check(copy);
    if (result.success) return { data: result.data, removed };
    pending = leaves(result.error.issues, copy);
  }
  return undefined;
}

/**
 * Where to cut for a refused part at `path`: its own key; for an item of a list, or a key that is
 * missing altogether, the nearest key above it. Undefined when that is the document itself.
 */
function removalPoint(data: unknown, path: Path): PropertyKey[] | undefined {
  let cut = [...path];
  if (valueAt(data, cut) === undefined) cut = cut.slice(0, -1);
  while (cut.length > 0 && typeof cut.at(-1) === 'number') cut = cut.slice(0, -1);
  if (cut.length === 0) return undefined;
  const parent = valueAt(data, cut.slice(0, -1));
  return parent !== null && typeof parent === 'object' && !Array.isArray(parent) ? cut : undefined;
}

function valueAt(data: unknown, path: Path): unknown {
  let node = data;
  for (const seg of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[seg];
  }
  return node;
}

/** Whether a located path (`sections[0].questions[2].weight`) lies inside one of `parts`. */
export function isInside(path: string | undefined, parts: readonly string[]): boolean {
  if (path === undefined) return false;
  return parts.some((part) => path === part || path.startsWith(`${part}.`) || path.startsWith(`${part}[`));
}

/** The objects removed parts were taken from, as located paths (`sections[0].weight` → `sections[0]`); the document itself is left out. */
export function parentsOf(removed: readonly Path[]): string[] {
  return removed.filter((path) => path.length > 1).map((path) => formatPath(path.slice(0, -1)));
}
