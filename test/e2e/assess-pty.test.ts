import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isAnswered } from '../../src/answers/model.js';
import { loadAssessment } from '../../src/io/load.js';
import { PtySession } from '../assess/pty.js';
import { fixture, runCli, tmpDir } from '../helpers/run-cli.js';

const RUBRIC = fixture('assess', 'rubric.yaml');
const sessions: PtySession[] = [];

afterEach(() => {
  for (const s of sessions.splice(0)) s.kill();
});

/** `siap init` for the test rubric, then `siap assess` on that file in a pseudo-terminal. */
async function startAssess(): Promise<{ dir: string; file: string; pty: PtySession }> {
  const dir = tmpDir('siap-assess-e2e-');
  copyFileSync(RUBRIC, join(dir, 'rubric.yaml'));
  const init = await runCli(['init', '--rubric', 'rubric.yaml', '--regency', 'Gianyar', '--type', 'kabupaten', '-o', 'a.yaml'], { cwd: dir });
  expect(init.code).toBe(0);
  const pty = new PtySession(['assess', 'a.yaml'], dir);
  sessions.push(pty);
  return { dir, file: join(dir, 'a.yaml'), pty };
}

describe('siap assess in a terminal (built binary, pseudo-terminal)', () => {
  it('keeps every answer given before a SIGKILL and resumes at the next question', async () => {
    const { dir, file, pty } = await startAssess();
    await pty.waitFor('S1.1 Seberapa kuat komitmen kepala daerah?');
    pty.send('2');
    await pty.waitFor('› 2 · Parsial');
    pty.send('\r');
    await pty.waitFor('Catatan (opsional)');
    pty.send('Bupati tidak hadir\r');
    await pty.waitFor('Bukti yang ditunjukkan');
    pty.send('Notulen 3/2026\r');
    await pty.waitFor('S1.2 Apakah ada pejabat penanggung jawab');
    pty.send('y\r');
    await pty.waitFor('Catatan (opsional)');
    pty.send('\r');
    await pty.waitFor('Bukti yang ditunjukkan');
    pty.send('\r');
    // S1.3 appears because S1.2 is yes; its answer is being typed when the process is killed.
    await pty.waitFor('S1.3 Pusat data yang dipakai pejabat itu');
    pty.send('3');
    await pty.waitFor('› 3 · PDN atau cloud');
    process.kill(pty.siapPid(), 'SIGKILL');
    await pty.exit();

    const { answers } = loadAssessment(file);
    expect(answers.entries.get('S1.1')).toEqual({ value: 2, note: 'Bupati tidak hadir', evidence: ['Notulen 3/2026'] });
    expect(answers.entries.get('S1.2')?.value).toBe(true);
    expect(isAnswered(answers.entries.get('S1.3'))).toBe(false);
    expect(readdirSync(dir)).toEqual(['a.yaml', 'rubric.yaml']);

    const again = new PtySession(['assess', 'a.yaml'], dir);
    sessions.push(again);
    await again.waitFor('Melanjutkan a.yaml: 2 dari 7 pertanyaan sudah dijawab.');
    await again.waitFor('Mulai dari pertanyaan pertama yang belum dijawab: S1.3.');
    await again.waitFor('S1.3 Pusat data yang dipakai pejabat itu');
    again.send('\x03');
    expect(await again.exit()).toBe(130);
  });

  it('on Ctrl-C exits 130, says how to resume, and leaves the file valid with every answer', async () => {
    const { file, pty } = await startAssess();
    await pty.waitFor('S1.1 Seberapa kuat');
    pty.send('4\r');
    await pty.waitFor('Catatan (opsional)');
    pty.send('\r');
    await pty.waitFor('Bukti yang ditunjukkan');
    pty.send('\r');
    await pty.waitFor('S1.2 Apakah ada pejabat');
    const before = readFileSync(file, 'utf8');
    pty.send('\x03');
    expect(await pty.exit()).toBe(130);
    expect(pty.text).toContain('Dihentikan. Semua jawaban tersimpan di a.yaml (1 dari 6 dijawab).');
    expect(pty.text).toContain('Lanjutkan dengan: siap assess a.yaml');
    expect(pty.text).not.toContain('CANCELLED');
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(loadAssessment(file).answers.entries.get('S1.1')?.value).toBe(4);
  });
});

describe('siap assess without a terminal', () => {
  it('exits 2 at once with NOT_A_TERMINAL, points to init + score, and creates nothing', async () => {
    const dir = tmpDir('siap-assess-e2e-');
    const result = await runCli(['assess', 'baru.yaml'], { cwd: dir, input: '3\n' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('NOT_A_TERMINAL');
    expect(result.stderr).toContain('siap init --rubric kesiapan-kota-cerdas -o jawaban.yaml');
    expect(result.stderr).toContain('siap score jawaban.yaml');
    expect(readdirSync(dir)).toEqual([]);
  });
});
