import type { Words } from '../i18n.js';
import { phrase } from '../messages/define.js';
import { INDONESIAN_KEYS, SOURCE_WORDS } from '../messages/words.js';

/**
 * Edit distance where a swap of two neighbouring characters counts as one slip, like a missing,
 * extra or wrong character (optimal string alignment: `vaule` is one edit from `value`).
 */
export function editDistance(a: string, b: string): number {
  // Three rows: the one before the previous is needed for a transposition.
  let before = Array.from({ length: b.length + 1 }, () => 0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
    }
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/**
 * A word as it looks rather than as it is spelled: lower case, with the characters people and
 * fonts confuse made equal (l, I, i, 1 and |; 0 and O), so `Sl.l` is one step from nothing but
 * `S1.1`.
 */
function lookalike(word: string): string {
  return word.toLowerCase().replace(/[il1|]/g, '1').replace(/o/g, '0');
}

export interface ClosestOptions {
  /**
   * Candidates to offer first (e.g. question ids not answered yet in the file): the closest of
   * them when one is close enough, else the closest of all.
   */
  prefer?: (candidate: string) => boolean;
}

/**
 * The closest candidate to `word`, when it is close enough to be a likely typo. The word itself is
 * never its own suggestion (a key valid elsewhere in a format may be among the candidates).
 */
export function closest(word: string, candidates: Iterable<string>, options: ClosestOptions = {}): string | undefined {
  const others = [...candidates].filter((c) => c !== word);
  const { prefer } = options;
  if (prefer) {
    const preferred = nearest(word, others.filter(prefer));
    if (preferred !== undefined) return preferred;
  }
  return nearest(word, others);
}

function nearest(word: string, candidates: readonly string[]): string | undefined {
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
export function didYouMean(word: string, candidates: Iterable<string>, fallback: Words, options: ClosestOptions = {}): Words {
  const best = closest(word, candidates, options);
  return best ? phrase(SOURCE_WORDS.didYouMean, { best }) : fallback;
}

/**
 * The hint for a key that is not valid where it was written: the format's own key when it was
 * written in Bahasa Indonesia (`catatan` → `note`), else the closest key valid there, else `fallback`.
 */
export function suggestKey(key: string, keysHere: readonly string[], fallback: Words): Words {
  const english = INDONESIAN_KEYS[key.toLowerCase()]?.find((k) => keysHere.includes(k));
  if (english) return phrase(SOURCE_WORDS.keyInEnglish, { key, best: english });
  return didYouMean(key, keysHere, fallback);
}
