import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tmpDir } from '../helpers/run-cli.js';
import { readPdf } from './pdf-read.js';

/**
 * A temp folder with a copy of the minimal answers file, and its rubric in a sub-folder (`rubric.file`
 * stays inside the answers file's folder).
 */
function workspace(): { dir: string; answers: string } {
  const root = tmpDir('siap-report-');
  const dir = join(root, 'answers');
  mkdirSync(join(dir, 'rubrik'), { recursive: true });
  copyFileSync(fixture('rubrics', 'minimal.yaml'), join(dir, 'rubrik', 'minimal.yaml'));
  const text = readFileSync(fixture('answers', 'minimal-filled.yaml'), 'utf8').replace('file: ../rubrics/minimal.yaml', 'file: rubrik/minimal.yaml');
  writeFileSync(join(dir, 'gianyar.yaml'), text);
  return { dir, answers: join(dir, 'gianyar.yaml') };
}

describe('siap report (built binary)', () => {
  it('writes <answers>.pdf beside the answers file and says where', async () => {
    const { dir, answers } = workspace();
    const r = await runCli(['report', answers], { env: { SOURCE_DATE_EPOCH: '1775347200' } });
    expect(r.stderr).toBe(`Laporan ditulis: ${join(dir, 'gianyar.pdf')}\n`);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const pdf = await readPdf(readFileSync(join(dir, 'gianyar.pdf')));
    expect(pdf.text).toContain('Kabupaten Gianyar');
    expect(pdf.text).toContain('70,0');
    expect(Buffer.from(Object.values(pdf.attachments)[0]!.content).equals(readFileSync(answers))).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['gianyar.pdf', 'gianyar.yaml', 'rubrik']); // no temporary file left behind
  });

  it('gives byte-identical PDFs for the same inputs (date from the answers, not the clock)', async () => {
    const { dir, answers } = workspace();
    expect((await runCli(['report', answers, '-o', join(dir, 'a.pdf')])).code).toBe(0);
    expect((await runCli(['report', answers, '-o', join(dir, 'b.pdf')])).code).toBe(0);
    expect(readFileSync(join(dir, 'a.pdf')).equals(readFileSync(join(dir, 'b.pdf')))).toBe(true);
    // SOURCE_DATE_EPOCH sets the PDF's creation date, so it changes the bytes (and only through the date).
    expect((await runCli(['report', answers, '-o', join(dir, 'c.pdf')], { env: { SOURCE_DATE_EPOCH: '1800000000' } })).code).toBe(0);
    const c = readFileSync(join(dir, 'c.pdf')).toString('latin1');
    expect(c).toContain('/CreationDate (D:20270115080000Z)');
    expect(readFileSync(join(dir, 'a.pdf')).toString('latin1')).toContain('/CreationDate (D:20260405000000Z)');
  });

  it('renders in English with --lang en', async () => {
    const { dir, answers } = workspace();
    const r = await runCli(['report', answers, '-o', join(dir, 'en.pdf'), '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`Report written: ${join(dir, 'en.pdf')}\n`);
    const pdf = await readPdf(readFileSync(join(dir, 'en.pdf')));
    expect(pdf.text).toContain('2. Executive Summary');
    expect(pdf.text).toContain('Page 7 of 7');
  });

  it('refuses to overwrite an existing file without --force, and overwrites with it', async () => {
    const { dir, answers } = workspace();
    const out = join(dir, 'laporan.pdf');
    writeFileSync(out, 'lama');
    const r = await runCli(['report', answers, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${out}  FILE_EXISTS  berkas sudah ada dan tidak ditimpa`);
    expect(r.stderr).toContain('--force');
    expect(readFileSync(out, 'utf8')).toBe('lama');
    const forced = await runCli(['report', answers, '-o', out, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('uses a template by path; a missing logo is a located error, exit 2, nothing written', async () => {
    const { dir, answers } = workspace();
    const template = fixture('report', 'templates', 'logo-missing.yaml');
    const r = await runCli(['report', answers, '-o', join(dir, 'x.pdf'), '--template', template]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${template}:3:7  TEMPLATE_LOGO_MISSING  logo "img/tidak-ada.png" tidak ditemukan`);
    expect(r.stderr).not.toContain('    at ');
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
    const ok = await runCli(['report', answers, '-o', join(dir, 'logo.pdf'), '--template', fixture('report', 'templates', 'with-logo.yaml')]);
    expect(ok.code).toBe(0);
  });

  it('refuses a logo path that leaves the template folder, with its line and column', async () => {
    const { dir, answers } = workspace();
    const template = fixture('report', 'templates', 'logo-escapes.yaml');
    const r = await runCli(['report', answers, '-o', join(dir, 'x.pdf'), '--template', template]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${template}:4:7  PATH_ESCAPES  jalur "../../answers/minimal-filled.yaml" keluar dari foldernya`);
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  });

  it('names the bundled templates when --template is neither one nor a file', async () => {
    const { dir, answers } = workspace();
    const r = await runCli(['report', answers, '-o', join(dir, 'x.pdf'), '--template', 'resmi']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('resmi  TEMPLATE_NOT_FOUND  templat "resmi" tidak ditemukan');
    expect(r.stderr).toContain('templat bawaan: standar');
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  });

  it('refuses an output that is not a .pdf (it would clobber the answers file)', async () => {
    const { answers } = workspace();
    const before = readFileSync(answers);
    const r = await runCli(['report', answers, '-o', answers, '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('REPORT_OUTPUT_NOT_PDF');
    expect(readFileSync(answers).equals(before)).toBe(true);
  });

  it('reports a broken answers file at its line, exit 2, no PDF', async () => {
    const { dir, answers } = workspace();
    writeFileSync(answers, readFileSync(answers, 'utf8').replace('K2: true', 'K2: 7'));
    const r = await runCli(['report', answers]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/gianyar\.yaml:13:\d+ {2}ANSWER_/);
    expect(existsSync(join(dir, 'gianyar.pdf'))).toBe(false);
  });

  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds', async () => {
    const { dir, answers } = workspace();
    const r = await runCli(['report', answers], { env: { SOURCE_DATE_EPOCH: 'kemarin' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('SOURCE_DATE_EPOCH harus bilangan bulat detik sejak 1970, bukan "kemarin"');
    expect(existsSync(join(dir, 'gianyar.pdf'))).toBe(false);
  });
});
