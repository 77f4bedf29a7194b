import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/answers/model.js';
import { parseAnswers } from '../../src/answers/parse.js';
import { buildAnswersTemplate } from '../../src/answers/template.js';
import { recordNotes, recordValue } from '../../src/answers/walk.js';
import { AnswersAutosave } from '../../src/io/autosave.js';
import { loadRubric } from '../../src/io/rubrics.js';
import { editorChecks } from '../../src/source/yaml-edit.js';
import { fixture, tmpDir } from '../helpers/run-cli.js';
import { assessRubric } from './helpers.js';

/**
 * A rewrite of an answers file changes the lines of the values that changed and nothing else:
 * comments stay on their lines and in their columns, blank lines stay, untouched lines are
 * byte-for-byte the same (finding 2: `representative: # Profil daerah …`, comments under
 * `context:` indented by 6, aligned trailing comments collapsed, a blank line after `mode:`).
 */

/** The lines only in `a` and the lines only in `b`, in order (a longest-common-subsequence line diff). */
function lineDiff(a: string, b: string): { removed: string[]; added: string[] } {
  const x = a.split('\n');
  const y = b.split('\n');
  const n = x.length;
  const m = y.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = x[i] === y[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const removed: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (x[i] === y[j]) {
      i++;
      j++;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) removed.push(x[i++]!);
    else added.push(y[j++]!);
  }
  while (i < n) removed.push(x[i++]!);
  while (j < m) added.push(y[j++]!);
  return { removed, added };
}

const kkc = loadRubric('kesiapan-kota-cerdas').rubric;

/** A file as `siap init --regency Bantul --type kabupaten --province "DI Yogyakarta" --code 34.02` writes it, and the saver assess opens on it. */
function initFile(kind: 'self' | 'assessor' = 'self'): { file: string; text: string; answers: Answers; saver: AnswersAutosave } {
  const file = join(tmpDir(), 'bantul.yaml');
  const text = buildAnswersTemplate(kkc, { lang: 'id', regency: { name: 'Bantul', kind: 'kabupaten', province: 'DI Yogyakarta', code: '34.02' }, assessmentKind: kind });
  writeFileSync(file, text);
  const answers = parseAnswers(text, file, kkc).answers;
  return { file, text, answers, saver: AnswersAutosave.resume(file, kkc, text, answers) };
}

/** As assess records an answer: the value, and the question as the place to resume (with the keys' language). */
function answered(answers: Answers, id: string, value: Parameters<typeof recordValue>[2]): Answers {
  const next = recordValue(answers, id, value);
  return { ...next, session: { lang: 'id', last: id } };
}

const SESSION_BLOCK = ['', '# ditulis siap assess: bahasa tombol berkas ini dan pertanyaan terakhir yang dijawab (tempat melanjutkan)', 'session:', '  lang: id'];

