import { dirname, join, relative, resolve } from 'node:path';
import { buildAnswersTemplate, defaultAnswersName } from '../../answers/template.js';
import { SiapError } from '../../errors.js';
import { fileExists, writeFileAtomic } from '../../io/files.js';
import { BUNDLED_RUBRICS, loadRubric, PACKAGE_ROOT, resolveRubricFile } from '../../io/rubrics.js';
import type { Context } from '../context.js';
import { printWarnings } from '../print.js';

/**
 * The JSON Schema editors should use: a bundled rubric ships its own answers schema (question ids
 * and values complete in the editor); any other rubric gets the generic answers schema.
 */
function schemaFor(rubricId: string, bundled: boolean): string {
  const own = join(PACKAGE_ROOT, 'rubrics', `${rubricId}.answers.schema.json`);
  return bundled && fileExists(own) ? own : join(PACKAGE_ROOT, 'rubrics', 'siap-answers.schema.json');
}

/** `siap init --rubric <id|file> [--regency …] [-o FILE] [--force]`: write a self-scoring template. */
export async function runInit(options: Record<string, unknown>, ctx: Context): Promise<number> {
  const ref = typeof options.rubric === 'string' ? options.rubric : 'kesiapan-kota-cerdas';
  const { rubric, warnings } = loadRubric(ref, ctx.lang);
  printWarnings(warnings, ctx);
  const profile = typeof options.profile === 'string' ? options.profile : undefined;
  if (profile && !rubric.profiles.has(profile)) {
    throw new SiapError('PROFILE_UNKNOWN', { profile, known: [...rubric.profiles.keys()].join(', ') || '—' });
  }
  const str = (key: string): string | undefined => (typeof options[key] === 'string' && options[key] !== '' ? (options[key] as string) : undefined);
  const regencyName = str('regency');
  const output = str('output') ?? defaultAnswersName(regencyName);
  const kind = str('type') as 'kabupaten' | 'kota' | undefined;
  // A rubric of the user's own is found again through a path relative to the answers file.
  const rubricPath = resolve(resolveRubricFile(ref));
  const rubricFile = rubricPath.startsWith(BUNDLED_RUBRICS) ? undefined : relative(dirname(resolve(output)), rubricPath).split('\\').join('/');
  const text = buildAnswersTemplate(rubric, {
    lang: ctx.lang,
    regency: {
      ...(regencyName ? { name: regencyName } : {}),
      ...(kind ? { kind } : {}),
      ...(str('province') ? { province: str('province')! } : {}),
      ...(str('code') ? { code: str('code')! } : {}),
    },
    assessmentKind: options.kind === 'assessor' ? 'assessor' : 'self',
    ...(profile ? { profile } : {}),
    schemaRef: schemaFor(rubric.id, rubricFile === undefined),
    ...(rubricFile ? { rubricFile } : {}),
  });
  writeFileAtomic(output, text, { overwrite: Boolean(options.force) });
  const count = profile ? rubric.questions.filter((q) => q.tags.some((t) => rubric.profiles.get(profile)!.tags.includes(t))).length : rubric.questions.length;
  ctx.err(
    ctx.lang === 'id'
      ? `Templat ditulis: ${output} (${count} pertanyaan, ${rubric.id} v${rubric.version}).\nIsi nilainya di editor, lalu periksa dengan: siap score ${output}\n`
      : `Template written: ${output} (${count} questions, ${rubric.id} v${rubric.version}).\nFill in the values in an editor, then check with: siap score ${output}\n`,
  );
  return 0;
}
