import { basename, dirname, relative, resolve } from 'node:path';
import type { Answers } from '../../answers/model.js';
import { isSiapError, type Diagnostic, type Status } from '../../errors.js';
import { buildFormPage } from '../../form/page.js';
import { FORM_FORMAT, formStorageKey, type FormPayload } from '../../form/payload.js';
import { answersFileName, answersFileText, openAnswersText } from '../../form/state.js';
import { pick } from '../../i18n.js';
import { readFormAssets, readRubricData } from '../../io/form-assets.js';
import { assertReplaceable, assertWritableFolder, writeFileAtomic } from '../../io/files.js';
import { openAssessment, readAssessment } from '../../io/load.js';
import { loadRegister } from '../../io/register.js';
import { answersKind } from '../../register/register.js';
import { DEFAULT_RUBRIC, loadRubric } from '../../io/rubrics.js';
import { say } from '../../messages/define.js';
import { FORM_CLI_WORDS, FORM_WORDS } from '../../messages/form.js';
import { formatSize } from '../../messages/present.js';
import type { Rubric } from '../../rubric/model.js';
import { slugify } from '../../util/slug.js';
import { VERSION } from '../../version.js';
import type { Context } from '../context.js';
import type { FormOptions } from '../options.js';
import { fitMessages, printWarnings } from '../print.js';
import { regencyFromOptions } from '../region-pick.js';
import { loadedWarnings } from '../version-notice.js';

/**
 * `siap form [ANSWERS] [--rubric id|file] [--regency …] [-o FILE.html] [--force]`: one HTML file
 * that a regency team opens offline, fills in, and saves as an answers file. Pre-filled from
 * ANSWERS when given (e.g. last year's, or one made by `siap init`).
 */
export async function runForm(options: FormOptions, ctx: Context): Promise<{ status: Status; file: string; bytes: number }> {
  const lang = ctx.lang;
  const { rubric, answers, problems } = startingPoint(options, ctx);
  // Details typed on the command line are filled in from the official register, as siap init does.
  const typed = await regencyFromOptions(options, ctx);
  const regency = { ...answers.regency, ...typed, name: typed.name ?? answers.regency.name };
  const slug = slugify(regency.name);
  const output = options.output ?? `${FORM_CLI_WORDS.defaultName[lang]}${slug ? `-${slug}` : ''}.html`;
  // Before any work: a folder the page could not be written into, a file that may not be replaced.
  assertWritableFolder(output, { cwd: ctx.cwd });
  assertReplaceable(output, { cwd: ctx.cwd, force: options.force });

  const { data, userFile } = readRubricData(rubric, ctx.cwd);
  // A rubric of one's own is found again from where the page (and, likely, the saved file) sits.
  const rubricFile = userFile ? relative(dirname(resolve(ctx.cwd, output)), userFile).split('\\').join('/') : undefined;
  const initial: Answers = {
    ...answers,
    rubric: { id: rubric.id, version: rubric.version, sha256: rubric.sha256, ...(rubricFile ? { file: rubricFile } : {}) },
    regency,
  };
  const payload: FormPayload = {
    format: FORM_FORMAT,
    lang,
    generator: VERSION,
    rubric: { file: rubric.file, sha256: rubric.sha256, data },
    initial: { file: options.answers ? basename(options.answers) : answersFileName(initial), text: answersFileText(initial, rubric), ...(problems.length > 0 ? { problems } : {}) },
    storageKey: formStorageKey(rubric.id, rubric.sha256, regency.name),
    // The official register: the page offers its names and fills in kind, province and code.
    regions: loadRegister().regions.map((r) => ({ code: r.code, name: r.name, kind: answersKind(r.kind), province: r.province })),
  };
  const { script, style } = readFormAssets();
  const html = buildFormPage({
    script,
    style,
    payload,
    lang,
    title: say(FORM_WORDS.pageTitle, lang, { title: pick(rubric.title, lang) }),
    noScript: say(FORM_WORDS.noScript, lang),
  });
  writeFileAtomic(output, html, { overwrite: options.force, cwd: ctx.cwd });
  const bytes = Buffer.byteLength(html, 'utf8');
  const size = formatSize(bytes, lang);
  ctx.err(`${say(FORM_CLI_WORDS.written, lang, { file: output, size, count: rubric.questions.length, rubric: rubric.id, version: rubric.version })}\n`);
  return { status: 'ok', file: output, bytes };
}

/**
 * The rubric, and the answers the page starts from: the file given, or none yet. A file whose
 * answers are partly wrong still gives a form: the answers that are fine fill it, and the others
 * are problems the page shows next to their questions (as "Buka berkas" does), printed here as
 * warnings. A file that cannot be read, or whose rubric cannot be found, is refused.
 */
function startingPoint(options: FormOptions, ctx: Context): { rubric: Rubric; answers: Answers; problems: Diagnostic[] } {
  if (options.answers) {
    const opened = openAssessment(options.answers, { cwd: ctx.cwd, rubric: options.rubric, allowRubricFile: options.allowRubricFile });
    try {
      const loaded = readAssessment(opened);
      // As score, report and assess: last year's file on an older bundled version says so (the form keeps that version).
      printWarnings(loadedWarnings(loaded, options.answers), ctx);
      return { rubric: loaded.rubric, answers: loaded.answers, problems: [] };
    } catch (error) {
      if (!isSiapError(error)) throw error;
      const partly = openAnswersText(opened.text, opened.source.file, opened.rubric.rubric);
      if (!partly.answers || partly.skipped.length === 0) throw error;
      // Here they are warnings (the form is made); on the page, the errors of the file they are.
      printWarnings([...opened.rubric.warnings, ...partly.problems.map((d): Diagnostic => ({ ...d, severity: 'warning' }))], ctx);
      ctx.err(`${fitMessages(say(FORM_CLI_WORDS.partly, ctx.lang, { file: options.answers, count: partly.skipped.length }), ctx)}\n`);
      // The page names the file as it names the file it starts from: by its name, never by a path of this computer.
      const named = (d: Diagnostic): Diagnostic => (d.source?.file === opened.source.file ? { ...d, source: { ...d.source, file: basename(opened.source.file) } } : d);
      return { rubric: opened.rubric.rubric, answers: partly.answers, problems: partly.problems.map(named) };
    }
  }
  const { rubric, warnings } = loadRubric(options.rubric ?? DEFAULT_RUBRIC, { cwd: ctx.cwd });
  printWarnings(warnings, ctx);
  return {
    rubric,
    problems: [],
    answers: {
      file: '',
      rubric: { id: rubric.id, version: rubric.version, sha256: rubric.sha256 },
      regency: { name: '' },
      assessment: { kind: 'self', assessors: [] },
      entries: new Map(),
      context: new Map(),
    },
  };
}
