import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { expandInputs } from '../../batch/expand.js';
import { batchJson, formatRankingCsv } from '../../batch/export.js';
import { recapFileName, reportFileNames } from '../../batch/names.js';
import { createProgress } from '../../batch/progress.js';
import { groupByProvince, rankResults, type Ranking } from '../../batch/rank.js';
import { keepOneRubric, scoreFiles, type BatchCounts, type BatchFailure } from '../../batch/score-files.js';
import { outlineKey } from '../../batch/score-one.js';
import { SiapError, type Diagnostic, type Status } from '../../errors.js';
import { assertReplaceable, assertWritableFolder, noteTempDir, openAtomic, writeFileAtomic, type AtomicStream } from '../../io/files.js';
import { loadRegister } from '../../io/register.js';
import { DEFAULT_TEMPLATE, loadTemplate } from '../../io/templates.js';
import { describe } from '../../messages/catalog.js';
import { CLI_WORDS } from '../../messages/cli.js';
import { say } from '../../messages/define.js';
import { REGION_WORDS } from '../../messages/region.js';
import type { ReportTemplate } from '../../report/template.js';
import { FALLBACK_DATE } from '../../report/model.js';
import { didYouMean } from '../../util/suggest.js';
import { formatBatchSummary, formatDuplicateGroups, formatRankingTable } from '../batch-view.js';
import type { Context } from '../context.js';
import { sourceDateEpoch, type BatchOptions } from '../options.js';
import { outputWidth, palette, printError, printWarnings } from '../print.js';
import { fitToWidth } from '../table.js';
import { newerVersionsNotice } from '../version-notice.js';

export interface BatchOutcome {
  /** `failed` when a file could not be scored or a PDF could not be made; `internal` on a bug in a worker. */
  status: Status;
  ranking: Ranking;
  counts: BatchCounts;
}

/**
 * `siap batch <inputs…> [--top N] [--csv F] [--json F] [--pdf --out DIR] [--force]`: score every
 * file on its own, list the broken ones with their located problems, rank the rest by the
 * documented rule (src/batch/rank.ts), export, render reports. Every file that could be scored
 * is; a broken one makes the run `failed` (exit 1) after all the others are done.
 */
