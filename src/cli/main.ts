import { EXIT, exitCodeFor, isSiapError, SiapError } from '../errors.js';
import { isLang, langFromEnv, type Lang } from '../i18n.js';
import { processContext, type Context } from './context.js';
import { createProgram, type Invocation } from './program.js';

/**
 * The entry point: parse argv, run one command, and set the exit code. This is the only place
 * that decides the process's exit code (from `exitCodeFor`).
 */
export async function main(argv: string[]): Promise<number> {
  const langArg = readLangArg(argv);
  const lang: Lang = isLang(langArg) ? langArg : langFromEnv(process.env);
  const debug = argv.includes('--debug');
  const ctx = processContext(lang, debug);
  try {
    if (langArg !== undefined && !isLang(langArg)) {
      throw new SiapError('USAGE', { detail: lang === 'id' ? `--lang harus "id" atau "en", bukan "${langArg}"` : `--lang must be "id" or "en", not "${langArg}"` });
    }
    let code = 0;
    const program = createProgram(lang, async (invocation) => {
      if (invocation.command !== 'assess') process.once('SIGINT', () => void interrupted(ctx));
      code = await dispatch(invocation, ctx);
    });
    await program.parseAsync(argv);
    return code;
  } catch (error) {
    return reportFailure(error, ctx);
  }
}

/** Load the module of a command only when it runs. */
async function dispatch(invocation: Invocation, ctx: Context): Promise<number> {
  const { command, args, options } = invocation;
  switch (command) {
    case 'rubric-list':
    case 'rubric-show':
    case 'rubric-validate':
    case 'rubric-schema':
      return (await import('./commands/rubric.js')).runRubric(command, args, options, ctx);
    case 'init':
      return (await import('./commands/init.js')).runInit(options, ctx);
    case 'assess':
      return (await import('./commands/assess.js')).runAssess(args[0], options, ctx);
    case 'score':
      return (await import('./commands/score.js')).runScore(args[0]!, options, ctx);
    case 'report':
      return (await import('./commands/report.js')).runReport(args[0]!, options, ctx);
    case 'batch':
      return (await import('./commands/batch.js')).runBatch(args, options, ctx);
    case 'compare':
      return (await import('./commands/compare.js')).runCompare(args[0]!, args[1]!, options, ctx);
    case 'merge':
      return (await import('./commands/merge.js')).runMerge(args, options, ctx);
    default:
      throw new Error(`unknown command ${command}`);
  }
}

/**
 * Ctrl-C outside the interactive walk (which handles its own): remove this run's unfinished
 * temporary files so only whole files stay on disk, say so, and exit 130.
 */
async function interrupted(ctx: Context): Promise<never> {
  const { runInterruptHooks } = await import('../io/interrupt.js');
  await runInterruptHooks();
  const { removeOwnTemps } = await import('../io/files.js');
  const removed = removeOwnTemps();
  const note = ctx.lang === 'id'
    ? `\nDibatalkan. Berkas yang sudah selesai tetap utuh${removed > 0 ? `; ${removed} berkas sementara dihapus` : ''}.\n`
    : `\nCancelled. Finished files are intact${removed > 0 ? `; ${removed} temporary file(s) removed` : ''}.\n`;
  ctx.err(note);
  // Workers may still be rendering: end the process here, as the default SIGINT handler would.
  process.exit(EXIT.cancelled);
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
      return EXIT.ok;
    }
    error = new SiapError('USAGE', { detail: usageDetail(commanderCode, (error as Error).message, ctx.lang) });
  }
  const { printError } = await import('./print.js');
  if (isSiapError(error)) {
    // A cancelled walk has already said where the answers are and how to resume.
    if (error.code === 'CANCELLED') return exitCodeFor(error);
    printError(error, ctx);
    return exitCodeFor(error);
  }
  const internal = new SiapError('INTERNAL', { detail: error instanceof Error ? error.message : String(error) }, { cause: error });
  printError(internal, ctx);
  if (ctx.debug && error instanceof Error) ctx.err(`${error.stack ?? ''}\n`);
  return EXIT.internal;
}

/** Commander's English usage errors, in the user's language. */
function usageDetail(code: string, message: string, lang: Lang): string {
  const quoted = [...message.matchAll(/'([^']*)'/g)].map((m) => m[1]!);
  const suggestion = /\(Did you mean ([^?]+)\?\)/.exec(message)?.[1];
  const didYouMean = suggestion ? (lang === 'id' ? ` (mungkin maksudnya ${suggestion}?)` : ` (did you mean ${suggestion}?)`) : '';
  const id = (() => {
    switch (code) {
      case 'commander.unknownOption':
        return `opsi tidak dikenal: ${quoted[0] ?? ''}`;
      case 'commander.unknownCommand':
        return `perintah tidak dikenal: ${quoted[0] ?? ''}`;
      case 'commander.missingArgument':
        return `argumen wajib belum diisi: ${quoted[0] ?? ''}`;
      case 'commander.optionMissingArgument':
        return `opsi ${quoted[0] ?? ''} memerlukan nilai`;
      case 'commander.missingMandatoryOptionValue':
        return `opsi wajib belum diisi: ${quoted[0] ?? ''}`;
      case 'commander.invalidArgument': {
        const choices = /Allowed choices are ([^.]+)\./.exec(message)?.[1];
        return `nilai "${quoted[1] ?? ''}" untuk ${quoted[0] ?? ''} tidak sah${choices ? `; pilihan: ${choices}` : ''}`;
      }
      case 'commander.excessArguments':
        return `terlalu banyak argumen untuk "${quoted[0] ?? ''}"`;
      default:
        return message.replace(/^error: /, '');
    }
  })();
  const text = lang === 'id' ? id : message.replace(/^error: /, '').replace(/\s*\(Did you mean [^?]+\?\)/, '');
  return text + didYouMean;
}
