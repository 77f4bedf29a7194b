import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SiapError } from '../../src/errors.js';
import { readUserBytes } from '../../src/io/files.js';
import { fixture, ROOT, runCli, tmpDir } from '../helpers/run-cli.js';

/** Only regular files are read, and only so much (docs: README "Kesalahan dan kode keluar"). */

const onUnix = process.platform !== 'win32';
const GOOD = readFileSync(fixture('batch', 'masuk', 'bali', 'gianyar.yaml'), 'utf8').replace(/file: [^}]+}/, 'file: rubrik.yaml}');

function mkfifo(path: string): void {
  execFileSync('mkfifo', [path]);
}

/** A folder with the batch rubric, ready for answers files that name it as `rubrik.yaml`. */
function inbox(): string {
  const dir = tmpDir('siap-special-');
  writeFileSync(join(dir, 'rubrik.yaml'), readFileSync(fixture('batch', 'rubrik-seleksi.yaml')));
  return dir;
}

describe.runIf(onUnix)('devices, FIFOs, sockets and folders are refused at once', () => {
  it('a FIFO as the answers file → FILE_NOT_REGULAR, exit 2 (reading it would wait forever)', async () => {
    const dir = inbox();
    mkfifo(join(dir, 'pipa.yaml'));
    const r = await runCli(['score', 'pipa.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('pipa.yaml  FILE_NOT_REGULAR  ini pipa bernama (FIFO), bukan berkas biasa');
    expect(r.written).toEqual([]);
  });

  it('a FIFO, a device or a folder given to siap verify → refused before reading, exit 2 (a FIFO used to wait forever)', async () => {
    const dir = inbox();
    const folder = await runCli(['verify', dir]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('FILE_IS_DIRECTORY');
    mkfifo(join(dir, 'pipa.pdf'));
    const fifo = await runCli(['verify', 'pipa.pdf'], { cwd: dir });
    expect(fifo.code).toBe(2);
    expect(fifo.stderr).toContain('pipa.pdf  FILE_NOT_REGULAR');
    const device = await runCli(['verify', '/dev/zero'], { cwd: dir });
    expect(device.code).toBe(2);
    expect(device.stderr).toContain('/dev/zero  FILE_NOT_REGULAR');
  });

  it('a character device as the answers file, the rubric or the template → FILE_NOT_REGULAR', async () => {
    const dir = inbox();
    writeFileSync(join(dir, 'a.yaml'), GOOD);
    const answers = await runCli(['score', '/dev/zero'], { cwd: dir });
    expect(answers.stderr).toContain('/dev/zero  FILE_NOT_REGULAR  ini perangkat karakter');
    const rubric = await runCli(['score', 'a.yaml', '--rubric', '/dev/zero'], { cwd: dir });
    expect(rubric.code).toBe(2);
    expect(rubric.stderr).toContain('/dev/zero  FILE_NOT_REGULAR');
    const template = await runCli(['report', 'a.yaml', '--template', '/dev/urandom', '-o', 'a.pdf'], { cwd: dir });
    expect(template.code).toBe(2);
    expect(template.stderr).toContain('/dev/urandom  FILE_NOT_REGULAR');
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'rubrik.yaml']);
  });

  it('`rubric.file` naming /dev/zero through a link (followed with --allow-rubric-file) fails at the line of rubric.file first', async () => {
    const dir = inbox();
    symlinkSync('/dev/zero', join(dir, 'nol.yaml'));
    writeFileSync(join(dir, 'a.yaml'), GOOD.replace('file: rubrik.yaml', 'file: nol.yaml'));
    const r = await runCli(['score', 'a.yaml', '--allow-rubric-file'], { cwd: dir });
    expect(r.code).toBe(2);
    const lines = r.stderr.split('\n').filter((l) => /^\S+ {2}[A-Z_]+ {2}/.test(l));
    expect(lines[0]).toMatch(/^a\.yaml:2:\d+ {2}RUBRIC_FILE_UNUSABLE {2}rubrik yang disebut `rubric.file` \("nol\.yaml"\) tidak dapat dipakai/);
    expect(lines[1]).toMatch(/^nol\.yaml {2}FILE_NOT_REGULAR/);
  });

  it('a socket → FILE_NOT_REGULAR; a folder → FILE_IS_DIRECTORY', async () => {
    const dir = inbox();
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(dir, 'soket.yaml'), resolve));
    try {
      const r = await runCli(['score', 'soket.yaml'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('soket.yaml  FILE_NOT_REGULAR  ini soket');
    } finally {
      server.close();
    }
    mkdirSync(join(dir, 'folder.yaml'));
    const folder = await runCli(['score', 'a.yaml', '--rubric', 'folder.yaml'], { cwd: dir });
    expect(folder.code).toBe(2);
  });

  it('a read stops at the limit whatever the file system says the size is', () => {
    // Files in /proc say they are empty; a FIFO or a growing file can hold more than stat said.
    const proc = '/proc/self/status';
    if (!existsSync(proc)) return;
    expect(readUserBytes(proc).length).toBeGreaterThan(0);
    let error: unknown;
    try {
      readUserBytes(proc, { maxBytes: 64 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SiapError);
    expect(error).toMatchObject({ code: 'FILE_TOO_LARGE', params: { size: { id: '> 1 KB', en: '> 1 KB' } }, source: { file: proc } });
  });
});

describe.runIf(onUnix)('one such file in a batch fails alone', () => {
  it('50 good files, a /dev/zero reference and a FIFO: the 50 are ranked, the two fail located', async () => {
    const dir = tmpDir('siap-special-');
    const masuk = join(dir, 'masuk');
    mkdirSync(masuk);
    const example = readFileSync(join(ROOT, 'rubrics', 'examples', 'kabupaten-sukamaju-asesor.yaml'), 'utf8').replace(/^# yaml-language-server.*\n/, '');
    for (let i = 0; i < 50; i++) {
      const text = example.replace('name: Sukamaju', `name: Sukamaju ${i}`).replace('code: "33.97"', `code: "33.${String(10 + i)}"`);
      writeFileSync(join(masuk, `d${String(i).padStart(2, '0')}.yaml`), text);
    }
    writeFileSync(join(masuk, 'nol.yaml'), example.replace('  id: kesiapan-kota-cerdas\n', '  id: kesiapan-kota-cerdas\n  file: /dev/zero\n'));
    mkfifo(join(masuk, 'pipa.yaml'));
    const r = await runCli(['batch', 'masuk', '--top', '10'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('52 berkas: 50 valid, 2 rusak · 50 diperingkat');
    expect(r.stderr).toMatch(/^masuk\/nol\.yaml:\d+:\d+ {2}RUBRIC_FILE_OUTSIDE {2}`rubric.file` "\/dev\/zero" menunjuk ke luar folder/m);
    expect(r.stderr).toContain('masuk/pipa.yaml  FILE_NOT_REGULAR');
    expect(r.written).toEqual([]);

    // Followed on purpose (--allow-rubric-file), /dev/zero is still never read.
    const own = await runCli(['batch', 'masuk', '--allow-rubric-file', '--top', '10'], { cwd: dir });
    expect(own.code).toBe(1);
    expect(own.stdout).toContain('52 berkas: 50 valid, 2 rusak · 50 diperingkat');
    expect(own.stderr).toMatch(/^masuk\/nol\.yaml:\d+:\d+ {2}RUBRIC_FILE_UNUSABLE/m);
    expect(own.stderr).toMatch(/^\/dev\/zero {2}FILE_NOT_REGULAR/m);
  });
});
