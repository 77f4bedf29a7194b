import { compareAssessments, sameRegency, type Comparison } from '../../compare/compare.js';
import { toCompareJson } from '../../compare/json.js';
import { versionMapping } from '../../compare/mapping.js';
import { SiapError, type Diagnostic, type Status } from '../../errors.js';
import { fileIdentity } from '../../io/files.js';
import { mappingBetween } from '../../io/migrations.js';
import { loadAssessment, type LoadedAssessment } from '../../io/load.js';
import { regencyDisplayName } from '../../messages/words.js';
import { scoreAssessment } from '../../scoring/score.js';
import { formatComparison } from '../compare-view.js';
import type { Context } from '../context.js';
import type { CompareOptions } from '../options.js';
import { fitOutput, outputWidth, palette, printWarnings } from '../print.js';
import { newerVersionNotice } from '../version-notice.js';

/** `siap compare <A> <B> [--json] [--rubric R]`: item-level difference of two assessments. */
export async function runCompare(options: CompareOptions, ctx: Context): Promise<{ status: Status; comparison: Comparison }> {
  // One file under two names (a link, `./a` and `a`) would compare with itself: refused.
  const identity = fileIdentity(options.a, ctx.cwd);
  if (identity !== undefined && identity === fileIdentity(options.b, ctx.cwd)) {
    throw new SiapError('SAME_FILE_TWICE', { other: options.a }, { source: { file: options.b } });
  }
  const loadedA = loadAssessment(options.a, { cwd: ctx.cwd, allowRubricFile: options.allowRubricFile });
  const loadedB = loadAssessment(options.b, { cwd: ctx.cwd, rubric: options.rubric, allowRubricFile: options.allowRubricFile });
  const between = mappingBetween(loadedA.rubric, loadedB.rubric);
  const mapping = between ? versionMapping(between.steps, between.older) : undefined;
  const comparison = compareAssessments(loadedA.rubric, scoreAssessment(loadedA.rubric, loadedA.answers), loadedB.rubric, scoreAssessment(loadedB.rubric, loadedB.answers), mapping ? { mapping } : {});
  const versionNotices = [newerVersionNotice(loadedA, options.a), newerVersionNotice(loadedB, options.b)].filter((d) => d !== undefined);
  printWarnings([...loadedA.warnings, ...loadedB.warnings, ...copyNotice(loadedA, loadedB, options), ...notices(loadedA, loadedB), ...versionNotices], ctx);

  if (options.json) ctx.out(`${JSON.stringify(toCompareJson(comparison), null, 2)}\n`);
  else ctx.out(fitOutput(formatComparison(comparison, ctx.lang, palette(ctx.colorOut), loadedB.rubric.tiers, outputWidth(ctx)), ctx));
  return { status: 'ok', comparison };
}

/** Two files with the same bytes: the comparison runs, but shows nothing, and the user should know why. */
function copyNotice(a: LoadedAssessment, b: LoadedAssessment, options: CompareOptions): Diagnostic[] {
  if (!a.bytes.equals(b.bytes)) return [];
  return [{ code: 'COMPARE_IDENTICAL_COPY', severity: 'warning', params: { other: options.a }, source: { file: options.b } }];
}

/** Files of two regencies or two rubrics can be compared, but the user should know. */
function notices(a: LoadedAssessment, b: LoadedAssessment): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (a.rubric.id !== b.rubric.id) {
    out.push({ code: 'COMPARE_OTHER_RUBRIC', severity: 'warning', params: { a: a.rubric.id, b: b.rubric.id }, source: b.source.locate(['rubric', 'id']) });
  }
  if (!sameRegency(a.answers.regency, b.answers.regency)) {
    const name = (r: LoadedAssessment): string => (r.answers.regency.name ? regencyDisplayName(r.answers.regency) : '—') + (r.answers.regency.code ? ` ${r.answers.regency.code}` : '');
    out.push({ code: 'COMPARE_OTHER_REGENCY', severity: 'warning', params: { a: name(a), b: name(b) }, source: b.source.locate(['regency']) });
  }
  return out;
}
