import { exitCodeFor, isSiapError, SiapError, type Param, type Status } from '../errors.js';
import { isLang } from '../i18n.js';
import type { Context } from './context.js';
import type { CommandName, Invocation, RawOptions } from './options.js';
import { createProgram } from './program.js';

/**
 * The one entry of siap: parse `argv` (the arguments after `siap`), run one command in `ctx`, and
 * return the exit code. Nothing here touches the process: the bin passes `processContext()`, tests
 * pass a context that captures what is printed.
 */
export async function main(argv: string[], baseCtx: Context): Promise<number> {
  const langArg = readLangArg(argv);
  const ctx = withSettings(baseCtx, isLang(langArg) ? langArg : baseCtx.lang, baseCtx.debug || argv.includes('--debug'));
  let stopListening: (() => void) | undefined;
  try {
    if (langArg !== undefined && !isLang(langArg)) throw new SiapError('USAGE_LANG', { value: langArg });
    let status: Status = 'ok';
    const program = createProgram(ctx.lang, async (command, args, raw) => {
      const { toInvocation } = await import('./options.js');
      const invocation = toInvocation(command, args, raw, ctx.cwd);
      // The walk-through handles Ctrl-C itself: its answers are saved after every question.
      if (command !== 'assess') stopListening = ctx.onInterrupt(() => void interrupted(ctx));
      status = (await run(invocation, ctx)).status;
    }, ctx);
    await program.parseAsync(argv, { from: 'user' });
    // A stream reports a failed write on the next turn of the event loop.
    if (ctx.outputFailure) await new Promise((resolve) => setImmediate(resolve));
    const failure = ctx.outputFailure?.();
    if (failure) throw outputError(failure);
    return exitCodeFor(status);
  } catch (error) {
    return reportFailure(error, ctx);
  } finally {
    stopListening?.();
  }
}

/** A copy of the context with the language and --debug of this run (getters, such as the terminal size, stay live). */
function withSettings(ctx: Context, lang: Context['lang'], debug: boolean): Context {
  const copy = Object.defineProperties({}, Object.getOwnPropertyDescriptors(ctx)) as Context;
  copy.lang = lang;
  copy.debug = debug;
  return copy;
}

/** Load the module of a command only when it runs. */
async function run(invocation: Invocation, ctx: Context): Promise<{ status: Status }> {
  switch (invocation.command) {
    case 'rubric-list':
      return (await import('./commands/rubric.js')).runRubricList(invocation.options, ctx);
    case 'rubric-show':
      return (await import('./commands/rubric.js')).runRubricShow(invocation.options, ctx);
    case 'rubric-validate':
      return (await import('./commands/rubric.js')).runRubricValidate(invocation.options, ctx);
    case 'rubric-schema':
      return (await import('./commands/rubric.js')).runRubricSchema(invocation.options, ctx);
    case 'init':
      return (await import('./commands/init.js')).runInit(invocation.options, ctx);
    case 'assess':
      return (await import('./commands/assess.js')).runAssess(invocation.options, ctx);
    case 'score':
      return (await import('./commands/score.js')).runScore(invocation.options, ctx);
    case 'report':
      return (await import('./commands/report.js')).runReport(invocation.options, ctx);
    case 'batch':
      return (await import('./commands/batch.js')).runBatch(invocation.options, ctx);
    case 'verify':
      return (await import('./commands/verify.js')).runVerify(invocation.options, ctx);
    case 'compare':
      return (await import('./commands/compare.js')).runCompare(invocation.options, ctx);
    case 'merge':
      return (await import('./commands/merge.js')).runMerge(invocation.options, ctx);
    case 'form':
      return (await import('./commands/form.js')).runForm(invocation.options, ctx);
    case 'migrate':
      return (await import('./commands/migrate.js')).runMigrate(invocation.options, ctx);
  }
}

/**
 * Ctrl-C outside the interactive walk (which handles its own): stop the workers, remove this run's
 * unfinished temporary files so only whole files stay on disk, say so, and end with 130.
 */
