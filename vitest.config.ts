import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // beforeAll hooks render PDFs; on a shared machine under load that can take longer than vitest's 10 s.
    hookTimeout: 60_000,
    clearMocks: true,
    restoreMocks: true,
    // Vitest leaves a core free by default; here many tests wait on a child process or on PDF
    // worker threads, so every core runs a test file.
    maxWorkers: availableParallelism(),
    pool: 'threads',
    isolate: false,
  },
});