export async function runBatch(opts: BatchOptions, ctx: Context): Promise<BatchOutcome> {
  const epoch = sourceDateEpoch(ctx.env);
  const generated = (epoch ?? ctx.now()).toISOString();
  const outDir = opts.out ? resolve(ctx.cwd, opts.out) : undefined;
  // Every place the batch writes to is checked before any file is scored or rendered.
  if (opts.out) assertWritableFolder(opts.out, { cwd: ctx.cwd, isFolder: true });
  // `--csv -` or `--json -`: that export goes to stdout (and the table, which would mix with it, is left out).
  const toStdout = opts.csv === STDOUT || opts.json === STDOUT;
  const exports = [opts.csv, opts.json, opts.xlsx].filter((p): p is string => p !== undefined && p !== STDOUT);
  for (const file of exports) assertWritableFolder(file, { cwd: ctx.cwd });
  // The recap's name is known now (the reports' only after ranking): a batch run again into the same
  // folder is refused before `--json -` streams anything to stdout.
  const recap = outDir && opts.pdf ? [join(outDir, recapFileName(ctx.lang))] : [];
  assertWritable([...exports, ...recap], opts.force, ctx.cwd);
  // A bad --template or --province is found before any work, like every other usage problem.
  const template: ReportTemplate | undefined = opts.pdf ? loadTemplate(opts.template ?? DEFAULT_TEMPLATE, { cwd: ctx.cwd }) : undefined;
  const provinces = opts.province ? provinceCodes(opts.province) : undefined;

  const expanded = expandInputs(opts.inputs, { cwd: ctx.cwd, exclude: [...exports, ...(opts.out ? [opts.out] : [])] });
  if (expanded.files.length === 0) {
    throw new SiapError('BATCH_NO_FILES', {}, { diagnostics: expanded.problems.flatMap((p) => p.error.problems()) });
  }

  let json: AtomicStream | undefined;
  if (opts.json) {
    json = opts.json === STDOUT ? stdoutStream(ctx) : openAtomic(opts.json, { overwrite: opts.force, cwd: ctx.cwd });
    json.write(batchJson.head(generated));
  }
  try {
    let first = true;
    const progress = createProgress({
      enabled: ctx.stderrIsTTY,
      total: expanded.files.length,
      label: CLI_WORDS.scoringProgress[ctx.lang],
      lang: ctx.lang,
      write: ctx.err,
      ...(ctx.columns ? { columns: ctx.columns } : {}),
    });
    const scored = await scoreFiles(expanded.files, {
      cwd: ctx.cwd,
      ...(opts.rubric ? { rubric: opts.rubric } : {}),
      strict: opts.strict,
      allowRubricFile: Boolean(opts.allowRubricFile),
      jobs: opts.jobs ?? scoringThreads(expanded.files.length),
      detail: opts.xlsx !== undefined,
      onFile: (count) => progress.tick(count),
      ...(json
        ? {
            onJson: (bytes, entry) => {
              if (provinces && !provinces.has(entry.region?.provinceCode ?? '')) return;
              json!.write(batchJson.resultPrefix(first));
              json!.write(bytes);
              first = false;
            },
          }
        : {}),
    });
    progress.done();

    const kept = keepOneRubric(scored);
    const failures: BatchFailure[] = [...expanded.problems, ...scored.failures, ...kept.others].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    // --province: only the regencies of those provinces (by the register's reading of each file).
    const entries = provinces ? kept.entries.filter((e) => provinces.has(e.region?.provinceCode ?? '')) : kept.entries;
    const ranked0 = rankResults(entries, { top: opts.top });
    const ranking = opts.byProvince ? groupByProvince(ranked0) : ranked0;
    // The recap is dated by its inputs, never by the clock: --date, SOURCE_DATE_EPOCH, else the latest assessment.
    const recapDate = opts.date ? new Date(`${opts.date}T00:00:00Z`) : (epoch ?? latestAssessment(entries) ?? FALLBACK_DATE);

    const ranked = ranking.rows.filter((r) => r.rank !== null);
    const pdfNames = outDir ? reportFileNames(ranked.map((r) => r.entry.regency), [recapFileName(ctx.lang)]) : [];
    const pdfTargets = outDir ? [...pdfNames.map((n) => join(outDir, n)), join(outDir, recapFileName(ctx.lang))] : [];
    assertWritable(pdfTargets, opts.force, ctx.cwd);

    printBatchWarnings(scored.warnings, ctx);
    const versions = newerVersionsNotice(scored.olderVersions.filter((o) => o.id === kept.rubricId));
    if (versions) printWarnings([versions], ctx);
    for (const failure of failures) printError(failure.error, ctx);

    const counts: BatchCounts = {
      files: kept.entries.length + failures.length,
      valid: entries.length,
      broken: failures.length - kept.others.length,
      otherRubric: kept.others.length,
      ...(provinces ? { outside: kept.entries.length - entries.length } : {}),
    };
    // With an export on stdout, the table is left out and the groups and summary go to stderr.
    const report = toStdout ? ctx.err : ctx.out;
    const c = palette(toStdout ? ctx.colorErr : ctx.colorOut);
    const width = toStdout ? ctx.columns : outputWidth(ctx);
    if (ranking.rows.length > 0 && !toStdout) ctx.out(formatRankingTable(ranking, ctx.lang, c, { ...(width ? { width } : {}), wide: opts.wide }));
    if (ranking.duplicates.length > 0) {
      const groups = formatDuplicateGroups(ranking, ctx.lang, c, scored.warnings.some((w) => w.code.startsWith('REGION_')));
      report(width ? fitToWidth(groups, width) : groups);
    }
    // "See the messages above" only when they are: stdout and stderr on one terminal.
    const problems = { count: failures.reduce((n, f) => n + f.error.problems().length, 0), above: toStdout || (ctx.stdoutIsTTY && ctx.stderrIsTTY) };
    const summary = formatBatchSummary(ranking, counts, ctx.lang, c, problems);
    report(width ? fitToWidth(summary, width) : summary);

    if (opts.csv === STDOUT) ctx.out(formatRankingCsv(ranking, { lang: ctx.lang, decimalComma: opts.decimalComma }));
    else if (opts.csv) {
      writeFileAtomic(opts.csv, formatRankingCsv(ranking, { lang: ctx.lang, decimalComma: opts.decimalComma }), { overwrite: opts.force, cwd: ctx.cwd });
      ctx.err(`${say(CLI_WORDS.written, ctx.lang, { file: opts.csv })}\n`);
    }
    if (opts.xlsx) {
      const { writeWorkbook } = await import('../../batch/xlsx.js');
      const book = openAtomic(opts.xlsx, { overwrite: opts.force, cwd: ctx.cwd });
      try {
        const first = entries[0];
        const outline = first ? scored.outlines?.get(outlineKey(first.rubric)) : undefined;
        await writeWorkbook(book, {
          lang: ctx.lang,
          ranking,
          rubric: first?.rubric ?? null,
          ...(outline ? { outline } : {}),
          ...(scored.details ? { details: scored.details } : {}),
          failures,
          counts,
          generated,
        });
        book.commit();
      } catch (error) {
        book.abort();
        throw error;
      }
      ctx.err(`${say(CLI_WORDS.written, ctx.lang, { file: opts.xlsx })}\n`);
    }
    if (json) {
      batchJson.writeTail((text) => json!.write(text), { ranking, failures, warnings: scored.warnings, counts, rubricId: kept.rubricId }, !first);
      json.commit();
      json = undefined;
      if (opts.json !== STDOUT) ctx.err(`${say(CLI_WORDS.written, ctx.lang, { file: opts.json! })}\n`);
    }

    let status: Status = failures.length > 0 ? 'failed' : 'ok';
    if (outDir) {
      mkdirSync(outDir, { recursive: true });
      noteTempDir(outDir);
      const { renderBatchReports } = await import('../../batch/reports.js');
      const reports = createProgress({
        enabled: ctx.stderrIsTTY,
        total: ranked.length + 1,
        label: CLI_WORDS.reportsProgress[ctx.lang],
        lang: ctx.lang,
        write: ctx.err,
        ...(ctx.columns ? { columns: ctx.columns } : {}),
      });
      const outcome = await renderBatchReports({
        ranking,
        names: pdfNames,
        outDir: opts.out!,
        recapName: recapFileName(ctx.lang),
        failures,
        counts,
        date: recapDate,
        ...(epoch ? { generatedAt: epoch } : {}),
        lang: ctx.lang,
        force: opts.force,
        jobs: opts.jobs ?? pdfThreads(ranked.length + 1),
        template: template!,
        ...(opts.template ? { templateRef: opts.template } : {}),
        ...(opts.rubric ? { rubric: opts.rubric } : {}),
        strict: opts.strict,
        ...(opts.allowRubricFile ? { allowRubricFile: true } : {}),
        cwd: ctx.cwd,
        progress: reports,
      });
      for (const failure of outcome.failures) printError(failure, ctx);
      if (outcome.internal && ctx.debug) ctx.err(`${outcome.internal}\n`);
      const done = say(CLI_WORDS.pdfsWritten, ctx.lang, { count: outcome.written, dir: opts.out! });
      const failed = outcome.failures.length;
      ctx.err(`${failed > 0 ? palette(ctx.colorErr).red(`${done}; ${say(CLI_WORDS.pdfsFailed, ctx.lang, { count: failed })}`) : done}\n`);
      if (outcome.internal) status = 'internal';
      else if (failed > 0) status = 'failed';
    }
    return { status, ranking, counts };
  } finally {
    json?.abort();
  }
}

