#!/usr/bin/env node
/**
 * `npm run bench` (after `npm run build`): the performance figures of spec §10, each timed as a
 * whole process (spawn to exit) and paired with its floor, run in turn.
 *
 *   (a) `siap --help`                        vs `node -e 0`
 *   (b) `siap batch DIR --json F` over 514, 2,000 and 10,000 answers files
 *                                            vs one thread reading + YAML-parsing the same files
 *                                               (test/bench/parse-loop.mjs)
 *   (c) `siap batch DIR --top 10 --pdf --out D` over 514 files (514 reports + the recap)
 *                                            vs the same text drawn with the same fonts into as many
 *                                               pdfkit documents on as many worker threads
 *                                               (test/bench/pdf-floor.mjs; the text is extracted from
 *                                               siap's own PDFs by test/bench/pdf-extract.mjs)
 *
 * Each pair runs the two processes one after the other, alternating which goes first; the table
 * quotes the median of each side, the median of the pairs' ratios, and the median peak RSS of each
 * side (by /usr/bin/time -v when present). The machine's load average is printed beside every
 * figure: on a shared machine every wall time moves with the neighbours.
 *
 * Data (seeded, test/bench/generate.mjs) goes to .bench/ (gitignored) and is reused while the
 * rubric is unchanged: the 514 set is every kabupaten/kota of the official register once; the
 * 2,000 and 10,000 sets are fictional regencies with example codes (one code each).
 *
 *   (extra) test/bench/report-render.mjs (one report rendered warm, in-process) and
 *           test/bench/assess-step.mjs (one answer saved by siap assess), their own figures
 *
 * Options: --only=a,b,c,extra (default all) --sizes=514,2000,10000 --runs=N (pairs per figure; default
 * 7 for (a), 5 for (b) up to 2,000 files, 3 for 10,000 and for (c)) --jobs=N (passed to siap and the
 * PDF floor) --json (also write .bench/results.json)
 * --baseline=DIR: a built checkout of another version (e.g. the commit before a change); its
 * `bin/siap.js` runs in the same rounds (siap, floor, baseline, rotating the order), so a before/after
 * comparison sees the same load, and gets its own rows.
 * No figure here is asserted by a test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSet } from './generate.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BENCH = join(ROOT, '.bench');
const BIN = join(ROOT, 'bin', 'siap.js');
const HERE = join(ROOT, 'test', 'bench');
const NODE = process.execPath;
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

const args = process.argv.slice(2);
const arg = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const only = new Set((arg('only') ?? 'a,b,c,extra').split(','));
const sizes = (arg('sizes') ?? '514,2000,10000').split(',').map(Number);
const runsArg = arg('runs') === undefined ? undefined : Number(arg('runs'));
const jobs = arg('jobs') === undefined ? availableParallelism() : Number(arg('jobs'));
const baselineRoot = arg('baseline') ? resolve(arg('baseline')) : undefined;
const BASE_BIN = baselineRoot ? join(baselineRoot, 'bin', 'siap.js') : undefined;

const rows = [];
const notes = [];

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
const ms = (v) => (v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`);
const mb = (kb) => `${Math.round(kb / 1024)} MB`;
const load = () => loadavg()[0].toFixed(2);
function log(text) {
  process.stderr.write(`${text}\n`);
}

/**
 * Run `node argv…` to completion: wall time (spawn to exit), peak RSS and CPU time of the process
 * (all its threads). stdout goes to /dev/null, as when a user redirects it.
 */
function measure(argv, { allow = [0] } = {}) {
  const env = { ...process.env, NO_COLOR: '1', SIAP_LANG: 'id' };
  const command = TIME ? TIME : NODE;
  const full = TIME ? ['-v', NODE, ...argv] : ['--import', join(HERE, 'maxrss.mjs'), ...argv];
  const t = performance.now();
  const r = spawnSync(command, full, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = performance.now() - t;
  if (!allow.includes(r.status)) throw new Error(`node ${argv.join(' ')} exited ${r.status}\n${r.stderr.slice(-3000)}`);
  const rss = TIME ? /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr) : /SIAP_BENCH_MAXRSS_KB=(\d+)/.exec(r.stderr);
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr);
  const sys = /System time \(seconds\): ([\d.]+)/.exec(r.stderr);
  return { wall, kb: rss ? Number(rss[1]) : NaN, cpu: user && sys ? (Number(user[1]) + Number(sys[1])) * 1000 : NaN, status: r.status, stderr: r.stderr };
}

