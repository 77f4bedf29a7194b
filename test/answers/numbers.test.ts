import { describe, expect, it } from 'vitest';
import { checkValue, readNumber } from '../../src/answers/values.js';
import { describeProblem } from '../../src/messages/problem.js';
import { answersFile, problemsOf, RUBRIC_110 } from './helpers.js';
import { fixture, runCli } from '../helpers/run-cli.js';

const context = (id: string, written: string) => problemsOf(answersFile(`answers: {}\ncontext:\n  ${id}:\n    value: ${written}`));

/** Numbers written the Indonesian way (a dot between thousands) are read, refused or doubted aloud. */
describe('thousands separators', () => {
  it('527.800 for a whole number: the dot was read as a decimal point, write 527800', () => {
    const [p] = context('jumlah-penduduk', '527.800');
    expect(p).toMatchObject({ code: 'ANSWER_NOT_INTEGER', message: 'nilai 527,8 untuk "jumlah-penduduk" harus bilangan bulat' });
    expect(p?.hint).toBe('titik dibaca sebagai tanda desimal, jadi 527.800 terbaca 527,8; bila maksudnya 527800, tulis 527800 tanpa pemisah ribuan');
  });

  it('1.234,5 and 2.345.678 are refused with the number to write instead', () => {
    const [a] = context('luas-wilayah', '1.234,5');
    expect(a).toMatchObject({ code: 'ANSWER_WRONG_KIND' });
    expect(a?.hint).toBe('tulis angka tanpa pemisah ribuan: 1234,5; nilai yang diterima: minimal 0 km²');
    const [b] = context('apbd', '2.345.678');
    expect(b?.hint).toBe('tulis angka tanpa pemisah ribuan: 2345678; nilai yang diterima: minimal 0 miliar rupiah');
  });

  it('1.234,5 inside { } is quoted back as written, with no space put after the comma', () => {
    const problems = problemsOf(answersFile('answers: {}\ncontext:\n  luas-wilayah: {value: 1.234,5, note: BPS}'));
    const stray = problems.find((p) => p.code === 'SCHEMA_UNKNOWN_KEY');
    expect(stray?.hint).toBe('koma memisahkan nilai di dalam { }, jadi "5" terbaca sebagai kunci; beri tanda kutip pada nilainya: value: "1.234,5"');
  });

  it('a number with one dot and three digits after it counts as a decimal, with a warning', () => {
    const problems = context('luas-wilayah', '1.234');
    expect(problems).toEqual([expect.objectContaining({ code: 'ANSWER_DOT_DECIMAL', severity: 'warning' })]);
    expect(problems[0]?.message).toBe('"1.234" untuk "luas-wilayah" dibaca sebagai 1,234 (titik adalah tanda desimal)');
    expect(problems[0]?.hint).toBe('bila maksudnya 1234, tulis 1234 tanpa pemisah ribuan');
  });

  it('ordinary decimals raise no doubt', () => {
    expect(context('luas-wilayah', '1234.5')).toEqual([]);
    expect(context('luas-wilayah', '0.125')).toEqual([]);
    expect(context('luas-wilayah', '"1234,5"')).toEqual([]);
  });
});

describe('the shared number reader tells grouping from decimals', () => {
  it.each([
    ['527.800', undefined, 527.8, 527800],
    [527.8, '527.800', 527.8, 527800],
    ['1.234,5', undefined, undefined, 1234.5],
    ['2.345.678', undefined, undefined, 2345678],
    ['1,234,567', undefined, undefined, 1234567],
    ['527 800', undefined, undefined, 527800],
  ] as const)('%s (written %s) → %s, grouped as %s', (raw, written, value, ungrouped) => {
    expect(readNumber(raw, written)).toEqual({ value, grouped: { ungrouped } });
  });

  it.each([
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['0.125', 0.125],
    ['1234', 1234],
    [7, 7],
  ] as const)('%s → %s, not grouped', (raw, value) => {
    expect(readNumber(raw)).toEqual({ value });
  });

  it('a percentage typed as 1.234 (siap assess) is kept as 1,234 with the same warning', () => {
    const question = RUBRIC_110.questions.find((q) => q.kind === 'number' && q.max === 100)!;
    const check = checkValue(question, '1.234');
    expect(check).toMatchObject({ ok: true, value: 1.234, warning: { code: 'ANSWER_DOT_DECIMAL' } });
  });
});

