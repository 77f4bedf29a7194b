import type { Status } from '../../errors.js';
import { CLI_WORDS } from '../../messages/cli.js';
import { say } from '../../messages/define.js';
import type { Context } from '../context.js';
import type { ReportOptions } from '../options.js';
import { defaultReportName, renderReportFile } from '../render-report.js';

/** `siap report <answers> [-o FILE.pdf] [--template id|file] [--compare SELF] [--force]`: render the PDF report. */
export async function runReport(options: ReportOptions, ctx: Context): Promise<{ status: Status; file: string }> {
  const output = options.output ?? defaultReportName(options.answers);
  await renderReportFile({ ...options, output }, ctx);
  ctx.err(`${say(CLI_WORDS.reportWritten, ctx.lang, { file: output })}\n`);
  return { status: 'ok', file: output };
}
