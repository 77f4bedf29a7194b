import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isAnswered } from '../../src/answers/model.js';
import { pick } from '../../src/i18n.js';
import { loadAssessment } from '../../src/io/load.js';
import { loadRubric } from '../../src/io/rubrics.js';
import { PtySession, type PtyOptions } from '../assess/pty.js';
import { commandFor } from '../../src/cli/context.js';
import { BIN, fixture, runCli, tmpDir } from '../helpers/run-cli.js';

const RUBRIC = fixture('assess', 'rubric.yaml');
const sessions: PtySession[] = [];

afterEach(() => {
  for (const s of sessions.splice(0)) s.kill();
});

function open(args: string[], dir: string, options: PtyOptions = {}): PtySession {
  const pty = new PtySession(args, dir, options);
  sessions.push(pty);
  return pty;
}

/**
 * `siap init` for a rubric, then `siap assess` on that file in a pseudo-terminal, past its question
 * for the assessment date. A rubric file is copied beside the answers file, where `rubric.file` may point.
 */
async function startAssess(options: PtyOptions & { rubric?: string } = {}): Promise<{ dir: string; file: string; pty: PtySession }> {
  const dir = tmpDir('siap-assess-e2e-');
  const rubric = options.rubric ?? RUBRIC;
  const bundled = !rubric.includes('/');
  if (!bundled) copyFileSync(rubric, join(dir, 'rubric.yaml'));
  const init = await runCli(['init', '--rubric', bundled ? rubric : 'rubric.yaml', '--regency', 'Gianyar', '--type', 'kabupaten', '-o', 'a.yaml'], { cwd: dir });
  expect(init.code).toBe(0);
  const pty = open(['assess', 'a.yaml'], dir, options);
  // The template names the regency but has no date: asked once, Enter takes today.
  await pty.waitFor(options.env?.SIAP_LANG === 'en' ? 'Assessment date (YYYY-MM-DD):' : 'Tanggal asesmen (TTTT-BB-HH):');
  pty.send('\r');
  return { dir, file: join(dir, 'a.yaml'), pty };
}

