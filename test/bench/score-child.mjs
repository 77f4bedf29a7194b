/**
 * One timed pass for `npm run bench` (b), in a fresh process so runs do not share a warm heap:
 *   node test/bench/score-child.mjs yaml <dir>   read + yaml.parse every file (the floor)
 *   node test/bench/score-child.mjs siap <dir>   what `siap batch` does per file: read, parse,
 *                                                validate against the rubric, score, keep a summary
 * Prints one JSON line: {"mode", "files", "ms", "cpu", "broken"}: wall and CPU (user+system, all
 * threads of the process, so GC helper threads count) milliseconds, measured after the imports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [mode, dir] = process.argv.slice(2);
const files = readdirSync(dir, { recursive: true })
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .map((f) => join(dir, f))
  .sort();

let ms;
let cpu;
let broken = 0;
if (mode === 'yaml') {
  const YAML = (await import('yaml')).default;
  const t = performance.now();
  const c = process.cpuUsage();
  for (const f of files) YAML.parse(readFileSync(f, 'utf8'));
  ms = performance.now() - t;
  cpu = cpuMs(c);
} else {
  const { scoreFiles } = await import('../../dist/batch/score-files.js');
  const t = performance.now();
  const c = process.cpuUsage();
  const scored = scoreFiles(files, { lang: 'id' });
  ms = performance.now() - t;
  cpu = cpuMs(c);
  broken = scored.failures.length;
}
process.stdout.write(`${JSON.stringify({ mode, files: files.length, ms, cpu, broken })}\n`);

function cpuMs(start) {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}