/**
 * Scoring threads when `--jobs` is not given: one below 1,000 files, where a worker's start-up and
 * warm-up (about 1 s of CPU) cost more than it saves (514 files: 2.3 s on one thread, 2.6 s on two;
 * 2,000 files: 5.9 s and 5.2 s, on 2 cores); the CPU cores from there on.
 */
function scoringThreads(files: number): number {
  return files < 1000 ? 1 : availableParallelism();
}

/**
 * PDF threads when `--jobs` is not given: this thread alone below 100 PDFs, where starting workers
 * (each loads the modules and parses the fonts again) costs more than it saves (6 PDFs: 2.9 s on
 * this thread, 4.2 s on two workers; 48: 11.4 s and 12.3 s; 100: 20.3 s and 20.2 s, on 2 cores);
 * the CPU cores from there on.
 */
function pdfThreads(pdfs: number): number {
  return pdfs < 100 ? 1 : availableParallelism();
}

/** The name that sends an export to stdout. */
const STDOUT = '-';

/** An export written to stdout as it comes (nothing to commit or take back). */
function stdoutStream(ctx: Context): AtomicStream {
  return {
    write: (data) => ctx.out(typeof data === 'string' ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8')),
    commit: () => undefined,
    abort: () => undefined,
  };
}

/** `--province` names or codes → the register's province codes; an unknown one is a usage error (nothing read yet). */
function provinceCodes(list: string[]): Set<string> {
  const register = loadRegister();
  const codes = new Set<string>();
  for (const item of list) {
    const province = register.province(item);
    if (!province) {
      const suggestion = didYouMean(item, register.provinces.map((p) => p.name), REGION_WORDS.provinceExamples);
      throw new SiapError('USAGE_PROVINCE_UNKNOWN', { value: item, suggestion });
    }
    codes.add(province.code);
  }
  return codes;
}

/** The latest assessment date among the files (midnight UTC), if any has one. */
function latestAssessment(entries: { assessment: { date?: string } }[]): Date | undefined {
  const dates = entries.map((e) => e.assessment.date).filter((d): d is string => Boolean(d)).sort();
  return dates.length > 0 ? new Date(`${dates.at(-1)!}T00:00:00Z`) : undefined;
}

/**
 * Refuse outputs that exist (without --force), or that --force may not replace (read-only files,
 * folders, devices): every one of them at once, nothing written.
 */
function assertWritable(targets: string[], force: boolean, cwd: string): void {
  const diagnostics: Diagnostic[] = [];
  for (const file of targets) {
    try {
      assertReplaceable(file, { cwd, force });
    } catch (error) {
      if (!(error instanceof SiapError)) throw error;
      diagnostics.push(...error.problems());
    }
  }
  if (diagnostics.length > 0) throw new SiapError('BATCH_OUTPUTS_EXIST', { count: diagnostics.length }, { diagnostics });
}

const WARNINGS_SHOWN = 5;

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
