import { basename } from 'node:path';
import { compareAssessments } from '../compare/compare.js';
import { SiapError } from '../errors.js';
import { assertReplaceable, assertWritableFolder, writeFileAtomic } from '../io/files.js';
import { loadAssessment } from '../io/load.js';
import { DEFAULT_TEMPLATE, loadTemplate } from '../io/templates.js';
import { inBoth } from '../messages/define.js';
import { regencyDisplayName, WORDS } from '../messages/words.js';
import { buildComparisonSection } from '../report/compare-page.js';
import type { ComparisonSection } from '../report/model.js';
import { renderAssessmentReport, type RenderReportOptions } from '../report/render.js';
import { undrawableWarnings } from '../report/glyphs.js';
import { rubricSource } from '../io/rubrics.js';
import type { Answers } from '../answers/model.js';
import type { Lang } from '../i18n.js';
import type { YamlSource } from '../source/yaml.js';
import type { TemplateColors } from '../report/template.js';
import type { Rubric } from '../rubric/model.js';
import type { ScoreResult } from '../scoring/model.js';
import { scoreAssessment } from '../scoring/score.js';
import type { Context } from './context.js';
import { sourceDateEpoch } from './options.js';
import { printWarnings } from './print.js';
import { versionMapping } from '../compare/mapping.js';
import { mappingBetween } from '../io/migrations.js';
import { loadedWarnings } from './version-notice.js';

/** What a report is made from: `siap report`'s options, also used by `siap assess` at the end. */
export interface ReportFileOptions {
  answers: string;
  output: string;
  template?: string;
  rubric?: string;
  compare?: string;
  force: boolean;
  strict: boolean;
  allowRubricFile?: boolean;
}

/**
 * Load an answers file (and the `--compare` self-assessment), score it, render the PDF report and
 * write it atomically. Nothing is written unless every input is valid.
 */
export async function renderReportFile(options: ReportFileOptions, ctx: Context): Promise<void> {
  const { output, force } = options;
  if (!/\.pdf$/i.test(output)) throw new SiapError('REPORT_OUTPUT_NOT_PDF', { file: output }, { source: { file: output } });
  const generatedAt = sourceDateEpoch(ctx.env);
  // Refuse early, before any work, when the output cannot be written; writeFileAtomic checks again at the end.
  assertWritableFolder(output, { cwd: ctx.cwd });
  assertReplaceable(output, { cwd: ctx.cwd, force });

  const load = { cwd: ctx.cwd, allowRubricFile: Boolean(options.allowRubricFile) };
  const loaded = loadAssessment(options.answers, { ...load, rubric: options.rubric, strict: options.strict });
  const { rubric, answers, bytes } = loaded;
  const template = loadTemplate(options.template ?? DEFAULT_TEMPLATE, { cwd: ctx.cwd });
  printWarnings(loadedWarnings(loaded, options.answers), ctx);
  const result = scoreAssessment(rubric, answers);
  const self = options.compare ? loadAssessment(options.compare, { ...load }) : undefined;
  if (self) printWarnings(loadedWarnings(self, options.compare!), ctx);
  const comparison = self ? comparisonSection(self, { rubric, result }, template.colors, ctx.lang) : undefined;
  printWarnings(await undrawableWarnings([{ answers, source: loaded.source }, ...(self ? [{ answers: self.answers, source: self.source }] : [])]), ctx);
  const pdf = await renderAssessmentReport(rubric, answers, {
    result,
    template,
    lang: ctx.lang,
    ...(generatedAt ? { generatedAt } : {}),
    source: { name: basename(options.answers), bytes },
    ...withRubricSource(rubric, ctx.cwd),
    ...(comparison && self ? { comparison, compareSource: compareSourceOf(basename(options.compare!), self, rubric, ctx.cwd) } : {}),
  });
  writeFileAtomic(output, pdf, { overwrite: force, cwd: ctx.cwd });
}

/** `{ rubricSource }` for a rubric loaded from a file (nothing when the file cannot be found again unchanged). */
export function withRubricSource(rubric: Rubric, cwd: string): { rubricSource?: { name: string; text: string } } {
  const source = rubricSource(rubric, { cwd });
  return source ? { rubricSource: source } : {};
}

