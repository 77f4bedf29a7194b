import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/answers/model.js';
import type { Rubric, SectionNode } from '../../src/rubric/model.js';
import { scoreAssessment } from '../../src/scoring/score.js';
import { answersOf, fixtureRubric } from '../helpers/answers.js';

// test/fixtures/rubrics/property.yaml has no conditions: every question is always asked.
const rubric = fixtureRubric('property');

/** An arbitrary answer (or N/A, or nothing) for each question of the property rubric. */
const answerArb = fc.record(
  {
    Q1: fc.oneof(fc.constantFrom(0, 1, 2, 3), fc.constant({ na: 'alasan' })),
    Q2: fc.oneof(fc.boolean(), fc.constant({ na: 'alasan' })),
    Q3: fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.constant({ na: 'alasan' })),
    Q4: fc.oneof(fc.subarray(['x', 'y', 'z']), fc.constant({ na: 'alasan' })),
    Q5: fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.constant({ na: 'alasan' })),
    Q6: fc.oneof(fc.constantFrom(0, 1, 2, 3), fc.constant({ na: 'alasan' })),
  },
  { requiredKeys: [] },
);

/** The next higher answer of a question, or undefined when it is already at its top. */
function raise(id: string, value: unknown): unknown {
  switch (id) {
    case 'Q1':
    case 'Q6':
      return (value as number) < 3 ? (value as number) + 1 : undefined;
    case 'Q2':
      return value === false ? true : undefined;
    case 'Q3':
      return value === 'a' ? 'b' : value === 'b' ? 'c' : undefined;
    case 'Q4': {
      const missing = ['x', 'y', 'z'].find((o) => !(value as string[]).includes(o));
      return missing ? [...(value as string[]), missing] : undefined;
    }
    case 'Q5':
      return (value as number) < 1000 ? Math.min(1000, (value as number) + 37) : undefined;
  }
  return undefined;
}

function withoutQuestion(source: Rubric, id: string): Rubric {
  const strip = (node: SectionNode): SectionNode => ({ ...node, sections: node.sections.map(strip), questions: node.questions.filter((q) => q.id !== id) });
  const questions = source.questions.filter((q) => q.id !== id);
  const sections = source.sections.map(strip);
  const nodes = new Map<string, SectionNode>();
  const collect = (n: SectionNode): void => {
    nodes.set(n.id, n);
    n.sections.forEach(collect);
  };
  sections.forEach(collect);
  return { ...source, sections, nodes, questions, questionById: new Map(questions.map((q) => [q.id, q])) };
}

describe('scoring properties', () => {
  it('the index stays within the rubric range', () => {
    fc.assert(
      fc.property(answerArb, (answers) => {
        const r = scoreAssessment(rubric, answersOf(rubric, answers));
        if (r.index === null) return true;
        expect(r.index).toBeGreaterThanOrEqual(0);
        expect(r.index).toBeLessThanOrEqual(100);
        for (const n of r.nodes) if (n.index !== null) expect(n.index).toBeGreaterThanOrEqual(0), expect(n.index).toBeLessThanOrEqual(100);
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('raising any single answer never lowers the index', () => {
    const ids = ['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6'];
    fc.assert(
      fc.property(answerArb, fc.constantFrom(...ids), (answers, id) => {
        const current = (answers as Record<string, unknown>)[id];
        if (current === undefined || (typeof current === 'object' && current !== null && !Array.isArray(current))) return true;
        const higher = raise(id, current);
        if (higher === undefined) return true;
        const before = scoreAssessment(rubric, answersOf(rubric, answers)).index!;
        const after = scoreAssessment(rubric, answersOf(rubric, { ...answers, [id]: higher })).index!;
        expect(after).toBeGreaterThanOrEqual(before - 1e-12);
        return true;
      }),
      { numRuns: 400 },
    );
  });

  it('N/A on a question scores the same as removing the question from the rubric', () => {
    fc.assert(
      fc.property(answerArb, fc.constantFrom('Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6'), (answers, id) => {
        const na = scoreAssessment(rubric, answersOf(rubric, { ...answers, [id]: { na: 'tidak berlaku' } }));
        const { [id]: _dropped, ...rest } = answers as Record<string, unknown>;
        const smaller = withoutQuestion(rubric, id);
        const removed = scoreAssessment(smaller, answersOf(smaller, rest));
        if (na.index === null || removed.index === null) expect(na.index).toBe(removed.index);
        else expect(na.index).toBeCloseTo(removed.index, 10);
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('the order of answers in the file never matters', () => {
    fc.assert(
      fc.property(answerArb, fc.integer(), (answers, seed) => {
        const entries = Object.entries(answers as Record<string, unknown>);
        const shuffled = fc.sample(fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }), { numRuns: 1, seed })[0]!;
        const a = scoreAssessment(rubric, answersOf(rubric, Object.fromEntries(entries)));
        const b = scoreAssessment(rubric, answersOf(rubric, Object.fromEntries(shuffled)));
        expect(b.index).toBe(a.index);
        expect(b.nodes.map((n) => n.index)).toEqual(a.nodes.map((n) => n.index));
        return true;
      }),
      { numRuns: 200 },
    );
  });

  it('is deterministic: the same answers give an equal result', () => {
    const answers: Answers = answersOf(rubric, { Q1: 2, Q2: true, Q3: 'b', Q4: ['x', 'z'], Q5: 150, Q6: 1 });
    expect(scoreAssessment(rubric, answers)).toEqual(scoreAssessment(rubric, answers));
  });
});
