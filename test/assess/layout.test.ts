import { describe, expect, it } from 'vitest';
import { progressAt } from '../../src/answers/walk.js';
import { questionHeader, questionInput, summaryLine } from '../../src/cli/assess-screen.js';
import type { Paint } from '../../src/cli/prompts.js';
import { layoutQuestion, wrapItems } from '../../src/cli/question-layout.js';
import { displayWidth, fitToWidth } from '../../src/cli/table.js';
import type { Lang } from '../../src/i18n.js';
import { loadRubric } from '../../src/io/rubrics.js';
import { countQuestions, scoreAssessment } from '../../src/scoring/score.js';
import { answersFor, assessRubric } from './helpers.js';

const plain: Paint = { bold: (t) => t, dim: (t) => t, cyan: (t) => t, green: (t) => t, yellow: (t) => t, red: (t) => t };
const rubric = loadRubric('kesiapan-kota-cerdas').rubric;
const empty = answersFor(rubric, {}, {});

/** The widest key bar a question can have (every action offered), wrapped like the prompt wraps it. */
function keyBar(width: number): string[] {
  return wrapItems(['0–4 jawab', 'l lewati', 'n N/A', 'k kembali', 'p pindah', 'r rekap', 'h hapus', 's selesai', '? teks lengkap'], width);
}

function layout(id: string, lang: Lang, cols: number, rows: number, expanded = false, scroll = 0) {
  const q = rubric.questionById.get(id)!;
  const width = cols - 1;
  const footer = keyBar(width);
  const input = questionInput(q, lang);
  const out = layoutQuestion({
    width,
    rows: rows - 1,
    parts: questionHeader(rubric, empty, q, lang, plain, { width: cols, rows }),
    mode: input.mode,
    options: input.options,
    active: -1,
    ticked: [],
    expanded,
    scroll,
    reserved: 1 + footer.length + 1, // the prompt line, the key bar, a message
    paint: plain,
  });
  return { ...out, total: out.lines.length + 1 + footer.length + 1 };
}

describe('a question on the screen', () => {
  const sizes = [
    { cols: 80, rows: 24 },
    { cols: 120, rows: 40 },
  ];
  const choiceQuestions = rubric.questions.filter((q) => q.kind === 'level' || q.kind === 'choice' || q.kind === 'multi');
  it.each(sizes)('shows every descriptor of every default-rubric question in full at $cols×$rows, in both languages, within the screen', ({ cols, rows }) => {
    for (const lang of ['id', 'en'] as const) {
      for (const q of choiceQuestions) {
        const l = layout(q.id, lang, cols, rows);
        expect(l.descriptorsCut, `${q.id} ${lang}`).toBe(false);
        expect(l.total, `${q.id} ${lang}`).toBeLessThanOrEqual(rows - 1);
        for (const line of l.lines) expect(line.length, `${q.id} ${lang}: ${line}`).toBeLessThanOrEqual(cols - 1);
      }
    }
  });

  it('on a smaller screen cuts each descriptor to the same number of lines and offers ? (the full view scrolls)', () => {
    const small = layout('S1.2', 'id', 80, 14);
    expect(small.descriptorsCut).toBe(true);
    expect(small.more).toBe(true);
    expect(small.total).toBeLessThanOrEqual(13);
    expect(small.lines.some((l) => l.endsWith(' …'))).toBe(true);
    const full = layout('S1.2', 'id', 80, 14, true);
    expect(full.scroll).toMatchObject({ first: 1, total: expect.any(Number) });
    expect(full.total).toBeLessThanOrEqual(13);
    const end = layout('S1.2', 'id', 80, 14, true, 1000);
    expect(end.scroll!.last).toBe(end.scroll!.total);
    expect(end.lines.join(' ').replace(/\s+/g, ' ')).toContain('Perjanjian kinerja kepala perangkat daerah yang memuat target kota cerdas');
  });

  it('at 120×40 shows the hint and evidence of the longest question in full as well', () => {
    const l = layout('S1.2', 'en', 120, 40);
    expect(l.lines.join(' ')).toContain('This is a gate: level 3 or higher is required.');
    expect(l.lines.join(' ')).toContain('Minutes of smart-city council meetings');
  });
});

describe('wrapping for the terminal', () => {
  it('breaks long lines between words only, with the continuation indented', () => {
    const text = '  Cakupan   57 ditanyakan · 57 dijawab (1 N/A) · 54 dinilai · 59 di rubrik · dan sebuah keterangan yang panjang sekali';
    const lines = fitToWidth(text, 60).split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(59);
    expect(lines[1]).toMatch(/^ {4}\S/);
    expect(lines.join(' ').replace(/\s+/g, ' ').trim()).toBe(text.replace(/\s+/g, ' ').trim());
  });

  it('breaks a key bar between items', () => {
    const bar = wrapItems(['0–4 jawab', 'l lewati', 'k kembali', 'p pindah', 'r rekap', 's selesai', '? teks lengkap'], 40);
    expect(bar).toEqual(['0–4 jawab  l lewati  k kembali  p pindah', 'r rekap  s selesai  ? teks lengkap']);
  });
});

describe('one count', () => {
  it('the walk and the score count asked and answered questions the same way', () => {
    const small = assessRubric();
    const states = [
      {},
      { 'S1.1': 3 },
      { 'S1.1': 3, 'S1.2': true },
      { 'S1.1': 3, 'S1.2': true, 'S1.3': { na: 'provinsi' }, 'I2.1': 'catatan' },
      { 'S1.1': 3, 'S1.2': false, 'S1.3': 'pdn', 'S2.1': ['csr'], 'I1.1': 50, 'I1.2': 2, 'I2.1': 'catatan' },
    ];
    for (const state of states) {
      const answers = answersFor(small, state);
      const p = progressAt(small, answers, undefined);
      const c = countQuestions(scoreAssessment(small, answers));
      expect({ asked: c.asked, answered: c.answered }).toEqual({ asked: p.total, answered: p.answered });
      expect(c.all).toBe(small.questions.length);
      expect(c.scored).toBeLessThanOrEqual(c.answered - c.na);
    }
  });
});

describe('the line left after a question', () => {
  // Colour codes take no room on screen: a coloured answer is cut where a plain one is, and keeps its closing code.
  it('is cut by what shows, coloured or not', () => {
    const q = rubric.questionById.get('I1.1')!;
    const outcome = '78,5 persen desa/kelurahan · 70% sampai kurang dari 85%';
    const cyan = (t: string): string => `\x1b[36m${t}\x1b[39m`;
    const green = (t: string): string => `\x1b[32m${t}\x1b[39m`;
    const plainLine = summaryLine('✔', q, outcome, 'id', 80);
    const coloured = summaryLine('✔', q, outcome, 'id', 80, { mark: green, outcome: cyan });
    expect(stripAnsi(coloured)).toBe(plainLine);
    expect(coloured.endsWith('\x1b[39m')).toBe(true);
    expect(displayWidth(plainLine)).toBeLessThanOrEqual(79);
  });

  it('gives the answer the room a short question name leaves', () => {
    const q = rubric.questionById.get('I1.1')!;
    const outcome = '78,5 persen desa/kelurahan · 70% sampai kurang dari 85%';
    expect(summaryLine('✔', q, outcome, 'id', 100)).toBe(`✔ I1.1 Jangkauan sinyal 4G → ${outcome}`);
    expect(displayWidth(summaryLine('✔', q, outcome, 'id', 80))).toBeGreaterThan(70);
  });
});

function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;]*m/g, '');
}
