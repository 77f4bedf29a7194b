import { screen } from '@inquirer/testing/vitest';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAnswersTemplate } from '../../src/answers/template.js';
import { runAssess } from '../../src/cli/commands/assess.js';
import { askText } from '../../src/cli/prompts.js';
import { loadAssessment } from '../../src/io/load.js';
import { AnswersLock } from '../../src/io/lock.js';
import { fixture, tmpDir } from '../helpers/run-cli.js';
import { testContext } from './context.js';
import { assessRubric } from './helpers.js';
import { enter, fullOutput, press, shownWords, until } from './screen.js';

const RUBRIC = fixture('assess', 'rubric.yaml');

/** A copy of the hand-written answers (S1.1 = 3, S1.2 yes, S1.3 N/A, I1.1 = 72.5) beside its rubric, in a folder with a long name. */
function resumable(): string {
  const dir = tmpDir('siap-assess-folder-with-a-rather-long-name-');
  copyFileSync(fixture('assess', 'flow-answers.yaml'), join(dir, 'gianyar.yaml'));
  copyFileSync(RUBRIC, join(dir, 'rubric.yaml'));
  return join(dir, 'gianyar.yaml');
}

/** A terminal 80 columns wide. */
function at80(t: ReturnType<typeof testContext>): ReturnType<typeof testContext> {
  Object.defineProperty(t.ctx, 'columns', { value: 80 });
  Object.defineProperty(t.ctx, 'rows', { value: 24 });
  return t;
}

async function cancel(run: Promise<unknown>): Promise<void> {
  screen.keypress({ name: 'c', ctrl: true });
  await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
  screen.clear();
}

