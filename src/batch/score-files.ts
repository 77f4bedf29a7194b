import { SiapError, type Diagnostic } from '../errors.js';
import { loadAssessment } from '../io/load.js';
import type { ScoreResult } from '../scoring/model.js';
import { scoreAssessment } from '../scoring/score.js';
import { summarizeResult, type BatchEntry } from './rank.js';

export interface BatchFailure {
  file: string;
  error: SiapError;
}

/** Files seen: `valid` are ranked (or listed as duplicates), `broken` could not be scored, `otherRubric` were scored with another rubric. */
export interface BatchCounts {
  files: number;
  valid: number;
  broken: number;
  otherRubric: number;
}

export interface ScoredFiles {
  entries: BatchEntry[];
  failures: BatchFailure[];
  warnings: Diagnostic[];
  /** Files scored with an older version of a bundled rubric than the latest. */
  olderVersions: { file: string; id: string; version: string; latest: string }[];
}

export interface ScoreFilesOptions {
  /** The folder relative paths start from. */
  cwd: string;
  rubric?: string;
  strict?: boolean;
  /** Follow `rubric.file` wherever it points (`--allow-rubric-file`). */
  allowRubricFile?: boolean;
  /** Called with each full result before it is reduced to a `BatchEntry` (e.g. to stream the JSON export). */
  onResult?: (result: ScoreResult) => void;
  onFile?: () => void;
}

/**
 * Load, validate and score every file on its own: a broken file becomes a failure with its
 * located problems and the others go on. Only a small summary of each result is kept, so memory
 * stays flat however many files there are. An unexpected exception is a bug and is rethrown.
 */
export function scoreFiles(files: string[], options: ScoreFilesOptions): ScoredFiles {
  const entries: BatchEntry[] = [];
  const failures: BatchFailure[] = [];
  const warnings: Diagnostic[] = [];
  const olderVersions: ScoredFiles['olderVersions'] = [];
  const load = { cwd: options.cwd, rubric: options.rubric, strict: Boolean(options.strict), allowRubricFile: Boolean(options.allowRubricFile) };
  for (const file of files) {
    try {
      const loaded = loadAssessment(file, load);
      warnings.push(...loaded.warnings);
      if (loaded.newerVersion) olderVersions.push({ file, id: loaded.rubric.id, version: loaded.rubric.version, latest: loaded.newerVersion });
      const result = scoreAssessment(loaded.rubric, loaded.answers);
      options.onResult?.(result);
      entries.push(summarizeResult(result, file));
    } catch (error) {
      if (!(error instanceof SiapError)) throw error;
      failures.push({ file, error });
    } finally {
      options.onFile?.();
    }
  }
  return { entries, failures, warnings, olderVersions };
}

/**
 * A ranking compares one rubric only. The rubric most files were scored with is the batch's
 * (ties: the one of the first file in path order); files scored with another rubric become
 * failures (`BATCH_OTHER_RUBRIC`).
 */
export function keepOneRubric(scored: ScoredFiles): { rubricId: string | null; entries: BatchEntry[]; others: BatchFailure[] } {
  const counts = new Map<string, number>();
  for (const e of scored.entries) counts.set(e.rubric.id, (counts.get(e.rubric.id) ?? 0) + 1);
  let rubricId: string | null = null;
  let best = 0;
  for (const e of scored.entries) {
    const n = counts.get(e.rubric.id)!;
    if (n > best) {
      best = n;
      rubricId = e.rubric.id;
    }
  }
  const entries = scored.entries.filter((e) => e.rubric.id === rubricId);
  const others = scored.entries
    .filter((e) => e.rubric.id !== rubricId)
    .map((e) => ({
      file: e.file,
      error: new SiapError('BATCH_OTHER_RUBRIC', { rubric: e.rubric.id, expected: rubricId ?? '' }, { source: { file: e.file } }),
    }));
  return { rubricId, entries, others };
}