/**
 * `runs` pairs of (subject, floor), alternating which runs first. `between(i, subject)` runs after
 * each subject run (e.g. to prepare the floor's input from the subject's output).
 */
function pairs(runs, subject, floor, between, baseline) {
  const out = { subject: [], floor: [], ratios: [], loads: [load()], baseline: baseline ? { subject: [], ratios: [] } : undefined };
  for (let i = 0; i < runs; i++) {
    // Round i: siap, floor (and the baseline), starting from a different one each round.
    const steps = [
      () => {
        const s = subject();
        between?.(i, s);
        return ['s', s];
      },
      () => ['f', floor()],
      ...(baseline ? [() => ['b', baseline()]] : []),
    ];
    const got = {};
    for (let k = 0; k < steps.length; k++) {
      const [key, r] = steps[(i + k) % steps.length]();
      got[key] = r;
    }
    out.subject.push(got.s);
    out.floor.push(got.f);
    out.ratios.push(got.s.wall / got.f.wall);
    if (baseline) {
      out.baseline.subject.push(got.b);
      out.baseline.ratios.push(got.b.wall / got.f.wall);
    }
    out.loads.push(load());
    const before = baseline ? `; baseline ${ms(got.b.wall)} (${(got.b.wall / got.f.wall).toFixed(2)}×, peak ${mb(got.b.kb)})` : '';
    log(`   round ${i + 1}/${runs}: ${ms(got.s.wall)} vs ${ms(got.f.wall)} (${(got.s.wall / got.f.wall).toFixed(2)}×), peak ${mb(got.s.kb)} vs ${mb(got.f.kb)}${before}, load ${load()}`);
  }
  return out;
}

/** The baseline's row beside a figure's (same floor runs, same rounds). */
function baselineRow(figure, p, target, check) {
  if (!p.baseline) return;
  const wall = median(p.baseline.subject.map((r) => r.wall));
  const kb = median(p.baseline.subject.map((r) => r.kb));
  const ratio = median(p.baseline.ratios);
  rows.push({
    figure: `  ${figure}`,
    value: ms(wall),
    floor: ms(median(p.floor.map((r) => r.wall))),
    ratio: `${ratio.toFixed(2)}×`,
    peak: `${mb(kb)} / ${mb(median(p.floor.map((r) => r.kb)))}`,
    load: rows.at(-1).load,
    target,
    met: check({ wall, kb, ratio }) ? 'yes' : 'NO',
  });
  const cpu = median(p.baseline.subject.map((r) => r.cpu));
  notes.push(`${figure.trim()}: CPU time (all threads) ${ms(cpu)} = ${(cpu / median(p.floor.map((f) => f.cpu))).toFixed(2)}× the floor's; rounds ${p.baseline.ratios.map((x) => x.toFixed(2)).join(' ')}.`);
}

function row(figure, p, target, met, extra = '') {
  const wall = (list) => median(list.map((r) => r.wall));
  const kb = (list) => median(list.map((r) => r.kb));
  rows.push({
    figure,
    value: ms(wall(p.subject)),
    floor: ms(wall(p.floor)),
    ratio: `${median(p.ratios).toFixed(2)}×`,
    peak: `${mb(kb(p.subject))} / ${mb(kb(p.floor))}`,
    load: `${p.loads[0]}→${p.loads.at(-1)} (max ${Math.max(...p.loads.map(Number)).toFixed(2)})`,
    target,
    met: met === null ? '—' : met ? 'yes' : 'NO',
  });
  if (extra) notes.push(extra);
  return { wall: wall(p.subject), floor: wall(p.floor), ratio: median(p.ratios), kb: kb(p.subject), floorKb: kb(p.floor) };
}

// ------------------------------------------------------------------ data

