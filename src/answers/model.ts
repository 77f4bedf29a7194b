import type { Lang } from '../i18n.js';

/** One row of a list answer: column id → value. */
export type ListRow = Record<string, string | number | boolean>;

/** An answer's value once checked against its question: a level or number, yes/no, an option or text, option ids (multi), or rows (list). */
export type AnswerValue = number | boolean | string | string[] | ListRow[];

/** Whether a value is the rows of a list answer. */
export function isListValue(value: AnswerValue | undefined): value is ListRow[] {
  return Array.isArray(value) && value.some((row) => typeof row === 'object');
}

export interface PanelAnswer {
  assessor: string;
  value?: AnswerValue;
  na?: string;
  note?: string;
}

/** What is recorded for one question. No value and no N/A means "not answered yet". */
export interface AnswerEntry {
  value?: AnswerValue;
  /** N/A, with its reason. */
  na?: string;
  note?: string;
  evidence: string[];
  panel?: PanelAnswer[];
}

export interface Person {
  name: string;
  role?: string;
  institution?: string;
  nip?: string;
}

export interface Regency {
  name: string;
  kind?: 'kabupaten' | 'kota';
  province?: string;
  code?: string;
}

export interface Assessment {
  kind: 'self' | 'assessor';
  date?: string;
  /** Where the meeting or visit took place (a venue). */
  place?: string;
  /** Where the report is signed ("Ditetapkan di …"): a town, never a venue; the regency's name when absent. */
  signingPlace?: string;
  mode?: 'onsite' | 'online';
  profile?: string;
  assessors: Person[];
  representative?: Person;
  notes?: string;
}

/**
 * What `siap assess` keeps in the file between two sessions: the language its keys were chosen in
 * (so a key never changes meaning on resume) and the question answered last (to resume there).
 */
export interface SessionState {
  lang?: Lang;
  last?: string;
}

/** Written by `siap merge` into a consensus file: how the assessors agreed, and what was left to the panel. */
export interface ConsensusInfo {
  /** Number of assessors' files merged. */
  assessors: number;
  rule: 'median' | 'min';
  /** Scored questions every assessor answered, and how many of them agreed. */
  compared: number;
  agreed: number;
  /** Weighted kappa (Cohen for two assessors, the mean of the pairs for more); null when not computable. */
  kappa: number | null;
  weighting: 'linear' | 'quadratic';
  /** Questions left open for the panel (disputed, or not answered by every assessor). */
  open: string[];
}

/** A validated answers file. */
export interface Answers {
  file: string;
  rubric: { id: string; version?: string; sha256?: string; file?: string };
  regency: Regency;
  assessment: Assessment;
  mergedFrom?: { file: string; assessor: string }[];
  consensus?: ConsensusInfo;
  session?: SessionState;
  /** Where `siap migrate` took these answers from, and the answers of questions the new version removed. */
  migratedFrom?: MigratedFrom;
  /** Unscored facts about the regency, by context field id, in file order. */
  context: Map<string, AnswerEntry>;
  /** Entries by question id, in file order. */
  entries: Map<string, AnswerEntry>;
}

export interface MigratedFrom {
  file?: string;
  rubric: { id: string; version?: string; sha256?: string };
  /** Removed questions' entries, kept as written. */
  dropped?: Record<string, Record<string, unknown>>;
}

export function isAnswered(entry: AnswerEntry | undefined): boolean {
  return entry !== undefined && (entry.value !== undefined || entry.na !== undefined);
}
