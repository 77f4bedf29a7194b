import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // Some files run a whole batch (PDF workers included) once in beforeAll; on a loaded machine that takes longer than a test.
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
