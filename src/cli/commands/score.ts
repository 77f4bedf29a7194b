import type { Answers } from '../../answers/model.js';
import type { Status } from '../../errors.js';
import { openAtomic } from '../../io/files.js';
import { loadAssessment } from '../../io/load.js';
import { CLI_WORDS } from '../../messages/cli.js';
import { say } from '../../messages/define.js';
import { formatIndex, formatNumber, formatRange } from '../../messages/present.js';
import { roundHalfUp } from '../../i18n.js';
import { SiapError } from '../../errors.js';
import type { Rubric } from '../../rubric/model.js';
import { toScoreJson } from '../../scoring/json.js';
import type { ScoreResult } from '../../scoring/model.js';
import { reaches, scoreAssessment } from '../../scoring/score.js';
import type { Context } from '../context.js';
import { sourceDateEpoch, type ScoreOptions } from '../options.js';
import { fitOutput, palette, printWarnings } from '../print.js';
import { formatExplanation, formatScoreCsv, formatScoreSummary } from '../score-view.js';
import { loadedWarnings } from '../version-notice.js';

export interface ScoreOutcome {
  /** `failed` when the index is below `--fail-under`. */
  status: Status;
  rubric: Rubric;
  result: ScoreResult;
}

/** `siap score <answers> [--json|--csv] [--explain] [--fail-under N] [--strict]`. */
export async function runScore(options: ScoreOptions, ctx: Context): Promise<ScoreOutcome> {
  const epoch = sourceDateEpoch(ctx.env);
  const loaded = loadAssessment(options.answers, { cwd: ctx.cwd, rubric: options.rubric, strict: options.strict, allowRubricFile: options.allowRubricFile });
  const { rubric, answers, region } = loaded;
  const result = scoreAssessment(rubric, answers);
  const limit = options.failUnder;
  // A limit the index can never reach (or never miss) is a typo, not a check.
  if (limit !== undefined && (limit < result.lower || limit > result.upper)) {
    throw new SiapError('USAGE_FAIL_UNDER_RANGE', { limit: formatNumber(limit, ctx.lang), range: formatRange(result.lower, result.upper, ctx.lang), rubric: rubric.id });
  }
  const belowLimit = limit !== undefined && (result.index === null || !reaches(result.index, limit));
  // The workbook's file is claimed before anything is printed: an existing one (without --force) stops the run.
  const book = options.xlsx ? openAtomic(options.xlsx, { overwrite: Boolean(options.force), cwd: ctx.cwd }) : undefined;
  try {
    printWarnings(loadedWarnings(loaded, options.answers), ctx);
    printScore(result, rubric, answers, options, ctx);
  } catch (error) {
    book?.abort();
    throw error;
  }
  if (book) {
    try {
      const [{ writeWorkbook }, { rankResults, summarizeResult }, { detailOf, outlineOf }] = await Promise.all([
        import('../../batch/xlsx.js'),
        import('../../batch/rank.js'),
        import('../../batch/score-one.js'),
      ]);
      const entry = summarizeResult(result, options.answers, region);
      await writeWorkbook(book, {
        lang: ctx.lang,
        ranking: rankResults([entry]),
        rubric: result.rubric,
        outline: outlineOf(result, rubric.bands),
        details: new Map([[entry, detailOf(result)]]),
        failures: [],
        counts: { files: 1, valid: 1, broken: 0, otherRubric: 0 },
        generated: (epoch ?? ctx.now()).toISOString(),
      });
      book.commit();
    } catch (error) {
      book.abort();
      throw error;
    }
    ctx.err(`${say(CLI_WORDS.written, ctx.lang, { file: options.xlsx! })}\n`);
  }
  if (belowLimit) ctx.err(`${say(CLI_WORDS.belowFailUnder, ctx.lang, { index: indexBelow(result, limit!, ctx.lang), limit: formatNumber(limit!, ctx.lang) })}\n`);
  return { status: belowLimit ? 'failed' : 'ok', rubric, result };
}

/**
 * The index as shown beside a limit it falls short of: with the rubric's decimals, or more when
 * rounding would make it look as high as the limit (85.75 against 85.8 is `85,75`, not `85,8`).
 */
function indexBelow(result: ScoreResult, limit: number, lang: Context['lang']): string {
  if (result.index === null) return formatIndex(null, result.decimals, lang);
  let decimals = result.decimals;
  while (decimals < 6 && roundHalfUp(result.index, decimals) >= limit) decimals++;
  return formatIndex(result.index, decimals, lang);
}

function printScore(result: ScoreResult, rubric: Rubric, answers: Answers, options: ScoreOptions, ctx: Context): void {
  switch (options.format) {
    case 'json':
      ctx.out(`${JSON.stringify(toScoreJson(result), null, 2)}\n`);
      return;
    case 'csv':
      ctx.out(formatScoreCsv(result, ctx.lang));
      return;
    case 'table': {
      const c = palette(ctx.colorOut);
      ctx.out(fitOutput(formatScoreSummary(result, rubric, ctx.lang, c, { answers }), ctx));
      if (options.explain) ctx.out(`\n${fitOutput(formatExplanation(result, rubric, ctx.lang, c), ctx)}`);
    }
  }
}
