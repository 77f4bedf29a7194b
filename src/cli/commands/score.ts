import { SiapError } from '../../errors.js';
import { formatDecimal } from '../../i18n.js';
import { loadAssessment } from '../../io/load.js';
import { parseNumber } from '../../answers/values.js';
import { toScoreJson } from '../../scoring/json.js';
import { reaches, scoreAssessment } from '../../scoring/score.js';
import type { Context } from '../context.js';
import { palette, printWarnings } from '../print.js';
import { formatExplanation, formatScoreCsv, formatScoreSummary } from '../score-view.js';

/** `siap score <answers> [--json|--csv] [--explain] [--fail-under N] [--strict]`. */
export async function runScore(file: string, options: Record<string, unknown>, ctx: Context): Promise<number> {
  if (options.json && options.csv) {
    throw new SiapError('USAGE', { detail: ctx.lang === 'id' ? '--json dan --csv tidak dapat dipakai bersamaan' : '--json and --csv cannot be used together' });
  }
  let failUnder: number | undefined;
  if (options.failUnder !== undefined) {
    failUnder = parseNumber(String(options.failUnder));
    if (failUnder === undefined) {
      throw new SiapError('USAGE', { detail: ctx.lang === 'id' ? `--fail-under memerlukan angka, bukan "${String(options.failUnder)}"` : `--fail-under needs a number, not "${String(options.failUnder)}"` });
    }
  }
  const { rubric, answers, warnings } = loadAssessment(file, {
    lang: ctx.lang,
    ...(typeof options.rubric === 'string' ? { rubric: options.rubric } : {}),
    ...(options.strict ? { strict: true } : {}),
  });
  printWarnings(warnings, ctx);
  const result = scoreAssessment(rubric, answers);

  if (options.json) ctx.out(`${JSON.stringify(toScoreJson(result), null, 2)}\n`);
  else if (options.csv) ctx.out(formatScoreCsv(result, ctx.lang));
  else {
    const c = palette(ctx.colorOut);
    ctx.out(formatScoreSummary(result, rubric, ctx.lang, c));
    if (options.explain) ctx.out(`\n${formatExplanation(result, rubric, ctx.lang, c)}`);
  }

  if (failUnder !== undefined && (result.index === null || !reaches(result.index, failUnder))) {
    const shown = result.index === null ? '—' : formatDecimal(result.index, result.decimals, ctx.lang);
    ctx.err(ctx.lang === 'id' ? `indeks ${shown} di bawah batas --fail-under ${failUnder}\n` : `index ${shown} is below --fail-under ${failUnder}\n`);
    return 1;
  }
  return 0;
}