describe('an answer saved into a file made by siap init changes only its own lines', () => {
  it('one answer: the value line, plus the session block assess keeps', () => {
    const { file, text, answers, saver } = initFile();
    saver.save(answered(answers, 'S1.1', 3));
    const after = readFileSync(file, 'utf8');
    expect(lineDiff(text, after)).toEqual({ removed: ['    value:'], added: [...SESSION_BLOCK, '  last: S1.1', '    value: 3'] });
    // The value line is S1.1's.
    expect(after).toMatch(/\n {2}S1\.1:\n {4}value: 3\n {4}note:\n/);
  });

  it('a second answer: its value line and the session line change, nothing else', () => {
    const { file, answers, saver } = initFile();
    const first = answered(answers, 'S1.1', 3);
    saver.save(first);
    const before = readFileSync(file, 'utf8');
    saver.save(answered(first, 'S1.2', 2));
    expect(lineDiff(before, readFileSync(file, 'utf8'))).toEqual({ removed: ['  last: S1.1', '    value:'], added: ['  last: S1.2', '    value: 2'] });
  });

  it('the details: each changed value in place, trailing comments in their columns, the heading comments where they were', () => {
    const { file, text, answers, saver } = initFile();
    saver.save({
      ...answers,
      regency: { ...answers.regency, kind: 'kota' },
      assessment: {
        ...answers.assessment,
        kind: 'assessor',
        date: '2026-04-05',
        mode: 'onsite',
        place: 'Ruang rapat Bappeda',
        assessors: [{ name: 'Dr. Ayu', role: 'Ketua', institution: 'Unud' }],
        representative: { name: 'Drs. Bambang', role: 'Sekretaris Daerah' },
      },
    });
    const after = readFileSync(file, 'utf8');
    const { removed, added } = lineDiff(text, after);
    expect(removed).toEqual([
      '  kind: kabupaten               # kabupaten | kota',
      '  kind: self                    # self (penilaian mandiri) | assessor (verifikasi asesor)',
      '  date:                         # TTTT-BB-HH, mis. 2026-04-05',
      '  place:',
      '  mode:                         # onsite (kunjungan lapangan) | online (daring)',
      '  assessors: []',
    ]);
    expect(added).toEqual([
      '  kind: kota                    # kabupaten | kota',
      '  kind: assessor                # self (penilaian mandiri) | assessor (verifikasi asesor)',
      '  date: 2026-04-05              # TTTT-BB-HH, mis. 2026-04-05',
      '  place: Ruang rapat Bappeda',
      '  mode: onsite                  # onsite (kunjungan lapangan) | online (daring)',
      '  assessors:',
      '    - { name: Dr. Ayu, role: Ketua, institution: Unud }',
      '    name: Drs. Bambang',
      '    role: Sekretaris Daerah',
    ]);
    // The section heading stays a line of its own above `context:`, at column 0.
    expect(after).toContain('    role: Sekretaris Daerah\n# Profil daerah (tidak dinilai; dicetak di bagian identitas laporan)\ncontext:\n');
  });

  it('a context fact is saved, in its own value line', () => {
    const { file, text, answers, saver } = initFile();
    const context = new Map(answers.context);
    context.set('jumlah-penduduk', { evidence: [], value: 995264 });
    saver.save({ ...answers, context });
    expect(lineDiff(text, readFileSync(file, 'utf8'))).toEqual({ removed: ['    value:'], added: ['    value: 995264'] });
    expect(parseAnswers(readFileSync(file, 'utf8'), file, kkc).answers.context.get('jumlah-penduduk')?.value).toBe(995264);
  });

  it('a note, evidence and a text answer on several lines stay inside their own entry', () => {
    const { file, answers, saver } = initFile('assessor');
    const first = answered(answers, 'S1.1', 3);
    saver.save(first);
    const before = readFileSync(file, 'utf8');
    const next = answered(recordNotes(first, 'S1.1', { note: 'RPJMD: misi ke-3 # kota cerdas', evidence: ['Perda RPJMD 2025–2029', 'https://jdih.bantulkab.go.id/#rpjmd'] }), 'S1.5', 'Bupati hadir\nSekda memaparkan');
    saver.save(next);
    const { removed, added } = lineDiff(before, readFileSync(file, 'utf8'));
    expect(removed).toEqual(['  last: S1.1', '    note:', '    evidence: []', '    value:']);
    expect(added).toEqual([
      '  last: S1.5',
      '    note: "RPJMD: misi ke-3 # kota cerdas"',
      '    evidence:',
      '      - Perda RPJMD 2025–2029',
      '      - https://jdih.bantulkab.go.id/#rpjmd',
      '    value: |-',
      '      Bupati hadir',
      '      Sekda memaparkan',
    ]);
    expect(parseAnswers(readFileSync(file, 'utf8'), file, kkc).answers.entries.get('S1.5')?.value).toBe('Bupati hadir\nSekda memaparkan');
  });

  it('never has to write the whole document out again', () => {
    expect(editorChecks.fallbacks).toBe(0);
  });
});

describe('a hand-written file in flow style keeps its own spacing', () => {
  const rubric = assessRubric();

  it('changes only the values inside the braces', () => {
    const dir = tmpDir();
    const file = join(dir, 'gianyar.yaml');
    const text = readFileSync(fixture('assess', 'flow-answers.yaml'), 'utf8');
    writeFileSync(file, text);
    writeFileSync(join(dir, 'rubric.yaml'), readFileSync(fixture('assess', 'rubric.yaml')));
    const answers = parseAnswers(text, file, rubric).answers;
    const saver = AnswersAutosave.resume(file, rubric, text, answers);
    saver.save(recordValue(recordValue(recordValue(answers, 'I1.1', 80), 'S1.1', 4), 'S1.2', false));
    expect(lineDiff(text, readFileSync(file, 'utf8'))).toEqual({
      removed: ['  S1.1: {value: 3, note: Bupati memaparkan langsung, evidence: [Surat komitmen 2026]}', '  S1.2: true     # SK Sekda', '  I1.1: 72.5'],
      added: ['  S1.1: {value: 4, note: Bupati memaparkan langsung, evidence: [Surat komitmen 2026]}', '  S1.2: false    # SK Sekda', '  I1.1: 80'],
    });
    expect(editorChecks.fallbacks).toBe(0);
  });
});
