import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { linkSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, tmpDir } from './helpers/run-cli.js';

/**
 * siap as a library, the way another project gets it: `npm pack` the built package (dist/ is
 * built by `npm test`), install the tarball into an empty ESM project, and import it by name.
 *
 * Offline: `npm install --offline <tarball>` needs the registry's metadata of every dependency,
 * which `npm ci` never caches (it fetches tarballs by their lockfile integrity). So the project
 * gets a lockfile made from this repository's own (its production entries, plus the tarball).
 * Its node_modules starts with those locked production packages hard-linked from this
 * repository's (the files `npm ci` would extract from the cache: 273 packages, about 8 s of the
 * test's CPU), and `npm install --offline` checks that tree against the lockfile and installs
 * siap from the tarball. The development packages are not there, so an import of one of them
 * from dist/ fails here as it would for a user.
 */

const EXAMPLE = 'node_modules/siap/rubrics/examples/kabupaten-sukamaju-asesor.yaml';

/** The environment of every child process: none of the `npm_*` variables of an enclosing `npm test` (`npm_config_local_prefix` would point npm back at this repository). */
function childEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || (key.startsWith('npm_') && key !== 'npm_config_cache') || key === 'SOURCE_DATE_EPOCH') continue;
    env[key] = value;
  }
  return { ...env, NO_COLOR: '1', SIAP_LANG: 'id', LANG: 'C' };
}

function run(command: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, env: childEnv(), encoding: 'utf8', timeout: 90_000 });
  if (result.error) throw result.error;
  return result;
}

function ok(command: string, args: string[], cwd: string): string {
  const result = run(command, args, cwd);
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** npm as the enclosing `npm test` runs it (its CLI script, with this node), else `npm` from PATH. */
function npm(args: string[], cwd: string): string {
  const cli = process.env.npm_execpath;
  if (cli && /npm-cli\.[cm]?js$/.test(cli)) return ok(process.execPath, [cli, ...args], cwd);
  return ok(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, cwd);
}

/** `import … from 'x'` / `export … from 'x'` of a module and everything it imports statically: the packages loaded on import. */
function eagerPackages(entry: string): string[] {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\s[^;()]*?from\s+['"]([^'"]+)['"]/gm)) {
      const spec = match[1]!;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else if (!spec.startsWith('node:')) packages.add(spec);
    }
  };
  visit(entry);
  return [...packages].sort();
}

/** Copy a folder as hard links (the same files, no bytes copied); symbolic links stay links. */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else if (entry.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
    else linkSync(source, target);
  }
}

/** What the consumer script writes to consumer.json (its stdout stays empty): everything the assertions need from one process. */
interface ConsumerReport {
  types: Record<string, string>;
  version: string;
  score: Record<string, unknown>;
  pdf: { head: string; length: number };
  error: { isSiapError: boolean; code: string; text: string };
}

const CONSUMER = `
import { writeFileSync } from 'node:fs';
import * as siap from 'siap';
import { loadAssessment, scoreAssessment, toScoreJson, renderReport, SiapError, describeProblem } from 'siap';

const names = ['loadRubric', 'loadAssessment', 'scoreAssessment', 'renderReport', 'compareAssessments', 'mergeAssessments'];
const types = Object.fromEntries(names.map((name) => [name, typeof siap[name]]));
const loaded = loadAssessment(${JSON.stringify(EXAMPLE)});
const result = scoreAssessment(loaded.rubric, loaded.answers);
const pdf = await renderReport(loaded.rubric, loaded.answers, { result, source: { name: 'kabupaten-sukamaju-asesor.yaml', bytes: loaded.bytes } });
writeFileSync('library.pdf', pdf);
let error;
try {
  loadAssessment('tidak-ada.yaml');
} catch (e) {
  error = { isSiapError: e instanceof SiapError, code: e.code, text: describeProblem(e.problems()[0], 'en').text };
}
writeFileSync('consumer.json', JSON.stringify({
  types,
  version: siap.VERSION,
  score: toScoreJson(result),
  pdf: { head: new TextDecoder().decode(pdf.subarray(0, 5)), length: pdf.length },
  error,
}));
`;

/** A consumer's TypeScript: the exports have real types (each `@ts-expect-error` fails when a type is `any`). */
const TYPES_CHECK = `
import { loadAssessment, scoreAssessment, renderReport, compareAssessments, mergeAssessments, loadRubric, toScoreJson, describeProblem, SiapError, VERSION } from 'siap';
import type { Rubric, Answers, ScoreResult, Comparison, MergeResult, Diagnostic, RenderReportOptions } from 'siap';

const loaded = loadAssessment('x.yaml', { strict: true });
const rubric: Rubric = loaded.rubric;
const answers: Answers = loaded.answers;
const result: ScoreResult = scoreAssessment(rubric, answers);
const index: number | null = result.index;
const json: Record<string, unknown> = toScoreJson(result);
const comparison: Comparison = compareAssessments(rubric, result, loadRubric('spbe-2020').rubric, result);
const merged: MergeResult = mergeAssessments([{ file: 'a.yaml', rubric, answers, result }], { rule: 'median', kappa: 'linear' });
const options: RenderReportOptions = { lang: 'en', result, template: 'standar' };
const pdf: Promise<Uint8Array> = renderReport(rubric, answers, options);
try {
  loadRubric('x');
} catch (error) {
  if (error instanceof SiapError) {
    const problems: Diagnostic[] = error.problems();
    const words: string = describeProblem(problems[0]!, 'en').text;
    void words;
  }
}
// @ts-expect-error a score is not a string
const wrong: string = scoreAssessment(rubric, answers);
// @ts-expect-error reports are in id or en
void renderReport(rubric, answers, { lang: 'fr' });
// @ts-expect-error VERSION is a string
const notNumber: number = VERSION;
void [index, json, comparison, merged, pdf, wrong, notNumber];
`;

