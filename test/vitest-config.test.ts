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
  it('run every file that mocks a module in its own module graph (the isolated project)', () => {
    const mocking = testFiles().filter((file) => /\bvi\.mock\(/.test(readFileSync(file, 'utf8')) && file !== 'test/vitest-config.test.ts');
    expect(mocking.length).toBeGreaterThan(0);
    expect([...mocking].sort()).toEqual([...MOCKED_PROMPTS].sort());
  });
});