/** Words of a text, whatever the line breaks and indents between them. */
const words = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('siap assess in a terminal (built binary, pseudo-terminal)', { tags: ['slow'] }, () => {
  it('keeps every answer given before a SIGKILL and resumes after the last one', async () => {
    const { dir, file, pty } = await startAssess();
    await pty.waitFor('S1.1 Seberapa kuat komitmen kepala daerah?');
    pty.send('2');
    await pty.waitFor('› 2 · Parsial');
    pty.send('\r');
    await pty.waitFor('✔ S1.1');
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
    // A second siap on the same file is told before its first question, and quits without a change.
    const second = open(['assess', 'a.yaml'], dir);
    await second.waitFor(`a.yaml sedang dibuka di siap assess lain: proses ${pty.siapPid()}`);
    await second.waitFor('Apa yang ingin dilakukan?');
    second.send('\x1b[B\r'); // ↓ Keluar
    expect(await second.exit()).toBe(0);
    expect(second.text).toContain('Tidak ada yang diubah.');
    expect(second.text).not.toContain('S1.1 Seberapa kuat');
    process.kill(pty.siapPid(), 'SIGKILL');
    await pty.exit();

    const { answers } = loadAssessment(file);
    expect(answers.entries.get('S1.1')).toEqual({ value: 2, note: 'Bupati tidak hadir', evidence: ['Notulen 3/2026'] });
    expect(answers.entries.get('S1.2')?.value).toBe(true);
    expect(isAnswered(answers.entries.get('S1.3'))).toBe(false);
    expect(answers.session).toEqual({ lang: 'id', last: 'S1.2' });
    // Only the stale lock note of the killed walk is left beside the file.
    expect(readdirSync(dir).sort()).toEqual(['.a.yaml.lock', 'a.yaml', 'rubric.yaml']);

    const again = open(['assess', 'a.yaml'], dir);
    await again.waitFor('Melanjutkan a.yaml: 7 ditanyakan · 2 dijawab · 2 dinilai · 7 di rubrik.');
    await again.waitFor('Mulai dari S1.3, setelah jawaban terakhir (S1.2).');
    await again.waitFor('S1.3 Pusat data yang dipakai pejabat itu');
    again.send('\x03');
    expect(await again.exit()).toBe(130);
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'rubric.yaml']);
  });

  it('on Ctrl-C exits 130, says how to resume, and leaves the file valid with every answer', async () => {
    const { dir, file, pty } = await startAssess();
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
    // Wrapped at word boundaries to the terminal's width, as any message may be.
    expect(words(pty.text)).toContain('Dihentikan. Semua jawaban tersimpan di a.yaml (dijawab 1 dari 6 yang ditanyakan).');
    // The bin was started as `node <path>/bin/siap.js`: the hint says so, so it can be typed as shown.
    expect(words(pty.text)).toContain(`Lanjutkan dengan: ${commandFor(BIN, dir)} assess a.yaml`);
    expect(pty.text).not.toContain('CANCELLED');
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(loadAssessment(file).answers.entries.get('S1.1')?.value).toBe(4);
  });

  // The default rubric's longest level question: every descriptor must be readable without leaving it.
  const S12 = loadRubric('kesiapan-kota-cerdas').rubric.questionById.get('S1.2')!;
  const levels = (lang: 'id' | 'en'): string[] => (S12.kind === 'level' ? S12.levels.map((l) => `${l.value} · ${pick(l.label, lang)} — ${pick(l.descriptor, lang)}`) : []);

  it.each([
    { cols: 80, rows: 24, lang: 'id' as const, keys: ['l'], prompt: 'Jawaban:', bar: 'l lewati' },
    { cols: 120, rows: 40, lang: 'en' as const, keys: ['s'], prompt: 'Answer:', bar: 's skip' },
  ])('shows every level descriptor of S1.2 in full at $cols×$rows ($lang)', async ({ cols, rows, lang, keys, prompt, bar }) => {
    const { pty } = await startAssess({ rubric: 'kesiapan-kota-cerdas', cols, rows, env: { SIAP_LANG: lang } });
    await pty.waitFor('S1.1 ');
    for (const key of keys) pty.send(`${key}\r`); // skip S1.1: S1.2 has the longest descriptors
    const screen = await pty.waitForScreen(`S1.2 ${pick(S12.text, lang).slice(0, 30)}`);
    await pty.waitForScreen(bar);
    const shown = (await pty.screen()).join('\n');
    // The whole question is on the screen at once: where it sits, the text, every level (in full), the prompt and the key bar.
    expect(screen.length).toBe(rows);
    expect(shown).toContain(lang === 'id' ? 'pertanyaan 2 dari' : 'question 2 of');
    expect(shown).toContain(prompt);
    expect(words(shown)).toContain(words(pick(S12.text, lang)));
    for (const level of levels(lang)) expect(words(shown)).toContain(words(level));
    // Lines break between words only (a word cut in two would not read back as the descriptor above), and fit the width.
    for (const line of shown.split('\n')) expect(line.length).toBeLessThanOrEqual(cols);
    // `?` gives the full view (each level's expected evidence too) and back.
    pty.send('?');
    await pty.waitForScreen(lang === 'id' ? 'tampilan ringkas' : 'short view');
    pty.send('?');
    await pty.waitForScreen(lang === 'id' ? 'teks lengkap' : 'full text');
    pty.send('\x03');
    expect(await pty.exit()).toBe(130);
  });

  it('has every answer on disk the moment its ✔ shows, and all of them after 5 SIGKILLs at 0–19 ms after a ✔', async () => {
    const { dir, file, pty: first } = await startAssess({ rubric: fixture('assess', 'twenty.yaml') });
    let pty = first;
    const given = new Map<string, number>();
    const onDisk = (when: string): void => {
      const { answers } = loadAssessment(file);
      for (const [q, v] of given) expect(answers.entries.get(q)?.value, `${q} ${when}`).toBe(v);
    };
    // Five walks of four answers. The file is read as soon as each ✔ shows: what a read sees then,
    // a SIGKILL then would have left (the writes are done or they are not). Each walk ends with a
    // real SIGKILL right after its last ✔, at delays from 0 to 19 ms, and the next walk resumes.
    const delays = [0, 19, 7, 13, 3];
    for (let i = 1; i <= 20; i++) {
      const id = `Q${i}`;
      await pty.waitFor(`${id} Pertanyaan nomor ${i}`);
      const value = i % 4;
      pty.send(`${value}\r`);
      await pty.waitFor(`✔ ${id} `);
      given.set(id, value);
      if (i % 4 !== 0) {
        onDisk(`at the ✔ of ${id}`);
        // No note, no evidence: on to the next question.
        await pty.waitFor('Catatan (opsional)');
        pty.send('\r');
        await pty.waitFor('Bukti yang ditunjukkan');
        pty.send('\r');
        continue;
      }
      const delay = delays[i / 4 - 1]!;
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      process.kill(pty.siapPid(), 'SIGKILL');
      await pty.exit();
      onDisk(`after the SIGKILL ${delay} ms after the ✔ of ${id}`);
      if (i < 20) pty = open(['assess', 'a.yaml'], dir);
    }
    expect(loadAssessment(file).answers.session?.last).toBe('Q20');
  }, 60_000);
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
