export type { BatchCounts } from './score-files.js';
