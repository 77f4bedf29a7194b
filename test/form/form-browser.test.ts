import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixture, runCli, tmpDir } from '../helpers/run-cli.js';
import { launchChromium, offlineTab, openForm, type PageWatch } from './browser.js';

/**
 * The offline form in a real browser (Debian's Chromium, driven by playwright-core), opened from
 * file:// with every network request refused: one browser and one tab for the whole file. Each
 * test opens its own form (its own rubric or regency, so its own draft in the browser's storage).
 */

let browser: Browser;
let context: BrowserContext;
let page: Page;
let watch: PageWatch;
let dir: string;
const forms: Record<string, string> = {};

async function makeForm(name: string, args: string[]): Promise<string> {
  const file = join(dir, `${name}.html`);
  const result = await runCli(['form', ...args, '-o', file], { cwd: dir });
  expect(result.code, result.stderr).toBe(0);
  return file;
}

beforeAll(async () => {
  dir = tmpDir('siap-form-');
  // The forms are written while the browser starts (it mostly waits on its own processes).
  const starting = launchChromium();
  starting.catch(() => undefined); // its error is reported when it is awaited below
  forms.everyKind = await makeForm('every-kind', ['--rubric', fixture('form', 'every-kind.yaml'), '--regency', 'Kabupaten Contoh', '--type', 'kabupaten']);
  forms.broken = await makeForm('broken', ['--rubric', fixture('form', 'every-kind.yaml'), '--regency', 'Kota Uji']);
  forms.hostile = await makeForm('hostile', ['--rubric', fixture('form', 'hostile.yaml')]);
  forms.spbe = await makeForm('spbe', ['--rubric', 'spbe-2020', '--regency', 'Gianyar']);
  forms.register = await makeForm('register', ['--rubric', fixture('form', 'every-kind.yaml')]);
  // Started from the same broken file: siap form leaves its three wrong answers out. (Another
  // regency than the first test's, whose draft this browser keeps and would open instead.)
  forms.brokenStart = await makeForm('broken-start', [fixture('form', 'broken-answers.yaml'), '--rubric', fixture('form', 'every-kind.yaml'), '--regency', 'Kabupaten Rusak']);
  browser = await starting;
  ({ context, page, watch } = await offlineTab(browser));
}, 60_000);

beforeEach(() => {
  watch.requests.length = 0;
  watch.errors.length = 0;
  watch.dialogs.length = 0;
});

