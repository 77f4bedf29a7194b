import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // A beforeAll that renders PDFs (batch-pdf) needs more than vitest's 10 s on a loaded 2-core machine.
    hookTimeout: 60_000,
    clearMocks: true,
    restoreMocks: true,
    // Vitest leaves a core free by default; here many tests wait on a child process or on PDF
    // worker threads, so every core runs a test file.
    maxWorkers: availableParallelism(),
    pool: 'threads',
    isolate: false,
    // `npm run test:quick` runs everything but these (`--tags-filter=!slow`); `npm test` runs all.
    tags: [
      {
        name: 'slow',
        description: 'starts a real process, terminal or browser, or packs and installs the tarball: left out by npm run test:quick',
      },
    ],
  },
});
