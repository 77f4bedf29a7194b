import { mkdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { expandInputs } from '../../batch/expand.js';
import { BATCH_FORMAT, diagnosticJson, errorJson, formatRankingCsv, rankingRowJson } from '../../batch/export.js';
import { recapFileName, reportFileNames } from '../../batch/names.js';
import { createProgress } from '../../batch/progress.js';
import { rankResults, type Ranking } from '../../batch/rank.js';
import { keepOneRubric, scoreFiles, type BatchFailure } from '../../batch/score-files.js';
import { formatBatchSummary, formatRankingTable, type BatchCounts } from '../../batch/view.js';
import { SiapError, type Diagnostic } from '../../errors.js';
import type { Lang } from '../../i18n.js';
import { fileExists, noteTempDir, openAtomic, writeFileAtomic, type AtomicStream } from '../../io/files.js';
import { describe } from '../../messages/catalog.js';
import { toScoreJson } from '../../scoring/json.js';
import type { Context } from '../context.js';
import { palette, printError, printWarnings } from '../print.js';

export interface BatchOptions {
  top: number | null;
  jobs: number | null;
  out?: string;
  pdf: boolean;
  csv?: string;
  json?: string;
  decimalComma: boolean;
  template?: string;
  rubric?: string;
  force: boolean;
  strict: boolean;
}

function usage(ctx: Context, id: string, en: string): SiapError {
  return new SiapError('USAGE', { detail: ctx.lang === 'id' ? id : en });
}

function positiveInteger(value: unknown, flag: string, ctx: Context): number | null {
  if (value === undefined) return null;
  const text = String(value).trim();
  if (!/^\d+$/.test(text) || Number(text) < 1 || !Number.isSafeInteger(Number(text))) {
    throw usage(ctx, `${flag} memerlukan bilangan bulat positif, bukan "${String(value)}"`, `${flag} needs a positive whole number, not "${String(value)}"`);
  }
  return Number(text);
}

/** Commander's options → checked batch options (usage errors → exit 2 before anything is read). */
export function parseBatchOptions(options: Record<string, unknown>, ctx: Context): BatchOptions {
  const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
  const parsed: BatchOptions = {
    top: positiveInteger(options.top, '--top', ctx),
    jobs: positiveInteger(options.jobs, '--jobs', ctx),
    pdf: Boolean(options.pdf),
    decimalComma: Boolean(options.decimalComma),
    force: Boolean(options.force),
    strict: Boolean(options.strict),
  };
  const out = str(options.out);
  const csv = str(options.csv);
  const json = str(options.json);
  const template = str(options.template);
  const rubric = str(options.rubric);
  if (out) parsed.out = out;
  if (csv) parsed.csv = csv;
  if (json) parsed.json = json;
  if (template) parsed.template = template;
  if (rubric) parsed.rubric = rubric;
  if (parsed.pdf && !out) throw usage(ctx, '--pdf memerlukan --out FOLDER untuk menyimpan laporan', '--pdf needs --out DIR to put the reports in');
  if (out && !parsed.pdf) throw usage(ctx, '--out hanya dipakai bersama --pdf', '--out is only used with --pdf');
  if (template && !parsed.pdf) throw usage(ctx, '--template hanya dipakai bersama --pdf', '--template is only used with --pdf');
  if (parsed.jobs !== null && !parsed.pdf) throw usage(ctx, '--jobs hanya dipakai bersama --pdf', '--jobs is only used with --pdf');
  if (parsed.decimalComma && !csv) throw usage(ctx, '--decimal-comma hanya dipakai bersama --csv FILE', '--decimal-comma is only used with --csv FILE');
  if (csv && json && resolve(ctx.cwd, csv) === resolve(ctx.cwd, json)) {
    throw usage(ctx, '--csv dan --json tidak boleh menunjuk berkas yang sama', '--csv and --json cannot name the same file');
  }
  return parsed;
}

/** `SOURCE_DATE_EPOCH` (reproducible builds): whole seconds since 1970, else a usage error. */
function sourceDateEpoch(ctx: Context): Date | undefined {
  const raw = ctx.env.SOURCE_DATE_EPOCH?.trim();
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d{1,12}$/.test(raw)) {
    throw usage(ctx, `SOURCE_DATE_EPOCH harus bilangan bulat detik sejak 1970, bukan "${raw}"`, `SOURCE_DATE_EPOCH must be whole seconds since 1970, not "${raw}"`);
  }
  return new Date(Number(raw) * 1000);
}

