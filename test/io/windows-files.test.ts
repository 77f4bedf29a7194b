import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/answers/parse.js';
import { recordValue } from '../../src/answers/walk.js';
import { AnswersAutosave } from '../../src/io/autosave.js';
import { loadRubric } from '../../src/io/rubrics.js';
import { parseRubric } from '../../src/rubric/parse.js';
import { assessRubric } from '../assess/helpers.js';
import { fixture, runCli, tmpDir } from '../helpers/run-cli.js';

/** Files made on Windows: CRLF line ends, a UTF-8 BOM, paths with spaces, in every kind of file. */

const BOM = '\uFEFF';
const windows = (text: string): string => BOM + text.replace(/\r?\n/g, '\r\n');
const RUBRIC = readFileSync(fixture('batch', 'rubrik-seleksi.yaml'), 'utf8');

/** `Kantor Sekretariat/` with `rubrik seleksi.yaml` and `Berkas Masuk/<province>/<regency>.yaml`, all saved on Windows. */
function secretariat(): string {
  const dir = join(tmpDir('siap-windows-'), 'Kantor Sekretariat');
  mkdirSync(dir);
  writeFileSync(join(dir, 'rubrik seleksi.yaml'), windows(RUBRIC));
  for (const [province, name] of [['bali', 'gianyar'], ['bali', 'bangli'], ['lain', 'solok']] as const) {
    mkdirSync(join(dir, 'Berkas Masuk', `Provinsi ${province}`), { recursive: true });
    const text = readFileSync(fixture('batch', 'masuk', province, `${name}.yaml`), 'utf8');
    writeFileSync(join(dir, 'Berkas Masuk', `Provinsi ${province}`, `Jawaban ${name}.yaml`), windows(text));
  }
  return dir;
}

describe('files saved on Windows work everywhere', () => {
  it('a rubric with CRLF and BOM validates, and keeps the sha256 of the same text with LF', () => {
    const lf = parseRubric(RUBRIC, 'a.yaml').rubric;
    const crlf = parseRubric(windows(RUBRIC).slice(1), 'b.yaml').rubric;
    expect(crlf.sha256).toBe(lf.sha256);
    expect(crlf.questions.map((q) => q.id)).toEqual(lf.questions.map((q) => q.id));
  });

  it('batch over folders with spaces, every file CRLF + BOM: ranked, no hash warning, CSV written', async () => {
    const dir = secretariat();
    const r = await runCli(['batch', 'Berkas Masuk', '--rubric', 'rubrik seleksi.yaml', '--top', '2', '--csv', 'Hasil Seleksi.csv'], { cwd: dir });
    expect(r.stderr).not.toContain('ANSWER_RUBRIC_HASH');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('3 berkas: 3 valid, 0 rusak · 3 diperingkat');
    expect(r.stdout).toContain('Berkas Masuk/Provinsi bali/Jawaban gianyar.yaml');
    expect(readFileSync(join(dir, 'Hasil Seleksi.csv'), 'utf8')).toContain('Kabupaten Gianyar');
  });

  it('an answers file with CRLF + BOM: rubric.file with a space followed, problems at the right line and column', async () => {
    const dir = secretariat();
    mkdirSync(join(dir, 'Berkas Masuk', 'rubrik kami'));
    copyFileSync(join(dir, 'rubrik seleksi.yaml'), join(dir, 'Berkas Masuk', 'rubrik kami', 'seleksi.yaml'));
    const text = readFileSync(fixture('batch', 'masuk', 'bali', 'gianyar.yaml'), 'utf8').replace('file: ../../rubrik-seleksi.yaml', 'file: rubrik kami/seleksi.yaml');
    writeFileSync(join(dir, 'Berkas Masuk', 'gianyar.yaml'), windows(text));
    const ok = await runCli(['score', 'Berkas Masuk/gianyar.yaml', '--json'], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).index).toBeCloseTo(93.75, 10);
    writeFileSync(join(dir, 'Berkas Masuk', 'rusak.yaml'), windows(text.replace('A1: 4', 'A1: 9')));
    const bad = await runCli(['score', 'Berkas Masuk/rusak.yaml'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Berkas Masuk/rusak.yaml:6:7  ANSWER_OUT_OF_SCALE');
  });

  it('a template with CRLF + BOM and a logo path with a space renders', async () => {
    const dir = secretariat();
    mkdirSync(join(dir, 'templat kami', 'gambar kab'), { recursive: true });
    copyFileSync(fixture('report', 'templates', 'img', 'logo.png'), join(dir, 'templat kami', 'gambar kab', 'logo dinas.png'));
    const template = readFileSync(fixture('report', 'templates', 'with-logo.yaml'), 'utf8').replace('logo: img/logo.png', 'logo: "gambar kab/logo dinas.png"');
    writeFileSync(join(dir, 'templat kami', 'dinas.yaml'), windows(template));
    const answers = 'Berkas Masuk/Provinsi bali/Jawaban gianyar.yaml';
    const r = await runCli(['report', answers, '--rubric', 'rubrik seleksi.yaml', '--template', 'templat kami/dinas.yaml', '-o', 'Laporan Gianyar.pdf'], { cwd: dir });
    expect(r.stderr).toBe('Laporan ditulis: Laporan Gianyar.pdf\n');
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'Laporan Gianyar.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('`siap rubric validate` and loading by a path with spaces', async () => {
    const dir = secretariat();
    const r = await runCli(['rubric', 'validate', 'rubrik seleksi.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(loadRubric('rubrik seleksi.yaml', { cwd: dir }).rubric.id).toBe('seleksi-uji');
  });

  it('the interactive walk keeps a CRLF + BOM answers file CRLF + BOM on every save', () => {
    const dir = tmpDir('siap-windows-');
    copyFileSync(fixture('assess', 'rubric.yaml'), join(dir, 'rubric.yaml'));
    const file = join(dir, 'jawaban gianyar.yaml');
    writeFileSync(file, windows(readFileSync(fixture('assess', 'flow-answers.yaml'), 'utf8')));
    const rubric = assessRubric();
    const text = readFileSync(file, 'utf8').slice(1);
    const { answers } = parseAnswers(text, file, rubric);
    const saver = AnswersAutosave.resume(file, rubric, text, answers, { bom: true });
    let next = recordValue(answers, 'I1.1', 80);
    saver.save(next);
    next = recordValue(next, 'S1.1', 2);
    saver.save(next);
    const written = readFileSync(file, 'utf8');
    expect(written.startsWith(BOM)).toBe(true);
    expect(written).not.toMatch(/[^\r]\n/);
    expect(written).toContain('I1.1: 80\r\n');
    expect(parseAnswers(written.slice(1), file, rubric).answers.entries.get('S1.1')?.value).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['jawaban gianyar.yaml', 'rubric.yaml']);
  });
});
