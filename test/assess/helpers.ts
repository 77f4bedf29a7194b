import { readFileSync } from 'node:fs';
import type { AnswerEntry, Answers } from '../../src/answers/model.js';
import { parseAnswers } from '../../src/answers/parse.js';
import type { Rubric } from '../../src/rubric/model.js';
import { parseRubric } from '../../src/rubric/parse.js';
import { fixture } from '../helpers/run-cli.js';

export const ASSESS_RUBRIC = fixture('assess', 'rubric.yaml');

/** The assess test rubric: every question kind, a condition, N/A, two pillars with elements. */
export function assessRubric(): Rubric {
  return parseRubric(readFileSync(ASSESS_RUBRIC, 'utf8'), ASSESS_RUBRIC).rubric;
}

/** Answers through the real parser, from a plain `answers:` map. */
export function answersFor(rubric: Rubric, answers: Record<string, unknown> = {}, assessment: Record<string, unknown> = {}): Answers {
  const doc = {
    rubric: { id: rubric.id, version: rubric.version, sha256: rubric.sha256 },
    regency: { name: 'Gianyar', kind: 'kabupaten' },
    assessment: { kind: 'assessor', ...assessment },
    answers,
  };
  return parseAnswers(JSON.stringify(doc), 'uji.json', rubric).answers;
}

/**
 * Entries as plain data, for comparing what was saved with what was meant. An entry with nothing
 * in it (a template's empty block) means the same as no entry, so those are left out.
 */
export function plainEntries(answers: Answers): Record<string, AnswerEntry> {
  const filled = [...answers.entries].filter(([, e]) => e.value !== undefined || e.na !== undefined || e.note || e.evidence.length > 0 || e.panel);
  return Object.fromEntries(filled.map(([id, e]) => [id, JSON.parse(JSON.stringify(e)) as AnswerEntry]));
}
