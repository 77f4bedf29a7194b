import type { Context } from '../cli/context.js';
import type { Lang } from '../i18n.js';
import type { Ranking } from './rank.js';
import type { BatchFailure } from './score-files.js';

export interface BatchReportsInput {
  ranking: Ranking;
  names: string[];
  outDir: string;
  recapName: string;
  failures: BatchFailure[];
  counts: { files: number; valid: number; broken: number };
  generated: string;
  lang: Lang;
  force: boolean;
  jobs: number;
  template?: string;
  rubric?: string;
  strict: boolean;
  ctx: Context;
}

export async function renderBatchReports(_input: BatchReportsInput): Promise<number> {
  throw new Error('not yet');
}
