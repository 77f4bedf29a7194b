import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/answers/parse.js';
import { recordValue } from '../../src/answers/walk.js';
import { runAssess } from '../../src/cli/commands/assess.js';
import { AnswersAutosave } from '../../src/io/autosave.js';
import { processIsGone, writeError, writeFileAtomic } from '../../src/io/files.js';
import { assessRubric } from '../assess/helpers.js';
import { testContext } from '../assess/context.js';
import { fixture, runCli, tmpDir } from '../helpers/run-cli.js';

/** Files keep what they were: mode, owner, links; read-only files and missing folders are refused before any work. */

const onUnix = process.platform !== 'win32';
const mode = (file: string): number => statSync(file).mode & 0o777;

/** A folder with the hand-written assess answers and their rubric. */
function flowFile(): { dir: string; file: string } {
  const dir = tmpDir('siap-writes-');
  copyFileSync(fixture('assess', 'flow-answers.yaml'), join(dir, 'gianyar.yaml'));
  copyFileSync(fixture('assess', 'rubric.yaml'), join(dir, 'rubric.yaml'));
  return { dir, file: join(dir, 'gianyar.yaml') };
}

function resume(file: string): { saver: AnswersAutosave; answers: ReturnType<typeof parseAnswers>['answers'] } {
  const rubric = assessRubric();
  const text = readFileSync(file, 'utf8');
  const { answers } = parseAnswers(text, file, rubric);
  return { saver: AnswersAutosave.resume(file, rubric, text, answers), answers };
}

describe.runIf(onUnix)('a rewritten file keeps what it was', () => {
  it('keeps its permission bits (not widened to 0644) on every autosave and on --force', async () => {
    const { dir, file } = flowFile();
    chmodSync(file, 0o600);
    const { saver, answers } = resume(file);
    saver.save(recordValue(answers, 'I1.1', 80));
    expect(mode(file)).toBe(0o600);
    expect(readFileSync(file, 'utf8')).toContain('I1.1: 80');

    writeFileSync(join(dir, 'lama.yaml'), 'x\n', { mode: 0o640 });
    chmodSync(join(dir, 'lama.yaml'), 0o640);
    const r = await runCli(['init', '--rubric', 'rubric.yaml', '-o', 'lama.yaml', '--force'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(mode(join(dir, 'lama.yaml'))).toBe(0o640);
  });

  it('an answers file that is a symbolic link is written through: the link stays, its target changes', () => {
    const { dir, file } = flowFile();
    mkdirSync(join(dir, 'asli'));
    copyFileSync(file, join(dir, 'asli', 'gianyar.yaml'));
    copyFileSync(join(dir, 'rubric.yaml'), join(dir, 'asli', 'rubric.yaml'));
    const link = join(dir, 'tautan.yaml');
    symlinkSync(join(dir, 'asli', 'gianyar.yaml'), link);
    const { saver, answers } = resume(link);
    saver.save(recordValue(answers, 'I1.1', 81));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'asli', 'gianyar.yaml'), 'utf8')).toContain('I1.1: 81');
    expect(readdirSync(join(dir, 'asli')).sort()).toEqual(['gianyar.yaml', 'rubric.yaml']);
  });

  it('a read-only file is refused before any work, with a hint, and stays as it was', async () => {
    const { dir, file } = flowFile();
    chmodSync(file, 0o444);
    const before = readFileSync(file, 'utf8');
    const t = testContext();
    t.ctx.cwd = dir;
    await expect(runAssess({ answers: 'gianyar.yaml' }, t.ctx)).rejects.toMatchObject({ code: 'ASSESS_READ_ONLY', source: { file: 'gianyar.yaml' } });
    expect(t.err()).toBe('');

    const init = await runCli(['init', '--rubric', 'rubric.yaml', '-o', 'gianyar.yaml', '--force'], { cwd: dir });
    expect(init.code).toBe(2);
    expect(init.stderr).toContain('gianyar.yaml  FILE_READ_ONLY  berkas ini hanya-baca; siap tidak mengubahnya');
    expect(init.stderr).toContain('chmod u+w');

    writeFileSync(join(dir, 'lama.pdf'), 'lama');
    chmodSync(join(dir, 'lama.pdf'), 0o444);
    writeFileSync(join(dir, 'lama.csv'), 'lama');
    chmodSync(join(dir, 'lama.csv'), 0o444);
    const report = await runCli(['report', 'gianyar.yaml', '-o', 'lama.pdf', '--force'], { cwd: dir });
    expect(report.code).toBe(2);
    expect(report.stderr).toContain('lama.pdf  FILE_READ_ONLY');
    const batch = await runCli(['batch', 'gianyar.yaml', '--csv', 'lama.csv', '--force'], { cwd: dir });
    expect(batch.code).toBe(2);
    expect(batch.stdout).toBe('');
    expect(batch.stderr).toContain('lama.csv  FILE_READ_ONLY');
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(readFileSync(join(dir, 'lama.pdf'), 'utf8')).toBe('lama');
    expect(mode(file)).toBe(0o444);
  });

  it('a FIFO (like a device: `-o /dev/null --force` as root would replace /dev/null) or a folder is never replaced, even with --force', async () => {
    // Never tried on a real device here: on a regression it would be replaced for the whole machine.
    const { dir } = flowFile();
    execFileSync('mkfifo', [join(dir, 'pipa.yaml')]);
    mkdirSync(join(dir, 'folder.yaml'));
    const fifo = await runCli(['init', '--rubric', 'rubric.yaml', '-o', 'pipa.yaml', '--force'], { cwd: dir });
    expect(fifo.code).toBe(2);
    expect(fifo.stderr).toContain('pipa.yaml  FILE_NOT_REGULAR');
    expect(statSync(join(dir, 'pipa.yaml')).isFIFO()).toBe(true);
    const folder = await runCli(['init', '--rubric', 'rubric.yaml', '-o', 'folder.yaml', '--force'], { cwd: dir });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('folder.yaml  FILE_IS_DIRECTORY');
    // Without --force too: "already exists, add --force" would send the user to the refusal above.
    const plain = await runCli(['init', '--rubric', 'rubric.yaml', '-o', 'folder.yaml'], { cwd: dir });
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain('folder.yaml  FILE_IS_DIRECTORY');
    expect(plain.stderr).not.toContain('--force');
  });

  it('an output that is a folder is named a folder by every command, with or without --force (never "exists, add --force")', async () => {
    const { dir } = flowFile();
    copyFileSync(fixture('versions', '1.0.0', 'kota-harapan-jaya-asesor.yaml'), join(dir, 'lama.yaml'));
    copyFileSync(join(dir, 'gianyar.yaml'), join(dir, 'gianyar-2.yaml'));
    mkdirSync(join(dir, 'keluar.pdf'));
    mkdirSync(join(dir, 'keluar.yaml'));
    mkdirSync(join(dir, 'keluar.csv'));
    const runs = [
      ['report', 'gianyar.yaml', '-o', 'keluar.pdf'],
      ['merge', 'gianyar.yaml', 'gianyar-2.yaml', '-o', 'keluar.yaml'],
      ['migrate', 'lama.yaml', '-o', 'keluar.yaml'],
      ['batch', 'gianyar.yaml', '--csv', 'keluar.csv'],
    ];
    for (const args of runs) {
      for (const force of [[], ['--force']]) {
        const run = await runCli([...args, ...force], { cwd: dir });
        expect(run.code, `${args.join(' ')} ${force.join(' ')}`).toBe(2);
        expect(run.stderr, args[0]).toMatch(/keluar\.(pdf|yaml|csv) {2}FILE_IS_DIRECTORY/);
        expect(run.stderr, args[0]).not.toContain('FILE_EXISTS');
      }
    }
    expect(readdirSync(join(dir, 'keluar.pdf'))).toEqual([]);
  });
});

