import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAssessment } from '../../src/io/load.js';
import { fixture, runCli, tmpDir } from '../helpers/run-cli.js';

/**
 * `rubric.file` stays where it belongs: inside the answers file's folder (or below it), unless the
 * user says otherwise (--rubric, --allow-rubric-file). Rule: src/io/load.ts, README "Berkas jawaban".
 */

const RUBRIC = readFileSync(fixture('rubrics', 'minimal.yaml'), 'utf8');
const answers = (ref: string): string => `rubric: {id: contoh-mini, file: ${ref}}\nregency: {name: Gianyar}\nanswers:\n  K1: 3\n`;

/** `root/jawaban/` holds the answers; `root/rubrik/minimal.yaml` a rubric beside it. */
function layout(): { root: string; dir: string } {
  const root = tmpDir('siap-rubric-file-');
  const dir = join(root, 'jawaban');
  mkdirSync(join(dir, 'rubrik'), { recursive: true });
  mkdirSync(join(root, 'rubrik'));
  writeFileSync(join(root, 'rubrik', 'minimal.yaml'), RUBRIC);
  writeFileSync(join(dir, 'rubrik', 'minimal.yaml'), RUBRIC);
  return { root, dir };
}

describe('rubric.file is confined to the answers file\'s folder', () => {
  it('a relative path inside the folder (or below it) is followed', async () => {
    const { dir } = layout();
    writeFileSync(join(dir, 'a.yaml'), answers('rubrik/minimal.yaml'));
    writeFileSync(join(dir, 'b.yaml'), answers('./rubrik/../rubrik/minimal.yaml'));
    expect((await runCli(['score', 'a.yaml'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['score', 'b.yaml'], { cwd: dir })).code).toBe(0);
  });

  it.each([
    ['../rubrik/minimal.yaml', 'a relative path leading out'],
    ['/etc/passwd', 'an absolute path'],
    ['rubrik/../../rubrik/minimal.yaml', 'a path through .. that ends outside'],
  ])('%s (%s) → RUBRIC_FILE_OUTSIDE at the line of rubric.file, exit 2, the file is not read', async (ref) => {
    const { dir } = layout();
    writeFileSync(join(dir, 'a.yaml'), answers(ref));
    const r = await runCli(['score', 'a.yaml', '--json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^a\\.yaml:1:33 {2}RUBRIC_FILE_OUTSIDE {2}\`rubric.file\` "${ref.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}" menunjuk ke luar folder berkas jawaban ini`));
    expect(r.stderr).toContain('--allow-rubric-file');
    expect(r.stderr).not.toContain('root:');
    expect(r.written).toEqual([]);
  });

  it('a symbolic link inside the folder that leads out is refused too', async () => {
    const { root, dir } = layout();
    symlinkSync(join(root, 'rubrik', 'minimal.yaml'), join(dir, 'tautan.yaml'));
    writeFileSync(join(dir, 'a.yaml'), answers('tautan.yaml'));
    const r = await runCli(['score', 'a.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('a.yaml:1:33  RUBRIC_FILE_OUTSIDE');
  });

  it('--rubric replaces it (the path is never read); --allow-rubric-file follows it', async () => {
    const { dir } = layout();
    writeFileSync(join(dir, 'a.yaml'), answers('../rubrik/minimal.yaml'));
    writeFileSync(join(dir, 'z.yaml'), answers('/dev/zero'));
    expect((await runCli(['score', 'a.yaml', '--rubric', 'rubrik/minimal.yaml'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['score', 'z.yaml', '--rubric', 'rubrik/minimal.yaml'], { cwd: dir })).code).toBe(0);
    expect((await runCli(['score', 'a.yaml', '--allow-rubric-file'], { cwd: dir })).code).toBe(0);
    expect(loadAssessment(join(dir, 'a.yaml'), { allowRubricFile: true }).rubric.id).toBe('contoh-mini');
    expect(() => loadAssessment(join(dir, 'a.yaml'))).toThrow(expect.objectContaining({ code: 'RUBRIC_FILE_OUTSIDE' }));
  });

  it('`rubric.id` names a bundled rubric, never a path', async () => {
    const { dir } = layout();
    writeFileSync(join(dir, 'a.yaml'), 'rubric: {id: ../rubrik/minimal.yaml}\nregency: {name: X}\n');
    writeFileSync(join(dir, 'b.yaml'), 'rubric: {id: /dev/zero}\nregency: {name: X}\n');
    for (const file of ['a.yaml', 'b.yaml']) {
      const r = await runCli(['score', file], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^${file.replace('.', '\\.')}:1:\\d+ {2}ANSWER_RUBRIC_UNKNOWN`));
    }
  });
});

describe('errors about a referenced rubric', () => {
  it('name the answers file and the line of rubric.file first, then the rubric\'s own problems', async () => {
    const { dir } = layout();
    writeFileSync(join(dir, 'rubrik', 'rusak.yaml'), RUBRIC.replace('weight: 60', 'weight: -60'));
    writeFileSync(join(dir, 'a.yaml'), `format: siap-answers/1\n${answers('rubrik/rusak.yaml')}`);
    const r = await runCli(['score', 'a.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    const located = r.stderr.split('\n').filter((l) => /^\S+ {2}[A-Z_]+ {2}/.test(l));
    expect(located[0]).toBe('a.yaml:2:33  RUBRIC_FILE_UNUSABLE  rubrik yang disebut `rubric.file` ("rubrik/rusak.yaml") tidak dapat dipakai');
    expect(located[1]).toMatch(/^rubrik\/rusak\.yaml:\d+:\d+ {2}WEIGHT_INVALID/);
  });

  it('a file that turns out not to be a rubric is named, never quoted (no keys, no content)', async () => {
    const { dir } = layout();
    writeFileSync(join(dir, 'rahasia.yaml'), 'kata_sandi_bank: hunter2\nSSH_KUNCI: AAAAB3NzaC1yc2E\n');
    writeFileSync(join(dir, 'rusak.yaml'), 'kata_sandi: [hunter2\n');
    writeFileSync(join(dir, 'lain.yaml'), answers('rubrik/minimal.yaml'));
    for (const ref of ['rahasia.yaml', 'rusak.yaml', 'lain.yaml']) {
      writeFileSync(join(dir, 'a.yaml'), answers(ref));
      const r = await runCli(['score', 'a.yaml'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^a\\.yaml:1:33 {2}RUBRIC_FILE_NOT_RUBRIC {2}berkas "${ref.replace('.', '\\.')}" yang disebut \`rubric.file\` bukan rubrik siap`));
      expect(r.stderr).not.toMatch(/kata_sandi|hunter2|SSH_KUNCI|AAAAB3|regency|answers/);
    }
  });

  it('a referenced rubric that is missing says so at the line of rubric.file', async () => {
    const { dir } = layout();
    writeFileSync(join(dir, 'a.yaml'), answers('rubrik/tidak-ada.yaml'));
    const r = await runCli(['score', 'a.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('a.yaml:1:33  ANSWER_RUBRIC_UNKNOWN');
  });
});

describe('siap init and siap assess say when the rubric they name is out of reach', () => {
  it('init with a rubric outside the answers file\'s folder warns, and the file scores with --rubric', async () => {
    const { root, dir } = layout();
    const init = await runCli(['init', '--rubric', join(root, 'rubrik', 'minimal.yaml'), '-o', 'a.yaml'], { cwd: dir });
    expect(init.code).toBe(0);
    expect(init.stderr).toMatch(/a\.yaml {2}RUBRIC_FILE_WRITTEN_OUTSIDE {2}peringatan: rubrik ".*minimal\.yaml" berada di luar folder berkas jawaban ini/);
    expect(readFileSync(join(dir, 'a.yaml'), 'utf8')).toContain('file: "../rubrik/minimal.yaml"');
    expect((await runCli(['score', 'a.yaml', '--rubric', '../rubrik/minimal.yaml'], { cwd: dir })).code).toBe(0);
    const inside = await runCli(['init', '--rubric', 'rubrik/minimal.yaml', '-o', 'b.yaml'], { cwd: dir });
    expect(inside.stderr).not.toContain('RUBRIC_FILE_WRITTEN_OUTSIDE');
  });
});
