#!/usr/bin/env node
/**
 * `npm run bench` (after `npm run build`): the performance figures of spec §10, each with its
 * floor and the ratio to it.
 *
 *   (a) `siap --help` vs `node -e 0`                          median of 9 spawns each, interleaved
 *   (b) scoring N files vs read + yaml.parse of the same files   fresh process per pass, fastest of 3 (5 for 514)
 *   (c) 514 reports + recap with the real CLI (`--pdf --out`)   wall time; floor = 515 × warm render / workers
 *   (d) peak RSS of `siap batch` over 10,000 files (+ CSV, JSON) floor = peak RSS of `node -e 0`
 *   plus the figures of test/bench/report-render.mjs and test/bench/assess-step.mjs when present.
 *
 * Synthetic answers files (seeded, test/bench/generate.mjs) go to .bench/ (gitignored) and are
 * reused while the rubric is unchanged. Options: --only=a,b,c,d,extra   --runs=N (passes for b).
 * On a shared machine every wall time moves with the neighbours' load (the CPU time moves with it:
 * they share caches and cores), so (b) compares the fastest pass of each and prints the medians
 * too, and (c) prints the run's CPU time / cores beside its wall time.
 * No figure here is asserted by a test; this prints and, with --json, writes .bench/results.json.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSet } from './generate.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BENCH = join(ROOT, '.bench');
const BIN = join(ROOT, 'bin', 'siap.js');
const NODE = process.execPath;

const args = process.argv.slice(2);
const only = new Set((args.find((a) => a.startsWith('--only='))?.slice(7) ?? 'a,b,c,d,extra').split(','));
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 3);

const rows = [];
const notes = [];

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function ms(value) {
  return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
}

function mb(kb) {
  return `${(kb / 1024).toFixed(0)} MB`;
}

/** One table row: figure, value, floor, ratio, target, met. */
function row(figure, value, floor, ratio, target, met) {
  rows.push({ figure, value, floor, ratio: ratio === null ? '—' : `${ratio.toFixed(2)}×`, target, met: met === null ? '—' : met ? 'yes' : 'NO' });
}

function timeSpawn(argv, options = {}) {
  const t = performance.now();
  const r = spawnSync(NODE, argv, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...options.env }, maxBuffer: 1 << 30 });
  const elapsed = performance.now() - t;
  if (r.status !== 0 && !options.allowFail) throw new Error(`${argv.join(' ')} exited ${r.status}\n${r.stderr}`);
  return { elapsed, ...r };
}

/** Peak RSS (kB) and wall time of `node argv…`, by /usr/bin/time -v when present, else a preloaded exit hook. */
function measureRss(argv, env = {}) {
  const hasTime = existsSync('/usr/bin/time');
  const t = performance.now();
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-v', NODE, ...argv], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 1 << 30 })
    : spawnSync(NODE, ['--import', join(ROOT, 'test', 'bench', 'maxrss.mjs'), ...argv], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env }, maxBuffer: 1 << 30 });
  const elapsed = performance.now() - t;
  const match = hasTime ? /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr) : /SIAP_BENCH_MAXRSS_KB=(\d+)/.exec(r.stderr);
  if (!match) throw new Error(`no peak RSS for ${argv.join(' ')}\n${r.stderr.slice(-2000)}`);
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr);
  const sys = /System time \(seconds\): ([\d.]+)/.exec(r.stderr);
  const cpu = user && sys ? (Number(user[1]) + Number(sys[1])) * 1000 : null;
  return { kb: Number(match[1]), elapsed, cpu, status: r.status, how: hasTime ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS' };
}

function log(text) {
  process.stderr.write(`${text}\n`);
}

// ------------------------------------------------------------------ data

