import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BUILD_STEPS, STAMPS } from '../../src/tools/up-to-date.js';
import { ROOT } from './run-cli.js';

/**
 * Global set-up: most tests run the compiled code (dist/: `runCli` runs the built CLI, and the
 * shared project reads src/ imports from dist/, see vitest.config.ts). A file of src/ changed after
 * the last build would have the tests check old code without a word: stop at once and say so.
 * The build is incremental (the compiler rewrites only what changed, and each later step leaves a
 * stamp in dist/.stamps/ when it succeeds, src/tools/up-to-date.ts), so src/ is compared with the
 * stamps, the last thing a build writes. `npm test` builds first; `npx vitest` after an edit needs
 * `npm run build`.
 */
export default function distIsBuilt(): void {
  const stamps = BUILD_STEPS.map((step) => statSync(join(STAMPS, step), { throwIfNoEntry: false })?.mtimeMs);
  const built = stamps.includes(undefined) || statSync(join(ROOT, 'dist', 'index.js'), { throwIfNoEntry: false }) === undefined ? undefined : Math.min(...(stamps as number[]));
  if (built === undefined) throw new Error('dist/ is not built: run `npm run build` first (`npm test` does)');
  const newer = sourceFiles(join(ROOT, 'src')).filter((file) => statSync(file).mtimeMs > built);
  if (newer.length > 0) {
    const shown = newer.slice(0, 3).map((file) => relative(ROOT, file)).join(', ');
    throw new Error(`${shown}${newer.length > 3 ? ` and ${newer.length - 3} more` : ''} changed after dist/ was built: run \`npm run build\` first (\`npm test\` does)`);
  }
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}
