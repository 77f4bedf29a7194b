import { Worker } from 'node:worker_threads';
import { SiapError, type Diagnostic } from '../errors.js';
import { onInterrupt } from '../io/interrupt.js';
import type { BatchEntry } from './rank.js';
import type { EntryDetail, FileOutcome, RubricOutline, ScoreOneOptions } from './score-one.js';
import type { ScoreChunk, ScoreChunkResult } from './score-worker.js';

export interface BatchFailure {
  file: string;
  error: SiapError;
}

/**
 * Files seen: `valid` are ranked (or listed as duplicates), `broken` could not be scored,
 * `otherRubric` were scored with another rubric, `outside` were left out by `--province`.
 */
export interface BatchCounts {
  files: number;
  valid: number;
  broken: number;
  otherRubric: number;
  outside?: number;
}

export interface ScoredFiles {
  /** In file order (the order of the input list), whatever thread scored them. */
  entries: BatchEntry[];
  failures: BatchFailure[];
  warnings: Diagnostic[];
  /** With `detail`: each entry's numbers for the workbook, and the outline of each rubric seen. */
  details?: Map<BatchEntry, EntryDetail>;
  outlines?: Map<string, RubricOutline>;
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
  /** Threads to score on: this one and jobs − 1 worker threads (default 1: this thread only). */
  jobs?: number;
  /** Called with each result as `siap score --json` UTF-8 bytes (and its entry), in file order (e.g. to stream the JSON export). */
  onJson?: (json: Uint8Array, entry: BatchEntry) => void;
  /** Keep each result's node and question numbers (for the workbook). */
  detail?: boolean;
  /** Called as files are done (with how many). */
  onFile?: (count: number) => void;
}

/** Below this many files per thread, starting a thread costs more than it saves. */
const FILES_PER_WORKER = 24;
/** Chunks each worker holds at a time: one being scored, one waiting, so no worker idles. */
const IN_FLIGHT = 2;
/**
 * A scoring thread keeps only the rubric and the register between files, so its heap is capped:
 * V8 collects sooner instead of letting each thread's heap grow by the ~35 kB of JSON each file
 * makes. 128 MB: at 64 MB the collections cost a quarter more CPU. A file too big for it (answers
 * files may reach 8 MB) is scored again on this thread (see ERR_WORKER_OUT_OF_MEMORY below).
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 };

/**
 * Load, validate and score every file on its own: a broken file becomes a failure with its
 * located problems and the others go on. Parsing and scoring run on `jobs` threads (this one and
 * jobs − 1 workers; fewer when the batch is too small to gain from them, at least FILES_PER_WORKER
 * files each); results are merged in the order of `files`, so every run prints and exports the
 * same whatever `jobs` is. Only the ranking summary of each result is kept (about 1.5 kB; plus about
 * 1 kB of workbook numbers with `detail`); the JSON of each result goes straight to `onJson`. An
 * unexpected exception in any file is a bug and is thrown.
 */
export async function scoreFiles(files: string[], options: ScoreFilesOptions): Promise<ScoredFiles> {
  const scored: ScoredFiles = { entries: [], failures: [], warnings: [], olderVersions: [], ...(options.detail ? { details: new Map(), outlines: new Map() } : {}) };
  const perFile: ScoreOneOptions = {
    cwd: options.cwd,
    ...(options.rubric ? { rubric: options.rubric } : {}),
    strict: Boolean(options.strict),
    allowRubricFile: Boolean(options.allowRubricFile),
    json: options.onJson !== undefined,
    detail: Boolean(options.detail),
  };
  const intern = interner();
  const take = (outcome: FileOutcome): void => {
    if (outcome.internal !== undefined) throw new Error(`${outcome.file}: ${outcome.internal}`);
    scored.warnings.push(...outcome.warnings);
    if (outcome.newerVersion) scored.olderVersions.push({ file: outcome.file, ...outcome.newerVersion });
    if (outcome.error) {
      const e = outcome.error;
      scored.failures.push({ file: outcome.file, error: new SiapError(e.code, e.params, { ...(e.source ? { source: e.source } : {}), diagnostics: e.diagnostics }) });
      return;
    }
    const entry = intern(outcome.entry!);
    scored.entries.push(entry);
    if (outcome.json !== undefined) options.onJson?.(outcome.json, entry);
    if (outcome.detail) scored.details?.set(entry, outcome.detail);
    if (outcome.outline) scored.outlines?.set(outcome.outline.key, outcome.outline);
  };

  const threads = Math.max(1, Math.min(options.jobs ?? 1, Math.ceil(files.length / FILES_PER_WORKER)));
  const { scoreOneFile } = await import('./score-one.js');
  await runPool(files, threads - 1, perFile, scoreOneFile, (outcomes) => {
    for (const outcome of outcomes) take(outcome);
    options.onFile?.(outcomes.length);
  });
  return scored;
}

