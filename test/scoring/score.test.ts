import { describe, expect, it } from 'vitest';
import { formatIndex } from '../../src/messages/present.js';
import { bandOf, countQuestions, reaches, scoreAssessment } from '../../src/scoring/score.js';
import { loadAssessment } from '../../src/io/load.js';
import { displayIndex } from '../../src/scoring/json.js';
import { fixtureRubric, score } from '../helpers/answers.js';

const rubric = fixtureRubric('scoring');
const node = (r: ReturnType<typeof score>, id: string) => r.nodes.find((n) => n.id === id)!;
const question = (r: ReturnType<typeof score>, id: string) => r.questions.find((q) => q.id === id)!;

/**
 * test/fixtures/rubrics/scoring.yaml, worked out by hand.
 * P1 (weight 3) = L1 (level 0–4, w2), B1 (boolean, w1), C1 (choice 0/1/3, w1)
 * P2 (weight 1) = M1 (multi x2 y2 z3, cap 5, w2), N1 (number → 0/1/2/4 points, w1), T1 (text), H1 (choice 0/1, w1, when B1 = true, N/A allowed)
 */
const FULL = { L1: 3, B1: true, C1: 'b', M1: ['x', 'z'], N1: 70, H1: 'ya', T1: 'catatan' };

describe('scoreAssessment — hand-calculated', () => {
  it('every kind answered', () => {
    const r = score(rubric, FULL);
    // L1 3/4 = 75; B1 = 100; C1 1/3 = 33.33…; M1 2+3 = 5/5 = 100; N1 70 → 2/4 = 50; H1 = 100
    expect(question(r, 'L1').score).toBe(75);
    expect(question(r, 'C1').score).toBeCloseTo(100 / 3, 12);
    expect(question(r, 'M1').points).toBe(5);
    expect(question(r, 'N1').points).toBe(2);
    // P1 = (2×75 + 1×100 + 1×33.33…)/4 = 70.8333…
    expect(node(r, 'P1').index).toBeCloseTo(283.33333333333 / 4, 9);
    // P2 = (2×100 + 1×50 + 1×100)/4 = 87.5
    expect(node(r, 'P2').index).toBe(87.5);
    // index = (3×70.8333… + 1×87.5)/4 = (212.5 + 87.5)/4 = 75
    expect(r.index).toBeCloseTo(75, 10);
    expect(displayIndex(r.index, 1)).toBe('75.0');
    expect(r.band?.id).toBe('sedang');
    expect(r.recommended).toBe(true);
    expect(r.provisional).toBe(false);
    expect(r.coverage).toEqual({ answered: 6, applicable: 6, na: 0, hidden: 0, unanswered: 0, requiredUnanswered: 0 });
    expect(question(r, 'T1').score).toBeNull();
  });

  it('a question hidden by its condition drops out of numerator and denominator', () => {
    const r = score(rubric, { ...FULL, B1: false });
    expect(question(r, 'H1').state).toBe('hidden');
    // P1 = (150 + 0 + 33.33…)/4 = 45.8333…; P2 = (200 + 50)/3 = 83.333…
    expect(node(r, 'P2').weightTotal).toBe(3);
    // index = (3×45.8333… + 83.333…)/4 = 55.2083…
    expect(r.index).toBeCloseTo(55.208333333, 8);
    expect(displayIndex(r.index, 1)).toBe('55.2');
    expect(r.coverage.hidden).toBe(1);
  });

  it('N/A drops out the same way', () => {
    const r = score(rubric, { ...FULL, H1: { na: 'Tidak ada layanan ini' } });
    expect(question(r, 'H1').state).toBe('na');
    // P2 = (200 + 50)/3 = 83.333…; index = (212.5 + 83.333…)/4 = 73.9583…
    expect(r.index).toBeCloseTo(73.958333333, 8);
    expect(formatIndex(r.index, 1, 'id')).toBe('74,0');
    expect(r.coverage).toMatchObject({ answered: 5, applicable: 5, na: 1 });
  });

  it('unanswered required questions count as the lowest value and make the result provisional', () => {
    const { C1: _c, N1: _n, ...rest } = FULL;
    const r = score(rubric, rest);
    expect(question(r, 'C1')).toMatchObject({ state: 'unanswered', imputed: true, points: 0, score: 0 });
    // P1 = (150 + 100 + 0)/4 = 62.5; P2 = (200 + 0 + 100)/4 = 75; index = (187.5 + 75)/4 = 65.625
    expect(r.index).toBe(65.625);
    expect(displayIndex(r.index, 1)).toBe('65.6');
    expect(r.provisional).toBe(true);
    expect(r.coverage).toMatchObject({ answered: 4, applicable: 6, unanswered: 2, requiredUnanswered: 2 });
  });

  it.each([
    [['x', 'y', 'z'], 5, 100], // 7 points capped at max_points 5
    [['none'], 0, 0],
    [['x'], 2, 40],
    [[], 0, 0],
  ])('multi %j → %i points → %i', (value, points, value100) => {
    const r = score(rubric, { ...FULL, M1: value });
    expect(question(r, 'M1').points).toBe(points);
    expect(question(r, 'M1').score).toBe(value100);
  });

  it.each([
    [0, 0],
    [19.99, 0],
    [20, 1],
    [59, 1],
    [60, 2],
    [89.5, 2],
    [90, 4],
    [100, 4],
  ])('number %d falls on the threshold giving %i points', (value, points) => {
    expect(question(score(rubric, { ...FULL, N1: value }), 'N1').points).toBe(points);
  });

  it('text questions are never scored or counted in coverage when optional', () => {
    const r = score(rubric, { ...FULL, T1: null });
    expect(r.index).toBeCloseTo(75, 10);
    expect(r.coverage.applicable).toBe(6);
  });
});

