import { mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markDone, upToDate } from '../../src/tools/up-to-date.js';
import { tmpDir } from '../helpers/run-cli.js';

/** A build step's folders: an input folder with one file, an output, and a stamps folder; every time set by hand. */
function project(): { input: string; file: string; output: string; stamps: string } {
  const dir = tmpDir('siap-up-to-date-');
  const input = join(dir, 'src');
  mkdirSync(input);
  const file = join(input, 'a.ts');
  writeFileSync(file, 'a');
  const output = join(dir, 'out.json');
  writeFileSync(output, '{}');
  const stamps = join(dir, 'stamps');
  const past = new Date('2026-01-01T00:00:00Z');
  utimesSync(file, past, past);
  utimesSync(input, past, past);
  return { input, file, output, stamps };
}

describe('a build step skips its work (src/tools/up-to-date.ts)', () => {
  it('only after it succeeded once, while nothing it reads has changed and its output is there', () => {
    const { input, file, output, stamps } = project();
    expect(upToDate('rubrics', [input], [output], stamps)).toBe(false);
    markDone('rubrics', stamps);
    expect(upToDate('rubrics', [input], [output], stamps)).toBe(true);
    // Another step has its own stamp.
    expect(upToDate('form', [input], [output], stamps)).toBe(false);

    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);
    expect(upToDate('rubrics', [input], [output], stamps)).toBe(false);
    markDone('rubrics', stamps);
    utimesSync(file, new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'));
    expect(upToDate('rubrics', [input], [output], stamps)).toBe(true);

    rmSync(output);
    expect(upToDate('rubrics', [input], [output], stamps)).toBe(false);
  });

  it('runs again when a file is added to or removed from a folder it reads (the folder changes)', () => {
    const { input, output, stamps } = project();
    markDone('register', stamps);
    expect(upToDate('register', [input], [output], stamps)).toBe(true);
    const later = new Date(Date.now() + 60_000);
    const nested = join(input, 'deeper');
    mkdirSync(nested);
    utimesSync(input, new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'));
    utimesSync(nested, later, later);
    expect(upToDate('register', [input], [output], stamps)).toBe(false);
  });
});
