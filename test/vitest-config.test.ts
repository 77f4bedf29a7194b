import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MOCKED_PROMPTS } from '../vitest.config.js';

/** Every test file under test/, as a path from the repository root. */
function testFiles(dir = 'test'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [relative('.', path)] : [];
  });
}

describe('the vitest projects', () => {
  it('run every file that drives prompts on the test screen in the prompts project, and no test file mocks a module itself', () => {
    const onScreen = testFiles().filter((file) => /from '@inquirer\/testing\/vitest'/.test(readFileSync(file, 'utf8')));
    expect(onScreen.length).toBeGreaterThan(0);
    expect([...onScreen].sort()).toEqual([...MOCKED_PROMPTS].sort());
    // A mock belongs in a project's set-up: one in a file of the shared project would leak into the others.
    const mocking = testFiles().filter((file) => /\bvi\.(do)?mock\(/.test(readFileSync(file, 'utf8')) && file !== 'test/vitest-config.test.ts');
    expect(mocking).toEqual([]);
    expect(readFileSync('test/assess/mock-prompts.ts', 'utf8')).toMatch(/vi\.mock\('@inquirer\/core'/);
  });
});
