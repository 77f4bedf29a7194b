import { SiapError, type Diagnostic } from '../errors.js';
import { loadAssessment } from '../io/load.js';
import { toScoreJson } from '../scoring/json.js';
import type { ScoreResult } from '../scoring/model.js';
import { scoreAssessment } from '../scoring/score.js';
import { summarizeResult, type BatchEntry } from './rank.js';

/**
 * One answers file of a batch, loaded, checked and scored on its own: what the batch keeps of it
 * (the ranking summary), and, when asked, the full result as `siap score --json` text and the
 * per-node and per-question numbers the workbook needs. Runs in a scoring worker thread (or in the
 * main thread for a small batch); everything it returns is plain data that crosses threads.
 */

/** A SiapError as plain data (it crosses a thread boundary). */
export interface ErrorData {
  code: SiapError['code'];
  params: SiapError['params'];
  source?: SiapError['source'];
  diagnostics: SiapError['diagnostics'];
}

/** The numbers of one result the workbook shows, in the order of the rubric's outline. */
export interface EntryDetail {
  /** Index of every section (rubric.nodes order); NaN where there is none. */
  nodes: Float64Array;
  /** Score of every question in index units (rubric.questions order); NaN where there is none. */
  questions: Float64Array;
  /** 0 answered, 1 N/A, 2 unanswered, 3 hidden. */
  states: Uint8Array;
}

/** A rubric's outline for the workbook's column headers, sent once per rubric. */
export interface RubricOutline {
  key: string;
  bands: { id: string; min: number; label: ScoreResult['root']['title']; color?: string }[];
  gates: { id: string; title: ScoreResult['root']['title']; rule: string }[];
  nodes: { id: string; parent: string | null; depth: number; title: ScoreResult['root']['title'] }[];
  questions: { id: string; parent: string; text: ScoreResult['questions'][number]['text'] }[];
}

export interface FileOutcome {
  file: string;
  entry?: BatchEntry;
  /**
   * `toScoreJson(result)` as UTF-8 JSON bytes, when asked for: bytes in a buffer of their own, so a
   * worker hands them to the main thread without a copy (transferred) and the main thread writes
   * them out as they are.
   */
  json?: Uint8Array;
  detail?: EntryDetail;
  /** The first result of each rubric carries its outline (when details are asked for). */
  outline?: RubricOutline;
  warnings: Diagnostic[];
  /** Scored with an older version of a bundled rubric than the latest. */
  newerVersion?: { id: string; version: string; latest: string };
  error?: ErrorData;
  /** An exception that is not a SiapError: a bug (its stack). */
  internal?: string;
}

export interface ScoreOneOptions {
  /** The folder relative paths start from. */
  cwd: string;
  rubric?: string;
  strict?: boolean;
  /** Follow `rubric.file` wherever it points (`--allow-rubric-file`). */
  allowRubricFile?: boolean;
  json?: boolean;
  detail?: boolean;
}

const STATE_CODE = { answered: 0, na: 1, unanswered: 2, hidden: 3 } as const;

/**
 * A string as UTF-8 bytes in a buffer of its own (never a slice of Node's shared pool, so it can be
 * transferred to another thread). Not TextEncoder: in a worker thread it is ten times slower.
 */
function utf8(text: string): Uint8Array {
  const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text, 'utf8'));
  bytes.write(text, 'utf8');
  return bytes;
}

/** The key a rubric's outline is filed under (a batch may see several rubrics). */
export function outlineKey(rubric: { id: string; version: string }): string {
  return `${rubric.id}@${rubric.version}`;
}

/** A scored result's outline (see `RubricOutline`). */
export function outlineOf(result: ScoreResult, bands: readonly { id: string; min: number; label: ScoreResult['root']['title']; color?: string }[]): RubricOutline {
  return {
    key: outlineKey(result.rubric),
    bands: bands.map((b) => ({ id: b.id, min: b.min, label: b.label, ...(b.color ? { color: b.color } : {}) })),
    gates: result.gates.map((g) => ({ id: g.id, title: g.title, rule: g.rule })),
    nodes: result.nodes.map((n) => ({ id: n.id, parent: n.parent, depth: n.depth, title: n.title })),
    questions: result.questions.map((q) => ({ id: q.id, parent: q.parent, text: q.text })),
  };
}

/** A scored result's numbers for the workbook (see `EntryDetail`). */
export function detailOf(result: ScoreResult): EntryDetail {
  return {
    nodes: Float64Array.from(result.nodes, (n) => n.index ?? Number.NaN),
    questions: Float64Array.from(result.questions, (q) => q.score ?? Number.NaN),
    states: Uint8Array.from(result.questions, (q) => STATE_CODE[q.state]),
  };
}

/** Load, check and score one file; a problem with it comes back as data, never as an exception. */
export function scoreOneFile(file: string, options: ScoreOneOptions, seen: Set<string> = new Set()): FileOutcome {
  try {
    const loaded = loadAssessment(file, { cwd: options.cwd, ...(options.rubric ? { rubric: options.rubric } : {}), strict: Boolean(options.strict), allowRubricFile: Boolean(options.allowRubricFile) });
    const result = scoreAssessment(loaded.rubric, loaded.answers);
    const outcome: FileOutcome = { file, entry: summarizeResult(result, file, loaded.region), warnings: loaded.warnings };
    if (loaded.newerVersion) outcome.newerVersion = { id: loaded.rubric.id, version: loaded.rubric.version, latest: loaded.newerVersion };
    if (options.json) outcome.json = utf8(JSON.stringify(toScoreJson(result)));
    if (options.detail) {
      outcome.detail = detailOf(result);
      const key = outlineKey(result.rubric);
      if (!seen.has(key)) {
        seen.add(key);
        outcome.outline = outlineOf(result, loaded.rubric.bands);
      }
    }
    return outcome;
  } catch (error) {
    if (error instanceof SiapError) {
      return { file, warnings: [], error: { code: error.code, params: error.params, ...(error.source ? { source: error.source } : {}), diagnostics: error.diagnostics } };
    }
    return { file, warnings: [], internal: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}
