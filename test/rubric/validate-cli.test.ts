import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/run-cli.js';

describe('siap rubric validate', () => {
  it('accepts the small example rubric and prints a one-line summary', async () => {
    const result = await runCli(['rubric', 'validate', fixture('rubrics', 'minimal.yaml')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/valid — contoh-mini v1\.0\.0/);
    expect(result.stdout).toMatch(/4 pertanyaan/);
  });
});
