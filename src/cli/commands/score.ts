import type { Status } from '../../errors.js';
import { openAtomic } from '../../io/files.js';
import { loadAssessment } from '../../io/load.js';
import { CLI_WORDS } from '../../messages/cli.js';
import { say } from '../../messages/define.js';
import { formatIndex } from '../../messages/present.js';
import type { Rubric } from '../../rubric/model.js';
import { toScoreJson } from '../../scoring/json.js';
import type { ScoreResult } from '../../scoring/model.js';
import { reaches, scoreAssessment } from '../../scoring/score.js';
import type { Context } from '../context.js';
import { sourceDateEpoch, type ScoreOptions } from '../options.js';
import { palette, printWarnings } from '../print.js';
import { formatExplanation, formatScoreCsv, formatScoreSummary } from '../score-view.js';

export interface ScoreOutcome {
  /** `failed` when the index is below `--fail-under`. */
  status: Status;
  rubric: Rubric;
  result: ScoreResult;
}

/** `siap score <answers> [--json|--csv] [--explain] [--fail-under N] [--strict]`. */
export async function runScore(options: ScoreOptions, ctx: Context): Promise<ScoreOutcome> {
  const epoch = sourceDateEpoch(ctx.env);
  const { rubric, answers, warnings, region } = loadAssessment(options.answers, { cwd: ctx.cwd, rubric: options.rubric, strict: options.strict });
  const result = scoreAssessment(rubric, answers);
  const belowLimit = options.failUnder !== undefined && (result.index === null || !reaches(result.index, options.failUnder));
  // The workbook's file is claimed before anything is printed: an existing one (without --force) stops the run.
  const book = options.xlsx ? openAtomic(options.xlsx, { overwrite: Boolean(options.force), cwd: ctx.cwd }) : undefined;
  try {
    printWarnings(warnings, ctx);
    printScore(result, rubric, options, ctx);
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
  if (belowLimit) ctx.err(`${say(CLI_WORDS.belowFailUnder, ctx.lang, { index: formatIndex(result.index, result.decimals, ctx.lang), limit: options.failUnder! })}\n`);
  return { status: belowLimit ? 'failed' : 'ok', rubric, result };
}

function printScore(result: ScoreResult, rubric: Rubric, options: ScoreOptions, ctx: Context): void {
  switch (options.format) {
    case 'json':
      ctx.out(`${JSON.stringify(toScoreJson(result), null, 2)}\n`);
      return;
    case 'csv':
      ctx.out(formatScoreCsv(result, ctx.lang));
      return;
    case 'table': {
      const c = palette(ctx.colorOut);
      ctx.out(formatScoreSummary(result, rubric, ctx.lang, c));
      if (options.explain) ctx.out(`\n${formatExplanation(result, rubric, ctx.lang, c)}`);
    }
  }
}
