import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative, resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const DIST = resolve(import.meta.dirname, 'dist');

/**
 * Files that drive `siap assess` on @inquirer/testing's screen: they run in the prompts project,
 * whose set-up (test/assess/mock-prompts.ts) routes inquirer's prompts to that screen. They share
 * one module graph, with the mock; the shared project never sees the mocked module (a file mocking
 * a module there passes alone and fails in the full run). test/vitest-config.test.ts checks the list.
 */
export const MOCKED_PROMPTS = ['test/assess/flow.test.ts', 'test/assess/session.test.ts', 'test/assess/terminal.test.ts'];

/**
 * Vitest orders files by how long they took last time (longest first); without that record (a
 * fresh clone, as in CI) it goes by file size, which put small files that start processes (Ctrl-C
 * during a batch, a closed pipe) last, each a tail of several seconds. There the files tagged
 * `slow` go first within their project.
 */
class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const root = this.ctx.config.root;
    const timed = sorted.some((f) => this.ctx.cache.getFileTestResults(`${f.project.name}:${relative(root, f.moduleId)}`) !== undefined);
    if (timed) return sorted;
    const slow = new Set(sorted.filter((f) => /tags: \['slow'\]/.test(readFileSync(f.moduleId, 'utf8'))));
    const projects = [...new Set(sorted.map((f) => f.project.name))];
    const rank = (f: TestSpecification): number => projects.indexOf(f.project.name) * 2 + (slow.has(f) ? 0 : 1);
    return sorted.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map(({ f }) => f);
  }
}

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // Some files run a whole batch (PDF workers included) once in beforeAll; on a loaded machine that takes longer than a test.
    hookTimeout: 60_000,
    globalSetup: ['test/helpers/dist-is-built.ts'],
    clearMocks: true,
    restoreMocks: true,
    // Vitest leaves a core free by default; here many tests wait on a child process or on PDF
    // worker threads, so every core runs a test file.
    maxWorkers: availableParallelism(),
    pool: 'threads',
    sequence: { sequencer: SlowFirst },
    // `npm run test:quick` runs everything but these (`--tags-filter=!slow`); `npm test` runs all.
    tags: [
      {
        name: 'slow',
        description: 'starts a real process, terminal or browser, or packs and installs the tarball: left out by npm run test:quick',
      },
    ],
    projects: [
      // Most files share the modules a worker has loaded (the built CLI, pdfkit, the rubrics): no per-file re-import.
      {
        extends: true,
        // src/ as the build compiled it: the modules the in-process CLI (runCli) loads anyway, loaded
        // once per worker instead of a second copy transformed from TypeScript, and loaded by Node
        // itself (`external`), as the bin loads them, not rewritten by vite's module runner (vi.mock
        // reaches only modules that runner loads: the prompts project keeps src/).
        // test/helpers/dist-is-built.ts stops the run when src/ changed after the build.
        test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: MOCKED_PROMPTS, isolate: false, server: { deps: { external: [/\/dist\//] } } },
        resolve: { alias: [{ find: /^(?:\.\.\/)+src\/(.+)\.js$/, replacement: `${DIST}/$1.js` }] },
      },
      { extends: true, test: { name: 'prompts', include: MOCKED_PROMPTS, setupFiles: ['test/assess/mock-prompts.ts'], isolate: false } },
    ],
  },
});
