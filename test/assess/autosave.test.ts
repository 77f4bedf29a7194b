import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAnswered, type Answers } from '../../src/answers/model.js';
import { parseAnswers } from '../../src/answers/parse.js';
import { buildAnswersTemplate } from '../../src/answers/template.js';
import { clearAnswer, recordNa, recordNotes, recordValue } from '../../src/answers/walk.js';
import { serializeAnswers } from '../../src/answers/write.js';
import { AnswersAutosave } from '../../src/io/autosave.js';
import { editorChecks } from '../../src/source/yaml-edit.js';
import { fixture, tmpDir } from '../helpers/run-cli.js';
import { answersFor, assessRubric, plainEntries } from './helpers.js';

const rubric = assessRubric();

function reread(file: string): Answers {
  return parseAnswers(readFileSync(file, 'utf8'), file, rubric).answers;
}

function commentLines(text: string): string[] {
  return text.split('\n').filter((l) => l.trim().startsWith('#'));
}

/** A resumable file as `siap init` writes it, and the saver that edits it. */
function templateFile(): { file: string; saver: AnswersAutosave; answers: Answers; text: string } {
  const dir = tmpDir();
  const file = join(dir, 'gianyar.yaml');
  const text = buildAnswersTemplate(rubric, { lang: 'id', regency: { name: 'Gianyar' }, assessmentKind: 'assessor', rubricFile: fixture('assess', 'rubric.yaml') });
  writeFileSync(file, text);
  const answers = reread(file);
  return { file, text, answers, saver: AnswersAutosave.resume(file, rubric, text, answers) };
}

describe('autosave into a template written by siap init', () => {
  it('writes each answer in place and keeps every comment', () => {
    const { file, saver, answers, text } = templateFile();
    let next = recordValue(answers, 'S1.1', 3);
    saver.save(next);
    next = recordNotes(next, 'S1.1', { note: 'Bupati hadir: "komitmen" # penuh', evidence: ['SK 12/2025', 'https://jdih.gianyarkab.go.id/#sk'] });
    saver.save(next);
    next = recordValue(next, 'S1.2', true);
    next = recordNa(recordValue(next, 'S1.3', 'pdn'), 'S1.3', 'dikelola provinsi');
    next = recordValue(next, 'S2.1', ['csr', 'hibah']);
    next = recordValue(next, 'I1.1', 72.5);
    next = recordValue(next, 'I2.1', 'Catatan: ya\nbaris kedua');
    saver.save(next);

    const written = readFileSync(file, 'utf8');
    expect(commentLines(written)).toEqual(commentLines(text));
    expect(plainEntries(reread(file))).toEqual(plainEntries(next));
    expect(written).toContain('    value: 3\n');
    expect(written).toContain('    value: [ csr, hibah ]\n');
    // Unanswered questions keep their empty template block.
    expect(written).toMatch(/ {2}I1\.2:\n {4}value:\n {4}na:\n {4}note:\n {4}evidence: \[\]\n/);
  });

  it('clears an answer back to an empty value without removing the keys', () => {
    const { file, saver, answers } = templateFile();
    const answered = recordValue(answers, 'S1.1', 2);
    saver.save(answered);
    saver.save(clearAnswer(answered, 'S1.1'));
    expect(readFileSync(file, 'utf8')).toMatch(/ {2}S1\.1:\n {4}value:\n {4}note:\n {4}evidence: \[\]\n/);
    expect(isAnswered(reread(file).entries.get('S1.1'))).toBe(false);
  });

  it('writes the regency and assessment details beside the template comments', () => {
    const { file, saver, answers } = templateFile();
    saver.save({
      ...answers,
      regency: { name: 'Gianyar', kind: 'kabupaten', province: 'Bali', code: '51.04' },
      assessment: { ...answers.assessment, date: '2026-04-05', mode: 'onsite', place: 'Ruang rapat: lantai 2', assessors: [{ name: 'Dr. Ayu', role: 'Ketua', institution: 'Unud' }] },
    });
    const written = readFileSync(file, 'utf8');
    // Each value goes in its own line; the comment after it stays in its column.
    expect(written).toContain('\n  code: "51.04"                 # kode wilayah');
    expect(written).toContain('\n  kind: kabupaten               # kabupaten | kota\n');
    const back = reread(file);
    expect(back.regency).toEqual({ name: 'Gianyar', kind: 'kabupaten', province: 'Bali', code: '51.04' });
    expect(back.assessment).toMatchObject({ date: '2026-04-05', mode: 'onsite', place: 'Ruang rapat: lantai 2', assessors: [{ name: 'Dr. Ayu', role: 'Ketua', institution: 'Unud' }] });
  });
});

