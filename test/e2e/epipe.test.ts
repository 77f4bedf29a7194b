import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/run-cli.js';

/**
 * `siap … | head`: the reader goes away before siap has written everything. Needs a real process
 * and pipe: the child's stdout is closed on our side before it writes, so every write fails with
 * EPIPE.
 */
function runIntoClosedPipe(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', SIAP_LANG: 'id', LANG: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('a closed pipe ends siap quietly', { tags: ['slow'] }, () => {
  it.each([
    [['--help']],
    [['score', '--help']],
    [['--lang', 'en', 'rubric', 'show', 'kesiapan-kota-cerdas', '--questions']],
    [['score', 'rubrics/examples/kabupaten-sukamaju-asesor.yaml', '--explain']],
  ])('siap %j | head → exit 0, no EPIPE, no stack trace', async (args) => {
    const r = await runIntoClosedPipe(args);
    expect(r.stderr).not.toMatch(/EPIPE|Error:|\n\s+at /);
    expect(r.code).toBe(0);
  });
});

/** `siap … > /dev/full`: every write to stdout fails with ENOSPC, as on a full disk. */
function runIntoFullDisk(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const full = openSync('/dev/full', 'w');
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', SIAP_LANG: 'id', LANG: 'C' },
      stdio: ['ignore', full, 'pipe'],
    });
    closeSync(full);
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe.skipIf(!existsSync('/dev/full'))('a full disk under stdout', { tags: ['slow'] }, () => {
  it.each([
    [['score', 'rubrics/examples/kabupaten-sukamaju-asesor.yaml', '--csv']],
    [['score', 'rubrics/examples/kabupaten-sukamaju-asesor.yaml', '--json']],
  ])('siap %j > /dev/full → OUTPUT_DISK_FULL, exit 2, no stack trace', async (args) => {
    const r = await runIntoFullDisk(args);
    expect(r.stderr).toContain('OUTPUT_DISK_FULL');
    expect(r.stderr).not.toMatch(/ENOSPC|Error:|\n\s+at /);
    expect(r.code).toBe(2);
  });
});