/** SOURCE_DATE_EPOCH or the clock. */
function generatedAt(ctx: Context): string {
  return (sourceDateEpoch(ctx) ?? ctx.now()).toISOString();
}

/** Refuse outputs that exist (without --force): every one of them at once, nothing written. */
function assertWritable(targets: string[], force: boolean): void {
  if (force) return;
  const existing = targets.filter((t) => fileExists(t));
  if (existing.length === 0) return;
  const diagnostics: Diagnostic[] = existing.map((file) => ({ code: 'FILE_EXISTS', severity: 'error', params: {}, source: { file } }));
  throw new SiapError('BATCH_OUTPUTS_EXIST', { count: existing.length }, { diagnostics });
}

/**
 * `siap batch <inputs…> [--top N] [--csv F] [--json F] [--pdf --out DIR] [--force]`: score every
 * file on its own, list the broken ones with their located problems, rank the rest by the
 * documented rule (src/batch/rank.ts), export, render reports. Exit 0 when every file was valid,
 * 1 when some were not (after doing all the others), 2 on usage.
 */
export async function runBatch(inputs: string[], options: Record<string, unknown>, ctx: Context): Promise<number> {
  const opts = parseBatchOptions(options, ctx);
  const generated = generatedAt(ctx);
  const at = (p: string): string => resolve(ctx.cwd, p);
  const outDir = opts.out ? at(opts.out) : undefined;
  if (outDir && fileExists(outDir) && !statSync(outDir).isDirectory()) {
    throw new SiapError('BATCH_OUT_NOT_DIR', {}, { source: { file: opts.out! } });
  }
  assertWritable([opts.csv, opts.json].filter((p): p is string => p !== undefined), opts.force);
  // A bad --template is found before any work, like every other usage problem.
  const template = opts.pdf ? await loadReportTemplate(opts.template, ctx.lang) : undefined;

  const expanded = expandInputs(inputs, { cwd: ctx.cwd, exclude: [opts.csv, opts.json, opts.out].filter((p): p is string => p !== undefined) });
  if (expanded.files.length === 0) {
    const diagnostics = expanded.problems.flatMap((p) => p.error.problems());
    throw new SiapError('BATCH_NO_FILES', {}, { diagnostics });
  }

  let json: AtomicStream | undefined;
  if (opts.json) {
    json = openAtomic(opts.json, { overwrite: opts.force });
    json.write(`{\n  "format": ${JSON.stringify(BATCH_FORMAT)},\n  "generated": ${JSON.stringify(generated)},\n  "results": [`);
  }
  try {
    let first = true;
    const progress = createProgress({
      enabled: ctx.stderrIsTTY,
      total: expanded.files.length,
      label: ctx.lang === 'id' ? 'Menilai' : 'Scoring',
      lang: ctx.lang,
      write: ctx.err,
      columns: process.stderr.columns,
    });
    const scored = scoreFiles(expanded.files, {
      lang: ctx.lang,
      ...(opts.rubric ? { rubric: opts.rubric } : {}),
      strict: opts.strict,
      onFile: () => progress.tick(),
      ...(json
        ? {
            onResult: (result) => {
              json!.write(`${first ? '' : ','}\n    ${JSON.stringify(toScoreJson(result))}`);
              first = false;
            },
          }
        : {}),
    });
    progress.done();

    const kept = keepOneRubric(scored);
    const failures: BatchFailure[] = [...expanded.problems, ...scored.failures, ...kept.others].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const ranking = rankResults(kept.entries, { top: opts.top });

    const ranked = ranking.rows.filter((r) => r.rank !== null);
    const pdfNames = outDir ? reportFileNames(ranked.map((r) => r.entry.regency), [recapFileName(ctx.lang)]) : [];
    const pdfTargets = outDir ? [...pdfNames.map((n) => join(outDir, n)), join(outDir, recapFileName(ctx.lang))] : [];
    assertWritable(pdfTargets, opts.force);

    printBatchWarnings(scored.warnings, ctx);
    for (const failure of failures) printError(failure.error, ctx);

    const counts: BatchCounts = { files: kept.entries.length + failures.length, valid: kept.entries.length, broken: failures.length - kept.others.length, otherRubric: kept.others.length };
    const c = palette(ctx.colorOut);
    if (ranking.rows.length > 0) ctx.out(formatRankingTable(ranking, ctx.lang, c));
    ctx.out(formatBatchSummary(ranking, counts, ctx.lang, c));

    if (opts.csv) {
      writeFileAtomic(opts.csv, formatRankingCsv(ranking, { lang: ctx.lang, decimalComma: opts.decimalComma }), { overwrite: opts.force });
      ctx.err(written(ctx.lang, opts.csv));
    }
    if (json) {
      json.write(`${first ? '' : '\n  '}],\n${jsonTail(ranking, failures, scored.warnings, counts, kept.rubricId, ctx.lang)}`);
      json.commit();
      json = undefined;
      ctx.err(written(ctx.lang, opts.json!));
    }

    if (outDir) {
      mkdirSync(outDir, { recursive: true });
      noteTempDir(outDir);
      const { renderBatchReports } = await import('../../batch/reports.js');
      const epoch = sourceDateEpoch(ctx);
      const outcome = await renderBatchReports({
        ranking,
        names: pdfNames,
        outDir: opts.out!,
        recapName: recapFileName(ctx.lang),
        failures,
        counts,
        date: new Date(generated),
        ...(epoch ? { generatedAt: epoch } : {}),
        lang: ctx.lang,
        force: opts.force,
        jobs: opts.jobs ?? availableParallelism(),
        template: template!,
        ...(opts.template ? { templateRef: opts.template } : {}),
        ...(opts.rubric ? { rubric: opts.rubric } : {}),
        strict: opts.strict,
        ctx,
      });
      if (outcome.internal) return 3;
      if (outcome.failed > 0) return 1;
    }
    return failures.length > 0 ? 1 : 0;
  } finally {
    json?.abort();
  }
}

