import { describe, expect, it } from 'vitest';
import { disagreementWeights, kappaStrength, meanKappa, nominalWeights, pairKappa, weightedKappa } from '../../src/compare/kappa.js';

describe('weighted kappa', () => {
  // Cohen, J. (1968). Weighted kappa: nominal scale agreement with provision for scaled
  // disagreement or partial credit. Psychological Bulletin 70(4), 213–220, Table 1: two judges,
  // N = 200 cases, three diagnoses (personality disorder, neurosis, psychosis), observed
  // proportions below and disagreement weights 1 (PD–N), 3 (PD–P), 6 (N–P). Cohen reports
  // κ = .492 and κw = .348 (the same table and weights are the example of R psych::cohen.kappa).
  const cohen1968 = [
    [0.44, 0.07, 0.09],
    [0.05, 0.2, 0.05],
    [0.01, 0.03, 0.06],
  ];
  const cohenWeights = [
    [0, 1, 3],
    [1, 0, 6],
    [3, 6, 0],
  ];

  it('reproduces Cohen (1968) Table 1: κ = .492, κw = .348', () => {
    // By hand: pₒ = .70, pₑ = .6·.5 + .3·.3 + .1·.2 = .41 → κ = .29/.59 = .4915…
    expect(weightedKappa(cohen1968, nominalWeights(3))).toBeCloseTo(0.29 / 0.59, 12);
    expect(weightedKappa(cohen1968, nominalWeights(3))!.toFixed(3)).toBe('0.492');
    // Σv·pₒ = .07 + .27 + .05 + .30 + .03 + .18 = .90; Σv·pₑ = .18 + .36 + .15 + .36 + .15 + .18 = 1.38
    expect(weightedKappa(cohen1968, cohenWeights)).toBeCloseTo(1 - 0.9 / 1.38, 12);
    expect(weightedKappa(cohen1968, cohenWeights)!.toFixed(3)).toBe('0.348');
  });

  it('gives the same kappa from counts as from proportions', () => {
    const counts = cohen1968.map((row) => row.map((p) => p * 200));
    expect(weightedKappa(counts, cohenWeights)).toBeCloseTo(weightedKappa(cohen1968, cohenWeights)!, 12);
  });

  // Linear and quadratic weights on paired ratings: the 100-item, 3-category example used in
  // scikit-learn's test of cohen_kappa_score (rater 1: 46×0, 44×1, 10×2; rater 2: 50×0, 40×1,
  // 10×2, paired in that order) — published values κ = .9315, linear .9412, quadratic .9541.
  const pairs: [number, number][] = [
    ...Array.from({ length: 46 }, (): [number, number] => [0, 0]),
    ...Array.from({ length: 4 }, (): [number, number] => [1, 0]),
    ...Array.from({ length: 40 }, (): [number, number] => [1, 1]),
    ...Array.from({ length: 10 }, (): [number, number] => [2, 2]),
  ];

  it('linear weights: 1 − .04/.68 = .9412', () => {
    // Σv·pₒ = .04·1; Σv·pₑ = .46·.40 + .46·.10·2 + .44·.50 + .44·.10 + .10·.50·2 + .10·.40 = .68
    expect(pairKappa(pairs, [0, 1, 2], 'linear')).toBeCloseTo(1 - 0.04 / 0.68, 12);
    expect(pairKappa(pairs, [0, 1, 2], 'linear')!.toFixed(4)).toBe('0.9412');
  });

  it('quadratic weights: 1 − .04/.872 = .9541', () => {
    expect(pairKappa(pairs, [0, 1, 2], 'quadratic')).toBeCloseTo(1 - 0.04 / 0.872, 12);
    expect(pairKappa(pairs, [0, 1, 2], 'quadratic')!.toFixed(4)).toBe('0.9541');
  });

  it('does not depend on the spacing constant or on the values used as labels', () => {
    const shifted = pairs.map(([a, b]): [number, number] => [a + 1, b + 1]);
    expect(pairKappa(shifted, [1, 2, 3], 'linear')).toBeCloseTo(pairKappa(pairs, [0, 1, 2], 'linear')!, 12);
    // unused categories add empty rows and columns and change nothing
    expect(pairKappa(shifted, [1, 2, 3, 4, 5], 'quadratic')).toBeCloseTo(pairKappa(pairs, [0, 1, 2], 'quadratic')!, 12);
  });

  it('equals unweighted kappa for two categories (Wikipedia "Cohen\'s kappa" example: κ = 0.4)', () => {
    // 50 proposals: both yes 20, both no 15, A yes/B no 5, A no/B yes 10
    const table = [
      [20, 5],
      [10, 15],
    ];
    expect(weightedKappa(table, disagreementWeights([1, 0], 'linear'))).toBeCloseTo(0.4, 12);
    expect(weightedKappa(table, nominalWeights(2))).toBeCloseTo(0.4, 12);
  });

  it('is 1 for perfect agreement and null when it is undefined', () => {
    expect(pairKappa([[1, 1], [2, 2], [3, 3]], [1, 2, 3], 'linear')).toBe(1);
    expect(pairKappa([], [1, 2, 3], 'linear')).toBeNull();
    // both raters always gave 2: no chance disagreement to correct for
    expect(pairKappa([[2, 2], [2, 2]], [1, 2, 3], 'linear')).toBeNull();
  });

  it('averages the defined pairwise kappas and names their strength (Landis & Koch)', () => {
    expect(meanKappa([0.5, null, 0.7])).toBeCloseTo(0.6, 12);
    expect(meanKappa([null])).toBeNull();
    expect([-0.1, 0.1, 0.3, 0.5, 0.7, 0.9].map(kappaStrength)).toEqual(['poor', 'slight', 'fair', 'moderate', 'substantial', 'almost-perfect']);
  });
});