describe.runIf(onUnix)('temporary files of killed runs', () => {
  it('are swept on the next write to their folder when their process is gone and they are a minute old', () => {
    const dir = tmpDir('siap-writes-');
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    expect(processIsGone(gone)).toBe(true);
    expect(processIsGone(process.ppid)).toBe(false);
    const old = (name: string): string => {
      writeFileSync(join(dir, name), 'setengah');
      const hourAgo = new Date(Date.now() - 3600_000);
      utimesSync(join(dir, name), hourAgo, hourAgo);
      return name;
    };
    const abandoned = old(`.gianyar.yaml.${gone}.0badc0de.tmp`);
    const running = old(`.bangli.yaml.${process.ppid}.0badc0de.tmp`);
    const fresh = `.solok.yaml.${gone}.00000001.tmp`;
    writeFileSync(join(dir, fresh), 'baru saja');
    writeFileAtomic(join(dir, 'hasil.yaml'), 'a: 1\n', { overwrite: false });
    expect(existsSync(join(dir, abandoned))).toBe(false);
    expect(existsSync(join(dir, running))).toBe(true);
    expect(existsSync(join(dir, fresh))).toBe(true);
    expect(readFileSync(join(dir, 'hasil.yaml'), 'utf8')).toBe('a: 1\n');
  });
});

describe('places siap writes to are checked before any work', () => {
  it('report -o into a missing folder → FOLDER_MISSING, exit 2, nothing rendered', async () => {
    const { dir } = flowFile();
    const r = await runCli(['report', 'gianyar.yaml', '-o', 'tidak-ada/laporan.pdf'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tidak-ada/laporan.pdf  FOLDER_MISSING  folder "tidak-ada" tidak ada');
    expect(r.written).toEqual([]);
  });

  it('batch --out under a file, or --csv into a missing folder → exit 2 before scoring', async () => {
    const { dir } = flowFile();
    writeFileSync(join(dir, 'berkas'), 'x');
    const out = await runCli(['batch', 'gianyar.yaml', '--pdf', '--out', 'berkas/laporan'], { cwd: dir });
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    const csv = await runCli(['batch', 'gianyar.yaml', '--csv', 'tidak-ada/p.csv'], { cwd: dir });
    expect(csv.code).toBe(2);
    expect(csv.stdout).toBe('');
    expect(csv.stderr).toContain('tidak-ada/p.csv  FOLDER_MISSING');
  });

  it.runIf(onUnix && process.getuid?.() !== 0)('a folder that cannot be written → FOLDER_NOT_WRITABLE before rendering', async () => {
    const { dir } = flowFile();
    mkdirSync(join(dir, 'terkunci'));
    chmodSync(join(dir, 'terkunci'), 0o555);
    const report = await runCli(['report', 'gianyar.yaml', '-o', 'terkunci/a.pdf'], { cwd: dir });
    expect(report.code).toBe(2);
    expect(report.stderr).toContain('terkunci/a.pdf  FOLDER_NOT_WRITABLE');
    const batch = await runCli(['batch', 'gianyar.yaml', '--pdf', '--out', 'terkunci/laporan'], { cwd: dir });
    expect(batch.code).toBe(2);
    expect(batch.stderr).toContain('FOLDER_NOT_WRITABLE');
  });

  it('a full disk says the disk is full', () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    expect(writeError(full, 'laporan.pdf')).toMatchObject({ code: 'DISK_FULL', source: { file: 'laporan.pdf' } });
    const quota = Object.assign(new Error('EDQUOT'), { code: 'EDQUOT' });
    expect(writeError(quota, 'x.csv').code).toBe('DISK_FULL');
  });
});
