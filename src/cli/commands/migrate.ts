import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { migrateAnswers, type MigrationStep } from '../../answers/migrate.js';
import { parseAnswers } from '../../answers/parse.js';
import { serializeAnswers } from '../../answers/write.js';
import { SiapError, type Status } from '../../errors.js';
import { assertReplaceable, assertWritableFolder, writeFileAtomic } from '../../io/files.js';
import { loadAssessment } from '../../io/load.js';
import { planMigration } from '../../io/migrations.js';
import { isBundledRubric } from '../../io/rubrics.js';
import { say } from '../../messages/define.js';
import { MIGRATE_CLI_WORDS as W } from '../../messages/migrate.js';
import { siapCommand, type Context } from '../context.js';
import { formatMigration, toMigrateJson } from '../migrate-view.js';
import type { MigrateOptions } from '../options.js';
import { palette, printWarnings } from '../print.js';

/**
 * `siap migrate <ANSWERS> [--to VERSION|FILE] [-o OUT] [--json] [--force]`: a new answers file
 * for a newer version of the rubric, following the migrations that version declares, and a
 * report of what happened to every question. The input file is never touched.
 */
export async function runMigrate(options: MigrateOptions, ctx: Context): Promise<{ status: Status; steps: MigrationStep[]; file?: string }> {
  const loaded = loadAssessment(options.answers, { cwd: ctx.cwd, allowRubricFile: options.allowRubricFile });
  printWarnings(loaded.warnings, ctx);
  const source = loaded.rubric;
  const plan = planMigration(source, options.to, { cwd: ctx.cwd });
  if (plan.steps.length === 0) {
    ctx.err(`${say(W.nothing, ctx.lang, { file: options.answers, id: source.id, version: source.version })}\n`);
    return { status: 'ok', steps: [] };
  }
  const target = plan.target;
  const output = options.output ?? defaultMigratedName(options.answers, source.version, target.version);
  const inputPath = resolve(ctx.cwd, options.answers);
  const outputPath = resolve(ctx.cwd, output);
  if (outputPath === inputPath) throw new SiapError('MIGRATE_OUTPUT_IS_INPUT', {}, { source: { file: output } });
  assertWritableFolder(output, { cwd: ctx.cwd });
  assertReplaceable(output, { cwd: ctx.cwd, force: options.force });

  const { answers, steps } = migrateAnswers(loaded.answers, plan.steps, ctx.lang);
  const recordPath = (abs: string): string => relative(dirname(outputPath), abs).split('\\').join('/');
  answers.migratedFrom = { ...answers.migratedFrom!, file: recordPath(inputPath) };
  // A rubric file of the user's own is named again relative to the new file; a bundled one by its id and version.
  const targetRef = options.to !== undefined && !/^\d+(\.\d+)*$/.test(options.to) ? options.to : `${target.id}@${target.version}`;
  const targetPath = resolve(ctx.cwd, targetRef);
  answers.rubric = { id: target.id, version: target.version, sha256: target.sha256, ...(targetRef.includes('@') || isBundledRubric(targetPath) ? {} : { file: recordPath(targetPath) }) };

  // No `$schema` line: a file meant to be sent names nothing of this machine (see README).
  const text = serializeAnswers(answers, target);
  // The new file must read back as valid answers for the target version before it is written.
  parseAnswers(text, output, target);
  writeFileAtomic(output, text, { overwrite: options.force, cwd: ctx.cwd });

  if (options.json) ctx.out(`${JSON.stringify(toMigrateJson(steps, options.answers, output), null, 2)}\n`);
  else ctx.out(formatMigration(steps, plan, options.answers, ctx.lang, palette(ctx.colorOut)));
  const last = steps.at(-1)!;
  ctx.err(`${say(W.written, ctx.lang, { version: target.version, file: output, reassess: last.counts.reassess, fresh: last.counts.new })}\n`);
  ctx.err(`${say(W.next, ctx.lang, { file: output, siap: siapCommand(ctx) })}\n`);
  return { status: 'ok', steps, file: output };
}

/** `gianyar-2025.yaml` → `gianyar-2025-1.1.0.yaml`; a name that ends in the old version gets the new one instead. */
function defaultMigratedName(file: string, from: string, to: string): string {
  const ext = extname(file) || '.yaml';
  const stem = basename(file, extname(file));
  const bare = stem.endsWith(`-${from}`) ? stem.slice(0, -(from.length + 1)) : stem;
  return join(dirname(file), `${bare}-${to}${ext === '.json' ? '.yaml' : ext}`);
}