describe('numbers in messages use the language\'s decimal mark', () => {
  it('a level of 3.5 is "3,5" in Indonesian and "3.5" in English', () => {
    const text = answersFile('answers:\n  S1.3: 3.5');
    expect(problemsOf(text)[0]?.message).toBe('nilai 3,5 untuk "S1.3" tidak ada pada skalanya');
    expect(problemsOf(text, undefined, 'en')[0]?.message).toBe('value 3.5 for "S1.3" is not on its scale');
  });

  it('a value out of bounds', () => {
    const question = RUBRIC_110.questions.find((q) => q.kind === 'number' && q.max === 100)!;
    const check = checkValue(question, 100.5);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    const d = { code: check.code, severity: 'error' as const, params: check.params };
    expect(describeProblem(d, 'id').message).toBe(`nilai 100,5 untuk "${question.id}" di luar batasnya`);
    expect(describeProblem(d, 'en').message).toBe(`value 100.5 for "${question.id}" is out of bounds`);
  });
});

describe('thousands separators in a list cell', () => {
  const p35 = (rows: string) => problemsOf(answersFile(`answers:\n  P3.5:\n    value:\n${rows}`));
  it('anggaran: 1.500 counts as 1,5 (juta rupiah) with a warning at the cell', () => {
    const problems = p35('      - {quick-win: a, perangkat-daerah: b, anggaran: 1.500}');
    expect(problems).toEqual([expect.objectContaining({ code: 'ANSWER_DOT_DECIMAL', severity: 'warning', at: '8:55', path: 'answers.P3.5.value[0].anggaran' })]);
    expect(problems[0]?.hint).toBe('bila maksudnya 1500, tulis 1500 tanpa pemisah ribuan');
  });

  it('anggaran: "2.500.000" is refused with the number to write', () => {
    const [p] = p35('      - {quick-win: a, perangkat-daerah: b, anggaran: "2.500.000"}');
    expect(p).toMatchObject({ code: 'ANSWER_LIST_VALUE', hint: 'yang diterima: minimal 0 juta rupiah, ditulis tanpa pemisah ribuan: 2500000' });
  });

  it('a space between thousands is still one number in a cell', () => {
    expect(p35('      - {quick-win: a, perangkat-daerah: b, anggaran: "2 500"}')).toEqual([]);
  });
});

describe('siap score on context facts written with thousands dots', () => {
  it('reports all three, located, with the number to write, and exits 2', async () => {
    const { code, stderr } = await runCli(['score', 'thousands-dots.yaml'], { cwd: fixture('answers', 'numbers') });
    expect(code).toBe(2);
    expect(stderr).toContain('thousands-dots.yaml:9:12  ANSWER_NOT_INTEGER  nilai 527,8 untuk "jumlah-penduduk" harus bilangan bulat');
    expect(stderr).toContain('thousands-dots.yaml:11:12  ANSWER_WRONG_KIND');
    expect(stderr).toContain('tulis angka tanpa pemisah ribuan: 1234,5');
    expect(stderr).toContain('thousands-dots.yaml:13:12  ANSWER_WRONG_KIND');
    expect(stderr).toContain('tulis angka tanpa pemisah ribuan: 2345678');
  });

  it('in English the numbers to write use a decimal point', async () => {
    const { stderr } = await runCli(['score', 'thousands-dots.yaml', '--lang', 'en'], { cwd: fixture('answers', 'numbers') });
    expect(stderr).toContain('so 527.800 reads as 527.8; if you mean 527800, write 527800');
    expect(stderr).toContain('without thousands separators: 1234.5');
  });
});
