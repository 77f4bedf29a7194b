import { buildAnswersTemplate, defaultAnswersName } from '../../answers/template.js';
import { SiapError, type Status } from '../../errors.js';
import { writeFileAtomic } from '../../io/files.js';
import { loadRubric } from '../../io/rubrics.js';
import { CLI_WORDS } from '../../messages/cli.js';
import { say } from '../../messages/define.js';
import { questionsInProfile } from '../../rubric/model.js';
import { siapCommand, type Context } from '../context.js';
import type { InitOptions } from '../options.js';
import { printWarnings } from '../print.js';
import { answersFileRefs } from '../rubric-refs.js';

/** `siap init --rubric <id|file> [--regency …] [-o FILE] [--force]`: write a self-scoring template. */
export async function runInit(options: InitOptions, ctx: Context): Promise<{ status: Status; file: string }> {
  const { rubric, warnings } = loadRubric(options.rubric, { cwd: ctx.cwd });
  printWarnings(warnings, ctx);
  const profile = options.profile;
  if (profile && !rubric.profiles.has(profile)) {
    throw new SiapError('PROFILE_UNKNOWN', { profile, known: [...rubric.profiles.keys()].join(', ') || '—' });
  }
  const output = options.output ?? defaultAnswersName(options.regency);
  const refs = answersFileRefs(rubric.id, options.rubric, output, ctx.cwd);
  const text = buildAnswersTemplate(rubric, {
    lang: ctx.lang,
    regency: {
      ...(options.regency ? { name: options.regency } : {}),
      ...(options.type ? { kind: options.type } : {}),
      ...(options.province ? { province: options.province } : {}),
      ...(options.code ? { code: options.code } : {}),
    },
    assessmentKind: options.kind,
    ...(profile ? { profile } : {}),
    schemaRef: refs.schema,
    ...(refs.rubricFile ? { rubricFile: refs.rubricFile } : {}),
  });
  writeFileAtomic(output, text, { overwrite: options.force, cwd: ctx.cwd });
  const count = questionsInProfile(rubric, profile).length;
  ctx.err(`${say(CLI_WORDS.templateWritten, ctx.lang, { file: output, count, rubric: rubric.id, version: rubric.version, siap: siapCommand(ctx) })}\n`);
  return { status: 'ok', file: output };
}
