import { parentPort, workerData } from 'node:worker_threads';
import { scoreOneFile, type FileOutcome, type ScoreOneOptions } from './score-one.js';

/**
 * A `siap batch` scoring worker thread: it receives a chunk of files at a time (with the chunk's
 * sequence number), scores each on its own and answers with the outcomes as plain data. The rubric
 * and the register are read once per thread (cached by io/rubrics.ts and io/register.ts).
 */
export interface ScoreChunk {
  seq: number;
  files: string[];
}

export interface ScoreChunkResult {
  seq: number;
  outcomes: FileOutcome[];
}

const options = workerData as ScoreOneOptions;
const seen = new Set<string>();

parentPort?.on('message', (chunk: ScoreChunk) => {
  const outcomes = chunk.files.map((file) => scoreOneFile(file, options, seen));
  // The JSON bytes (and the workbook's numbers) move to the main thread without being copied.
  const transfer: ArrayBuffer[] = [];
  for (const o of outcomes) {
    if (o.json) transfer.push(o.json.buffer as ArrayBuffer);
    if (o.detail) transfer.push(o.detail.nodes.buffer as ArrayBuffer, o.detail.questions.buffer as ArrayBuffer, o.detail.states.buffer as ArrayBuffer);
  }
  parentPort!.postMessage({ seq: chunk.seq, outcomes } satisfies ScoreChunkResult, transfer);
});
