import { Command, Option } from 'commander';
import type { Lang, Words } from '../i18n.js';
import { HELP, HELP_TITLES } from '../messages/help.js';
import { VERSION } from '../version.js';
import type { CommandName, RawOptions } from './options.js';

/**
 * The command surface of siap. Only commander is imported here: every command module is loaded
 * with `import()` when that command runs, so `siap --help` stays as fast as commander itself.
 */

/** Runs a command: its arguments and commander's options as parsed (checked later, in options.ts). */
export type Dispatch = (command: CommandName, args: string[], options: RawOptions) => Promise<void>;

/** Where commander prints help and the version (the command's stdout and stderr). */
export interface ProgramOutput {
  out(text: string): void;
  err(text: string): void;
  columns?: number;
}

/** Build the commander program; `dispatch` runs a command (lazily importing its module). */
export function createProgram(lang: Lang, dispatch: Dispatch, output: ProgramOutput): Command {
  const w = (words: Words): string => words[lang];
  const example = (lines: string[]): string => `\n${w(HELP.common.examples)}\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

  // Settings made before the sub-commands are added are inherited by them.
  const program = new Command('siap')
    .configureHelp({
      showGlobalOptions: true,
      styleTitle: (str: string) => HELP_TITLES[str]?.[lang] ?? str,
      styleUsage: (str: string) => str.replace('[options]', w(HELP.common.options)).replace('[command]', w(HELP.common.command)),
      styleSubcommandTerm: (str: string) => str.replace('[options]', w(HELP.common.options)),
    })
    .helpOption('-h, --help', w(HELP.program.help))
    .helpCommand('help [perintah]', w(HELP.program.helpCommand))
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
    .option('--lang <lang>', w(HELP.program.lang))
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
    .argument('<rubric>', w(HELP.rubricShow.argRubric))
    .description(w(HELP.rubricShow.description))
    .option('--questions', w(HELP.rubricShow.questions))
    .addHelpText('after', example(['siap rubric show kesiapan-kota-cerdas', 'siap rubric show spbe-2020 --questions']))
    .action(run('rubric-show'));
  rubric
    .command('validate')
    .argument('<files...>', w(HELP.rubricValidate.argFiles))
    .description(w(HELP.rubricValidate.description))
    .addHelpText('after', example(['siap rubric validate rubrik-saya.yaml']))
    .action(run('rubric-validate'));
  rubric
    .command('schema')
    .description(w(HELP.rubricSchema.description))
    .option('--answers', w(HELP.rubricSchema.answers))
    .option('--template', w(HELP.rubricSchema.template))
    .option('--score', w(HELP.rubricSchema.score))
    .option('-r, --rubric <rubric>', w(HELP.rubricSchema.rubric))
    .addHelpText('after', example(['siap rubric schema > siap-rubric.schema.json', 'siap rubric schema --answers > siap-answers.schema.json', 'siap rubric schema --rubric kesiapan-kota-cerdas > jawaban.schema.json']))
    .action(run('rubric-schema'));

  program
    .command('init')
    .description(w(HELP.init.description))
    .option('-r, --rubric <rubric>', w(HELP.init.rubric), 'kesiapan-kota-cerdas')
    .option('--regency <name>', w(HELP.init.regency))
    .addOption(new Option('--type <type>', w(HELP.init.type)).choices(['kabupaten', 'kota']))
    .option('--province <name>', w(HELP.init.province))
    .option('--code <code>', w(HELP.init.code))
    .addOption(new Option('--kind <kind>', w(HELP.init.kind)).choices(['self', 'assessor']).default('self'))
    .option('--profile <profile>', w(HELP.init.profile))
    .option('-o, --output <file>', w(HELP.init.output))
    .option('-f, --force', w(HELP.init.force))
    .addHelpText('after', example(['siap init --rubric kesiapan-kota-cerdas --regency "Kota Parepare" --type kota -o parepare.yaml']))
    .action(run('init'));

  program
    .command('assess')
    .argument('[answers]', w(HELP.assess.argAnswers))
    .description(w(HELP.assess.description))
    .option('-r, --rubric <rubric>', w(HELP.assess.rubric))
    .option('--profile <profile>', w(HELP.assess.profile))
    .addHelpText('after', example(['siap assess gianyar.yaml', 'siap assess --rubric spbe-2020 spbe-gianyar.yaml --lang en']))
    .action(run('assess'));

  program
    .command('score')
    .argument('<answers>', w(HELP.score.argAnswers))
    .description(w(HELP.score.description))
    .option('-r, --rubric <rubric>', w(HELP.score.rubric))
    .option('--json', w(HELP.score.json))
    .option('--csv', w(HELP.score.csv))
    .option('--explain', w(HELP.score.explain))
    .option('--fail-under <n>', w(HELP.score.failUnder))
    .option('--strict', w(HELP.score.strict))
    .option('--xlsx <file>', w(HELP.score.xlsx))
    .option('-f, --force', w(HELP.score.force))
    .addHelpText('after', example(['siap score gianyar.yaml', 'siap score gianyar.yaml --json > gianyar.json', 'siap score gianyar.yaml --fail-under 70', 'siap score gianyar.yaml --xlsx gianyar.xlsx']))
    .action(run('score'));

  program
    .command('report')
    .argument('<answers>', w(HELP.report.argAnswers))
    .description(w(HELP.report.description))
    .option('-o, --output <file>', w(HELP.report.output))
    .option('-t, --template <template>', w(HELP.report.template))
    .option('-r, --rubric <rubric>', w(HELP.report.rubric))
    .option('--compare <self>', w(HELP.report.compare))
    .option('-f, --force', w(HELP.report.force))
    .option('--strict', w(HELP.report.strict))
    .addHelpText('after', example(['siap report gianyar.yaml -o gianyar.pdf', 'siap report verifikasi.yaml --compare mandiri.yaml --lang en']))
    .action(run('report'));

  program
    .command('batch')
    .argument('<inputs...>', w(HELP.batch.argInputs))
    .description(w(HELP.batch.description))
    .option('-r, --rubric <rubric>', w(HELP.batch.rubric))
    .option('--top <n>', w(HELP.batch.top))
    .option('--out <dir>', w(HELP.batch.out))
    .option('--pdf', w(HELP.batch.pdf))
    .option('--csv <file>', w(HELP.batch.csv))
    .option('--json <file>', w(HELP.batch.json))
    .option('--xlsx <file>', w(HELP.batch.xlsx))
    .option('--decimal-comma', w(HELP.batch.decimalComma))
    .option('--province <provinces>', w(HELP.batch.province), (value: string, previous: string[] | undefined) => [...(previous ?? []), value])
    .option('--by-province', w(HELP.batch.byProvince))
    .option('-t, --template <template>', w(HELP.batch.template))
    .option('-j, --jobs <n>', w(HELP.batch.jobs))
    .option('-f, --force', w(HELP.batch.force))
    .option('--strict', w(HELP.batch.strict))
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
    .command('compare')
    .argument('<a>', w(HELP.compare.argA))
    .argument('<b>', w(HELP.compare.argB))
    .description(w(HELP.compare.description))
    .option('--json', w(HELP.compare.json))
    .option('-r, --rubric <rubric>', w(HELP.compare.rubric))
    .addHelpText('after', example(['siap compare mandiri.yaml verifikasi.yaml', 'siap compare 2025.yaml 2026.yaml --json']))
    .action(run('compare'));

  program
    .command('merge')
    .argument('<files...>', w(HELP.merge.argFiles))
    .description(w(HELP.merge.description))
    .requiredOption('-o, --output <file>', w(HELP.merge.output))
    .addOption(new Option('--rule <rule>', w(HELP.merge.rule)).choices(['median', 'min']).default('median'))
    .addOption(new Option('--kappa <weights>', w(HELP.merge.kappa)).choices(['linear', 'quadratic']).default('linear'))
    .option('--json', w(HELP.merge.json))
    .option('-f, --force', w(HELP.merge.force))
    .addHelpText('after', example(['siap merge asesor-a.yaml asesor-b.yaml asesor-c.yaml -o konsensus.yaml', 'siap assess konsensus.yaml']))
    .action(run('merge'));

  return program;
}
