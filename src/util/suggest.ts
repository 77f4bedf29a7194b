import type { Words } from '../i18n.js';
import { phrase } from '../messages/define.js';
import { SOURCE_WORDS } from '../messages/words.js';

/** Levenshtein distance, small-string version. */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/**
 * A word as it looks rather than as it is spelled: lower case, with the characters people and
 * fonts confuse made equal (l, I, i, 1 and |; 0 and O), so `Sl.l` is one step from nothing but
 * `S1.1`.
 */
function lookalike(word: string): string {
  return word.toLowerCase().replace(/[il1|]/g, '1').replace(/o/g, '0');
}

/** The closest candidate to `word`, when it is close enough to be a likely typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  let bestExact = Infinity;
  const looks = lookalike(word);
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    // Confusable characters cost nothing; the plain distance breaks ties.
    const d = editDistance(looks, lookalike(candidate));
    const exact = d <= bestDistance ? editDistance(lower, candidate.toLowerCase()) : Infinity;
    if (d < bestDistance || (d === bestDistance && exact < bestExact)) {
      best = candidate;
      bestDistance = d;
      bestExact = exact;
    }
  }
  const limit = Math.max(1, Math.floor(word.length / 3));
  return bestDistance <= limit ? best : undefined;
}

/** A "did you mean" hint in both languages, or a fallback hint when nothing is close. */
export function didYouMean(word: string, candidates: Iterable<string>, fallback: Words): Words {
  const best = closest(word, candidates);
  return best ? phrase(SOURCE_WORDS.didYouMean, { best }) : fallback;
}
