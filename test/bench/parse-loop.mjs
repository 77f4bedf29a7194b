/**
 * The floor of `npm run bench` (b): one whole process that lists the answers files under a folder
 * (recursively, sorted, as `siap batch` does), then reads and YAML-parses every one of them on a
 * single thread, and exits. Nothing is validated, scored or written.
 *
 *   node test/bench/parse-loop.mjs <dir>
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';

const dir = process.argv[2];
const files = readdirSync(dir, { recursive: true })
  .filter((f) => /\.(ya?ml|json)$/i.test(f))
  .map((f) => join(dir, f))
  .sort();
let keys = 0;
for (const f of files) keys += Object.keys(YAML.parse(readFileSync(f, 'utf8')) ?? {}).length;
process.stdout.write(`${files.length} files, ${keys} top-level keys\n`);