describe('autosave into a hand-written file', () => {
  function flowFile(): { file: string; saver: AnswersAutosave; answers: Answers } {
    const dir = tmpDir();
    const file = join(dir, 'gianyar.yaml');
    copyFileSync(fixture('assess', 'flow-answers.yaml'), file);
    copyFileSync(fixture('assess', 'rubric.yaml'), join(dir, 'rubric.yaml'));
    const answers = reread(file);
    return { file, answers, saver: AnswersAutosave.resume(file, rubric, readFileSync(file, 'utf8'), answers) };
  }

  it('keeps its comments, short forms and untouched lines', () => {
    const { file, saver, answers } = flowFile();
    const before = readFileSync(file, 'utf8');
    saver.save(recordValue(answers, 'I1.1', 80));
    const after = readFileSync(file, 'utf8');
    expect(commentLines(after)).toEqual(commentLines(before));
    expect(after).toBe(before.replace('  I1.1: 72.5', '  I1.1: 80'));
  });

  it('turns a short answer into a map when it gets a note, and N/A into a value', () => {
    const { file, saver, answers } = flowFile();
    let next = recordNotes(answers, 'S1.2', { note: 'SK Sekda 2025' });
    next = recordValue(next, 'S1.3', 'ruang-server');
    saver.save(next);
    expect(plainEntries(reread(file))).toEqual(plainEntries(next));
    expect(reread(file).entries.get('S1.3')).toEqual({ value: 'ruang-server', evidence: [] });
  });

  it('puts a new answer after the answers to earlier questions (rubric order)', () => {
    const { file, saver, answers } = flowFile();
    saver.save(recordValue(recordValue(answers, 'S2.1', ['tidak-ada']), 'I2.1', 'baik'));
    expect([...reread(file).entries.keys()]).toEqual(['S1.1', 'S1.2', 'S1.3', 'S2.1', 'I1.1', 'I2.1']);
  });
});

describe('autosave of a new file', () => {
  it('creates the file on the first save and refuses to replace one that appeared meanwhile', () => {
    const dir = tmpDir();
    const file = join(dir, 'baru.yaml');
    const empty = answersFor(rubric);
    const text = serializeAnswers(empty, rubric);
    const saver = AnswersAutosave.create(file, rubric, text, empty);
    expect(readdirSync(dir)).toEqual([]);
    saver.save(recordValue(empty, 'S1.1', 4));
    expect(reread(file).entries.get('S1.1')?.value).toBe(4);

    const other = join(dir, 'lain.yaml');
    writeFileSync(other, 'jangan ditimpa\n');
    const late = AnswersAutosave.create(other, rubric, text, empty);
    expect(() => late.save(recordValue(empty, 'S1.1', 1))).toThrow(expect.objectContaining({ code: 'FILE_EXISTS' }));
    expect(readFileSync(other, 'utf8')).toBe('jangan ditimpa\n');
    expect(readdirSync(dir).sort()).toEqual(['baru.yaml', 'lain.yaml']);
  });

  it('keeps a JSON file as JSON', () => {
    const dir = tmpDir();
    const file = join(dir, 'baru.json');
    const empty = answersFor(rubric);
    const saver = AnswersAutosave.create(file, rubric, serializeAnswers(empty, rubric), empty);
    const next = recordNotes(recordValue(empty, 'S2.1', ['csr']), 'S2.1', { note: 'CSR Bank BPD' });
    saver.save(next);
    const data = JSON.parse(readFileSync(file, 'utf8')) as { answers: Record<string, unknown> };
    expect(data.answers['S2.1']).toEqual({ value: ['csr'], note: 'CSR Bank BPD' });
    expect(plainEntries(reread(file))).toEqual(plainEntries(next));
  });
});

