/**
 * Weighted kappa (Cohen 1968), pure arithmetic. Kept apart from the merge logic so it can be
 * checked against published worked examples on its own (test/compare/kappa.test.ts).
 */

export type KappaWeighting = 'linear' | 'quadratic';

/**
 * Cohen's weighted kappa of a k×k agreement table (counts or proportions; rows = rater 1,
 * columns = rater 2) with disagreement weights v (0 on the diagonal):
 *
 *   κw = 1 − Σ vᵢⱼ·pᵢⱼ / Σ vᵢⱼ·pᵢ.·p.ⱼ
 *
 * which equals (pₒ − pₑ)/(1 − pₑ) with agreement weights w = 1 − v/max(v). Null when the
 * table is empty or chance disagreement is zero (both raters used one category only).
 */
export function weightedKappa(table: readonly (readonly number[])[], disagreement: readonly (readonly number[])[]): number | null {
  const k = table.length;
  let total = 0;
  const rows = new Array<number>(k).fill(0);
  const cols = new Array<number>(k).fill(0);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const n = table[i]![j]!;
      total += n;
      rows[i]! += n;
      cols[j]! += n;
    }
  }
  if (total === 0) return null;
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const v = disagreement[i]![j]!;
      observed += (v * table[i]![j]!) / total;
      expected += (v * rows[i]! * cols[j]!) / (total * total);
    }
  }
  if (expected === 0) return null;
  return 1 - observed / expected;
}

/**
 * Disagreement weights for ordered categories with the given numeric values: |xᵢ − xⱼ|
 * (linear) or (xᵢ − xⱼ)² (quadratic). Any common scale factor cancels in κw, so these give
 * the same kappa as the usual 1 − |i − j|/(k − 1) and 1 − (i − j)²/(k − 1)² agreement
 * weights when the values are evenly spaced.
 */
export function disagreementWeights(values: readonly number[], weighting: KappaWeighting): number[][] {
  return values.map((a) => values.map((b) => (weighting === 'linear' ? Math.abs(a - b) : (a - b) ** 2)));
}

/** Unweighted (nominal) kappa as a weighted kappa: every disagreement weighs 1. */
export function nominalWeights(k: number): number[][] {
  return Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => (i === j ? 0 : 1)));
}

/**
 * Weighted kappa of two raters' paired ratings on a numeric ordinal scale. `categories` are
 * the scale's values (all of them, so the table does not depend on which ones were used);
 * ratings not among them are an error of the caller.
 */
export function pairKappa(pairs: readonly (readonly [number, number])[], categories: readonly number[], weighting: KappaWeighting): number | null {
  const index = new Map(categories.map((value, i) => [value, i]));
  const table = categories.map(() => new Array<number>(categories.length).fill(0));
  for (const [a, b] of pairs) {
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined) throw new Error(`rating ${i === undefined ? a : b} is not a category`);
    table[i]![j]! += 1;
  }
  return weightedKappa(table, disagreementWeights(categories, weighting));
}

/** Plain mean of the kappas that are defined; null when none is. */
export function meanKappa(values: readonly (number | null)[]): number | null {
  const defined = values.filter((v): v is number => v !== null);
  return defined.length === 0 ? null : defined.reduce((sum, v) => sum + v, 0) / defined.length;
}

export type KappaStrength = 'poor' | 'slight' | 'fair' | 'moderate' | 'substantial' | 'almost-perfect';

/** Landis & Koch (1977) benchmark words for a kappa value. */
export function kappaStrength(kappa: number): KappaStrength {
  if (kappa < 0) return 'poor';
  if (kappa <= 0.2) return 'slight';
  if (kappa <= 0.4) return 'fair';
  if (kappa <= 0.6) return 'moderate';
  if (kappa <= 0.8) return 'substantial';
  return 'almost-perfect';
}