afterEach(() => {
  // Nothing reached for the network, no script error, no refused style or script.
  expect(watch.requests).toEqual([]);
  expect(watch.errors).toEqual([]);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const question = (page: Page, id: string) => page.locator(`article[data-question="${id}"]`);
const shownIndex = async (page: Page): Promise<string> => (await page.locator('[data-score="index"]').textContent()) ?? '';

describe('siap form in a browser', { tags: ['slow'] }, () => {
  it('answers every kind of question, applies `when` live, restores after a reload, and saves a file that `siap score` scores the same', async () => {
    await openForm(page, forms.everyKind!);

    // I2 is asked only when K2 is true.
    await expect(question(page, 'I2').isHidden()).resolves.toBe(true);
    await question(page, 'K2').getByLabel('Ya').check();
    await expect(question(page, 'I2').isVisible()).resolves.toBe(true);
    await question(page, 'K2').getByLabel('Tidak').check();
    await expect(question(page, 'I2').isHidden()).resolves.toBe(true);
    await question(page, 'K2').getByLabel('Ya').check();
    // K6 is for assessors only: a self-assessment leaves it out without counting it as not asked.
    await expect(question(page, 'K6').isHidden()).resolves.toBe(true);
    await expect(page.locator('section[data-section="E2"] .not-asked').isHidden()).resolves.toBe(true);

    // level, by keyboard: focus the first level and move with the arrow keys
    await question(page, 'K1').locator('input[type=radio]').first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(question(page, 'K1').locator('input[value="3"]').isChecked()).resolves.toBe(true);
    await expect(question(page, 'K1').getAttribute('data-state')).resolves.toBe('answered');
    // note and evidence
    await question(page, 'K1').locator('summary').click();
    await question(page, 'K1').getByLabel('Catatan', { exact: true }).fill('Bupati memaparkan langsung');
    await question(page, 'K1').getByLabel(/^Bukti/).fill('SK Dewan Smart City\nhttps://contoh.go.id/sk.pdf');

    // choice with N/A and its required reason
    await question(page, 'K3').getByLabel('Tidak berlaku (N/A)').check();
    await expect(question(page, 'K3').getAttribute('data-state')).resolves.toBe('problem');
    await question(page, 'K3').getByLabel('Alasan tidak berlaku').fill('Dewan dibentuk provinsi');
    await expect(question(page, 'K3').getAttribute('data-state')).resolves.toBe('na');

    // multi: the exclusive option unticks the others
    await question(page, 'K4').getByLabel('Situs web').check();
    await question(page, 'K4').getByLabel('Belum ada').check();
    await expect(question(page, 'K4').getByLabel('Situs web').isChecked()).resolves.toBe(false);
    await question(page, 'K4').getByLabel('Situs web').check();
    await question(page, 'K4').getByLabel('Aplikasi').check();
    await expect(question(page, 'K4').getByLabel('Belum ada').isChecked()).resolves.toBe(false);

    // text
    await question(page, 'K5').getByLabel('Jawaban').fill('Mal pelayanan publik digital\nWi-Fi desa');
    // text and list questions are notes: the form says they are not scored, and gives them no weight
    await expect(question(page, 'K5').locator('.q-meta').textContent()).resolves.toBe('tidak dinilai');
    await expect(question(page, 'K7').locator('.q-meta').textContent()).resolves.toBe('tidak dinilai');

    // number: a wrong value shows the CLI's code and words, then a right one in Indonesian notation
    const number = question(page, 'I1').getByLabel('Jawaban');
    await number.fill('banyak');
    await expect(question(page, 'I1').locator('.q-problems').textContent()).resolves.toContain('ANSWER_WRONG_KIND');
    // 1.500 is read as 1,5 (a decimal, as siap reads a file), and the warning says so beside the question.
    await number.fill('1.500');
    await expect(question(page, 'I1').locator('.q-problems').textContent()).resolves.toContain('ANSWER_DOT_DECIMAL');
    await expect(question(page, 'I1').locator('.q-echo').textContent()).resolves.toContain('1,5 persen');
    await number.fill('72,5');
    await expect(question(page, 'I1').locator('.q-echo').textContent()).resolves.toContain('72,5 persen · Sedang');
    await expect(question(page, 'I1').locator('.q-problems').textContent()).resolves.toBe('');

    await question(page, 'I2').getByLabel('PDN / cloud').check();
    await page.getByLabel('Tanggal pengisian').fill('2026-04-05');

    const index = await shownIndex(page);
    expect(index).toMatch(/^\d+,\d$/);
    await expect(page.locator('[data-score="status"]').textContent()).resolves.toContain('Direkomendasikan');

    // Every input has a label (or a name for assistive technology).
    const unlabelled = await page.evaluate(() =>
      [...document.querySelectorAll('input, select, textarea')]
        .filter((el) => !(el instanceof HTMLInputElement && el.type === 'file'))
        .filter((el) => ((el as HTMLInputElement).labels?.length ?? 0) === 0 && !el.getAttribute('aria-label'))
        .map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(unlabelled).toEqual([]);

    // Kept in the browser: reload and find every answer again.
    await page.waitForSelector('[data-status="browser"]');
    await page.waitForFunction(() => !document.querySelector('[data-status="browser"]')?.textContent?.includes('—'));
    await page.reload();
    await page.waitForSelector('[data-score="index"]');
    await expect(page.locator('.notice').textContent()).resolves.toContain('dipulihkan');
    await expect(question(page, 'K1').locator('input[value="3"]').isChecked()).resolves.toBe(true);
    await expect(question(page, 'K2').getByLabel('Ya').isChecked()).resolves.toBe(true);
    await expect(question(page, 'K3').getByLabel('Alasan tidak berlaku').inputValue()).resolves.toBe('Dewan dibentuk provinsi');
    await expect(question(page, 'K4').getByLabel('Aplikasi').isChecked()).resolves.toBe(true);
    await expect(question(page, 'K5').getByLabel('Jawaban').inputValue()).resolves.toBe('Mal pelayanan publik digital\nWi-Fi desa');
    await expect(question(page, 'I1').getByLabel('Jawaban').inputValue()).resolves.toBe('72,5');
    await expect(question(page, 'K1').getByLabel('Catatan', { exact: true }).inputValue()).resolves.toBe('Bupati memaparkan langsung');
    await expect(shownIndex(page)).resolves.toBe(index);
    await expect(page.locator('[data-status="unsaved"]').count()).resolves.toBe(1);

    // Save the answers file and score it with the CLI.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Simpan berkas jawaban' }).click()]);
    expect(download.suggestedFilename()).toBe('jawaban-kabupaten-contoh.yaml');
    const saved = join(dir, download.suggestedFilename());
    await download.saveAs(saved);
    await expect(page.locator('[data-status="file"]').count()).resolves.toBe(1);
    const doc = parse(readFileSync(saved, 'utf8')) as Record<string, any>;
    expect(doc.format).toBe('siap-answers/1');
    expect(doc.rubric).toMatchObject({ id: 'formulir-uji', version: '1.0.0' });
    expect(doc.rubric.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.assessment).toMatchObject({ kind: 'self', date: '2026-04-05' });
    expect(doc.answers).toMatchObject({
      K1: { value: 3, note: 'Bupati memaparkan langsung', evidence: ['SK Dewan Smart City', 'https://contoh.go.id/sk.pdf'] },
      K2: { value: true },
      K3: { na: 'Dewan dibentuk provinsi' },
      K4: { value: ['web', 'app'] },
      I1: { value: 72.5 },
      I2: { value: 'pdn' },
    });
    const scored = await runCli(['score', saved, '--json', '--rubric', fixture('form', 'every-kind.yaml')], { cwd: dir });
    expect(scored.code, scored.stderr).toBe(0);
    const json = JSON.parse(scored.stdout) as { display: string; provisional: boolean };
    expect(json.display.replace('.', ',')).toBe(index);
    expect(json.provisional).toBe(false);

    // A change not yet saved to a file: leaving the page asks first.
    await page.getByLabel('Tanggal pengisian').fill('2026-04-06');
    await expect(page.locator('[data-status="unsaved"]').count()).resolves.toBe(1);
    watch.dialogs.length = 0;
    await page.goto('about:blank');
    expect(watch.dialogs).toEqual(['beforeunload']);
  });

  it('shows the located problems of a broken answers file next to its questions, and loads the rest', async () => {
    await openForm(page, forms.broken!);
    await page.locator('input[type=file]').setInputFiles(fixture('form', 'broken-answers.yaml'));
    const problems = page.locator('.file-problems');
    await problems.waitFor();
    const text = (await problems.textContent()) ?? '';
    expect(text).toContain('broken-answers.yaml:6:15');
    expect(text).toContain('ANSWER_OUT_OF_SCALE');
    expect(text).toContain('broken-answers.yaml:8:3');
    expect(text).toContain('ANSWER_UNKNOWN_QUESTION');
    expect(text).toContain('broken-answers.yaml:9:15');
    expect(text).toContain('ANSWER_WRONG_KIND');
    // beside their questions, in the CLI's words
    await expect(question(page, 'K1').locator('.q-problems').textContent()).resolves.toContain('nilai 9 untuk "K1" tidak ada pada skalanya');
    await expect(question(page, 'K1').getAttribute('data-state')).resolves.toBe('problem');
    await expect(question(page, 'I1').locator('.q-problems').textContent()).resolves.toContain('ANSWER_WRONG_KIND');
    // the rest of the file is loaded
    await expect(question(page, 'K2').getByLabel('Ya').isChecked()).resolves.toBe(true);
    await expect(page.getByLabel(/^Nama kabupaten/).inputValue()).resolves.toBe('Kabupaten Contoh');
    await expect(page.locator('.notice').textContent()).resolves.toContain('1 jawaban dimuat');

    // A file that is not YAML at all loads nothing and says where it breaks.
    const bad = join(dir, 'rusak.yaml');
    writeFileSync(bad, 'answers:\n  K1: [3\n');
    await page.locator('input[type=file]').setInputFiles(bad);
    await page.waitForFunction(() => document.querySelector('.file-problems')?.textContent?.includes('rusak.yaml:'));
    await expect(problems.textContent()).resolves.toContain('YAML_SYNTAX');
    await expect(question(page, 'K2').getByLabel('Ya').isChecked()).resolves.toBe(true);

    // A form siap form made from that file opens as if the file had just been opened in it.
    await openForm(page, forms.brokenStart!);
    await problems.waitFor();
    const atStart = (await problems.textContent()) ?? '';
    expect(atStart).toContain('broken-answers.yaml:6:15');
    expect(atStart).toContain('ANSWER_OUT_OF_SCALE');
    expect(atStart).toContain('ANSWER_UNKNOWN_QUESTION');
    await expect(question(page, 'K1').locator('.q-problems').textContent()).resolves.toContain('nilai 9 untuk "K1" tidak ada pada skalanya');
    await expect(question(page, 'I1').locator('.q-problems').textContent()).resolves.toContain('ANSWER_WRONG_KIND');
    await expect(question(page, 'K2').getByLabel('Ya').isChecked()).resolves.toBe(true);
    await expect(page.locator('.notice').textContent()).resolves.toContain('1 jawaban dimuat');
  });

  it('offers the official register for the name: one regency fills kind, province and code; a shared name waits for the kind', async () => {
    await openForm(page, forms.register!);
    const name = page.locator('#d-name');
    const fields = async (): Promise<string[]> => Promise.all(['#d-name', '#d-kind', '#d-province', '#d-code'].map((id) => page.locator(id).inputValue()));
    await expect(page.locator('#d-regions option').count()).resolves.toBe(514);
    await name.fill('Kabupaten Gianyar');
    await name.dispatchEvent('change');
    await expect(fields()).resolves.toEqual(['Gianyar', 'kabupaten', 'Bali', '51.04']);
    // Kabupaten Solok (13.02) and Kota Solok (13.72): the kind chosen decides, and changing it moves the code.
    await page.locator('#d-kind').selectOption('');
    await name.fill('Solok');
    await name.dispatchEvent('change');
    await expect(fields()).resolves.toEqual(['Solok', '', 'Bali', '51.04']);
    await page.locator('#d-kind').selectOption('kota');
    await expect(fields()).resolves.toEqual(['Solok', 'kota', 'Sumatera Barat', '13.72']);
    await page.locator('#d-kind').selectOption('kabupaten');
    await expect(fields()).resolves.toEqual(['Solok', 'kabupaten', 'Sumatera Barat', '13.02']);
    // A name of one regency is never undone by a change of kind.
    await name.fill('Gianyar');
    await name.dispatchEvent('change');
    await page.locator('#d-kind').selectOption('kota');
    await expect(fields()).resolves.toEqual(['Gianyar', 'kota', 'Bali', '51.04']);
    // Names as --regency reads them: the prefix says the kind, and "Kab" needs no dot.
    await page.locator('#d-kind').selectOption('');
    await name.fill('Kota Solok');
    await name.dispatchEvent('change');
    await expect(fields()).resolves.toEqual(['Solok', 'kota', 'Sumatera Barat', '13.72']);
    await name.fill('kab gianyar');
    await name.dispatchEvent('change');
    await expect(fields()).resolves.toEqual(['Gianyar', 'kabupaten', 'Bali', '51.04']);
  });

  it('renders rubric texts holding <script> and <img onerror> as text', async () => {
    await openForm(page, forms.hostile!);
    await question(page, 'Q2').locator('input').first().check();
    const found = await page.evaluate(() => ({
      pwned: (window as { pwned?: string }).pwned ?? null,
      images: document.querySelectorAll('img, iframe, svg, #app script').length,
      title: document.querySelector('h1')?.textContent,
      body: document.body.textContent ?? '',
    }));
    expect(found.pwned).toBeNull();
    expect(found.images).toBe(0);
    expect(found.title).toBe("Rubrik <script>window.pwned = 'title'</script>");
    expect(found.body).toContain(`<img src=x onerror="window.pwned='option'">A`);
    expect(found.body).toContain("</script><script>window.pwned='descriptor'</script>");
    expect(found.body).toContain('&lt;B&gt; &amp; co');
  });

  it('works for spbe-2020: levels 1–5 in its own words, the index on its level scale, both languages', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openForm(page, forms.spbe!);
    const first = page.locator('article[data-question]').first();
    await expect(first.locator('input[type=radio]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))).resolves.toEqual(['1', '2', '3', '4', '5']);
    await expect(first.locator('.opt-label').first().textContent()).resolves.toBe('1 · Rintisan');
    // Unanswered required indicators count as the lowest level (1): provisional, as `siap score` says.
    await expect(shownIndex(page)).resolves.toBe('1,00');
    await expect(page.locator('[data-score="provisional"]').count()).resolves.toBe(1);
    // The word, then why (not "SEMENTARA — hasil sementara: …").
    await expect(page.locator('[data-score="provisional"]').textContent()).resolves.toMatch(/^SEMENTARA — \d+ pertanyaan wajib belum dijawab dan dihitung dengan nilai terendah$/);
    await first.locator('input[value="4"]').check();
    await expect(shownIndex(page)).resolves.toBe('1,04');
    await expect(page.locator('.score-panel').textContent()).resolves.toContain('Indeks per Domain');
    await page.getByRole('button', { name: 'Ganti bahasa ke English' }).click();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(first.locator('.opt-label').first().textContent()).resolves.toBe('1 · Initial');
    await expect(shownIndex(page)).resolves.toBe('1.04');
    await expect(first.locator('input[value="4"]').isChecked()).resolves.toBe(true);
    // The page fits a phone's width: nothing wider than the screen.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
