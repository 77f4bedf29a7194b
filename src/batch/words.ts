import type { Lang } from '../i18n.js';
import { BATCH_WORDS, STATUS_WORDS } from '../messages/batch.js';
import { say } from '../messages/define.js';
import type { RankingRow } from './rank.js';

/** The short mark of a row in the ranking table: ✓ for selected, words for the rest. */
export function statusText(row: RankingRow, lang: Lang): string {
  if (row.status === 'duplicate' && row.supersededByRank !== undefined) {
    return say(BATCH_WORDS.duplicateOf, lang, { rank: row.supersededByRank });
  }
  return STATUS_WORDS[row.status][lang];
}