describe('bands and gates at their exact boundaries (from unrounded values)', () => {
  it('80 exactly is "Tinggi": the band minimum is inclusive', () => {
    // P1 = (2×75 + 100 + 100)/4 = 87.5; P2 = (2×40 + 50 + 100)/4 = 57.5; index = (262.5 + 57.5)/4 = 80
    const r = score(rubric, { L1: 3, B1: true, C1: 'c', M1: ['x'], N1: 60, H1: 'ya' });
    expect(r.index).toBe(80);
    expect(r.band?.id).toBe('tinggi');
  });

  it('50 exactly is "Sedang"; 46.875 is "Rendah" and fails the index and node gates', () => {
    // P1 = (0 + 100 + 100)/4 = 50; P2 = (0 + 100 + 100)/4 = 50 → 50
    const at = score(rubric, { L1: 0, B1: true, C1: 'c', M1: [], N1: 90, H1: 'ya' });
    expect(at.index).toBe(50);
    expect(at.band?.id).toBe('sedang');
    expect(at.gates.find((g) => g.id === 'g-index')).toMatchObject({ passed: true, actual: 50 });
    // N1 = 60: P2 = (0 + 50 + 100)/4 = 37.5 → index = (150 + 37.5)/4 = 46.875
    const below = score(rubric, { L1: 0, B1: true, C1: 'c', M1: [], N1: 60, H1: 'ya' });
    expect(below.index).toBe(46.875);
    expect(below.band?.id).toBe('rendah');
    expect(below.gates.find((g) => g.id === 'g-index')).toMatchObject({ passed: false, reason: 'below', actual: 46.875 });
    expect(below.gates.find((g) => g.id === 'g-node')).toMatchObject({ passed: false, reason: 'below', actual: 37.5 });
  });

  it('a mean that is 30 on paper but 29.999999999999996 in binary still reaches 30', () => {
    // P1 = (0 + 100 + 33.33…)/4 = 33.33…; P2 = (2×40 + 0 + 0)/4 = 20; index = (3×33.33… + 20)/4 = 30
    const r = score(rubric, { L1: 0, B1: true, C1: 'b', M1: ['x'], N1: 0, H1: 'tidak' });
    expect(r.index).not.toBe(30);
    expect(r.index).toBeCloseTo(30, 12);
    expect(reaches(r.index!, 30)).toBe(true);
    expect(bandOf(r.index!, [{ id: 'a', min: 30, label: {} }, { id: 'b', min: 0, label: {} }])?.id).toBe('a');
    expect(displayIndex(r.index, 1)).toBe('30.0');
    // P2 = 20 is below the "no pillar below 30" gate, which names it
    expect(r.gates.find((g) => g.id === 'g-pilar')).toMatchObject({ passed: false, reason: 'below', failing: ['P2'], actual: 20 });
  });

  it.each([
    [{ ...FULL, L1: 2 }, true, 'ok', 2],
    [{ ...FULL, L1: 1 }, false, 'value', 1],
    [(({ L1: _l, ...rest }) => rest)(FULL), false, 'unanswered', null],
  ])('question gate L1 ≥ 2 for %j', (answers, passed, reason, actual) => {
    const r = score(rubric, answers);
    expect(r.gates.find((g) => g.id === 'g-level')).toMatchObject({ passed, reason, actual, rule: 'L1 >= 2' });
    expect(r.recommended).toBe(passed);
  });
});

