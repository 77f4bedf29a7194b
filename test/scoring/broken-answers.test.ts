import { cpSync, mkdirSync, readdirSync, statSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tmpDir } from '../helpers/run-cli.js';

/** One mistake per file: the code `siap score` must report and where (line:col). */
const CASES: [file: string, code: string, line: number, column: number][] = [
  ['unknown-question.yaml', 'ANSWER_UNKNOWN_QUESTION', 6, 3],
  ['out-of-scale.yaml', 'ANSWER_OUT_OF_SCALE', 5, 7],
  ['wrong-kind.yaml', 'ANSWER_WRONG_KIND', 6, 7],
  ['na-not-allowed.yaml', 'ANSWER_NA_NOT_ALLOWED', 5, 12],
  ['na-without-reason.yaml', 'ANSWER_NA_REASON', 6, 12],
  ['yaml-syntax.yaml', 'YAML_SYNTAX', 6, 1],
  ['proto-question.yaml', 'KEY_FORBIDDEN', 5, 3],
  ['unknown-option.yaml', 'ANSWER_UNKNOWN_OPTION', 6, 7],
  ['number-out-of-bounds.yaml', 'ANSWER_OUT_OF_BOUNDS', 5, 7],
  ['rubric-mismatch.yaml', 'ANSWER_RUBRIC_ID', 1, 14],
  ['bad-date.yaml', 'ANSWER_DATE', 3, 32],
  ['bad-assessment-kind.yaml', 'SCHEMA_ENUM', 3, 20],
  ['looks-like-rubric.yaml', 'ANSWERS_IS_RUBRIC', 25, 1],
  ['utf16.yaml', 'FILE_ENCODING', 1, 1],
  ['binary.yaml', 'FILE_BINARY', 2, 1],
];

/** Run `siap score` on a copy of the fixtures and check the folder is left exactly as it was. */
async function scoreInCopy(args: string[]): Promise<{ code: number | null; stderr: string; stdout: string; before: string[]; after: string[] }> {
  const dir = tmpDir();
  // Same layout as test/fixtures, so the files' `rubric.file: ../../rubrics/minimal.yaml` resolves
  // (out of the files' own folder: our own files, followed with --allow-rubric-file).
  const broken = join(dir, 'answers', 'broken');
  cpSync(fixture('answers', 'broken'), broken, { recursive: true });
  cpSync(fixture('rubrics'), join(dir, 'rubrics'), { recursive: true });
  const list = (): string[] => readdirSync(broken).map((f) => `${f}:${statSync(join(broken, f)).size}`).sort();
  const before = list();
  const result = await runCli([...args, '--allow-rubric-file'], { cwd: broken });
  return { ...result, before, after: list() };
}

describe('broken answers files', () => {
  it('covers every fixture in the folder', async () => {
    expect(readdirSync(fixture('answers', 'broken')).sort()).toEqual(CASES.map((c) => c[0]).sort());
  });

  it.each(CASES)('%s → exit 2, %s at %i:%i, nothing written', async (file, code, line, column) => {
    const run = await scoreInCopy(['score', file, '--json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${file}:${line}:${column}  ${code}  `);
    expect(run.stderr).toMatch(/\n {2}saran: |\n[^ ]/);
    expect(run.stderr).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n/);
    expect(run.after).toEqual(run.before);
  });

  it('a missing file → FILE_NOT_FOUND, exit 2', async () => {
    const result = await runCli(['score', 'tidak-ada.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('tidak-ada.yaml  FILE_NOT_FOUND  berkas tidak ditemukan');
  });

  it('a directory → FILE_IS_DIRECTORY, exit 2, pointing to batch', async () => {
    const result = await runCli(['score', 'test/fixtures/answers']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('test/fixtures/answers  FILE_IS_DIRECTORY');
    expect(result.stderr).toContain('siap batch');
  });

  it('a 50 MB file is refused before it is read', async () => {
    const dir = tmpDir();
    const big = join(dir, 'besar.yaml');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const result = await runCli(['score', big]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/besar\.yaml {2}FILE_TOO_LARGE {2}berkas terlalu besar \(50\.0 MB\); batasnya 8\.0 MB/);
  });

  it('an unreadable file → FILE_UNREADABLE', async () => {
    if (process.getuid?.() === 0) return; // root reads everything; nothing to observe
    const dir = tmpDir();
    const file = join(dir, 'rahasia.yaml');
    writeFileSync(file, 'rubric: {id: x}\n', { mode: 0o000 });
    const result = await runCli(['score', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('FILE_UNREADABLE');
  });

  it('a changed rubric is a warning, and an error under --strict', async () => {
    const file = 'test/fixtures/answers/hash-mismatch.yaml';
    const lenient = await runCli(['score', file, '--allow-rubric-file']);
    expect(lenient.code).toBe(0);
    expect(lenient.stderr).toContain(`${file}:1:51  ANSWER_RUBRIC_HASH  peringatan: rubrik telah berubah`);
    const strict = await runCli(['score', file, '--strict', '--allow-rubric-file']);
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain(`${file}:1:51  ANSWER_RUBRIC_HASH  rubrik telah berubah`);
  });

  it('reports several problems of one file together', async () => {
    const dir = tmpDir();
    mkdirSync(join(dir, 'a'));
    cpSync(fixture('rubrics', 'minimal.yaml'), join(dir, 'a', 'minimal.yaml'));
    writeFileSync(
      join(dir, 'a', 'dua.yaml'),
      ['rubric: {id: contoh-mini, file: minimal.yaml}', 'regency: {name: X}', 'answers:', '  K1: 9', '  K2: nanti', '  ZZ: 1', ''].join('\n'),
    );
    const result = await runCli(['score', 'a/dua.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('a/dua.yaml:4:7  ANSWER_OUT_OF_SCALE');
    expect(result.stderr).toContain('a/dua.yaml:5:7  ANSWER_WRONG_KIND');
    expect(result.stderr).toContain('a/dua.yaml:6:3  ANSWER_UNKNOWN_QUESTION');
    expect(result.stderr).toContain('berkas jawaban tidak valid: 3 masalah');
  });
});
