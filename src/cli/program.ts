import { Command, Option, type Argument } from 'commander';
import type { Lang, Words } from '../i18n.js';
import { fill } from '../messages/define.js';
import { HELP, HELP_TITLES, HELP_VALUES } from '../messages/help.js';
import { VERSION } from '../version.js';
import type { CommandName, RawOptions } from './options.js';

/**
 * The command surface of siap. Only commander is imported here: every command module is loaded
 * with `import()` when that command runs, so `siap --help` stays as fast as commander itself.
 *
 * Help is in one language throughout. The pattern for a command (a new one follows it and gets
 * the rest for free):
 * - every description and example comes from `HELP` (messages/help.ts), picked with `w(…)`;
 * - every argument and option value is named from `HELP_VALUES` through `v`: `` `<${v.files}...>` ``,
 *   `` `-o, --output <${v.file}>` `` (so usage errors name it in the same language);
 * - examples start with `siap`, shown as the user started siap (`node bin/siap.js …` from a clone);
 * - choices and defaults are declared on the option (`.choices()`, `.default()`): the help hooks
 *   configured once below word them `(pilihan: …; bawaan: …)`, as they word commander's titles,
 *   `[opsi]`, `[perintah]` and `…` for a variadic argument.
 */

/** Runs a command: its arguments and commander's options as parsed (checked later, in options.ts). */
export type Dispatch = (command: CommandName, args: string[], options: RawOptions) => Promise<void>;

/** Where commander prints help and the version (the command's stdout and stderr). */
export interface ProgramOutput {
  out(text: string): void;
  err(text: string): void;
  columns?: number;
  /** How the user started siap (`siap`, `node bin/siap.js`): the name in usage lines and examples. */
  command?: string;
}