describe('the assess terminal (finding 20)', () => {
  it('wraps the "resume later" hint of a locked file at word boundaries, with an indent', async () => {
    const file = resumable();
    const held = AnswersLock.acquire(file, new Date());
    if (!held.ok) throw new Error('the test could not take the lock');
    try {
      const t = at80(testContext());
      const run = runAssess({ answers: file }, t.ctx);
      await until('Apa yang ingin dilakukan?');
      await press('down');
      screen.keypress('enter');
      await expect(run).resolves.toEqual({ status: 'ok' });
      screen.clear();
      const lines = t.err().split('\n');
      for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(79);
      const at = lines.findIndex((l) => l.startsWith('Tidak ada yang diubah.'));
      expect(lines[at + 1]).toMatch(/^ {2}\S/);
      // The command is broken only between its words: the file's path stays whole on its line.
      expect(lines.some((l) => l.trim().endsWith(file))).toBe(true);
      expect(t.err().replace(/\s+/g, ' ')).toContain(`Lanjutkan nanti dengan: siap assess ${file}`);
    } finally {
      held.lock.release();
    }
  });

  it('leaves no padding from the list after a jump or a review choice', async () => {
    const file = resumable();
    const t = testContext();
    const run = runAssess({ answers: file }, t.ctx);
    await until('S2.1');
    await enter('p');
    await press('down', 2);
    await until('❯   I1 Jaringan');
    await enter();
    await until('I1.2');
    const output = await fullOutput();
    expect(output).toContain('✔ Pindah ke pilar/elemen: I1 Jaringan\n');
    await enter('r');
    screen.type('S1.1');
    await until('❯ S1.1');
    await enter();
    expect(await fullOutput()).toContain('jawabannya: S1.1 Komitmen kepala daerah\n');
    await cancel(run);
  });

  it('the message for a key that is not a choice names ? too, when the question has more to show than fits', async () => {
    // No answers yet: S1.1 comes first, with its levels, a hint and the evidence to ask for.
    const file = resumable();
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^answers:[\s\S]*$/m, 'answers: {}\n'));
    const t = testContext();
    // 80 × 12: the levels and the key bar leave no room for the hint and the evidence.
    Object.defineProperty(t.ctx, 'columns', { value: 80 });
    Object.defineProperty(t.ctx, 'rows', { value: 12 });
    const run = runAssess({ answers: file }, t.ctx);
    await until('S1.1');
    expect(shownWords()).toContain('? teks lengkap');
    screen.type('x');
    screen.keypress('enter');
    await until('bukan pilihan');
    expect(shownWords()).toMatch(/"x" bukan pilihan di sini: ketik [^"]+ lalu Enter, atau \? untuk teks lengkap/);
    // In the full view the key bar offers ? for the short view: the message does not send the user to the full text.
    screen.type('?');
    await until('tampilan ringkas');
    screen.type('x');
    screen.keypress('enter');
    await until('bukan pilihan');
    expect(shownWords()).toMatch(/"x" bukan pilihan di sini: ketik [^"]+ lalu Enter/);
    expect(shownWords()).not.toContain('untuk teks lengkap');
    await cancel(run);
  });

  it('where the whole question fits, neither the key bar nor the message offers ? (there is nothing more to show)', async () => {
    const file = resumable();
    const t = testContext();
    const run = runAssess({ answers: file }, t.ctx);
    await until('S2.1');
    screen.type('x');
    screen.keypress('enter');
    await until('bukan pilihan');
    expect(shownWords()).toContain('"x" bukan pilihan di sini: ketik 1–3, l, k, p, r, s lalu Enter');
    expect(shownWords()).not.toContain('teks lengkap');
    await cancel(run);
  });

  it('asks the assessment date of a file made by siap init (today by default) before the first question', async () => {
    const dir = tmpDir('siap-assess-');
    const file = join(dir, 'templat.yaml');
    copyFileSync(RUBRIC, join(dir, 'rubric.yaml'));
    writeFileSync(file, buildAnswersTemplate(assessRubric(), { lang: 'id', rubricFile: 'rubric.yaml', regency: { name: 'Bangli', kind: 'kabupaten' } }));
    const t = testContext();
    const run = runAssess({ answers: file }, t.ctx);
    await until('Tanggal asesmen (TTTT-BB-HH):');
    expect(screen.getScreen()).toContain('2026-04-05'); // today, from the context's clock
    await enter();
    await until('S1.1 Seberapa kuat komitmen kepala daerah?');
    expect(loadAssessment(file).answers.assessment.date).toBe('2026-04-05');
    expect(readFileSync(file, 'utf8')).toContain('# Berkas jawaban asesmen');
    await cancel(run);

    // Asked once: the next session starts at the question.
    const again = testContext();
    const second = runAssess({ answers: file }, again.ctx);
    await until('S1.1 Seberapa kuat komitmen kepala daerah?');
    expect(again.err()).not.toContain('Tanggal');
    await cancel(second);
  });
});

describe('a one-line prompt (askText) on a narrow terminal', () => {
  it('breaks its error message between words, never inside one', async () => {
    const plain = { bold: (t: string) => t, dim: (t: string) => t, cyan: (t: string) => t, green: (t: string) => t, yellow: (t: string) => t, red: (t: string) => t };
    const message = 'nilai "banyak" untuk "jumlah-penduduk" harus berupa angka; nilai yang diterima: minimal 0 jiwa';
    const run = askText({ message: 'Jumlah penduduk', validate: (t) => (t === '12' ? true : message), paint: plain, lang: 'id', terminal: { stdin: process.stdin, stdout: process.stdout, columns: 40 } });
    screen.type('banyak');
    screen.keypress('enter');
    await until('harus berupa');
    const shown = screen.getScreen().split('\n');
    const errorLines = shown.slice(shown.findIndex((l) => l.startsWith('> ')));
    for (const line of errorLines) expect(line.length, line).toBeLessThanOrEqual(39);
    // Every word of the message is whole on some line.
    const words = errorLines.join(' ').replace(/^> /, '').split(/\s+/).filter(Boolean);
    expect(words).toEqual(message.split(' '));
    screen.keypress({ name: 'u', ctrl: true });
    screen.type('12');
    screen.keypress('enter');
    await expect(run).resolves.toBe('12');
    screen.clear();
  });
});
