/** An answer's value once checked against its question. */
export type AnswerValue = number | boolean | string | string[];

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

/** A validated answers file. */
export interface Answers {
  file: string;
  rubric: { id: string; version?: string; sha256?: string; file?: string };
  regency: Regency;
  assessment: Assessment;
  mergedFrom?: { file: string; assessor: string }[];
  /** Entries by question id, in file order. */
  entries: Map<string, AnswerEntry>;
}

export function isAnswered(entry: AnswerEntry | undefined): boolean {
  return entry !== undefined && (entry.value !== undefined || entry.na !== undefined);
}
