import { readFileSync } from 'node:fs';
import { SiapError, type Diagnostic, type SourceLocation } from '../errors.js';
import { checkMigrationSource } from '../rubric/migrations.js';
import type { Migration, Rubric } from '../rubric/model.js';
import { parseRubric, type ParsedRubric } from '../rubric/parse.js';
import { sortByPosition } from '../source/positions.js';
import { compareVersions, isVersionName } from '../rubric/versions.js';
import { loadRubric, loadRubricFile } from './rubrics.js';
import { bundledRubricFile, bundledVersions, latestBundledVersion } from './versions.js';

/**
 * Finding the migrations that carry answers from one rubric version to another, and checking
 * them against the versions they come from. The rules themselves: src/rubric/migrations.ts.
 */

export interface MigrationPlanStep {
  source: Rubric;
  target: Rubric;
  migration: Migration;
}

export interface MigrationPlan {
  target: Rubric;
  /** Oldest first; empty when the answers already use the target version. */
  steps: MigrationPlanStep[];
}

type Locate = (path: readonly PropertyKey[], atKey?: boolean) => SourceLocation;

/** A way to point into a rubric's file: its own locator, else (compiled bundled rubric) one made by parsing its text again. */
function locatorOf(parsed: ParsedRubric, absoluteFile?: string): Locate {
  if (parsed.locate) return parsed.locate;
  if (absoluteFile) {
    try {
      const again = parseRubric(readFileSync(absoluteFile, 'utf8'), parsed.rubric.file);
      if (again.locate) return again.locate;
    } catch {
      // fall through to the file name alone
    }
  }
  return () => ({ file: parsed.rubric.file });
}

/**
 * Check every migration a rubric declares against the older version it comes from, when that
 * version is at hand (`sourceFor`); a bundled rubric must have every version it migrates from.
 */
export function migrationProblems(parsed: ParsedRubric, sourceFor: (version: string) => Rubric | undefined, options: { requireSources?: boolean; file?: string } = {}): Diagnostic[] {
  const problems: Diagnostic[] = [];
  let locate: Locate | undefined;
  const at = (): Locate => (locate ??= locatorOf(parsed, options.file));
  for (const migration of parsed.rubric.migrations) {
    const source = sourceFor(migration.from);
    if (!source) {
      if (options.requireSources) {
        problems.push({ code: 'MIGRATION_SOURCE_MISSING', severity: 'error', params: { from: migration.from, known: bundledVersions(parsed.rubric.id).join(', ') || '—' }, source: at()(['migrations', migration.index, 'from']) });
      }
      continue;
    }
    const found = checkMigrationSource(parsed.rubric, migration, source, (path, atKey) => at()(path, atKey));
    problems.push(...found);
  }
  return sortByPosition(problems);
}

/** The bundled version of a rubric, loaded (undefined when siap does not ship it). */
export function bundledVersion(id: string, version: string): ParsedRubric | undefined {
  const file = bundledRubricFile(id, version);
  if (!file || !bundledVersions(id).includes(version)) return undefined;
  return loadRubricFile(file);
}

/** Throw the located problems of the migrations a plan uses (a rubric's own mistake, exit 2). */
function assertMigrations(parsed: ParsedRubric, source: Rubric, file: string | undefined): void {
  const problems = migrationProblems(parsed, (v) => (v === source.version ? source : undefined), file ? { file } : {});
  if (problems.length > 0) throw new SiapError('RUBRIC_INVALID', { count: problems.length }, { diagnostics: problems });
}

/**
 * How to carry answers scored with `source` to the version `to` names: a bundled version
 * (`1.1.0`), a rubric file (a path, relative to `cwd`), or — when absent — the latest bundled
 * version. Bundled versions may chain (1.0.0 → 1.1.0 → 1.2.0); a rubric file must declare a
 * migration straight from the source version.
 */
