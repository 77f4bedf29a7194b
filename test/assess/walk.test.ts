import { describe, expect, it } from 'vitest';
import {
  clearAnswer,
  firstUnanswered,
  followingQuestion,
  jumpTargets,
  nextUnanswered,
  previousQuestion,
  progressAt,
  recordNa,
  recordNotes,
  recordValue,
  sectionPath,
  visibilityChanges,
  visibleQuestions,
} from '../../src/answers/walk.js';
import { answersFor, assessRubric } from './helpers.js';

const rubric = assessRubric();
const ids = (qs: { id: string }[]): string[] => qs.map((q) => q.id);

describe('visible questions', () => {
  it('hides S1.3 until S1.2 is answered yes, and hides it again on no', () => {
    expect(ids(visibleQuestions(rubric, answersFor(rubric)))).toEqual(['S1.1', 'S1.2', 'S2.1', 'I1.1', 'I1.2', 'I2.1']);
    expect(ids(visibleQuestions(rubric, answersFor(rubric, { 'S1.2': true })))).toContain('S1.3');
    expect(ids(visibleQuestions(rubric, answersFor(rubric, { 'S1.2': false })))).not.toContain('S1.3');
  });

  it('hides S1.3 again when the S1.2 answer is cleared (a condition on an unanswered question is false)', () => {
    const yes = answersFor(rubric, { 'S1.2': true });
    expect(ids(visibleQuestions(rubric, clearAnswer(yes, 'S1.2')))).not.toContain('S1.3');
  });

  it('asks only the profile questions when the assessment has a profile', () => {
    expect(ids(visibleQuestions(rubric, answersFor(rubric, {}, { profile: 'inti' })))).toEqual(['S1.1', 'S1.2', 'I1.1']);
  });
});

describe('moving through the walk', () => {
  const answers = answersFor(rubric, { 'S1.1': 3, 'S1.2': true, 'S2.1': ['csr'] });

  it('starts at the first unanswered question', () => {
    expect(firstUnanswered(rubric, answersFor(rubric))?.id).toBe('S1.1');
    expect(firstUnanswered(rubric, answers)?.id).toBe('S1.3');
  });

  it('goes to the next unanswered question after the current one, without wrapping round', () => {
    expect(nextUnanswered(rubric, answers, 'S1.1')?.id).toBe('S1.3');
    expect(nextUnanswered(rubric, answers, 'S1.3')?.id).toBe('I1.1');
    expect(nextUnanswered(rubric, answers, 'I2.1')).toBeUndefined();
  });

  it('goes back to the asked question before, answered or not, and forward to the one after', () => {
    expect(previousQuestion(rubric, answers, 'S2.1')?.id).toBe('S1.3');
    expect(previousQuestion(rubric, answersFor(rubric), 'S2.1')?.id).toBe('S1.2');
    expect(previousQuestion(rubric, answers, 'S1.1')).toBeUndefined();
    expect(followingQuestion(rubric, answers, 'S1.2')?.id).toBe('S1.3');
  });

  it('counts question k of N and the percentage done (rounded down) over asked questions only', () => {
    // 7 asked (S1.3 shown), 3 answered: 3/7 = 42.9 % → 42.
    expect(progressAt(rubric, answers, 'S1.3')).toEqual({ position: 3, total: 7, answered: 3, percent: 42 });
    // S1.2 = false hides S1.3: 6 asked, 3 answered → 50 %.
    expect(progressAt(rubric, answersFor(rubric, { 'S1.1': 3, 'S1.2': false, 'S2.1': [] }), 'I1.1')).toEqual({ position: 4, total: 6, answered: 3, percent: 50 });
  });

  it('names the pillar and element a question sits in', () => {
    expect(sectionPath(rubric, rubric.questionById.get('I1.2')!).map((s) => s.id)).toEqual(['infrastruktur', 'I1']);
  });

  it('lists jump targets with their progress and where a jump lands', () => {
    const targets = jumpTargets(rubric, answers);
    const summary = targets.map((t) => [t.section.id, t.answered, t.visible, t.target]);
    expect(summary).toEqual([
      ['struktur', 3, 4, 'S1.3'],
      ['S1', 2, 3, 'S1.3'],
      ['S2', 1, 1, 'S2.1'],
      ['infrastruktur', 0, 3, 'I1.1'],
      ['I1', 0, 2, 'I1.1'],
      ['I2', 0, 1, 'I2.1'],
    ]);
    expect(jumpTargets(rubric, answersFor(rubric, {}, { profile: 'inti' })).find((t) => t.section.id === 'S2')?.target).toBeUndefined();
  });
});

describe('recording answers', () => {
  it('replaces N/A by a value and a value by N/A, keeping the note and evidence', () => {
    let answers = answersFor(rubric, { 'S1.3': { value: 'pdn', note: 'dilihat', evidence: ['foto'] }, 'S1.2': true });
    answers = recordNa(answers, 'S1.3', 'dikelola provinsi');
    expect(answers.entries.get('S1.3')).toEqual({ na: 'dikelola provinsi', note: 'dilihat', evidence: ['foto'] });
    answers = recordValue(answers, 'S1.3', 'ruang-server');
    expect(answers.entries.get('S1.3')).toEqual({ value: 'ruang-server', note: 'dilihat', evidence: ['foto'] });
  });

  it('clears an answer but keeps its note, and drops an entry that has nothing left', () => {
    const answers = answersFor(rubric, { 'S1.1': { value: 2, note: 'catatan' }, 'S1.2': true });
    expect(clearAnswer(answers, 'S1.1').entries.get('S1.1')).toEqual({ note: 'catatan', evidence: [] });
    expect(clearAnswer(answers, 'S1.2').entries.has('S1.2')).toBe(false);
  });

  it('trims notes and evidence and removes empty ones', () => {
    let answers = recordValue(answersFor(rubric), 'S1.1', 3);
    answers = recordNotes(answers, 'S1.1', { note: '  bupati hadir  ', evidence: [' SK 12/2025 ', '', '  '] });
    expect(answers.entries.get('S1.1')).toEqual({ value: 3, note: 'bupati hadir', evidence: ['SK 12/2025'] });
    answers = recordNotes(answers, 'S1.1', { note: ' ', evidence: [] });
    expect(answers.entries.get('S1.1')).toEqual({ value: 3, evidence: [] });
  });

  it('leaves the answers it was given untouched', () => {
    const answers = answersFor(rubric, { 'S1.1': 1 });
    recordValue(answers, 'S1.1', 4);
    clearAnswer(answers, 'S1.1');
    expect(answers.entries.get('S1.1')?.value).toBe(1);
  });

  it('reports which questions an answer showed or hid', () => {
    const before = answersFor(rubric, { 'S1.3': 'pdn' });
    const yes = recordValue(before, 'S1.2', true);
    expect(ids(visibilityChanges(rubric, before, yes).shown)).toEqual(['S1.3']);
    const no = recordValue(yes, 'S1.2', false);
    expect(visibilityChanges(rubric, yes, no)).toMatchObject({ shown: [], hidden: [{ id: 'S1.3' }] });
    // The hidden question keeps its stored answer (so answering yes again restores it).
    expect(no.entries.get('S1.3')?.value).toBe('pdn');
  });
});
