import { screen } from '@inquirer/testing/vitest';
import { appendFileSync, copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAnswered } from '../../src/answers/model.js';
import { runAssess } from '../../src/cli/commands/assess.js';
import { loadAssessment } from '../../src/io/load.js';
import { fixture, ROOT, tmpDir } from '../helpers/run-cli.js';
import { testContext } from './context.js';
import { plainEntries } from './helpers.js';

const RUBRIC = fixture('assess', 'rubric.yaml');

/** The next render or prompt; a flow that stops waiting for input fails with what is on screen. */
async function next(): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const stuck = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no new screen after 5 s; showing:\n${screen.getScreen()}`)), 5000);
  });
  try {
    await Promise.race([screen.next(), stuck]);
  } finally {
    clearTimeout(timer);
  }
}

/** Type a line and press Enter, then wait for the next prompt (or the next render). */
async function enter(text = ''): Promise<void> {
  if (text) screen.type(text);
  screen.keypress('enter');
  await next();
}

/** Wait until the screen shows `text` (the first prompt may start a tick after the command). */
async function until(text: string): Promise<void> {
  for (let i = 0; i < 400 && !screen.getScreen().includes(text); i++) await new Promise((r) => setTimeout(r, 5));
  expect(screen.getScreen()).toContain(text);
}

async function press(key: string | { name: string; ctrl?: boolean }, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) {
    // A key that changes the same prompt re-renders at once; let pending work settle.
    screen.keypress(key);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The screen's words, whatever the line breaks between them. */
function shownWords(): string {
  return screen.getScreen().replace(/\s+/g, ' ');
}

/** A file a walk here wrote: our own, its `rubric.file` may point at the fixture rubric anywhere. */
function load(file: string) {
  return loadAssessment(file, { allowRubricFile: true });
}

/** A copy of the hand-written answers (S1.1 = 3, S1.2 yes, S1.3 N/A, I1.1 = 72.5) beside its rubric. */
function resumable(): string {
  const dir = tmpDir('siap-assess-');
  copyFileSync(fixture('assess', 'flow-answers.yaml'), join(dir, 'gianyar.yaml'));
  copyFileSync(RUBRIC, join(dir, 'rubric.yaml'));
  return join(dir, 'gianyar.yaml');
}

/** A resumable file whose text question I2.1 is answered, walked to I2.1 through the review list. */
async function atAnsweredText(answer: string): Promise<{ file: string; run: Promise<unknown> }> {
  const file = resumable();
  appendFileSync(file, `  I2.1: ${answer}\n`);
  const run = runAssess({ answers: file }, testContext().ctx);
  await until('S2.1');
  await enter('r');
  screen.type('I2');
  await until('❯ I2.1');
  await enter();
  return { file, run };
}

describe('a new assessment', () => {
  it('asks the details, saves them before the first question, then walks every question kind to the score', async () => {
    const dir = tmpDir('siap-assess-');
    const file = join(dir, 'gianyar.yaml');
    const t = testContext();
    const run = runAssess({ rubric: RUBRIC }, t.ctx);
    await until('Nama kabupaten/kota');
    await enter('Gianyar');
    expect(screen.getScreen()).toContain('Jenis daerah');
    await enter(); // Kabupaten, from the official register
    expect(screen.getScreen()).toContain('Bali'); // the province, from the register
    await enter();
    expect(screen.getScreen()).toContain('51.04'); // the code, from the register
    await press('backspace', 5);
    await enter('51.4');
    expect(screen.getScreen()).toContain('kode wilayah berupa angka bertitik');
    await press('backspace', 4);
    await enter('5104'); // read as 51.04, as in an answers file, and saved dotted (below)
    expect(screen.getScreen()).toContain('Jenis asesmen');
    await enter(); // Verifikasi asesor
    expect(screen.getScreen()).toContain('2026-04-05'); // today, from the context's clock
    await enter();
    await enter('Kantor Bupati');
    await press('down');
    await enter(); // Daring
    await enter('Dr. Ayu');
    await enter('Ketua tim');
    await enter('Universitas Udayana');
    expect(screen.getScreen()).toContain('Nama penilai ke-2');
    await enter();
    expect(screen.getScreen()).toContain('jawaban-gianyar.yaml');
    await enter(file);

    // The details are on disk before the first question is asked.
    const created = load(file).answers;
    expect(created.regency).toEqual({ name: 'Gianyar', kind: 'kabupaten', province: 'Bali', code: '51.04' });
    expect(created.assessment).toMatchObject({
      kind: 'assessor',
      date: '2026-04-05',
      place: 'Kantor Bupati',
      mode: 'online',
      assessors: [{ name: 'Dr. Ayu', role: 'Ketua tim', institution: 'Universitas Udayana' }],
    });
    expect(created.rubric.file).toBe(relative(dir, RUBRIC));
    // A file meant to be sent names nothing of this machine: no absolute path, no `$schema` line.
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain('yaml-language-server');
    for (const folder of [ROOT, dir]) expect(text.includes(folder) && !text.includes(`.${folder}`), folder).toBe(false);

    // Level question: where it sits, text, hint, evidence, every level with its descriptor.
    let shown = screen.getScreen();
    expect(shown).toContain('Struktur › S1 Kepemimpinan · pertanyaan 1 dari 6 ditanyakan · 0% dijawab');
    expect(shown).toContain('S1.1 Seberapa kuat komitmen kepala daerah?');
    expect(shown).toContain('Petunjuk: Nilai dari bukti tertulis, bukan dari pernyataan lisan.');
    expect(shown).toContain('Bukti: Surat pernyataan komitmen · Notulen rapat');
    expect(shown).toContain('0 · Belum ada — Belum ada sama sekali.');
    expect(shown).toContain('3 · Terdefinisi — Ditetapkan resmi dan dijalankan di seluruh OPD.');
    expect(shown).toMatch(/0–4 jawab {2}l lewati {2}p pindah {2}r rekap {2}s selesai/);
    screen.type('3');
    await until('bukti pada level ini: SK penetapan');
    await enter();
    expect(screen.getScreen()).toContain('Catatan (opsional)');
    await enter('Bupati hadir sendiri');
    expect(screen.getScreen()).toContain('Bukti yang ditunjukkan, pisahkan dengan ; (opsional):');
    await enter('Surat komitmen 2026; notulen 12/3');

    // Boolean: answering yes reveals S1.3.
    shown = screen.getScreen();
    expect(shown).toContain('pertanyaan 2 dari 6 ditanyakan · 16% dijawab');
    expect(shown).toContain('y · Ya');
    await enter('y');
    expect(t.err()).toContain('sekarang juga ditanyakan: S1.3 Pusat data');
    await enter();
    await enter();

    // Choice with N/A allowed: N/A with a reason.
    shown = screen.getScreen();
    expect(shown).toContain('pertanyaan 3 dari 7');
    expect(shown).toContain('2 · Ruang server — Satu ruang server di Diskominfo.');
    expect(shown).toContain('n N/A');
    await enter('n');
    expect(screen.getScreen()).toContain('Alasan tidak berlaku (N/A)');
    await enter();
    expect(screen.getScreen()).toContain('alasan N/A wajib diisi');
    await enter('Pusat data dikelola provinsi');

    // Multi: ticking "none" then two sources leaves the two sources ticked.
    expect(screen.getScreen()).toContain('[ ] 1 · Tidak ada');
    screen.type('1');
    await until('[x] 1 · Tidak ada');
    screen.type('2');
    await until('[x] 2 · CSR perusahaan');
    screen.type('3');
    await until('[x] 3 · Hibah');
    shown = screen.getScreen();
    expect(shown).toContain('[ ] 1 · Tidak ada');
    expect(shown).toContain('[x] 2 · CSR perusahaan');
    expect(shown).toContain('[x] 3 · Hibah');
    await enter();
    await enter();
    await enter();

    // Number: bounds and unit checked with the file loader's own message.
    shown = screen.getScreen();
    expect(shown).toContain('Infrastruktur › I1 Jaringan');
    expect(shown).toContain('rentang 0–100 persen');
    screen.type('120');
    screen.keypress('enter');
    await until('nilai 120 untuk "I1.1" di luar batasnya');
    expect(screen.getScreen().replace(/\s+/g, ' ')).toContain('nilai 120 untuk "I1.1" di luar batasnya — nilai yang diterima: rentang 0–100 persen');
    expect(screen.getScreen()).toContain('Jawaban: 120');
    await press('backspace', 3);
    // A percentage as people write it.
    await enter('72,5%');
    await enter();
    await enter();

    // Optional level question: skipped.
    expect(screen.getScreen()).toContain('I1.2 Akses internet publik');
    await enter('l');

    // Text question: the answer, then evidence only.
    expect(screen.getScreen()).toContain('I2.1 Catatan asesor tentang paparan');
    await enter('Paparan lengkap, "target" jelas: 2027');
    expect(screen.getScreen()).toContain('Bukti yang ditunjukkan');
    await enter();

    // End of the rubric → finish → score summary → no PDF now.
    expect(screen.getScreen()).toContain('Akhir rubrik — 7 ditanyakan · 6 dijawab (1 N/A) · 4 dinilai · 7 di rubrik.');
    await enter();
    expect(screen.getScreen()).toContain('Buat laporan PDF sekarang');
    await press('down');
    screen.keypress('enter');
    await expect(run).resolves.toEqual({ status: 'ok' });

    expect(t.out()).toContain('Kabupaten Gianyar · Bali · Verifikasi asesor · 2026-04-05');
    expect(t.out()).toContain('Indeks');
    expect(t.err()).toContain('siap report');
    const saved = load(file).answers;
    expect(plainEntries(saved)).toEqual({
      'S1.1': { value: 3, note: 'Bupati hadir sendiri', evidence: ['Surat komitmen 2026', 'notulen 12/3'] },
      'S1.2': { value: true, evidence: [] },
      'S1.3': { na: 'Pusat data dikelola provinsi', evidence: [] },
      'S2.1': { value: ['csr', 'hibah'], evidence: [] },
      'I1.1': { value: 72.5, evidence: [] },
      'I2.1': { value: 'Paparan lengkap, "target" jelas: 2027', evidence: [] },
    });
    expect(readdirSync(dir)).toEqual(['gianyar.yaml']);
  });

  it('with --profile asks only the profile questions, and keeps a .json file JSON', async () => {
    const dir = tmpDir('siap-assess-');
    const file = join(dir, 'inti.json');
    const t = testContext({ lang: 'en' });
    const run = runAssess({ answers: file, rubric: RUBRIC, profile: 'inti' }, t.ctx);
    await until('Regency or city name');
    expect(t.err()).toContain('(uji-asesmen v1.0.0)\nQuestions: 3 asked · 0 answered · 0 scored · 3 in the rubric');
    await enter('Kota Denpasar');
    expect(screen.getScreen()).toContain('❯ Kota (city)'); // from the official register
    for (let i = 0; i < 8; i++) await enter(); // kind … first assessor: all defaults or empty
    expect(screen.getScreen()).toContain('Structure › S1 Leadership · question 1 of 3 asked · 0% answered');
    await enter('4');
    await enter();
    await enter();
    expect(screen.getScreen()).toContain('question 2 of 3');
    screen.keypress({ name: 'c', ctrl: true });
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
    const data = JSON.parse(readFileSync(file, 'utf8')) as { regency: unknown; assessment: { profile: string }; answers: Record<string, unknown> };
    expect(data.regency).toEqual({ name: 'Kota Denpasar', kind: 'kota', province: 'Bali', code: '51.71' });
    expect(data.assessment.profile).toBe('inti');
    expect(data.answers).toEqual({ 'S1.1': { value: 4 } });
  });

  it('asks which one when the official register has the name twice (Kabupaten and Kota Solok), then fills its details', async () => {
    const dir = tmpDir('siap-assess-');
    const file = join(dir, 'solok.yaml');
    const t = testContext();
    const run = runAssess({ answers: file, rubric: RUBRIC }, t.ctx);
    await until('Nama kabupaten/kota');
    await enter('Solok');
    expect(screen.getScreen()).toContain('Nama ini dipakai lebih dari satu daerah. Yang mana?');
    expect(screen.getScreen()).toContain('Kabupaten Solok, Sumatera Barat (13.02)');
    expect(screen.getScreen()).toContain('Kota Solok, Sumatera Barat (13.72)');
    await press('down');
    await enter();
    expect(screen.getScreen()).toContain('❯ Kota');
    for (let i = 0; i < 8; i++) await enter(); // kind, province, code … first assessor: the defaults
    expect(load(file).answers.regency).toEqual({ name: 'Solok', kind: 'kota', province: 'Sumatera Barat', code: '13.72' });
    screen.keypress({ name: 'c', ctrl: true });
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
  });

  it('asks the details first when resuming a template that does not name the regency yet', async () => {
    const dir = tmpDir('siap-assess-');
    const file = join(dir, 'templat.yaml');
    const { buildAnswersTemplate } = await import('../../src/answers/template.js');
    const { assessRubric } = await import('./helpers.js');
    const { writeFileSync } = await import('node:fs');
    copyFileSync(RUBRIC, join(dir, 'rubric.yaml'));
    writeFileSync(file, buildAnswersTemplate(assessRubric(), { lang: 'id', rubricFile: 'rubric.yaml' }));
    const t = testContext();
    const run = runAssess({ answers: file }, t.ctx);
    await until('Nama kabupaten/kota');
    await enter('Bangli');
    for (let i = 0; i < 8; i++) await enter();
    expect(screen.getScreen()).toContain('S1.1 Seberapa kuat komitmen kepala daerah?');
    expect(load(file).answers.regency).toEqual({ name: 'Bangli', kind: 'kabupaten', province: 'Bali', code: '51.06' });
    expect(readFileSync(file, 'utf8')).toContain('# Berkas jawaban asesmen');
    screen.keypress({ name: 'c', ctrl: true });
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
  });

  it('refuses to run without a terminal, pointing to init + score, and writes nothing', async () => {
    const dir = tmpDir('siap-assess-');
    const t = testContext({ tty: false });
    await expect(runAssess({ answers: join(dir, 'baru.yaml') }, t.ctx)).rejects.toMatchObject({ code: 'NOT_A_TERMINAL', params: { rubric: 'kesiapan-kota-cerdas' } });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('resuming a file', () => {
  it('says so and starts at the first unanswered question', async () => {
    const file = resumable();
    const t = testContext();
    const run = runAssess({ answers: file }, t.ctx);
    await until('S2.1');
    expect(t.err()).toContain(`Melanjutkan ${file}: 7 ditanyakan · 4 dijawab (1 N/A) · 3 dinilai · 7 di rubrik.\nMulai dari pertanyaan pertama yang belum dijawab: S2.1.`);
    expect(screen.getScreen()).toContain('Struktur › S2 Anggaran · pertanyaan 4 dari 7 ditanyakan · 57% dijawab');
    screen.keypress({ name: 'c', ctrl: true });
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
  });

  it('goes back, changes an answer that hides a question, jumps, reviews and edits, then finishes', async () => {
    const file = resumable();
    const before = readFileSync(file, 'utf8');
    const t = testContext();
    const run = runAssess({ answers: file }, t.ctx);
    await until('S2.1');

    // Back twice: S1.3 (N/A shown as its current answer), then S1.2 with "yes" pre-selected.
    await enter('k');
    expect(screen.getScreen()).toContain('Jawaban sekarang: N/A: Pusat data dikelola provinsi');
    await enter('k');
    expect(screen.getScreen()).toContain('› y · Ya');
    // "No" hides S1.3; its N/A stays in the file for when it is asked again.
    await enter('t');
    expect(t.err()).toContain('tidak ditanyakan lagi (syaratnya tidak terpenuhi): S1.3 Pusat data');
    await enter();
    await enter();
    expect(screen.getScreen()).toContain('Struktur › S2 Anggaran · pertanyaan 3 dari 6');
    expect(load(file).answers.entries.get('S1.2')?.value).toBe(false);

    // Skip S2.1, then jump to the Network element: it lands on its first unanswered question.
    await enter('l');
    expect(screen.getScreen()).toContain('I1.2 Akses internet publik');
    await enter('p');
    expect(screen.getScreen()).toContain('Pindah ke pilar/elemen');
    expect(screen.getScreen()).toContain('S2 Anggaran  (0/1)');
    screen.type('str');
    await until('❯ Struktur');
    await enter();
    expect(screen.getScreen()).toContain('S2.1 Sumber pembiayaan di luar APBD');

    // Review: choose S1.2 and change it back to yes, which asks S1.3 again (still N/A).
    await enter('r');
    shown(['Rekap jawaban (dijawab 3 dari 6 yang ditanyakan)', 'S1.2   Tidak', 'I1.1   72,5 persen · 50–89%', 'S2.1   —']);
    await press('down', 3);
    await enter();
    expect(screen.getScreen()).toContain('› t · Tidak');
    await enter('y');
    expect(t.err()).toContain('sekarang juga ditanyakan: S1.3 Pusat data');
    await enter();
    await enter();
    shown(['Rekap jawaban (dijawab 4 dari 7 yang ditanyakan)', 'S1.3   N/A: Pusat data dikelola …']);
    await press('up', 6);
    expect(screen.getScreen()).toContain('❯ ← Kembali ke S2.1');
    await enter();

    // Clear I1.1's answer from its question, then give a new one.
    await enter('p');
    await press('down', 2);
    await enter();
    expect(screen.getScreen()).toContain('I1.2 Akses internet publik');
    await enter('k');
    expect(screen.getScreen()).toContain('Jawaban sekarang: 72,5 persen');
    expect(screen.getScreen()).toContain('Jawaban: 72,5');
    // The answer is in the line, selected: an action key typed over it works as anywhere.
    expect(screen.getScreen()).toContain('h hapus');
    expect(screen.getScreen()).toContain('Tab ubah jawaban ini');
    // Clearing asks once, No by default: Enter keeps the answer and asks the question again.
    await enter('h');
    expect(screen.getScreen()).toContain('Hapus jawaban I1.1 (72,5 persen · 50–89%)?');
    expect(screen.getScreen()).toContain('❯ Tidak');
    await enter();
    expect(t.err()).toContain('I1.1 Desa terjangkau 4G → tidak dihapus');
    expect(load(file).answers.entries.get('I1.1')?.value).toBe(72.5);
    expect(screen.getScreen()).toContain('Jawaban sekarang: 72,5 persen');
    await enter('h');
    await press('up');
    await enter();
    expect(load(file).answers.entries.get('I1.1')?.value).toBeUndefined();
    expect(screen.getScreen()).not.toContain('Jawaban sekarang');
    await enter('95');
    await enter();
    await enter();

    // Finish with S2.1 still unanswered: the score is provisional, confirmed.
    await enter('s');
    expect(screen.getScreen().replace(/\s+/g, ' ')).toContain('Masih ada 1 pertanyaan wajib yang belum dijawab, jadi skornya SEMENTARA. Selesai sekarang?');
    await enter();
    await press('down');
    screen.keypress('enter');
    await expect(run).resolves.toEqual({ status: 'ok' });
    expect(t.out()).toContain('SEMENTARA');

    const after = readFileSync(file, 'utf8');
    expect(after).toContain('# Gianyar, written by hand in flow style');
    expect(after).toContain('  mode: online   # lewat Zoom\n');
    const saved = load(file).answers;
    expect(saved.entries.get('S1.2')?.value).toBe(true);
    expect(saved.entries.get('S1.3')?.na).toBe('Pusat data dikelola provinsi');
    expect(saved.entries.get('I1.1')?.value).toBe(95);
    expect(isAnswered(saved.entries.get('S2.1'))).toBe(false);
    expect(before).not.toBe(after);
  });

  it('on an answered text question an action key is the action, not a letter added to the answer (finding 3)', async () => {
    const { file, run } = await atAnsweredText('Bupati hadir; Sekda memaparkan | target 2027');
    // The current answer is in the line, selected: Enter keeps it, typing replaces it, Tab edits it.
    expect(screen.getScreen()).toContain('Jawaban sekarang: Bupati hadir; Sekda memaparkan | target 2027');
    expect(screen.getScreen()).toContain('Jawaban: Bupati hadir; Sekda memaparkan | target 2027');
    expect(shownWords()).toMatch(/Enter simpan {1,2}l lewati .*s selesai .*Tab ubah/);
    // "s" as the key bar says: selesai. A one-letter answer that is also a key is asked about first.
    screen.type('s');
    await until('Jawaban: s');
    expect(screen.getScreen()).not.toContain('target 2027s');
    screen.keypress('enter');
    await until('"s" juga tombol selesai');
    expect(shownWords()).toContain('"s" juga tombol selesai: 1/Enter selesai 2 simpan "s" sebagai jawaban');
    await enter();
    expect(shownWords()).toContain('SEMENTARA. Selesai sekarang?');
    await enter();
    await until('Buat laporan PDF sekarang');
    await press('down');
    screen.keypress('enter');
    await expect(run).resolves.toEqual({ status: 'ok' });
    expect(load(file).answers.entries.get('I2.1')?.value).toBe('Bupati hadir; Sekda memaparkan | target 2027');
  });

  it('on an answered text question Tab (or ←) edits the answer in place, typing replaces it and Esc brings it back', async () => {
    const { file, run } = await atAnsweredText('Bupati hadir');
    // Typing replaces the selected answer; Esc brings the answer back, selected again.
    screen.type('Sekda');
    await until('Jawaban: Sekda');
    expect(shownWords()).toContain('Esc kembalikan');
    await press('escape');
    await until('Jawaban: Bupati hadir');
    // Tab puts the cursor in it: what is typed now is added.
    await press('tab');
    expect(shownWords()).not.toContain('Tab ubah');
    await enter('; Sekda hadir');
    expect(screen.getScreen()).toContain('Bukti yang ditunjukkan');
    await enter();
    expect(load(file).answers.entries.get('I2.1')?.value).toBe('Bupati hadir; Sekda hadir');
    // Back at the review list; the number question: ← edits too (Backspace removes its last digit).
    expect(screen.getScreen()).toContain('Rekap jawaban');
    screen.type('I1.1');
    await until('❯ I1.1');
    await enter();
    expect(screen.getScreen()).toContain('Jawaban: 72,5');
    await press('backspace');
    await enter('0');
    await enter();
    await enter();
    expect(load(file).answers.entries.get('I1.1')?.value).toBe(72);
    screen.keypress({ name: 'c', ctrl: true });
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
  });

  it('on Ctrl-C says how to resume, throws CANCELLED (exit 130) and leaves the file as saved', async () => {
    const file = resumable();
    const t = testContext();
    const run = runAssess({ answers: file }, t.ctx);
    await until('S2.1');
    screen.type('2');
    await until('[x] 2');
    screen.keypress({ name: 'c', ctrl: true });
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(t.err()).toContain(`Dihentikan. Semua jawaban tersimpan di ${file} (dijawab 4 dari 7 yang ditanyakan).`);
    expect(t.err()).toContain(`Lanjutkan dengan: siap assess ${file}`);
    expect(readFileSync(file, 'utf8')).toBe(readFileSync(fixture('assess', 'flow-answers.yaml'), 'utf8'));
  });
});

describe('in English', () => {
  it('shows every word in English with --lang en, with English action keys', async () => {
    const file = resumable();
    const t = testContext({ lang: 'en' });
    const run = runAssess({ answers: file }, t.ctx);
    await until('S2.1');
    expect(t.err()).toContain('Resuming');
    const text = screen.getScreen();
    expect(text).toContain('Structure › S2 Budget · question 4 of 7 asked · 57% answered');
    expect(text).toContain('S2.1 Funding sources outside the budget');
    expect(text).toMatch(/1–3 tick {2}Enter save {2}s skip {2}b back {2}j jump {2}r review {2}f finish/);
    await enter('b');
    expect(screen.getScreen()).toContain('Current answer: N/A: Pusat data dikelola provinsi');
    expect(screen.getScreen()).toContain('x N/A');
    screen.keypress({ name: 'c', ctrl: true });
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(t.err()).toContain('Resume with: siap assess');
  });
});

function shown(parts: string[]): void {
  const text = screen.getScreen();
  for (const part of parts) expect(text).toContain(part);
}