/** Warnings of the same kind are shown five at a time: 514 files made against last year's rubric should not bury the ranking. */
function printBatchWarnings(warnings: Diagnostic[], ctx: Context): void {
  const byCode = new Map<string, Diagnostic[]>();
  for (const w of warnings) {
    const list = byCode.get(w.code);
    if (list) list.push(w);
    else byCode.set(w.code, [w]);
  }
  for (const [code, list] of byCode) {
    printWarnings(list.slice(0, WARNINGS_SHOWN), ctx);
    if (list.length > WARNINGS_SHOWN) ctx.err(`${describe('BATCH_MORE_WARNINGS', ctx.lang, { count: list.length - WARNINGS_SHOWN, code }).message}\n`);
  }
}

const WARNINGS_SHOWN = 5;

function written(lang: Lang, file: string): string {
  return lang === 'id' ? `ditulis: ${file}\n` : `written: ${file}\n`;
}

function jsonTail(ranking: Ranking, failures: BatchFailure[], warnings: Diagnostic[], counts: BatchCounts, rubricId: string | null, lang: Lang): string {
  const list = (items: unknown[]): string => (items.length === 0 ? '[]' : `[\n${items.map((i) => `    ${JSON.stringify(i)}`).join(',\n')}\n  ]`);
  const summary = {
    files: counts.files,
    valid: counts.valid,
    broken: counts.broken,
    other_rubric: counts.otherRubric,
    ranked: ranking.rows.filter((r) => r.rank !== null).length,
    selected: ranking.selected,
    shortfall: ranking.shortfall,
    duplicate_regencies: ranking.duplicateGroups,
  };
  return [
    `  "rubric": ${JSON.stringify(rubricId)},`,
    `  "top": ${JSON.stringify(ranking.top)},`,
    `  "pillars": ${JSON.stringify(ranking.pillars.map((p) => ({ id: p.id, title: p.title })))},`,
    `  "summary": ${JSON.stringify(summary)},`,
    `  "ranking": ${list(ranking.rows.map(rankingRowJson))},`,
    `  "errors": ${list(failures.map((f) => errorJson(f.file, f.error, lang)))},`,
    `  "warnings": ${list(warnings.map((w) => diagnosticJson(w, w.source?.file ?? '', lang)))}`,
    '}\n',
  ].join('\n');
}

async function loadReportTemplate(ref: string | undefined, lang: Lang): Promise<import('../../report/template.js').ReportTemplate> {
  const { DEFAULT_TEMPLATE, loadTemplate } = await import('../../report/template.js');
  return loadTemplate(ref ?? DEFAULT_TEMPLATE, lang);
}
