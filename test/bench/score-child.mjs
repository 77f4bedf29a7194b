/**
 * One timed pass for `npm run bench` (b), in a fresh process so runs do not share a warm heap:
 *   node test/bench/score-child.mjs yaml <dir>   read + yaml.parse every file (the floor)
 *   node test/bench/score-child.mjs siap <dir>   what `siap batch` does per file: read, parse,
 *                                                validate against the rubric, score, keep a summary
 * Prints one JSON line: {"mode", "files", "ms", "broken"}. The clock starts after the imports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [mode, dir] = process.argv.slice(2);
const files = readdirSync(dir, { recursive: true })
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .map((f) => join(dir, f))
  .sort();

let ms;
let broken = 0;
if (mode === 'yaml') {
  const YAML = (await import('yaml')).default;
  const t = performance.now();
  for (const f of files) YAML.parse(readFileSync(f, 'utf8'));
  ms = performance.now() - t;
} else {
  const { scoreFiles } = await import('../../dist/batch/score-files.js');
  const t = performance.now();
  const scored = scoreFiles(files, { lang: 'id' });
  ms = performance.now() - t;
  broken = scored.failures.length;
}
process.stdout.write(`${JSON.stringify({ mode, files: files.length, ms, broken })}\n`);