describe('siap as an npm package', { tags: ['slow'] }, () => {
  let work = '';
  let app = '';
  let consumer: ConsumerReport;
  let consumerOutput = { stdout: '', stderr: '' };
  const timings: Record<string, number> = {};
  const timed = <T>(label: string, fn: () => T): T => {
    const start = performance.now();
    try {
      return fn();
    } finally {
      timings[label] = Math.round(performance.now() - start);
    }
  };

  beforeAll(() => {
    work = tmpDir('siap-package-');
    const packed = timed('pack', () => JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT)) as { filename: string; integrity: string }[]);
    const { filename, integrity } = packed[0]!;
    const tarball = `file:../${filename}`;
    app = join(work, 'app');
    mkdirSync(app);
    const own = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string; license: string; dependencies: Record<string, string>; bin: Record<string, string>; engines: Record<string, string> };
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
    const packages: Record<string, unknown> = {
      '': { name: 'app', dependencies: { siap: tarball } },
      'node_modules/siap': { version: own.version, resolved: tarball, integrity, license: own.license, dependencies: own.dependencies, bin: own.bin, engines: own.engines },
    };
    for (const [path, entry] of Object.entries(lock.packages)) if (path !== '' && !entry.dev) packages[path] = entry;
    writeFileSync(join(app, 'package.json'), `${JSON.stringify({ name: 'app', private: true, type: 'module', dependencies: { siap: tarball } }, null, 2)}\n`);
    writeFileSync(join(app, 'package-lock.json'), `${JSON.stringify({ name: 'app', lockfileVersion: 3, requires: true, packages }, null, 2)}\n`);
    timed('link', () => {
      for (const path of Object.keys(packages)) {
        // Top-level packages (a nested one comes with the package it is nested in), siap excepted.
        if (path === '' || path === 'node_modules/siap' || path.split('node_modules/').length !== 2) continue;
        linkTree(join(ROOT, path), join(app, path));
      }
    });
    timed('install', () => npm(['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], app));
    const result = timed('consumer', () => run(process.execPath, ['--input-type=module', '-e', CONSUMER], app));
    if (result.status !== 0) throw new Error(`the consumer script exited ${result.status}\n${result.stdout}\n${result.stderr}`);
    consumerOutput = { stdout: result.stdout, stderr: result.stderr };
    consumer = JSON.parse(readFileSync(join(app, 'consumer.json'), 'utf8')) as ConsumerReport;
  }, 120_000);

  afterAll(() => {
    console.info(`package test timings (ms): ${JSON.stringify(timings)}`);
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('exports the six functions by the package name, with VERSION', () => {
    expect(consumer.types).toEqual({
      loadRubric: 'function',
      loadAssessment: 'function',
      scoreAssessment: 'function',
      renderReport: 'function',
      compareAssessments: 'function',
      mergeAssessments: 'function',
    });
    expect(consumer.version).toBe((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
  });

  it('importing and using it prints nothing, and importing loads no PDF toolkit, prompts or colours', () => {
    // The consumer imported siap, scored, rendered a PDF and caught an error: not a word on stdout or stderr.
    expect(consumerOutput).toEqual({ stdout: '', stderr: '' });
    expect(eagerPackages(join(app, 'node_modules', 'siap', 'dist', 'index.js'))).toEqual(['yaml', 'zod']);
  });

  it('scores a bundled example exactly as `siap score --json` of the installed bin does', () => {
    const cli = timed('score-bin', () => JSON.parse(ok(process.execPath, ['node_modules/siap/bin/siap.js', 'score', EXAMPLE, '--json'], app)) as Record<string, unknown>);
    expect(typeof consumer.score.index).toBe('number');
    expect(consumer.score.index).toBe(cli.index);
    expect(consumer.score).toEqual(cli);
  });

  it('renders the same PDF as `siap report`', async () => {
    expect(consumer.pdf.head).toBe('%PDF-');
    // The CLI of this build, in this process (the installed bin's start-up is covered by the tests around this one).
    const result = await runCli(['report', EXAMPLE, '-o', 'cli.pdf'], { cwd: app });
    expect(result.code, result.stderr).toBe(0);
    const cli = readFileSync(join(app, 'cli.pdf'));
    const library = readFileSync(join(app, 'library.pdf'));
    expect(library.length).toBe(consumer.pdf.length);
    expect(library.equals(cli)).toBe(true);
  });

  it('writes the offline form from the installed package (its browser code ships in dist/browser)', () => {
    const result = timed('form-bin', () => run(process.execPath, ['node_modules/siap/bin/siap.js', 'form', '-o', 'form.html'], app));
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(app, 'form.html'), 'utf8')).toContain('<script type="application/json" id="siap-form-data">');
  });

  it('throws SiapError, and describeProblem words a problem as the CLI prints it', () => {
    expect(consumer.error.isSiapError).toBe(true);
    expect(consumer.error.code).toBe('FILE_NOT_FOUND');
    const cli = run(process.execPath, ['node_modules/siap/bin/siap.js', 'score', 'tidak-ada.yaml', '--lang', 'en'], app);
    expect(cli.status).toBe(2);
    expect(cli.stderr).toBe(`${consumer.error.text}\n`);
  });

  it('gives a TypeScript consumer the types (nodenext, strict)', () => {
    writeFileSync(join(app, 'consumer.ts'), TYPES_CHECK);
    // The repository's own compiler; --skipLibCheck keeps this under a second (a full check of every .d.ts takes ~4 s).
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const args = [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', '--typeRoots', join(ROOT, 'node_modules', '@types'), '--types', 'node', 'consumer.ts'];
    const result = timed('tsc', () => run(process.execPath, args, app));
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
