import { buildAnswersTemplate, defaultAnswersName } from '../../answers/template.js';
import { SiapError, type Status } from '../../errors.js';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileExists, writeFileAtomic } from '../../io/files.js';
import { loadRubric } from '../../io/rubrics.js';
import { CLI_WORDS } from '../../messages/cli.js';
import { say } from '../../messages/define.js';
import { regencyDisplayName } from '../../messages/words.js';
import { questionsInProfile, type Rubric } from '../../rubric/model.js';
import { siapCommand, type Context } from '../context.js';
import type { InitOptions } from '../options.js';
import { fitMessages, printWarnings } from '../print.js';
import { regencyFromOptions } from '../region-pick.js';
import { answersFileRefs, schemaBeside } from '../rubric-refs.js';

/** `siap init --rubric <id|file> [--regency …] [-o FILE] [--schema] [--force]`: write a self-scoring template. */
export async function runInit(options: InitOptions, ctx: Context): Promise<{ status: Status; file: string }> {
  const { rubric, warnings } = loadRubric(options.rubric, { cwd: ctx.cwd });
  printWarnings(warnings, ctx);
  const profile = options.profile;
  if (profile && !rubric.profiles.has(profile)) {
    throw new SiapError('PROFILE_UNKNOWN', { profile, known: [...rubric.profiles.keys()].join(', ') || '—' });
  }
  // Kind, province and code from the official register (asks which one for an ambiguous name).
  const regency = await regencyFromOptions(options, ctx);
  const output = options.output ?? defaultAnswersName(options.regency ?? (regency.name ? regencyDisplayName({ name: regency.name, ...(regency.kind ? { kind: regency.kind } : {}) }) : undefined));
  const refs = answersFileRefs(options.rubric, output, ctx.cwd);
  const schema = options.schema ? await schemaFile(rubric, output, options.force, ctx) : undefined;
  const text = buildAnswersTemplate(rubric, {
    lang: ctx.lang,
    regency,
    assessmentKind: options.kind,
    ...(profile ? { profile } : {}),
    ...(schema ? { schemaRef: schema.ref } : {}),
    ...(refs.rubricFile ? { rubricFile: refs.rubricFile } : {}),
  });
  writeFileAtomic(output, text, { overwrite: options.force, cwd: ctx.cwd });
  if (refs.warning) printWarnings([refs.warning], ctx);
  if (schema?.text !== undefined) writeFileAtomic(schema.file, schema.text, { overwrite: true, cwd: ctx.cwd });
  // As many as the template holds: a self-assessment leaves out the assessor's questions.
  const written = questionsInProfile(rubric, profile).filter((q) => options.kind !== 'self' || !q.assessorOnly);
  const conditional = written.filter((q) => q.when !== undefined).length;
  const words = conditional > 0 ? CLI_WORDS.templateWrittenConditional : CLI_WORDS.templateWritten;
  ctx.err(`${fitMessages(say(words, ctx.lang, { file: output, count: written.length, conditional, rubric: rubric.id, version: rubric.version, siap: siapCommand(ctx) }), ctx)}\n`);
  if (schema) ctx.err(`${say(CLI_WORDS.schemaWritten, ctx.lang, { file: schema.file })}\n`);
  return { status: 'ok', file: output };
}

/**
 * `--schema`: the rubric's answers schema beside the answers file (see schemaBeside). An identical
 * file already there is kept (`text` undefined); a different one is replaced only with --force,
 * and that is checked before anything is written.
 */
async function schemaFile(rubric: Rubric, output: string, force: boolean, ctx: Context): Promise<{ file: string; ref: string; text?: string }> {
  const { answersSchemaForRubric } = await import('../../schemas.js');
  const { file, ref } = schemaBeside(rubric.id, output);
  const text = `${JSON.stringify(await answersSchemaForRubric(rubric, ctx.lang), null, 2)}\n`;
  if (!fileExists(file, ctx.cwd)) return { file, ref, text };
  if (readFileSync(resolve(ctx.cwd, file), 'utf8') === text) return { file, ref };
  if (!force) throw new SiapError('FILE_EXISTS', {}, { source: { file } });
  return { file, ref, text };
}