async function interrupted(ctx: Context): Promise<void> {
  const { runInterruptHooks } = await import('../io/interrupt.js');
  await runInterruptHooks();
  const { removeOwnTemps } = await import('../io/files.js');
  const removed = removeOwnTemps();
  const { say } = await import('../messages/define.js');
  const { CLI_WORDS } = await import('../messages/cli.js');
  ctx.err(`\n${say(removed > 0 ? CLI_WORDS.interruptedRemoved : CLI_WORDS.interrupted, ctx.lang, { removed })}\n`);
  // Workers may still be rendering: end here, as the default SIGINT handler would.
  ctx.exit(exitCodeFor(new SiapError('CANCELLED')));
}

/** The result could not be written to stdout: a full disk says so, anything else gives its reason. */
function outputError(error: NodeJS.ErrnoException): SiapError {
  if (error.code === 'ENOSPC' || error.code === 'EDQUOT') return new SiapError('OUTPUT_DISK_FULL', {}, { cause: error });
  return new SiapError('OUTPUT_WRITE_FAILED', { reason: error.code ?? error.message }, { cause: error });
}

function readLangArg(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--lang') return argv[i + 1] ?? '';
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return undefined;
}

async function reportFailure(error: unknown, ctx: Context): Promise<number> {
  const commanderCode = (error as { code?: unknown } | null)?.code;
  if (typeof commanderCode === 'string' && commanderCode.startsWith('commander.')) {
    const exitCode = (error as { exitCode?: number }).exitCode ?? 1;
    if (exitCode === 0 || commanderCode === 'commander.help' || commanderCode === 'commander.helpDisplayed' || commanderCode === 'commander.version') {
      return exitCodeFor('ok');
    }
    error = await usageError(commanderCode, (error as Error).message);
  }
  const { printError } = await import('./print.js');
  if (isSiapError(error)) {
    // A cancelled walk has already said where the answers are and how to resume.
    if (error.code !== 'CANCELLED') printError(error, ctx);
    return exitCodeFor(error);
  }
  const internal = new SiapError('INTERNAL', { detail: error instanceof Error ? error.message : String(error) }, { cause: error });
  printError(internal, ctx);
  if (ctx.debug && error instanceof Error) ctx.err(`${error.stack ?? ''}\n`);
  return exitCodeFor(error);
}

/** Commander's usage errors (English sentences) → our codes, with the quoted parts as parameters. */
async function usageError(code: string, message: string): Promise<SiapError> {
  const { phrase } = await import('../messages/define.js');
  const { CLI_WORDS } = await import('../messages/cli.js');
  const quoted = [...message.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
  const guess = /\(Did you mean ([^?]+)\?\)/.exec(message)?.[1];
  const suggestion: Param = guess ? phrase(CLI_WORDS.didYouMeanOption, { guess }) : '';
  switch (code) {
    case 'commander.unknownOption':
      return new SiapError('USAGE_UNKNOWN_OPTION', { option: quoted[0] ?? '', suggestion });
    case 'commander.unknownCommand':
      return new SiapError('USAGE_UNKNOWN_COMMAND', { command: quoted[0] ?? '', suggestion });
    case 'commander.missingArgument':
      return new SiapError('USAGE_MISSING_ARGUMENT', { argument: quoted[0] ?? '' });
    case 'commander.optionMissingArgument':
      return new SiapError('USAGE_OPTION_VALUE', { option: quoted[0] ?? '' });
    case 'commander.missingMandatoryOptionValue':
      return new SiapError('USAGE_MISSING_OPTION', { option: quoted[0] ?? '' });
    case 'commander.invalidArgument':
      return new SiapError('USAGE_CHOICE', { option: quoted[0] ?? '', value: quoted[1] ?? '', choices: /Allowed choices are ([^.]+)\./.exec(message)?.[1] ?? '' });
    case 'commander.excessArguments':
      return new SiapError('USAGE_EXCESS_ARGUMENTS', { command: quoted[0] ?? '' });
    default:
      return new SiapError('USAGE', { detail: message.replace(/^error: /, '') });
  }
}

export type { CommandName, RawOptions };
