import { basename } from 'node:path';
import { SiapError } from '../../errors.js';
import { fileExists, writeFileAtomic } from '../../io/files.js';
import { loadAssessment } from '../../io/load.js';
import { buildReportModel } from '../../report/model.js';
import { DEFAULT_TEMPLATE, loadTemplate } from '../../report/template.js';
import { scoreAssessment } from '../../scoring/score.js';
import type { Context } from '../context.js';
import { printWarnings } from '../print.js';
import { VERSION } from '../program.js';

/** `siap report <answers> [-o FILE.pdf] [--template id|file] [--force]`: render the PDF report. */
export async function runReport(file: string, options: Record<string, unknown>, ctx: Context): Promise<number> {
  const str = (key: string): string | undefined => (typeof options[key] === 'string' && options[key] !== '' ? (options[key] as string) : undefined);
  const output = str('output') ?? defaultReportName(file);
  if (!/\.pdf$/i.test(output)) throw new SiapError('REPORT_OUTPUT_NOT_PDF', { file: output }, { source: { file: output } });
  const generatedAt = sourceDateEpoch(ctx.env, ctx.lang);
  const force = Boolean(options.force);
  // Refuse early, before any work, when the output exists; writeFileAtomic checks again at the end.
  if (!force && fileExists(output)) throw new SiapError('FILE_EXISTS', {}, { source: { file: output } });

  const { rubric, answers, warnings, bytes } = loadAssessment(file, {
    lang: ctx.lang,
    ...(str('rubric') ? { rubric: str('rubric')! } : {}),
    ...(options.strict ? { strict: true } : {}),
  });
  const template = loadTemplate(str('template') ?? DEFAULT_TEMPLATE, ctx.lang);
  printWarnings(warnings, ctx);
  const result = scoreAssessment(rubric, answers);
  // `--compare SELF`: the page "Penilaian Mandiri vs Verifikasi Asesor" (src/compare, src/report/compare-page.ts).
  const comparison = str('compare') ? (await import('./compare.js')).loadComparisonSection(str('compare')!, { rubric, result }, template.colors, ctx) : undefined;
  const model = buildReportModel(rubric, answers, result, {
    ...(comparison ? { comparison } : {}),
    template,
    lang: ctx.lang,
    toolVersion: VERSION,
    ...(generatedAt ? { generatedAt } : {}),
    source: { name: basename(file), bytes: new Uint8Array(bytes) },
  });
  const { renderReportPdf } = await import('../../report/pdf.js');
  const pdf = await renderReportPdf(model);
  writeFileAtomic(output, pdf, { overwrite: force });
  ctx.err(ctx.lang === 'id' ? `Laporan ditulis: ${output}\n` : `Report written: ${output}\n`);
  return 0;
}

/** `gianyar.yaml` → `gianyar.pdf`, beside the answers file. */
export function defaultReportName(file: string): string {
  return `${file.replace(/\.(ya?ml|json)$/i, '')}.pdf`;
}

/** `SOURCE_DATE_EPOCH` (reproducible builds): whole seconds since 1970, else an error. */
function sourceDateEpoch(env: Record<string, string | undefined>, lang: 'id' | 'en'): Date | undefined {
  const raw = env.SOURCE_DATE_EPOCH?.trim();
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d{1,12}$/.test(raw)) {
    throw new SiapError('USAGE', {
      detail: lang === 'id' ? `SOURCE_DATE_EPOCH harus bilangan bulat detik sejak 1970, bukan "${raw}"` : `SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${raw}"`,
    });
  }
  return new Date(Number(raw) * 1000);
}