export function planMigration(source: Rubric, to: string | undefined, options: { cwd?: string } = {}): MigrationPlan {
  let target: ParsedRubric;
  let bundled = false;
  let targetFile: string | undefined;
  if (to === undefined || isVersionName(to)) {
    const version = to ?? latestBundledVersion(source.id);
    if (version === undefined) throw new SiapError('MIGRATE_NO_TARGET', { id: source.id });
    targetFile = bundledRubricFile(source.id, version);
    target = loadRubric(`${source.id}@${version}`);
    bundled = true;
  } else {
    target = loadRubric(to, options.cwd === undefined ? {} : { cwd: options.cwd });
    if (target.rubric.id !== source.id) throw new SiapError('MIGRATE_OTHER_RUBRIC', { from: source.id, to: target.rubric.id, file: to });
    bundled = Boolean(target.bundled);
  }
  const order = compareVersions(target.rubric.version, source.version);
  if (order === 0) return { target: target.rubric, steps: [] };
  if (order < 0) throw new SiapError('MIGRATE_BACKWARDS', { id: source.id, from: source.version, to: target.rubric.version });

  if (target.rubric.migrations.some((m) => m.from === source.version)) {
    assertMigrations(target, source, targetFile);
    return { target: target.rubric, steps: [{ source, target: target.rubric, migration: target.rubric.migrations.find((m) => m.from === source.version)! }] };
  }
  if (!bundled) throw new SiapError('MIGRATE_NO_PATH', { id: source.id, from: source.version, to: target.rubric.version });

  // Through the bundled versions in between: the shortest chain of declared migrations.
  const versions = bundledVersions(source.id).filter((v) => compareVersions(v, source.version) > 0 && compareVersions(v, target.rubric.version) <= 0);
  const loaded = new Map<string, ParsedRubric>(versions.map((v) => [v, bundledVersion(source.id, v)!]));
  const previous = new Map<string, string>();
  const queue = [source.version];
  while (queue.length > 0) {
    const at = queue.shift()!;
    for (const v of versions) {
      if (previous.has(v) || compareVersions(v, at) <= 0) continue;
      if (loaded.get(v)!.rubric.migrations.some((m) => m.from === at)) {
        previous.set(v, at);
        queue.push(v);
      }
    }
  }
  if (!previous.has(target.rubric.version)) throw new SiapError('MIGRATE_NO_PATH', { id: source.id, from: source.version, to: target.rubric.version });
  const chain: string[] = [];
  for (let v: string | undefined = target.rubric.version; v !== undefined && v !== source.version; v = previous.get(v)) chain.unshift(v);
  const steps: MigrationPlanStep[] = [];
  let from = source;
  for (const v of chain) {
    const parsed = loaded.get(v)!;
    assertMigrations(parsed, from, bundledRubricFile(source.id, v));
    steps.push({ source: from, target: parsed.rubric, migration: parsed.rubric.migrations.find((m) => m.from === from.version)! });
    from = parsed.rubric;
  }
  return { target: target.rubric, steps };
}

/**
 * The mapping between two versions of one rubric, in either order, for comparisons: the steps
 * from the older to the newer (bundled chain or the newer one's own declaration), or undefined
 * when there is none.
 */
export function mappingBetween(a: Rubric, b: Rubric): { older: 'a' | 'b'; steps: MigrationPlanStep[] } | undefined {
  if (a.id !== b.id || a.version === b.version) return undefined;
  const [older, newer, which] = compareVersions(a.version, b.version) < 0 ? [a, b, 'a' as const] : [b, a, 'b' as const];
  const direct = newer.migrations.find((m) => m.from === older.version);
  if (direct) return { older: which, steps: [{ source: older, target: newer, migration: direct }] };
  try {
    const plan = planMigration(older, newer.version);
    return plan.target.sha256 === newer.sha256 && plan.steps.length > 0 ? { older: which, steps: plan.steps } : undefined;
  } catch (error) {
    if (error instanceof SiapError) return undefined;
    throw error;
  }
}