const { loadRubric } = await import(join(ROOT, 'dist', 'io', 'rubrics.js'));
const rubric = loadRubric('kesiapan-kota-cerdas').rubric;
mkdirSync(BENCH, { recursive: true });
const setDir = (n) => join(BENCH, n === 514 ? 'n514-register' : `n${n}-example`);
log(`siap bench — rubric ${rubric.id} v${rubric.version} (${rubric.questions.length} questions), node ${process.version}, ${availableParallelism()} CPU(s), --jobs ${jobs}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
for (const n of new Set([...(only.has('b') ? sizes : []), ...(only.has('c') ? [514] : [])])) {
  const t = performance.now();
  const made = generateSet(rubric, setDir(n), n, n, { register: n === 514 });
  log(made ? `generated ${n} answers files in ${ms(performance.now() - t)} → ${setDir(n)}` : `reusing ${n} answers files in ${setDir(n)}`);
}

// ------------------------------------------------------------------ (a) startup

if (only.has('a')) {
  log('(a) siap --help vs node -e 0 …');
  measure([BIN, '--help']);
  measure(['-e', '0']);
  const p = pairs(runsArg ?? 7, () => measure([BIN, '--help']), () => measure(['-e', '0']), undefined, BASE_BIN ? () => measure([BASE_BIN, '--help']) : undefined);
  const r = row('siap --help', p, '≤ 1.6×', null);
  rows.at(-1).met = r.ratio <= 1.6 ? 'yes' : 'NO';
  baselineRow('baseline: siap --help', p, '≤ 1.6×', (b) => b.ratio <= 1.6);
}

// ------------------------------------------------------------------ (b) batch scoring

const scoring = {};
if (only.has('b')) {
  for (const n of sizes) {
    const runs = runsArg ?? (n > 2000 ? 3 : 5);
    const dir = setDir(n);
    const json = join(BENCH, `batch-${n}.json`);
    log(`(b) siap batch ${n} files --json vs read + YAML.parse loop, ${runs} pairs …`);
    // One run of each first: the files are in the page cache for both sides alike.
    measure([join(HERE, 'parse-loop.mjs'), dir]);
    const siapArgs = [BIN, 'batch', dir, '--json', json, '--force', ...(arg('jobs') ? ['--jobs', String(jobs)] : [])];
    const baseArgs = BASE_BIN ? [BASE_BIN, 'batch', dir, '--json', join(BENCH, `batch-${n}-baseline.json`), '--force'] : undefined;
    measure(siapArgs);
    const p = pairs(runs, () => measure(siapArgs), () => measure([join(HERE, 'parse-loop.mjs'), dir]), undefined, baseArgs ? () => measure(baseArgs) : undefined);
    const targetKb = n === 2000 ? 200 * 1024 : n === 10000 ? 250 * 1024 : null;
    const target = `≤ 1.0×${targetKb ? `, ≤ ${targetKb / 1024} MB` : ''}`;
    const r = row(`batch ${n} files --json (${(median(p.subject.map((s) => s.wall)) / n).toFixed(2)} ms/file)`, p, target, null);
    rows.at(-1).met = r.ratio <= 1.0 && (targetKb === null || r.kb <= targetKb) ? 'yes' : 'NO';
    baselineRow(`baseline: batch ${n} files --json`, p, target, (b) => b.ratio <= 1.0 && (targetKb === null || b.kb <= targetKb));
    const cpu = median(p.subject.map((s) => s.cpu));
    notes.push(`(b) ${n}: siap CPU time (all threads) ${ms(cpu)} = ${(cpu / median(p.floor.map((f) => f.cpu))).toFixed(2)}× the loop's; pairs ${p.ratios.map((x) => x.toFixed(2)).join(' ')}.`);
    scoring[n] = r;
  }
  if (scoring[2000] && scoring[10000]) {
    const perFile = (scoring[10000].kb - scoring[2000].kb) / 8000;
    notes.push(`(b) peak memory grows by ${perFile.toFixed(1)} kB per extra file between 2,000 and 10,000 files (${mb(scoring[2000].kb)} → ${mb(scoring[10000].kb)}).`);
  }
}

// ------------------------------------------------------------------ (c) 514 reports + recap