/**
 * Score `files` in chunks on this thread and `workers` worker threads, and pass each chunk's
 * outcomes to `merge` in chunk order (a chunk that comes back early waits for the ones before
 * it; at most workers × IN_FLIGHT + 1 chunks are out at a time, so the waiting results stay few).
 * This thread takes a chunk whenever it is free, between merging what the workers send back: on
 * two cores, `--jobs 2` is this thread and one worker (one JavaScript heap fewer than two workers).
 */
async function runPool(
  files: string[],
  workers: number,
  options: ScoreOneOptions,
  scoreHere: (file: string, options: ScoreOneOptions, seen: Set<string>) => FileOutcome,
  merge: (outcomes: FileOutcome[]) => void,
): Promise<void> {
  const chunkSize = Math.max(1, Math.min(64, Math.ceil(files.length / ((workers + 1) * 8))));
  const chunks: string[][] = [];
  for (let i = 0; i < files.length; i += chunkSize) chunks.push(files.slice(i, i + chunkSize));
  const waiting = new Map<number, FileOutcome[]>();
  let nextToMerge = 0;
  let nextToSend = 0;
  const deliver = (seq: number, outcomes: FileOutcome[]): void => {
    waiting.set(seq, outcomes);
    for (let ready = waiting.get(nextToMerge); ready; ready = waiting.get(nextToMerge)) {
      waiting.delete(nextToMerge++);
      merge(ready);
    }
  };

  await new Promise<void>((resolve, reject) => {
    const pool: Worker[] = [];
    let settled = false;
    const off = onInterrupt(() => Promise.all(pool.map((w) => w.terminate())));
    const finish = (error?: unknown): void => {
      if (settled) return;
      settled = true;
      off();
      for (const w of pool) void w.terminate();
      if (error) reject(error);
      else resolve();
    };
    // Chunks a worker holds; a worker that runs out of memory (a huge file) hands them back here.
    const held = new Map<Worker, Set<number>>();
    const retry: number[] = [];
    const send = (worker: Worker): void => {
      if (nextToSend >= chunks.length) return;
      const seq = nextToSend++;
      held.get(worker)!.add(seq);
      worker.postMessage({ seq, files: chunks[seq]! } satisfies ScoreChunk);
    };
    for (let i = 0; i < workers; i++) {
      const worker = new Worker(new URL('./score-worker.js', import.meta.url), { workerData: options, resourceLimits: WORKER_LIMITS });
      pool.push(worker);
      held.set(worker, new Set());
      worker.on('message', (result: ScoreChunkResult) => {
        held.get(worker)!.delete(result.seq);
        try {
          deliver(result.seq, result.outcomes);
        } catch (error) {
          finish(error);
          return;
        }
        if (nextToMerge === chunks.length) finish();
        else send(worker);
      });
      worker.on('error', (error: Error & { code?: string }) => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          // Its chunks are scored again on this thread (no heap limit); the others go on.
          retry.push(...held.get(worker)!);
          held.delete(worker);
          setImmediate(here);
          return;
        }
        // A worker that dies otherwise (not a broken file: those come back as outcomes) is a bug.
        finish(error);
      });
      for (let k = 0; k < IN_FLIGHT; k++) send(worker);
    }
    // This thread's share: one chunk at a time, yielding in between so the workers' results are
    // merged and they get their next chunk.
    const seen = new Set<string>();
    let busy = false;
    function here(): void {
      if (settled || busy) return;
      const seq = retry.shift() ?? (nextToSend < chunks.length ? nextToSend++ : undefined);
      if (seq !== undefined) {
        busy = true;
        try {
          deliver(seq, chunks[seq]!.map((file) => scoreHere(file, options, seen)));
        } catch (error) {
          finish(error);
          return;
        } finally {
          busy = false;
        }
      }
      if (nextToMerge === chunks.length) finish();
      else if (retry.length > 0 || nextToSend < chunks.length) setImmediate(here);
    }
    here();
  });
}

/**
 * Entries from worker threads each carry their own copy of the rubric's words (titles, band and
 * gate labels): share one copy per rubric so that 10,000 entries hold only what differs.
 */
function interner(): (entry: BatchEntry) => BatchEntry {
  const shared = new Map<string, unknown>();
  const one = <T>(key: string, value: T): T => {
    const known = shared.get(key) as T | undefined;
    if (known !== undefined) return known;
    shared.set(key, value);
    return value;
  };
  return (entry) => {
    const r = `${entry.rubric.id}@${entry.rubric.version}`;
    entry.rubric = one(`rubric:${r}`, entry.rubric);
    entry.pillars = entry.pillars.map((p) => ({ id: one(`pid:${r}:${p.id}`, p.id), title: one(`pillar:${r}:${p.id}`, p.title), index: p.index }));
    if (entry.band) entry.band = one(`band:${r}:${entry.band.id}`, entry.band);
    entry.failedGates = entry.failedGates.map((g) => one(`gate:${r}:${g.id}`, g));
    return entry;
  };
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