/** Build the commander program; `dispatch` runs a command (lazily importing its module). */
export function createProgram(lang: Lang, dispatch: Dispatch, output: ProgramOutput): Command {
  const w = (words: Words): string => words[lang];
  const v = Object.fromEntries(Object.entries(HELP_VALUES).map(([key, words]) => [key, words[lang]])) as Record<keyof typeof HELP_VALUES, string>;
  const siap = output.command ?? 'siap';
  const example = (lines: string[]): string => `\n${w(HELP.common.examples)}\n${lines.map((l) => `  $ ${l.replace(/^siap\b/, siap)}`).join('\n')}\n`;
  /** `(pilihan: kabupaten, kota; bawaan: self)` after a description, in the help's language. */
  const withExtras = (description: string, extras: (string | false)[]): string => {
    const shown = extras.filter((e): e is string => e !== false);
    return shown.length === 0 ? description : `${description} (${shown.join('; ')})`.trim();
  };
  const choices = (list: readonly string[] | undefined): string | false => list !== undefined && fill(w(HELP.common.choices), { list: list.join(', ') });
  const shown = (value: unknown, description: string | undefined): string => description ?? (Array.isArray(value) ? value.join(' ') : String(value));
  const variadic = (str: string): string => str.replace(/\.\.\.([>\]])/g, '…$1');
  const localWords = (str: string): string => variadic(str.replace('[options]', w(HELP.common.options)).replace('[command]', w(HELP.common.command)));

  // Settings made before the sub-commands are added are inherited by them.
  const program = new Command(siap)
    .configureHelp({
      showGlobalOptions: true,
      styleTitle: (str: string) => HELP_TITLES[str]?.[lang] ?? str,
      styleUsage: localWords,
      styleSubcommandTerm: localWords,
      optionDescription: (option: Option) =>
        withExtras(option.description, [
          choices(option.argChoices),
          (option.defaultValue !== undefined || option.defaultValueDescription !== undefined) && (option.required || option.optional) && fill(w(HELP.common.default), { value: shown(option.defaultValue, option.defaultValueDescription) }),
          option.presetArg !== undefined && option.optional && fill(w(HELP.common.preset), { value: shown(option.presetArg, undefined) }),
          option.envVar !== undefined && fill(w(HELP.common.env), { name: option.envVar }),
        ]),
      argumentDescription: (argument: Argument) =>
        withExtras(argument.description, [
          choices(argument.argChoices),
          argument.defaultValue !== undefined && fill(w(HELP.common.default), { value: shown(argument.defaultValue, argument.defaultValueDescription) }),
        ]),
    })
    .helpOption('-h, --help', w(HELP.program.help))
    .helpCommand(`help [${v.command}]`, w(HELP.program.helpCommand))
    .exitOverride()
    .configureOutput({
      writeOut: (text) => output.out(text),
      writeErr: (text) => output.err(text),
      outputError: () => undefined,
      getOutHelpWidth: () => output.columns ?? 80,
      getErrHelpWidth: () => output.columns ?? 80,
    })
    .description(w(HELP.program.description))
    .version(VERSION, '-V, --version', w(HELP.program.version))
    .option(`--lang <${v.lang}>`, w(HELP.program.lang))
    .option('--debug', w(HELP.program.debug))
    .addHelpText(
      'after',
      example([
        'siap rubric list',
        'siap init --rubric kesiapan-kota-cerdas --regency "Gianyar" --type kabupaten -o gianyar.yaml',
        'siap assess gianyar.yaml',
        'siap score gianyar.yaml',
        'siap report gianyar.yaml -o gianyar.pdf',
        'siap batch jawaban/ --top 10 --out hasil --pdf',
        'siap form --regency "Gianyar" -o formulir-gianyar.html',
      ]),
    );

  const run = (command: CommandName) =>
    async (...params: unknown[]): Promise<void> => {
      const cmd = params.at(-1) as Command;
      const args = params.slice(0, -2).flatMap((a) => (Array.isArray(a) ? a.map(String) : a === undefined ? [] : [String(a)]));
      await dispatch(command, args, { ...cmd.optsWithGlobals() });
    };

  const rubric = program
    .command('rubric')
    .description(w(HELP.rubric.description));
  rubric
    .command('list')
    .description(w(HELP.rubricList.description))
    .option('--json', w(HELP.rubricList.json))
    .addHelpText('after', example(['siap rubric list']))
    .action(run('rubric-list'));
  rubric
    .command('show')
    .argument(`<${v.rubric}>`, w(HELP.rubricShow.argRubric))
    .description(w(HELP.rubricShow.description))
    .option('--questions', w(HELP.rubricShow.questions))
    .addHelpText('after', example(['siap rubric show kesiapan-kota-cerdas', 'siap rubric show spbe-2020 --questions']))
    .action(run('rubric-show'));
  rubric
    .command('validate')
    .argument(`<${v.files}...>`, w(HELP.rubricValidate.argFiles))
    .description(w(HELP.rubricValidate.description))
    .addHelpText('after', example(['siap rubric validate rubrik-saya.yaml']))
    .action(run('rubric-validate'));
  rubric
    .command('schema')
    .description(w(HELP.rubricSchema.description))
    .option('--answers', w(HELP.rubricSchema.answers))
    .option('--template', w(HELP.rubricSchema.template))
    .option('--score', w(HELP.rubricSchema.score))
    .option(`-r, --rubric <${v.rubric}>`, w(HELP.rubricSchema.rubric))
    .addHelpText('after', example(['siap rubric schema > siap-rubric.schema.json', 'siap rubric schema --answers > siap-answers.schema.json', 'siap rubric schema --rubric kesiapan-kota-cerdas > jawaban.schema.json']))
    .action(run('rubric-schema'));

  program
    .command('init')
    .description(w(HELP.init.description))
    .option(`-r, --rubric <${v.rubric}>`, w(HELP.init.rubric), 'kesiapan-kota-cerdas')
    .option(`--regency <${v.name}>`, w(HELP.init.regency))
    .addOption(new Option(`--type <${v.type}>`, w(HELP.init.type)).choices(['kabupaten', 'kota']))
    .option(`--province <${v.name}>`, w(HELP.init.province))
    .option(`--code <${v.code}>`, w(HELP.init.code))
    .addOption(new Option(`--kind <${v.kind}>`, w(HELP.init.kind)).choices(['self', 'assessor']).default('self'))
    .option(`--profile <${v.profile}>`, w(HELP.init.profile))
    .option(`-o, --output <${v.file}>`, w(HELP.init.output))
    .option('--schema', w(HELP.init.schema))
    .option('-f, --force', w(HELP.init.force))
    .addHelpText('after', example(['siap init --rubric kesiapan-kota-cerdas --regency "Kota Parepare" --type kota -o parepare.yaml', 'siap init --regency "Gianyar" -o gianyar.yaml --schema']))
    .action(run('init'));

  program
    .command('assess')
    .argument(`[${v.answers}]`, w(HELP.assess.argAnswers))
    .description(w(HELP.assess.description))
    .option(`-r, --rubric <${v.rubric}>`, w(HELP.assess.rubric))
    .option(`--profile <${v.profile}>`, w(HELP.assess.profile))
    .option(`--regency <${v.name}>`, w(HELP.assess.regency))
    .addOption(new Option(`--type <${v.type}>`, w(HELP.assess.type)).choices(['kabupaten', 'kota']))
    .option(`--province <${v.name}>`, w(HELP.assess.province))
    .option(`--code <${v.code}>`, w(HELP.assess.code))
    // The default is only for a new file (a resumed file keeps its kind): shown in the help, not applied by commander.
    .addOption(new Option(`--kind <${v.kind}>`, w(HELP.assess.kind)).choices(['self', 'assessor']).default(undefined, 'assessor'))
    .option('--allow-rubric-file', w(HELP.common.allowRubricFile))
    .addHelpText(
      'after',
      example(['siap assess gianyar.yaml', 'siap assess gianyar.yaml --regency Gianyar --type kabupaten --code 51.04', 'siap assess --rubric spbe-2020 spbe-gianyar.yaml --lang en']),
    )
    .action(run('assess'));

  program
    .command('score')
    .argument(`<${v.answers}>`, w(HELP.score.argAnswers))
    .description(w(HELP.score.description))
    .option(`-r, --rubric <${v.rubric}>`, w(HELP.score.rubric))
    .option('--json', w(HELP.score.json))
    .option('--csv', w(HELP.score.csv))
    .option('--explain', w(HELP.score.explain))
    .option(`--fail-under <${v.n}>`, w(HELP.score.failUnder))
    .option('--strict', w(HELP.score.strict))
    .option(`--xlsx <${v.file}>`, w(HELP.score.xlsx))
    .option('-f, --force', w(HELP.score.force))
    .option('--allow-rubric-file', w(HELP.common.allowRubricFile))
    .addHelpText('after', example(['siap score gianyar.yaml', 'siap score gianyar.yaml --json > gianyar.json', 'siap score gianyar.yaml --fail-under 70', 'siap score gianyar.yaml --xlsx gianyar.xlsx']))
    .action(run('score'));

  program
    .command('report')
    .argument(`<${v.answers}>`, w(HELP.report.argAnswers))
    .description(w(HELP.report.description))
    .option(`-o, --output <${v.file}>`, w(HELP.report.output))
    .option(`-t, --template <${v.template}>`, w(HELP.report.template))
    .option(`-r, --rubric <${v.rubric}>`, w(HELP.report.rubric))
    .option(`--compare <${v.self}>`, w(HELP.report.compare))
    .option('-f, --force', w(HELP.report.force))
    .option('--strict', w(HELP.report.strict))
    .option('--allow-rubric-file', w(HELP.common.allowRubricFile))
    .addHelpText('after', example(['siap report gianyar.yaml -o gianyar.pdf', 'siap report verifikasi.yaml --compare mandiri.yaml --lang en']))
    .action(run('report'));

  program
    .command('batch')
    .argument(`<${v.inputs}...>`, w(HELP.batch.argInputs))
    .description(w(HELP.batch.description))
    .option(`-r, --rubric <${v.rubric}>`, w(HELP.batch.rubric))
    .option(`--top <${v.n}>`, w(HELP.batch.top))
    .option(`--out <${v.dir}>`, w(HELP.batch.out))
    .option('--pdf', w(HELP.batch.pdf))
    .option(`--csv <${v.file}>`, w(HELP.batch.csv))
    .option(`--json <${v.file}>`, w(HELP.batch.json))
    .option(`--xlsx <${v.file}>`, w(HELP.batch.xlsx))
    .option('--decimal-comma', w(HELP.batch.decimalComma))
    .option(`--province <${v.provinces}>`, w(HELP.batch.province), (value: string, previous: string[] | undefined) => [...(previous ?? []), value])
    .option('--by-province', w(HELP.batch.byProvince))
    .option(`-t, --template <${v.template}>`, w(HELP.batch.template))
    .option(`--date <${v.date}>`, w(HELP.batch.date))
    .option(`-j, --jobs <${v.n}>`, w(HELP.batch.jobs))
    .option('-f, --force', w(HELP.batch.force))
    .option('--strict', w(HELP.batch.strict))
    .option('--wide', w(HELP.batch.wide))
    .option('--allow-rubric-file', w(HELP.common.allowRubricFile))
    .addHelpText('after', w(HELP.batch.rules))
    .addHelpText(
      'after',
      example([
        'siap batch jawaban/ --top 10',
        'siap batch "masuk/**/*.yaml" --top 10 --csv peringkat.csv --json hasil.json --xlsx peringkat.xlsx',
        'siap batch jawaban/ --top 10 --pdf --out laporan/',
        'siap batch jawaban/ --province Bali --top 3',
      ]),
    )
    .action(run('batch'));

  program
    .command('verify')
    .argument(`<${v.report}>`, w(HELP.verify.argReport))
    .description(w(HELP.verify.description))
    .addHelpText('after', w(HELP.verify.rules))
    .addHelpText('after', example(['siap verify laporan-gianyar.pdf', 'siap verify hasil/rekapitulasi.pdf']))
    .action(run('verify'));

  program
    .command('compare')
    .argument(`<${v.a}>`, w(HELP.compare.argA))
    .argument(`<${v.b}>`, w(HELP.compare.argB))
    .description(w(HELP.compare.description))
    .option('--json', w(HELP.compare.json))
    .option(`-r, --rubric <${v.rubric}>`, w(HELP.compare.rubric))
    .option('--allow-rubric-file', w(HELP.common.allowRubricFile))
    .addHelpText('after', example(['siap compare mandiri.yaml verifikasi.yaml', 'siap compare 2025.yaml 2026.yaml --json']))
    .action(run('compare'));

  program
    .command('merge')
    .argument(`<${v.files}...>`, w(HELP.merge.argFiles))
    .description(w(HELP.merge.description))
    .requiredOption(`-o, --output <${v.file}>`, w(HELP.merge.output))
    .addOption(new Option(`--rule <${v.rule}>`, w(HELP.merge.rule)).choices(['median', 'min']).default('median'))
    .addOption(new Option(`--kappa <${v.weights}>`, w(HELP.merge.kappa)).choices(['linear', 'quadratic']).default('linear'))
    .option('--json', w(HELP.merge.json))
    .option('-f, --force', w(HELP.merge.force))
    .option('--allow-rubric-file', w(HELP.common.allowRubricFile))
    .addHelpText('after', example(['siap merge asesor-a.yaml asesor-b.yaml asesor-c.yaml -o konsensus.yaml', 'siap assess konsensus.yaml']))
    .action(run('merge'));

  program
    .command('form')
    .argument(`[${v.answers}]`, w(HELP.form.argAnswers))
    .description(w(HELP.form.description))
    .option(`-r, --rubric <${v.rubric}>`, w(HELP.form.rubric))
    .option(`--regency <${v.name}>`, w(HELP.init.regency))
    .addOption(new Option(`--type <${v.type}>`, w(HELP.init.type)).choices(['kabupaten', 'kota']))
    .option(`--province <${v.name}>`, w(HELP.init.province))
    .option(`--code <${v.code}>`, w(HELP.init.code))
    .option(`-o, --output <${v.file}>`, w(HELP.form.output))
    .option('-f, --force', w(HELP.form.force))
    .option('--allow-rubric-file', w(HELP.common.allowRubricFile))
    .addHelpText('after', example(['siap form --regency "Gianyar" --type kabupaten --province Bali -o formulir-gianyar.html', 'siap form jawaban-gianyar-2025.yaml -o formulir-gianyar-2026.html', 'siap form --rubric spbe-2020 --lang en']))
    .action(run('form'));

  program
    .command('migrate')
    .argument(`<${v.answers}>`, w(HELP.migrate.argAnswers))
    .description(w(HELP.migrate.description))
    .option(`--to <${v.target}>`, w(HELP.migrate.to))
    .option(`-o, --output <${v.file}>`, w(HELP.migrate.output))
    .option('--json', w(HELP.migrate.json))
    .option('-f, --force', w(HELP.migrate.force))
    .option('--allow-rubric-file', w(HELP.common.allowRubricFile))
    .addHelpText('after', example(['siap migrate gianyar-2025.yaml', 'siap migrate gianyar-2025.yaml --to 1.1.0 -o gianyar-2026.yaml', 'siap compare gianyar-2025.yaml gianyar-2026.yaml']))
    .action(run('migrate'));

  return program;
}
