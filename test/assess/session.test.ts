import { screen } from '@inquirer/testing/vitest';
import { chmodSync, copyFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAssess } from '../../src/cli/commands/assess.js';
import { loadAssessment } from '../../src/io/load.js';
import { AnswersLock, lockPathFor } from '../../src/io/lock.js';
import { fixture, tmpDir } from '../helpers/run-cli.js';
import { testContext } from './context.js';
import { enter, press, shownWords, until } from './screen.js';

const RUBRIC = fixture('assess', 'rubric.yaml');

/** A copy of the hand-written answers (S1.1 = 3, S1.2 yes, S1.3 N/A, I1.1 = 72.5) beside its rubric; `extra` is appended. */
function resumable(extra = ''): string {
  const dir = tmpDir('siap-assess-');
  const file = join(dir, 'gianyar.yaml');
  copyFileSync(fixture('assess', 'flow-answers.yaml'), file);
  if (extra) writeFileSync(file, readFileSync(file, 'utf8').replace('answers:\n', `${extra}answers:\n`));
  copyFileSync(RUBRIC, join(dir, 'rubric.yaml'));
  return file;
}

/** Ctrl-C, then a clean screen for the next session (whose first screen may look the same). */
async function cancel(run: Promise<unknown>): Promise<void> {
  screen.keypress({ name: 'c', ctrl: true });
  await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
  screen.clear();
}