describe('a file changed by another program', () => {
  it('is saved over when the other program only wrote the same content again (a sync client)', () => {
    const { file, saver, answers } = templateFile();
    const first = recordValue(answers, 'S1.1', 1);
    saver.save(first);
    const same = readFileSync(file, 'utf8');
    rmSync(file);
    writeFileSync(file, same);
    saver.save(recordValue(first, 'S1.1', 2));
    expect(reread(file).entries.get('S1.1')?.value).toBe(2);
  });


  it('is not overwritten: the save stops with ASSESS_FILE_CHANGED', () => {
    const { file, saver, answers } = templateFile();
    saver.save(recordValue(answers, 'S1.1', 1));
    writeFileSync(file, `${readFileSync(file, 'utf8')}# edited in VS Code\n`);
    const edited = readFileSync(file, 'utf8');
    expect(() => saver.save(recordValue(answers, 'S1.1', 2))).toThrow(expect.objectContaining({ code: 'ASSESS_FILE_CHANGED' }));
    expect(readFileSync(file, 'utf8')).toBe(edited);
  });
});

describe('whatever is recorded, the file on disk re-parses to exactly the answers in memory', () => {
  const nasty = fc.constantFrom(':', ': ', '#', ' #', '- ', '"', "'", '\t', '{', '}', '[', ']', '&a', '*a', '!', '|', '>', '%', '@', '`', 'yes', 'no', 'null', '~', '0x1F', '1e3', '51.04', '\\', '---', '...', 'é', '—', '🙂', '  ');
  const text = fc.array(fc.oneof(nasty, fc.string({ unit: 'grapheme', maxLength: 6 })), { maxLength: 6 }).map((parts) => parts.join(''));
  const reason = text.map((t) => t.trim()).filter((t) => t !== '');
  const op = fc.oneof(
    fc.record({ kind: fc.constant('value' as const), id: fc.constant('S1.1'), value: fc.integer({ min: 0, max: 4 }) }),
    fc.record({ kind: fc.constant('value' as const), id: fc.constant('S1.2'), value: fc.boolean() }),
    fc.record({ kind: fc.constant('value' as const), id: fc.constant('S1.3'), value: fc.constantFrom('tidak-ada', 'ruang-server', 'pdn') }),
    fc.record({ kind: fc.constant('value' as const), id: fc.constant('S2.1'), value: fc.constantFrom<string[]>(['tidak-ada'], ['csr'], ['csr', 'hibah'], []) }),
    fc.record({ kind: fc.constant('value' as const), id: fc.constant('I1.1'), value: fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100) }),
    fc.record({ kind: fc.constant('value' as const), id: fc.constant('I2.1'), value: text }),
    fc.record({ kind: fc.constant('na' as const), id: fc.constantFrom('S1.3', 'I1.2'), reason }),
    fc.record({ kind: fc.constant('notes' as const), id: fc.constantFrom('S1.1', 'S1.2', 'S2.1', 'I1.1'), note: text, evidence: fc.array(text, { maxLength: 3 }) }),
    fc.record({ kind: fc.constant('clear' as const), id: fc.constantFrom('S1.1', 'S1.2', 'S1.3', 'S2.1', 'I1.1', 'I1.2', 'I2.1') }),
    fc.record({ kind: fc.constant('regency' as const), name: reason, province: text }),
  );

  it('holds for template files and hand-written files', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 8 }), fc.boolean(), (ops, fromTemplate) => {
        const dir = tmpDir();
        const file = join(dir, 'a.yaml');
        const initial = fromTemplate
          ? buildAnswersTemplate(rubric, { lang: 'en', regency: { name: 'Gianyar' } })
          : readFileSync(fixture('assess', 'flow-answers.yaml'), 'utf8');
        writeFileSync(file, initial);
        let answers = reread(file);
        const saver = AnswersAutosave.resume(file, rubric, initial, answers);
        for (const o of ops) {
          if (o.kind === 'value') answers = recordValue(answers, o.id, o.value);
          else if (o.kind === 'na') answers = recordNa(answers, o.id, o.reason);
          else if (o.kind === 'notes') answers = recordNotes(answers, o.id, { note: o.note, evidence: o.evidence });
          else if (o.kind === 'clear') answers = clearAnswer(answers, o.id);
          else answers = { ...answers, regency: { ...answers.regency, name: o.name, province: o.province.trim() || undefined } as Answers['regency'] };
          if (answers.regency.province === undefined) delete answers.regency.province;
          saver.save(answers);
          const back = reread(file);
          expect(plainEntries(back)).toEqual(plainEntries(answers));
          expect(back.regency.name).toBe(answers.regency.name);
          expect(back.regency.province).toBe(answers.regency.province);
        }
        expect(readdirSync(dir)).toEqual(['a.yaml']);
      }),
      { numRuns: 60 },
    );
    // Every edit was made in the text itself: nothing was written out as a whole document.
    expect(editorChecks.fallbacks).toBe(0);
  });
});