describe('index on the level scale (SPBE style)', () => {
  const spbe = fixtureRubric('spbe-mini');
  it('is the weighted mean of levels, with 2 decimals from the unrounded sums', () => {
    // D1 (13) = A1..A3 at level 1 → 1; D2 (25) = (2.5×1 + 5×5)/7.5 = 3.6667 (B3 optional, unanswered → excluded)
    const r = score(spbe, { A1: 1, A2: 1, A3: 1, B1: 1, B2: 5 });
    expect(r.nodes.find((n) => n.id === 'D2')!.index).toBeCloseTo(27.5 / 7.5, 12);
    // index = (13×1 + 25×3.6667)/38 = 2.754386… → "2.75"; rounding the domains first would give (13 + 25×3.67)/38 = 2.7566 → "2.76"
    expect(r.index).toBeCloseTo(104.66666666667 / 38, 10);
    expect(displayIndex(r.index, 2)).toBe('2.75');
    expect(r.band?.label).toEqual({ id: 'Baik' });
    expect(r.provisional).toBe(false);
  });
  it('a level question counts its level value exactly; a boolean maps onto 1–5', () => {
    const r = score(spbe, { A1: 3, A2: 3, A3: 3, B1: 4, B2: 4, B3: true });
    expect(r.questions.find((q) => q.id === 'A1')!.score).toBe(3);
    // B3 yes → 1 + 1×(5 − 1) = 5; D2 = (2.5×4 + 5×4 + 2.5×5)/10 = 4.25
    expect(r.questions.find((q) => q.id === 'B3')!.score).toBe(5);
    expect(r.nodes.find((n) => n.id === 'D2')!.index).toBe(4.25);
    // index = (13×3 + 25×4.25)/38 = 145.25/38 = 3.8223… → Sangat Baik
    expect(r.index).toBeCloseTo(145.25 / 38, 12);
    expect(r.band?.label).toEqual({ id: 'Sangat Baik' });
  });
  it('the lowest level is 1, not 0, when an unanswered question is imputed', () => {
    const r = score(spbe, { A1: 5, A2: 5, B1: 5, B2: 5 });
    expect(r.questions.find((q) => q.id === 'A3')).toMatchObject({ imputed: true, points: 1, score: 1 });
    // D1 = (1.3×5 + 1.3×5 + 1.3×1)/3.9 = 3.6667; D2 = 5; index = (13×3.6667 + 125)/38 = 172.6667/38
    expect(r.index).toBeCloseTo((13 * (11 / 3) + 125) / 38, 12);
    expect(r.provisional).toBe(true);
  });
});

describe('countQuestions', () => {
  it('a list answered is answered, not scored (it has no points), like a text', () => {
    const { rubric: r, answers } = loadAssessment('rubrics/examples/kota-harapan-jaya-asesor.yaml', { register: false });
    const result = scoreAssessment(r, answers);
    const answered = result.questions.filter((q) => q.state === 'answered');
    expect(answered.some((q) => q.kind === 'list')).toBe(true);
    expect(countQuestions(result).scored).toBe(answered.filter((q) => q.kind !== 'text' && q.kind !== 'list').length);
  });
});
