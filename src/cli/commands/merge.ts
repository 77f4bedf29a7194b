import { createHash } from 'node:crypto';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { parseAnswers } from '../../answers/parse.js';
import { serializeAnswers } from '../../answers/write.js';
import { toMergeJson } from '../../compare/json.js';
import { checkMergeable, mergeAssessments, type MergeInput, type MergeResult } from '../../compare/merge.js';
import { isSiapError, SiapError, type Diagnostic, type Status } from '../../errors.js';
import { assertReplaceable, assertWritableFolder, fileIdentity, writeFileAtomic } from '../../io/files.js';
import { loadAssessment } from '../../io/load.js';
import { isBundledRubric } from '../../io/rubrics.js';
import { CLI_WORDS } from '../../messages/cli.js';
import { say } from '../../messages/define.js';
import { describeCounts, formatIndexOf } from '../../messages/present.js';
import { WORDS } from '../../messages/words.js';
import { countQuestions, scoreAssessment } from '../../scoring/score.js';
import { siapCommand, type Context } from '../context.js';
import { formatMerge } from '../merge-view.js';
import type { MergeOptions } from '../options.js';
import { fitMessages, fitOutput, palette, printWarnings } from '../print.js';

/**
 * `siap merge <FILES…> -o OUT [--rule median|min] [--kappa linear|quadratic] [--json] [--force]`:
 * several assessors' answers for one regency → agreement figures (stdout) and a consensus
 * answers file whose disputed items are left open for `siap assess OUT`.
 */
export async function runMerge(options: MergeOptions, ctx: Context): Promise<{ status: Status; merge: MergeResult }> {
  const { files, output } = options;
  if (files.length < 2) throw new SiapError('MERGE_TOO_FEW_FILES', { count: files.length });

  // One file named twice, or reached through a link, would count one assessor twice: refused.
  const seen = new Map<string, string>();
  const identities = new Map<string, string>();
  for (const file of files) {
    const path = resolve(ctx.cwd, file);
    if (seen.has(path)) throw new SiapError('MERGE_DUPLICATE_FILE', {}, { source: { file } });
    seen.set(path, file);
    const identity = fileIdentity(file, ctx.cwd);
    const other = identity === undefined ? undefined : identities.get(identity);
    if (other !== undefined) throw new SiapError('SAME_FILE_TWICE', { other }, { source: { file } });
    if (identity !== undefined) identities.set(identity, file);
  }
  const outputPath = resolve(ctx.cwd, output);
  const outputIdentity = fileIdentity(output, ctx.cwd);
  if (seen.has(outputPath) || (outputIdentity !== undefined && identities.has(outputIdentity))) {
    throw new SiapError('MERGE_OUTPUT_IS_INPUT', {}, { source: { file: output } });
  }
  assertWritableFolder(output, { cwd: ctx.cwd });
  assertReplaceable(output, { cwd: ctx.cwd, force: options.force });

  // Load every file, so every broken one is reported at once.
  const inputs: MergeInput[] = [];
  const problems: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  const contents = new Map<string, string>();
  for (const file of files) {
    try {
      const loaded = loadAssessment(file, { cwd: ctx.cwd, allowRubricFile: options.allowRubricFile });
      warnings.push(...loaded.warnings);
      // A byte-identical copy is merged (it may be two assessors' honest agreement), with a warning.
      const hash = createHash('sha256').update(loaded.bytes).digest('hex');
      const original = contents.get(hash);
      if (original !== undefined) warnings.push({ code: 'MERGE_IDENTICAL_COPY', severity: 'warning', params: { other: original }, source: { file } });
      else contents.set(hash, file);
      inputs.push({
        file,
        recordAs: relative(dirname(outputPath), resolve(ctx.cwd, file)).split('\\').join('/'),
        rubric: loaded.rubric,
        answers: loaded.answers,
        result: scoreAssessment(loaded.rubric, loaded.answers),
        locate: (path) => loaded.source.locate(path),
      });
    } catch (error) {
      if (!isSiapError(error)) throw error;
      problems.push(...error.problems());
    }
  }
  // Broken files and files that do not belong together are reported in one go.
  const checks = checkMergeable(inputs);
  problems.push(...checks.filter((d) => d.severity === 'error'));
  if (problems.length > 0) {
    const order = new Map(files.map((f, i) => [f, i]));
    problems.sort((x, y) => (order.get(x.source?.file ?? '') ?? 0) - (order.get(y.source?.file ?? '') ?? 0));
    throw new SiapError('MERGE_REFUSED', { count: problems.filter((d) => d.severity === 'error').length }, { diagnostics: problems });
  }
  printWarnings([...warnings, ...checks.filter((d) => d.severity === 'warning')], ctx);

  const result = mergeAssessments(inputs, { rule: options.rule, kappa: options.kappa, output });
  const rubric = inputs[0]!.rubric;
  const rubricFile = consensusRubricFile(inputs[0]!, outputPath, ctx.cwd);
  if (rubricFile) result.consensus.rubric.file = rubricFile;
  const text = serializeAnswers(result.consensus, rubric);
  // The consensus must read back as a valid answers file before it is written.
  const consensus = parseAnswers(text, output, rubric).answers;
  writeFileAtomic(output, text, { overwrite: options.force, cwd: ctx.cwd });
  const score = scoreAssessment(rubric, consensus);

  if (options.json) ctx.out(`${JSON.stringify(toMergeJson(result, output), null, 2)}\n`);
  else ctx.out(fitOutput(formatMerge(result, rubric, ctx.lang, palette(ctx.colorOut)), ctx));

  const open = result.disputes.length + result.incomplete.length;
  const index = `${formatIndexOf(score, score.index, ctx.lang)}${score.provisional ? ` [${WORDS.provisional[ctx.lang]}]` : ''}`;
  // The consensus file counted like any answers file (assess, score and the report say the same).
  const counts = describeCounts(countQuestions(score), ctx.lang);
  ctx.err(`${fitMessages(say(CLI_WORDS.consensusWritten, ctx.lang, { file: output, counts, open, index }), ctx)}\n`);
  if (open > 0) ctx.err(`${say(CLI_WORDS.settleOpenItems, ctx.lang, { file: output, siap: siapCommand(ctx) })}\n`);
  return { status: 'ok', merge: result };
}

/** A rubric named by path in the assessors' files is named again relative to the consensus file. */
function consensusRubricFile(first: MergeInput, outputPath: string, cwd: string): string | undefined {
  const ref = first.answers.rubric.file;
  if (!ref) return undefined;
  const abs = isAbsolute(ref) ? ref : resolve(cwd, dirname(first.file), ref);
  if (isBundledRubric(abs)) return undefined;
  return relative(dirname(outputPath), abs).split('\\').join('/');
}