/** The `--compare` file as attached: its bytes, and its rubric's text when that is not the report's rubric. */
function compareSourceOf(name: string, self: { bytes: Uint8Array; rubric: Rubric }, rubric: Rubric, cwd: string): NonNullable<RenderReportOptions['compareSource']> {
  const other = self.rubric.sha256 !== rubric.sha256 ? rubricSource(self.rubric, { cwd }) : undefined;
  return { name, bytes: new Uint8Array(self.bytes), ...(other ? { rubric: other } : {}) };
}

/**
 * The report's page "Penilaian Mandiri vs Verifikasi Asesor" for `siap report FILE --compare SELF`:
 * score SELF, compare it with the report's own assessment, and refuse (located in SELF) unless the
 * two are a self-assessment and an assessor's verification of one regency.
 */
export function comparisonSection(
  self: { rubric: Rubric; answers: Answers; source: Pick<YamlSource, 'locate'> },
  report: { rubric: Rubric; result: ScoreResult },
  colors: Pick<TemplateColors, 'accent' | 'muted'>,
  lang: Lang,
): ComparisonSection {
  // Versions of one rubric whose ids differ compare through the declared migrations, or not at all.
  const between = mappingBetween(self.rubric, report.rubric);
  if (!between) assertSameQuestions(self, report.rubric);
  const mapping = between ? versionMapping(between.steps, between.older) : undefined;
  const comparison = compareAssessments(self.rubric, scoreAssessment(self.rubric, self.answers), report.rubric, report.result, mapping ? { mapping } : {});
  const section = buildComparisonSection(comparison, { lang, colors, ...(report.rubric.tiers[0] ? { tier: report.rubric.tiers[0] } : {}) });
  if (section) return section;
  const kind = self.answers.assessment.kind;
  if (kind === report.result.assessment.kind) {
    throw new SiapError('REPORT_COMPARE_NOT_PAIR', { kind: inBoth((l) => WORDS[kind][l].toLowerCase()) }, { source: self.source.locate(['assessment', 'kind']) });
  }
  const name = (r: { name: string; kind?: 'kabupaten' | 'kota'; code?: string }): string => (r.name ? regencyDisplayName(r) : '—') + (r.code ? ` (${r.code})` : '');
  throw new SiapError('REPORT_COMPARE_OTHER_REGENCY', { other: name(self.answers.regency), regency: name(report.result.regency) }, { source: self.source.locate(['regency']) });
}

/**
 * A comparison page means something only when both files answer the same questions: another
 * rubric, or another version of it whose question or section ids differ, would leave claims
 * unmatched and the page would read as if every claim were verified. Refused, located in SELF.
 */
function assertSameQuestions(self: { rubric: Rubric; source: Pick<YamlSource, 'locate'> }, rubric: Rubric): void {
  if (self.rubric.id !== rubric.id) {
    throw new SiapError('REPORT_COMPARE_OTHER_RUBRIC', { other: self.rubric.id, rubric: rubric.id }, { source: self.source.locate(['rubric', 'id']) });
  }
  if (self.rubric.sha256 === rubric.sha256) return;
  const ids = (r: Rubric): Set<string> => new Set([...r.questions.map((q) => q.id), ...r.nodes.keys()]);
  const mine = ids(self.rubric);
  const theirs = ids(rubric);
  const differ = [...[...mine].filter((id) => !theirs.has(id)), ...[...theirs].filter((id) => !mine.has(id))];
  if (differ.length === 0) return;
  throw new SiapError(
    'REPORT_COMPARE_OTHER_QUESTIONS',
    { other: self.rubric.version, version: rubric.version, count: differ.length, ids: differ.slice(0, 3).join(', ') },
    { source: self.source.locate(['rubric', 'version']) },
  );
}

/** `gianyar.yaml` → `gianyar.pdf`, beside the answers file. */
export function defaultReportName(file: string): string {
  return `${file.replace(/\.(ya?ml|json)$/i, '')}.pdf`;
}
