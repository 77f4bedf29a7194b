import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/run-cli.js';

describe('siap score in the terminal', () => {
  it('lists the items with the most to gain, a strength with a large gain included, and says how many', async () => {
    // contoh-mini: Kepemimpinan (60) holds K1 (weight 2) at 3 of 4 and K2 (1) yes; Infrastruktur (40)
    // holds I1 at 72,5 % → 2 of 4 points, I2 N/A. K1 at the top adds 0,6 × 2/3 × 25 = 10,0 points;
    // I1 adds 0,4 × 1 × 50 = 20,0. K1 (75 % of its range) is a strength, and is still listed.
    const run = await runCli(['score', 'answers/minimal-filled.yaml', '--allow-rubric-file'], { cwd: fixture() });
    expect(run.code, run.stderr).toBe(0);
    const list = run.stdout.slice(run.stdout.indexOf('peluang kenaikan'));
    expect(run.stdout).toContain('2 butir dengan peluang kenaikan terbesar');
    expect(list.indexOf('I1 ')).toBeGreaterThan(0);
    expect(list.indexOf('K1 ')).toBeGreaterThan(list.indexOf('I1 '));
    expect(list).toMatch(/I1 .*\(\+20,0 poin indeks\)/);
    expect(list).toMatch(/K1 .*\(\+10,0 poin indeks\)/);
    expect(list).not.toMatch(/K2 /);
  });
});
