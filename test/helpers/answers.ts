import { readFileSync } from 'node:fs';
import type { Answers } from '../../src/answers/model.js';
import { parseAnswers } from '../../src/answers/parse.js';
import type { Rubric } from '../../src/rubric/model.js';
import { parseRubric } from '../../src/rubric/parse.js';
import { scoreAssessment } from '../../src/scoring/score.js';
import type { ScoreResult } from '../../src/scoring/model.js';
import { fixture } from './run-cli.js';

export function fixtureRubric(name: string): Rubric {
  const file = fixture('rubrics', `${name}.yaml`);
  return parseRubric(readFileSync(file, 'utf8'), file).rubric;
}

/** Answers as an answers file would give them (JSON text through the real parser). */
export function answersOf(rubric: Rubric, answers: Record<string, unknown>, extra: Record<string, unknown> = {}): Answers {
  const doc = {
    rubric: { id: rubric.id, version: rubric.version, sha256: rubric.sha256 },
    regency: { name: 'Uji', kind: 'kabupaten', province: 'Bali', code: '51.99' },
    assessment: { kind: 'assessor', date: '2026-04-05' },
    answers,
    ...extra,
  };
  return parseAnswers(JSON.stringify(doc), 'uji.json', rubric).answers;
}

export function score(rubric: Rubric, answers: Record<string, unknown>, extra: Record<string, unknown> = {}): ScoreResult {
  return scoreAssessment(rubric, answersOf(rubric, answers, extra));
}