const { loadRubric } = await import(join(ROOT, 'dist', 'io', 'rubrics.js'));
let rubricId = 'kesiapan-kota-cerdas';
let rubric;
try {
  rubric = loadRubric(rubricId).rubric;
} catch {
  rubricId = 'spbe-2020';
  rubric = loadRubric(rubricId).rubric;
  notes.push('The default rubric kesiapan-kota-cerdas could not be loaded; spbe-2020 was used.');
}
mkdirSync(BENCH, { recursive: true });
const sets = { 514: join(BENCH, 'n514'), 10000: join(BENCH, 'n10000') };
log(`siap bench — rubric ${rubric.id} v${rubric.version} (${rubric.questions.length} questions), node ${process.version}, ${availableParallelism()} CPU(s), load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
for (const [n, dir] of Object.entries(sets)) {
  const t = performance.now();
  const made = generateSet(rubric, dir, Number(n), Number(n), { wideCodes: Number(n) > 514 });
  log(made ? `generated ${n} answers files in ${ms(performance.now() - t)} → ${dir}` : `reusing ${n} answers files in ${dir}`);
}

// ------------------------------------------------------------------ (a) startup

if (only.has('a')) {
  log('(a) siap --help vs node -e 0 …');
  const bare = [];
  const help = [];
  timeSpawn(['-e', '0']);
  timeSpawn([BIN, '--help']);
  for (let i = 0; i < 9; i++) {
    bare.push(timeSpawn(['-e', '0']).elapsed);
    help.push(timeSpawn([BIN, '--help']).elapsed);
  }
  const ratio = median(help) / median(bare);
  row('siap --help (median of 9 spawns)', ms(median(help)), `node -e 0: ${ms(median(bare))}`, ratio, '≤ 1.6×', ratio <= 1.6);
}

// ------------------------------------------------------------------ (b) scoring vs yaml

if (only.has('b')) {
  for (const [n, dir] of Object.entries(sets)) {
    const passes = Number(n) > 1000 ? runs : runs + 2;
    log(`(b) scoring ${n} files vs yaml.parse, ${passes} passes each …`);
    const yaml = [];
    const siap = [];
    for (let i = 0; i < passes; i++) {
      // Interleaved, alternating which goes first, so a busy machine slows both alike.
      for (const mode of i % 2 ? ['siap', 'yaml'] : ['yaml', 'siap']) {
        const r = timeSpawn([join(ROOT, 'test', 'bench', 'score-child.mjs'), mode, dir]);
        const out = JSON.parse(r.stdout.trim().split('\n').at(-1));
        if (out.broken) throw new Error(`${out.broken} generated files did not validate`);
        (mode === 'yaml' ? yaml : siap).push(out.ms);
      }
    }
    // The fastest pass of each is the one least disturbed by other work on the machine.
    const best = Math.min(...siap);
    const floor = Math.min(...yaml);
    const ratio = best / floor;
    const perFile = (best / Number(n)).toFixed(2);
    const target = Number(n) === 10000 ? '≤ 1.5×' : '(≤ 1.5× at 10,000)';
    row(`score ${n} files in-process (${perFile} ms/file)`, ms(best), `yaml.parse: ${ms(floor)}`, ratio, target, Number(n) === 10000 ? ratio <= 1.5 : null);
    notes.push(
      `(b) ${n} files, fastest of ${passes} passes each; medians ${ms(median(siap))} vs ${ms(median(yaml))} (${(median(siap) / median(yaml)).toFixed(2)}×); ` +
        `all passes siap ${siap.map((v) => (v / 1000).toFixed(1)).join('/')} s, yaml ${yaml.map((v) => (v / 1000).toFixed(1)).join('/')} s.`,
    );
  }
}

// ------------------------------------------------------------------ (c) 514 reports + recap

/** Warm render of one report in-process (load + score + model + PDF), median of 8 after 3 warm-ups. */
function warmRender() {
  const script = `
    const { loadAssessment } = await import(${JSON.stringify(join(ROOT, 'dist', 'io', 'load.js'))});
    const { scoreAssessment } = await import(${JSON.stringify(join(ROOT, 'dist', 'scoring', 'score.js'))});
    const { buildReportModel } = await import(${JSON.stringify(join(ROOT, 'dist', 'report', 'model.js'))});
    const { renderReportPdf } = await import(${JSON.stringify(join(ROOT, 'dist', 'report', 'pdf.js'))});
    const { loadTemplate } = await import(${JSON.stringify(join(ROOT, 'dist', 'io', 'templates.js'))});
    const { rubricSource } = await import(${JSON.stringify(join(ROOT, 'dist', 'io', 'rubrics.js'))});
    const { readdirSync } = await import('node:fs');
    const dir = ${JSON.stringify(join(sets[514], 'bagian-00'))};
    const files = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().slice(0, 11).map((f) => dir + '/' + f);
    const template = loadTemplate('standar');
    const times = [];
    for (const [i, f] of files.entries()) {
      const t = performance.now();
      const { rubric, answers, bytes } = loadAssessment(f);
      const result = scoreAssessment(rubric, answers);
      // As a batch worker makes it: tagged, with the rubric's text attached.
      const rs = rubricSource(rubric);
      const model = buildReportModel(rubric, answers, result, { template, lang: 'id', toolVersion: 'bench', rank: { position: i + 1, total: 514 }, source: { name: 'x.yaml', bytes }, ...(rs ? { rubricSource: rs } : {}) });
      await renderReportPdf(model);
      if (i >= 3) times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(JSON.stringify({ ms: times[Math.floor(times.length / 2)] }));`;
  const r = spawnSync(NODE, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim()).ms;
}

if (only.has('c')) {
  const out = join(BENCH, 'out-514');
  rmSync(out, { recursive: true, force: true });
  const workers = Math.min(availableParallelism(), 515);
  log(`(c) 514 reports + recap through the CLI on ${workers} worker(s) …`);
  const r = measureRss([BIN, 'batch', sets[514], '--top', '10', '--pdf', '--out', out, '--force']);
  if (r.status !== 0) throw new Error(`siap batch --pdf exited ${r.status}`);
  const render = warmRender();
  const floor = (515 * render) / workers;
  row(`514 reports + recap, wall (${availableParallelism()} CPU)`, ms(r.elapsed), `515 × ${Math.round(render)} ms warm / ${workers}: ${ms(floor)}`, r.elapsed / floor, '≤ 45 s on 2 cores', r.elapsed <= 45_000);
  if (r.cpu !== null) {
    // On a shared machine the wall time depends on the neighbours; CPU time / cores does not.
    row('  same run: CPU time (user+sys) / cores', ms(r.cpu / workers), `${ms(floor)}`, r.cpu / workers / floor, '≤ 45 s on 2 cores', r.cpu / workers <= 45_000);
  }
  row('warm report, in-process (load+score+render)', ms(render), '—', null, '≤ 150 ms', render <= 150);
}

// ------------------------------------------------------------------ (d) memory

if (only.has('d')) {
  log('(d) peak RSS of siap batch over 10,000 files …');
  const bare = measureRss(['-e', '0']);
  const plain = measureRss([BIN, 'batch', sets[10000], '--top', '10']);
  const csv = join(BENCH, 'peringkat-10000.csv');
  const json = join(BENCH, 'hasil-10000.json');
  const full = measureRss([BIN, 'batch', sets[10000], '--top', '10', '--csv', csv, '--json', json, '--force']);
  row('peak RSS, batch of 10,000 (table only)', mb(plain.kb), `node -e 0: ${mb(bare.kb)}`, plain.kb / bare.kb, '< 250 MB', plain.kb < 250 * 1024);
  row('peak RSS, batch of 10,000 + --csv + --json', mb(full.kb), `node -e 0: ${mb(bare.kb)}`, full.kb / bare.kb, '< 250 MB', full.kb < 250 * 1024);
  row('wall, batch of 10,000 + --csv + --json', ms(full.elapsed), '—', null, '—', null);
  notes.push(`Peak RSS measured with ${full.how}.`);
}

// ------------------------------------------------------------------ other helpers' figures

const extra = [];
if (only.has('extra')) {
  for (const name of ['report-render.mjs', 'assess-step.mjs']) {
    const file = join(ROOT, 'test', 'bench', name);
    if (!existsSync(file)) {
      notes.push(`test/bench/${name} is not there yet; its figure is missing.`);
      continue;
    }
    log(`running test/bench/${name} …`);
    const r = await new Promise((done) => {
      const child = spawn(NODE, [file], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (status) => done({ status, stdout, stderr }));
    });
    extra.push({ name, status: r.status, output: r.stdout.trim() || r.stderr.trim() });
  }
}

// ------------------------------------------------------------------ print

const headers = ['figure', 'value', 'floor', 'ratio', 'target', 'met?'];
const table = [headers, ...rows.map((r) => [r.figure, r.value, r.floor, r.ratio, r.target, r.met])];
const widths = headers.map((_, i) => Math.max(...table.map((r) => [...r[i]].length)));
const line = (cells) => `| ${cells.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join(' | ')} |`;
const lines = [line(table[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...table.slice(1).map(line)];
process.stdout.write(`\n${lines.join('\n')}\n`);
for (const e of extra) process.stdout.write(`\n— test/bench/${e.name} (exit ${e.status}):\n${e.output}\n`);
if (notes.length) process.stdout.write(`\n${notes.map((n) => `note: ${n}`).join('\n')}\n`);
process.stdout.write(`\nmachine: node ${process.version}, ${availableParallelism()} CPU(s), load average now ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
if (args.includes('--json')) writeFileSync(join(BENCH, 'results.json'), `${JSON.stringify({ rows, extra, notes }, null, 2)}\n`);
