import { describe, expect, it } from 'vitest';
import { fixture, runCli } from '../helpers/run-cli.js';

const DIR = fixture('migrate');
const OLD = 'rubric-1.0.0.yaml';

describe('migration declarations are validated and located like the rest of the rubric', () => {
  it('accepts the fixture pair, checked against each other when validated together', async () => {
    const r = await runCli(['rubric', 'validate', OLD, 'rubric-1.1.0.yaml'], { cwd: DIR });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('uji-migrasi v1.1.0');
  });

  // file → [code, line, column] of the first problem
  const broken: [string, string, number, number][] = [
    ['unknown-source.yaml', 'MIGRATION_UNKNOWN_SOURCE', 61, 16],
    ['level-outside-scale.yaml', 'MIGRATION_VALUE', 60, 32],
    ['cycle.yaml', 'MIGRATION_CYCLE', 57, 11],
    ['target-unknown.yaml', 'MIGRATION_UNKNOWN_TARGET', 61, 24],
    ['target-missing.yaml', 'MIGRATION_TARGET_MISSING', 57, 11],
    ['kind-changed.yaml', 'MIGRATION_KIND_CHANGED', 57, 11],
  ];
  it.each(broken)('broken/%s → %s at line:col, exit 2', async (file, code, line, column) => {
    const r = await runCli(['rubric', 'validate', OLD, `broken/${file}`], { cwd: DIR });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`broken/${file}:${line}:${column}  ${code}`);
    expect(r.stdout).toContain('uji-migrasi v1.0.0');
  });

  it('explains an unknown source with a did-you-mean, and what is missing with a hint', async () => {
    const r = await runCli(['rubric', 'validate', OLD, 'broken/unknown-source.yaml'], { cwd: DIR });
    expect(r.stderr).toContain('mungkin maksudnya "S1"?');
    const missing = await runCli(['rubric', 'validate', OLD, 'broken/target-missing.yaml', '--lang', 'en'], { cwd: DIR });
    expect(missing.stderr).toMatch(/question "T4" has no place in version 1\.1\.0\n {2}hint: give it a rule with `to: <new id>`, or `drop: reason`/);
  });

  it('refuses to migrate through a broken declaration, located in the target rubric, writing nothing', async () => {
    const r = await runCli(['migrate', 'answers-1.0.0.yaml', '--to', 'broken/unknown-source.yaml', '-o', 'tidak-ditulis.yaml'], { cwd: DIR });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('broken/unknown-source.yaml:61:16  MIGRATION_UNKNOWN_SOURCE');
    expect(r.written).toEqual([]);
  });

  it('checks every bundled migration against the bundled version it comes from', async () => {
    const r = await runCli(['rubric', 'validate', 'kesiapan-kota-cerdas@1.0.0', 'kesiapan-kota-cerdas']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('kesiapan-kota-cerdas v1.1.0');
  });
});