describe('an answers file that cannot be saved, or is open elsewhere', () => {
  it('refuses a read-only file before the first question, and writes nothing', async () => {
    const file = resumable();
    chmodSync(file, 0o444);
    const before = readFileSync(file, 'utf8');
    const t = testContext();
    await expect(runAssess({ answers: file }, t.ctx)).rejects.toMatchObject({ code: 'ASSESS_READ_ONLY' });
    expect(t.err()).toBe('');
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(existsSync(lockPathFor(file))).toBe(false);
  });

  // Atomic rewrites keep the original file's mode (io/files.ts).
  it('keeps the mode of a 600 file through every save', async () => {
    const file = resumable();
    chmodSync(file, 0o600);
    const t = testContext();
    const run = runAssess({ answers: file }, t.ctx);
    await until('S2.1');
    await enter('2');
    await enter();
    await enter();
    await until('I1.2');
    await cancel(run);
    expect(loadAssessment(file).answers.entries.get('S2.1')?.value).toEqual(['csr']);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('tells a second walk before its first question; it can quit, or look read-only without saving', async () => {
    const file = resumable();
    const held = AnswersLock.acquire(file, new Date());
    if (!held.ok) throw new Error('the test could not take the lock');
    const before = readFileSync(file, 'utf8');
    try {
      // Quit.
      let t = testContext();
      let run = runAssess({ answers: file }, t.ctx);
      await until('Apa yang ingin dilakukan?');
      expect(t.err()).toContain(`sedang dibuka di siap assess lain: proses ${process.pid}`);
      expect(screen.getScreen()).not.toContain('S2.1');
      await press('down');
      screen.keypress('enter');
      await expect(run).resolves.toEqual({ status: 'ok' });
      screen.clear();
      expect(t.err()).toContain('Tidak ada yang diubah. Lanjutkan nanti dengan: siap assess');

      // Read-only: the questions can be read, an answer is refused, nothing is written.
      t = testContext();
      run = runAssess({ answers: file }, t.ctx);
      await until('Apa yang ingin dilakukan?');
      await enter();
      expect(t.err()).toContain('Dibuka hanya-baca');
      await until('S2.1');
      expect(screen.getScreen()).toContain('HANYA BACA');
      expect(screen.getScreen()).not.toContain('n N/A');
      screen.type('2');
      await until('› [ ] 2 · CSR perusahaan');
      screen.keypress('enter');
      await until('> hanya baca: berkas ini sedang dibuka di siap lain');
      await enter('l'); // "l berikut": the next question
      await until('I1.2 Akses internet publik');
      screen.type('s'); // "s keluar": the score, no PDF question
      screen.keypress('enter');
      await expect(run).resolves.toEqual({ status: 'ok' });
      expect(t.out()).toContain('Indeks');
      expect(t.err()).toContain(`Hanya baca: ${file} tidak diubah.`);
      expect(readFileSync(file, 'utf8')).toBe(before);
      expect(JSON.parse(readFileSync(lockPathFor(file), 'utf8'))).toMatchObject({ pid: process.pid });
    } finally {
      held.lock.release();
    }
  });

  it('replaces a stale lock note left by a killed walk, and removes its own at the end', async () => {
    const file = resumable();
    writeFileSync(lockPathFor(file), JSON.stringify({ pid: 2 ** 30, host: (await import('node:os')).hostname(), since: new Date().toISOString() }));
    const t = testContext();
    const run = runAssess({ answers: file }, t.ctx);
    await until('S2.1');
    expect(t.err()).toContain(`Catatan kunci lama dari proses ${2 ** 30} (sudah tidak berjalan) diganti.`);
    expect(JSON.parse(readFileSync(lockPathFor(file), 'utf8'))).toMatchObject({ pid: process.pid });
    await cancel(run);
    expect(existsSync(lockPathFor(file))).toBe(false);
  });
});

describe('a save that is refused', () => {
  it('names the answer it could not save when another program changed the file', async () => {
    const file = resumable();
    const t = testContext();
    const run = runAssess({ answers: file }, t.ctx);
    await until('S2.1');
    writeFileSync(file, `${readFileSync(file, 'utf8')}# diedit di editor lain\n`);
    screen.type('2');
    screen.keypress('enter');
    await expect(run).rejects.toMatchObject({ code: 'ASSESS_FILE_CHANGED', params: { file, unsaved: { id: ' (yang tidak tersimpan: S2.1 → CSR perusahaan)' } } });
    screen.clear();
    expect(t.err()).not.toContain('✔ S2.1');
    expect(readFileSync(file, 'utf8')).toContain('# diedit di editor lain');
  });
});

describe('what the file remembers between sessions', () => {
  it('stores the language of its keys: a key never changes meaning, even when the words do', async () => {
    const file = resumable();
    // First session in English: S2.1 ticked, then stopped.
    let t = testContext({ lang: 'en' });
    let run = runAssess({ answers: file }, t.ctx);
    await until('S2.1');
    await enter('2');
    await enter();
    await enter();
    await until('I1.2');
    await cancel(run);
    expect(loadAssessment(file).answers.session).toEqual({ lang: 'en', last: 'S2.1' });
    expect(readFileSync(file, 'utf8')).toMatch(/\nsession:\n {2}lang: en\n {2}last: S2\.1\nanswers:\n/);

    // Resumed where the environment says Indonesian: the file's language.
    t = testContext({ lang: 'id' });
    run = runAssess({ answers: file }, t.ctx);
    await until('I1.2 Public internet access');
    expect(t.err()).toContain('Resuming');
    expect(screen.getScreen()).toMatch(/s skip {2}x N\/A {2}b back/);
    await cancel(run);

    // `--lang id` typed: Indonesian words, the file's keys (s is still skip, not "selesai").
    t = testContext({ lang: 'id' });
    run = runAssess({ answers: file, lang: 'id' }, t.ctx);
    await until('I1.2 Akses internet publik');
    expect(t.err()).toContain('Tombol tetap mengikuti bahasa berkas ini (bahasa Inggris)');
    expect(screen.getScreen()).toMatch(/0–4 jawab {2}s lewati {2}x N\/A {2}b kembali {2}j pindah {2}r rekap {2}f selesai/);
    await enter('s');
    expect(t.err()).toContain('↷ I1.2');
    await until('I2.1 Catatan asesor tentang paparan');
    await cancel(run);
    expect(loadAssessment(file).answers.session?.lang).toBe('en');
  });

  it('resumes after the last answer by default, or at the first unanswered question', async () => {
    // S2.1 is open, but the interview had gone on to I1.1.
    const file = resumable('session: {lang: id, last: I1.1}\n');
    let t = testContext();
    let run = runAssess({ answers: file }, t.ctx);
    await until('Lanjutkan dari mana?');
    expect(screen.getScreen()).toContain('❯ Setelah jawaban terakhir (I1.1): I1.2 Wi-Fi publik');
    expect(screen.getScreen()).toContain('Pertanyaan pertama yang belum dijawab: S2.1 Pembiayaan non-APBD');
    await enter();
    expect(screen.getScreen()).toContain('I1.2 Akses internet publik');
    await cancel(run);

    t = testContext();
    run = runAssess({ answers: file }, t.ctx);
    await until('Lanjutkan dari mana?');
    await press('down');
    await enter();
    expect(screen.getScreen()).toContain('S2.1 Sumber pembiayaan di luar APBD');
    await cancel(run);
  });
});

describe('text and number questions never swallow an action', () => {
  it('asks before saving a one-letter text answer that is also an action key', async () => {
    const file = resumable('session: {lang: id, last: I1.2}\n');
    const t = testContext();
    const run = runAssess({ answers: file }, t.ctx);
    await until('Lanjutkan dari mana?');
    await enter(); // after I1.2: the text question I2.1
    await until('I2.1 Catatan asesor tentang paparan');
    expect(screen.getScreen()).toMatch(/Enter simpan {2}l lewati/);

    // "l" + Enter: the action is the default; nothing is saved.
    screen.type('l');
    screen.keypress('enter');
    await until('"l" juga tombol lewati');
    expect(shownWords()).toContain('"l" juga tombol lewati: 1/Enter lewati 2 simpan "l" sebagai jawaban');
    await enter();
    expect(t.err()).toContain('↷ I2.1');
    expect(loadAssessment(file).answers.entries.get('I2.1')).toBeUndefined();

    // Back to it from the end of the rubric: "l" + Enter, then 2 saves the letter as the answer.
    await until('Akhir rubrik');
    await press('down', 3);
    await enter(); // "Kembali ke I2.1"
    await until('I2.1 Catatan asesor tentang paparan');
    screen.type('l');
    screen.keypress('enter');
    await until('"l" juga tombol lewati');
    screen.type('2');
    await until('Bukti yang ditunjukkan');
    expect(t.err()).toContain('✔ I2.1');
    expect(loadAssessment(file).answers.entries.get('I2.1')?.value).toBe('l');
    await cancel(run);
  });

  it('takes an action key on a number question at once (a letter is never a number)', async () => {
    const file = resumable('session: {lang: id, last: S1.3}\n');
    const t = testContext();
    const run = runAssess({ answers: file }, t.ctx);
    await until('S2.1');
    await enter('p'); // jump to the Network element (I1.1 answered: the jump lands on I1.2), then back to I1.1
    await press('down', 2);
    await enter();
    await until('I1.2');
    await enter('k');
    await until('I1.1 Persentase desa terjangkau 4G');
    await press({ name: 'u', ctrl: true });
    await enter('l');
    expect(t.err()).toContain('↷ I1.1');
    expect(loadAssessment(file).answers.entries.get('I1.1')?.value).toBe(72.5);
    await cancel(run);
  });
});

describe('a new file in one command', () => {
  it('takes the regency options of init (--regency, --type, --province, --code, --kind) as the details', async () => {
    const dir = tmpDir('siap-assess-');
    const file = join(dir, 'denpasar.yaml');
    // The rubric beside the answers file, where rubric.file may point.
    copyFileSync(RUBRIC, join(dir, 'rubric.yaml'));
    const t = testContext();
    const run = runAssess({ answers: file, rubric: join(dir, 'rubric.yaml'), regency: 'Denpasar', type: 'kota', province: 'Bali', code: '51.71', kind: 'self' }, t.ctx);
    await until('Nama kabupaten/kota');
    expect(screen.getScreen()).toContain('Denpasar');
    await enter();
    expect(screen.getScreen()).toContain('❯ Kota');
    await enter();
    await enter(); // province
    await enter(); // code
    expect(screen.getScreen()).toContain('❯ Penilaian mandiri');
    for (let i = 0; i < 5; i++) await enter(); // kind, date, place, mode, no assessor
    await until('S1.1 Seberapa kuat komitmen kepala daerah?');
    const saved = loadAssessment(file).answers;
    expect(saved.regency).toEqual({ name: 'Denpasar', kind: 'kota', province: 'Bali', code: '51.71' });
    expect(saved.assessment.kind).toBe('self');
    await cancel(run);
  });
});
