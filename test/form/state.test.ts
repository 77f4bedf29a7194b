import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/answers/model.js';
import { parseAnswers } from '../../src/answers/parse.js';
import type { Diagnostic } from '../../src/errors.js';
import {
  answerKeyOf,
  answerNa,
  answerNotes,
  answersFileName,
  answersFileText,
  answerValue,
  clearQuestion,
  openAnswersText,
  type FormState,
} from '../../src/form/state.js';
import { parseRubric } from '../../src/rubric/parse.js';
import { scoreAssessment } from '../../src/scoring/score.js';
import { fixture } from '../helpers/run-cli.js';

const rubricFile = fixture('form', 'every-kind.yaml');
const rubric = parseRubric(readFileSync(rubricFile, 'utf8'), rubricFile).rubric;

function empty(): FormState {
  const answers: Answers = {
    file: 'baru.yaml',
    rubric: { id: rubric.id, version: rubric.version, sha256: rubric.sha256 },
    regency: { name: 'Kota Contoh', kind: 'kota' },
    assessment: { kind: 'self', assessors: [] },
    entries: new Map(),
    context: new Map(),
  };
  return { answers, pending: new Map() };
}

describe('form state', () => {
  it('records values through the same checks as answers files, keeping refused ones as pending with their problem', () => {
    let s = answerValue(empty(), rubric, 'K1', 3);
    s = answerValue(s, rubric, 'I1', '72,5');
    expect(s.answers.entries.get('K1')?.value).toBe(3);
    expect(s.answers.entries.get('I1')?.value).toBe(72.5);

    s = answerValue(s, rubric, 'I1', '150');
    expect(s.answers.entries.get('I1')?.value).toBeUndefined();
    expect(s.pending.get('I1')).toMatchObject({ type: 'value', text: '150', problem: { code: 'ANSWER_OUT_OF_BOUNDS' } });
    s = answerValue(s, rubric, 'I1', '90');
    expect(s.pending.has('I1')).toBe(false);
    expect(s.answers.entries.get('I1')?.value).toBe(90);

    // A lone dot before three digits is taken as a decimal (as in a file), with the CLI's warning beside it.
    s = answerValue(s, rubric, 'I1', '1.234');
    expect(s.answers.entries.get('I1')?.value).toBe(1.234);
    expect(s.pending.has('I1')).toBe(false);
    expect(s.notices?.get('I1')).toMatchObject({ code: 'ANSWER_DOT_DECIMAL', severity: 'warning', params: { written: '1.234', ungrouped: 1234 } });
    s = answerValue(s, rubric, 'I1', '90');
    expect(s.notices?.has('I1') ?? false).toBe(false);

    s = answerValue(s, rubric, 'K4', ['web', 'tidak-ada']);
    expect(s.pending.get('K4')).toMatchObject({ problem: { code: 'ANSWER_EXCLUSIVE_OPTION' } });
    s = answerValue(s, rubric, 'K5', '   ');
    expect(s.answers.entries.has('K5')).toBe(false);
  });

  it('counts N/A only with a reason, and only where the rubric allows it', () => {
    let s = answerValue(empty(), rubric, 'K3', 'tim');
    s = answerNa(s, rubric, 'K3', true, '');
    expect(s.answers.entries.get('K3')).toBeUndefined();
    expect(s.pending.get('K3')).toEqual({ type: 'na' });
    s = answerNa(s, rubric, 'K3', true, ' dibentuk provinsi ');
    expect(s.answers.entries.get('K3')).toMatchObject({ na: 'dibentuk provinsi' });
    expect(s.pending.has('K3')).toBe(false);
    s = answerNa(s, rubric, 'K3', false, 'dibentuk provinsi');
    expect(s.answers.entries.get('K3')?.na).toBeUndefined();
    expect(answerNa(s, rubric, 'K1', true, 'tidak relevan')).toBe(s);
  });

  it('keeps notes and evidence through a clear, and drops an entry left empty', () => {
    let s = answerValue(empty(), rubric, 'K1', 2);
    s = answerNotes(s, 'K1', ' dicek ', 'SK 12/2026\n\n https://contoh.go.id ');
    expect(s.answers.entries.get('K1')).toEqual({ value: 2, note: 'dicek', evidence: ['SK 12/2026', 'https://contoh.go.id'] });
    s = clearQuestion(s, 'K1');
    expect(s.answers.entries.get('K1')).toEqual({ note: 'dicek', evidence: ['SK 12/2026', 'https://contoh.go.id'] });
    s = answerNotes(s, 'K1', '', '');
    expect(s.answers.entries.has('K1')).toBe(false);
  });

  it('saves a siap-answers/1 self-assessment for this rubric that the CLI parser reads back unchanged', () => {
    let s = answerValue(empty(), rubric, 'K1', 4);
    s = answerValue(s, rubric, 'K2', true);
    s = answerNa(s, rubric, 'I2', true, 'tidak ada pusat data');
    const answers = { ...s.answers, rubric: { id: rubric.id }, assessment: { ...s.answers.assessment, kind: 'assessor' as const } };
    const text = answersFileText(answers, rubric);
    const doc = parse(text) as Record<string, any>;
    expect(doc.format).toBe('siap-answers/1');
    expect(doc.rubric).toEqual({ id: rubric.id, version: rubric.version, sha256: rubric.sha256 });
    expect(doc.assessment.kind).toBe('self');
    const back = parseAnswers(text, 'x.yaml', rubric);
    expect(back.warnings).toEqual([]);
    expect(scoreAssessment(rubric, back.answers).index).toBe(scoreAssessment(rubric, s.answers).index);
    expect(answersFileName(s.answers)).toBe('jawaban-kota-contoh.yaml');
  });

  it('opens a file with broken answers without them, and keeps every problem with its position', () => {
    const text = readFileSync(fixture('form', 'broken-answers.yaml'), 'utf8');
    const opened = openAnswersText(text, 'broken-answers.yaml', rubric);
    expect(opened.skipped.sort()).toEqual(['I1', 'K1', 'K9']);
    // I1's value is wrong, not its note: the note stays, the value waits in the form.
    expect([...opened.answers!.entries.keys()].sort()).toEqual(['I1', 'K2']);
    expect(opened.answers!.entries.get('I1')).toMatchObject({ note: 'angka belum ada' });
    expect(opened.answers!.entries.get('I1')?.value).toBeUndefined();
    expect(opened.answers!.regency.name).toBe('Kabupaten Contoh');
    expect(opened.problems.map((p) => [p.code, p.source?.line, p.source?.column])).toEqual([
      ['ANSWER_OUT_OF_SCALE', 6, 15],
      ['ANSWER_UNKNOWN_QUESTION', 8, 3],
      ['ANSWER_WRONG_KIND', 9, 15],
    ]);
  });

  it('leaves out the note and evidence of an answer too when they are what is wrong', () => {
    const text = 'format: siap-answers/1\nrubric: {id: formulir-uji, version: 1.0.0}\nregency: {name: X}\nassessment: {kind: self}\nanswers:\n  K1: {value: 9, note: [a, b], evidence: [Surat 1]}\n  K2: true\n';
    const opened = openAnswersText(text, 'catatan.yaml', rubric);
    expect(opened.skipped).toEqual(['K1']);
    expect(opened.problems.map((p) => p.code).sort()).toEqual(['ANSWER_OUT_OF_SCALE', 'SCHEMA_TYPE'].sort());
    expect([...opened.answers!.entries.keys()]).toEqual(['K2']);
  });

  it('loads nothing when a problem lies outside the answers', () => {
    const other = openAnswersText('rubric: {id: lain}\nregency: {name: X}\nanswers:\n  K1: 2\n', 'lain.yaml', rubric);
    expect(other.answers).toBeUndefined();
    expect(other.problems.map((p) => p.code)).toEqual(['ANSWER_RUBRIC_ID']);
    const syntax = openAnswersText('answers:\n  K1: [3\n', 'rusak.yaml', rubric);
    expect(syntax.answers).toBeUndefined();
    expect(syntax.problems[0]?.code).toBe('YAML_SYNTAX');
  });

  it('finds the answer a problem points into, with dotted ids', () => {
    const at = (path: string): Diagnostic => ({ code: 'ANSWER_WRONG_KIND', severity: 'error', params: {}, source: { file: 'x', path } });
    const keys = ['S1', 'S1.1', 'S1.10'];
    expect(answerKeyOf(at('answers.S1.1.value'), keys)).toBe('S1.1');
    expect(answerKeyOf(at('answers.S1.10'), keys)).toBe('S1.10');
    expect(answerKeyOf(at('answers.S1.evidence[0]'), keys)).toBe('S1');
    expect(answerKeyOf(at('regency.code'), keys)).toBeUndefined();
    expect(answerKeyOf(at('answers.S2'), keys)).toBeUndefined();
  });
});