if (only.has('c')) {
  const runs = runsArg ?? 3;
  const out = join(BENCH, 'pdf-514');
  const floorOut = join(BENCH, 'pdf-514-floor');
  const text = join(BENCH, 'pdf-514-text');
  log(`(c) 514 reports + recap (${jobs} worker(s)) vs the same text in as many pdfkit documents, ${runs} pairs …`);
  const siapArgs = [BIN, 'batch', setDir(514), '--top', '10', '--pdf', '--out', out, '--force', '--jobs', String(jobs)];
  const fingerprint = () =>
    readdirSync(out)
      .filter((f) => f.endsWith('.pdf'))
      .sort()
      .map((f) => `${f}:${statSync(join(out, f)).size}`)
      .join('\n');
  // The floor draws the text of this siap's PDFs: extracted after the first round's siap run.
  const extract = (i) => {
    if (i !== 0) return;
    const stamp = join(text, '.stamp');
    const print = fingerprint();
    if (existsSync(stamp) && readFileSync(stamp, 'utf8') === print) return;
    log('   extracting the text of siap\'s PDFs for the floor (once per change of the PDFs) …');
    rmSync(text, { recursive: true, force: true });
    const r = spawnSync(NODE, [join(HERE, 'pdf-extract.mjs'), out, text], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    notes.push(`(c) the floor draws the text of siap's PDFs: ${r.stdout.trim()}.`);
    writeFileSync(stamp, print);
  };
  const baseOut = join(BENCH, 'pdf-514-baseline');
  const p = pairs(
    runs,
    () => {
      rmSync(out, { recursive: true, force: true });
      return measure(siapArgs);
    },
    () => {
      rmSync(floorOut, { recursive: true, force: true });
      return measure([join(HERE, 'pdf-floor.mjs'), text, floorOut, String(jobs)]);
    },
    extract,
    BASE_BIN
      ? () => {
          rmSync(baseOut, { recursive: true, force: true });
          return measure([BASE_BIN, 'batch', setDir(514), '--top', '10', '--pdf', '--out', baseOut, '--force', '--jobs', String(jobs)]);
        }
      : undefined,
  );
  const r = row(`514 reports + recap (--pdf, ${jobs} workers)`, p, '≤ 45 s, ≤ 350 MB', null);
  rows.at(-1).met = r.wall <= 45_000 && r.kb <= 350 * 1024 ? 'yes' : 'NO';
  baselineRow('baseline: 514 reports + recap', p, '≤ 45 s, ≤ 350 MB', (b) => b.wall <= 45_000 && b.kb <= 350 * 1024);
  const cpu = median(p.subject.map((s) => s.cpu));
  notes.push(`(c) siap CPU time (all threads) ${ms(cpu)}, ${ms(cpu / jobs)} per worker; floor ${ms(median(p.floor.map((f) => f.cpu)))}; pairs ${p.ratios.map((x) => x.toFixed(2)).join(' ')}.`);
}

// ------------------------------------------------------------------ (extra) the other scripts' figures

const extra = [];
if (only.has('extra')) {
  for (const name of ['report-render.mjs', 'assess-step.mjs']) {
    log(`running test/bench/${name} …`);
    const r = spawnSync(NODE, [join(HERE, name)], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    extra.push({ name, status: r.status, output: r.stdout.trim() || r.stderr.trim() });
  }
}

// ------------------------------------------------------------------ print

const headers = ['figure', 'siap (median)', 'floor (median)', 'ratio (median of pairs)', 'peak RSS siap / floor', 'load 1-min (start→end)', 'target', 'met?'];
const table = [headers, ...rows.map((r) => [r.figure, r.value, r.floor, r.ratio, r.peak, r.load, r.target, r.met])];
const widths = headers.map((_, i) => Math.max(...table.map((r) => [...r[i]].length)));
const line = (cells) => `| ${cells.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join(' | ')} |`;
const lines = [line(table[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...table.slice(1).map(line)];
process.stdout.write(`\n${lines.join('\n')}\n`);
for (const e of extra) process.stdout.write(`\n— test/bench/${e.name} (exit ${e.status}):\n${e.output}\n`);
if (notes.length) process.stdout.write(`\n${notes.map((n) => `note: ${n}`).join('\n')}\n`);
process.stdout.write(
  `\nmachine: node ${process.version}, ${availableParallelism()} CPU(s), load average now ${loadavg().map((l) => l.toFixed(2)).join(' ')}; peak RSS by ${TIME ? '/usr/bin/time -v' : 'process.resourceUsage().maxRSS'}\n`,
);
if (args.includes('--json')) writeFileSync(join(BENCH, 'results.json'), `${JSON.stringify({ rows, extra, notes }, null, 2)}\n`);
