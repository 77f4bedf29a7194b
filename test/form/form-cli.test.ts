import { createHash } from 'node:crypto';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildFormPage } from '../../src/form/page.js';
import { FORM_FORMAT, type FormPayload } from '../../src/form/payload.js';
import { fixture, ROOT, runCli, tmpDir } from '../helpers/run-cli.js';

/** The page's embedded data, as the browser reads it. */
function payloadOf(html: string): FormPayload {
  const match = /<script type="application\/json" id="siap-form-data">([\s\S]*?)<\/script>/.exec(html);
  return JSON.parse(match![1]!) as FormPayload;
}

describe('siap form', () => {
  it('writes one self-contained page for the default rubric, under 1 MB, that may fetch nothing', async () => {
    const dir = tmpDir();
    const result = await runCli(['form', '--regency', 'Gianyar', '--type', 'kabupaten', '--province', 'Bali', '--code', '51.04'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.written).toEqual(['formulir-gianyar.html']);
    expect(result.stderr).toContain('Formulir ditulis: formulir-gianyar.html');
    const html = readFileSync(join(dir, 'formulir-gianyar.html'), 'utf8');
    expect(Buffer.byteLength(html)).toBeLessThanOrEqual(1024 * 1024);

    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'none'");
    // Only the page's own script and style may run, by hash.
    const script = /<script>([\s\S]*)<\/script>\n<\/body>/.exec(html)?.[1] ?? '';
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const sha = (text: string): string => createHash('sha256').update(text, 'utf8').digest('base64');
    expect(csp).toContain(`script-src 'sha256-${sha(script)}'`);
    expect(csp).toContain(`style-src 'sha256-${sha(style)}'`);
    // Nothing to load: no external script, style, font or image, no module loader.
    expect(html).not.toMatch(/<(script|link|img|iframe)\b[^>]*\b(src|href)=/i);
    expect(html).not.toMatch(/@import|@font-face|url\(\s*['"]?https?:/i);
    expect(script).not.toMatch(/\brequire\(|\bimport\(/);

    const payload = payloadOf(html);
    expect(payload.format).toBe(FORM_FORMAT);
    expect(payload.lang).toBe('id');
    expect(payload.rubric.file).toBe('rubrics/kesiapan-kota-cerdas/1.1.0.yaml');
    expect(payload.rubric.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(payload.storageKey).toBe(`siap-form:kesiapan-kota-cerdas:${payload.rubric.sha256.slice(0, 12)}:gianyar`);
    const initial = parse(payload.initial.text) as Record<string, any>;
    expect(initial.rubric).toEqual({ id: 'kesiapan-kota-cerdas', version: '1.1.0', sha256: payload.rubric.sha256 });
    expect(initial.regency).toEqual({ name: 'Gianyar', kind: 'kabupaten', province: 'Bali', code: '51.04' });
    expect(initial.assessment.kind).toBe('self');
    // The official register rides along for the page to offer (every kabupaten/kota once).
    expect(payload.regions).toHaveLength(514);
    expect(payload.regions.find((r) => r.code === '13.72')).toEqual({ code: '13.72', name: 'Solok', kind: 'kota', province: 'Sumatera Barat' });
  });

  it('fills kind, province and code from the register, like siap init', async () => {
    const dir = tmpDir();
    const result = await runCli(['form', '--regency', 'Kota Solok'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.written).toEqual(['formulir-solok.html']);
    const initial = parse(payloadOf(readFileSync(join(dir, 'formulir-solok.html'), 'utf8')).initial.text) as Record<string, any>;
    expect(initial.regency).toEqual({ name: 'Solok', kind: 'kota', province: 'Sumatera Barat', code: '13.72' });
  });

  it('is pre-filled from an answers file, keeps a rubric of its own findable, and opens in English with --lang en', async () => {
    const dir = tmpDir();
    cpSync(fixture('rubrics', 'minimal.yaml'), join(dir, 'rubrics', 'minimal.yaml'));
    cpSync(fixture('answers', 'minimal-filled.yaml'), join(dir, 'answers', 'gianyar.yaml'));
    // The answers file names its rubric in a sibling folder: followed on request only.
    const outside = await runCli(['form', 'answers/gianyar.yaml', '-o', 'gianyar.html'], { cwd: dir });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('RUBRIC_FILE_OUTSIDE');
    const result = await runCli(['form', 'answers/gianyar.yaml', '-o', 'out/gianyar.html', '--lang', 'en', '--allow-rubric-file'], { cwd: dir, env: { SIAP_LANG: 'en' } });
    // out/ does not exist: nothing is written and the reason is given
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('FOLDER_MISSING');
    const ok = await runCli(['form', 'answers/gianyar.yaml', '-o', 'gianyar.html', '--lang', 'en', '--allow-rubric-file'], { cwd: dir });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).toContain('Form written: gianyar.html');
    const html = readFileSync(join(dir, 'gianyar.html'), 'utf8');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>Self-assessment questionnaire — Small example rubric</title>');
    const payload = payloadOf(html);
    expect(payload.lang).toBe('en');
    expect(payload.rubric.data).toMatchObject({ id: 'contoh-mini' });
    const initial = parse(payload.initial.text) as Record<string, any>;
    expect(initial.rubric.file).toBe('rubrics/minimal.yaml');
    expect(initial.assessment.kind).toBe('self');
    expect(initial.answers).toMatchObject({ K1: { value: 3, note: 'Bupati memaparkan langsung' }, K2: { value: true }, I1: { value: 72.5 }, I2: { na: 'Pusat data dikelola provinsi' } });
    expect(payload.storageKey).toMatch(/:gianyar$/);
  });

  it('writes the form of an older bundled version from any folder, pre-filled from last year\'s file', async () => {
    const dir = tmpDir();
    cpSync(join(ROOT, 'rubrics', 'examples', 'kabupaten-sukamaju-mandiri.yaml'), join(dir, 'lalu.yaml'));
    const prefilled = await runCli(['form', 'lalu.yaml', '-o', 'lalu.html'], { cwd: dir });
    expect(prefilled.code, prefilled.stderr).toBe(0);
    // The form keeps the version the file names, and says a newer one exists, as score does.
    expect(prefilled.stderr).toMatch(/^lalu\.yaml:\d+:\d+ {2}RUBRIC_NEWER_VERSION {2}catatan: .*versi 1\.0\.0.*1\.1\.0/m);
    const payload = payloadOf(readFileSync(join(dir, 'lalu.html'), 'utf8'));
    expect(payload.rubric.data).toMatchObject({ id: 'kesiapan-kota-cerdas', version: '1.0.0' });
    const byRef = await runCli(['form', '--rubric', 'kesiapan-kota-cerdas@1.0.0', '-o', 'v1.html'], { cwd: dir });
    expect(byRef.code, byRef.stderr).toBe(0);
    expect(payloadOf(readFileSync(join(dir, 'v1.html'), 'utf8')).rubric.data).toMatchObject({ version: '1.0.0' });
  });

  it('starts from the answers of a file that are fine, and carries the others as located problems for the page', async () => {
    const dir = tmpDir();
    const text = readFileSync(join(ROOT, 'rubrics', 'examples', 'kabupaten-sukamaju-mandiri.yaml'), 'utf8')
      .replace(/(  S1\.1:\n    value: )3/, '$19')
      .replace(/(  S1\.2:\n    value: )3/, '$1banyak');
    writeFileSync(join(dir, 'lalu.yaml'), text);
    // Given by its full path: the terminal names it so, the page by its name alone.
    const result = await runCli(['form', join(dir, 'lalu.yaml'), '-o', 'lalu.html'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    // Printed as warnings, located in the file; the form is written.
    expect(result.stderr).toContain(`${join(dir, 'lalu.yaml')}:32:12  ANSWER_OUT_OF_SCALE  peringatan: `);
    expect(result.stderr).toContain(`${join(dir, 'lalu.yaml')}:37:12  ANSWER_WRONG_KIND  peringatan: `);
    expect(result.stderr.replace(/\s+/g, ' ')).toContain(`${join(dir, 'lalu.yaml')}: 2 jawaban di atas tidak diisikan ke formulir`);
    expect(readFileSync(join(dir, 'lalu.html'), 'utf8')).not.toContain(dir);
    const payload = payloadOf(readFileSync(join(dir, 'lalu.html'), 'utf8'));
    // The page gets them as the errors of the file they are, by code and place, and starts without those two answers.
    expect(payload.initial.problems?.map((p) => [p.code, p.severity, p.source?.file, p.source?.line])).toEqual([
      ['ANSWER_OUT_OF_SCALE', 'error', 'lalu.yaml', 32],
      ['ANSWER_WRONG_KIND', 'error', 'lalu.yaml', 37],
    ]);
    const initial = parse(payload.initial.text) as { answers: Record<string, unknown> };
    // Their values wait in the form (unanswered: `value: null`); their notes and evidence are kept.
    expect(initial.answers['S1.1']).toEqual({ value: null, note: expect.stringContaining('RPJMD'), evidence: ['Perda RPJMD Kabupaten Sukamaju 2025–2029'] });
    expect(initial.answers['S1.2']).toMatchObject({ value: null, evidence: ['Surat Pernyataan Komitmen Bupati, 7 April 2026'] });
    expect(initial.answers['S1.3']).toMatchObject({ value: 3 });
    // The file as the secretariat would get it still refuses: only the form is lenient.
    expect((await runCli(['score', 'lalu.yaml'], { cwd: dir })).code).toBe(2);
  });

  it('refuses what it cannot do before writing anything', async () => {
    const dir = tmpDir();
    writeFileSync(join(dir, 'ada.html'), 'x');
    const cases: [string[], string][] = [
      [['form', '-o', 'formulir.txt'], 'USAGE_HTML_OUTPUT'],
      [['form', '-o', 'ada.html'], 'FILE_EXISTS'],
      [['form', '--rubric', 'tidak-ada'], 'RUBRIC_NOT_FOUND'],
      [['form', '--type', 'desa'], 'USAGE_CHOICE'],
      // A file that is not YAML, and one wrong outside its answers: nothing to start a form from.
      [['form', fixture('answers', 'broken', 'yaml-syntax.yaml'), '--allow-rubric-file'], 'YAML_SYNTAX'],
      [['form', fixture('answers', 'broken', 'bad-assessment-kind.yaml'), '--allow-rubric-file'], 'SCHEMA_ENUM'],
    ];
    for (const [args, code] of cases) {
      const result = await runCli(args, { cwd: dir });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(code);
      expect(result.written).toEqual([]);
    }
    expect(readdirSync(dir)).toEqual(['ada.html']);
    const forced = await runCli(['form', '-o', 'ada.html', '--force'], { cwd: dir });
    expect(forced.code, forced.stderr).toBe(0);
  });
});

describe('the form page', () => {
  it('keeps rubric and answer texts from closing its elements', () => {
    const payload = { format: FORM_FORMAT, lang: 'id', generator: '0', rubric: { file: 'r', sha256: 'x', data: { title: '</script><script>alert(1)</script>' } }, initial: { file: 'a', text: '<!-- x -->' }, storageKey: 'k', regions: [] } as unknown as FormPayload;
    const html = buildFormPage({ script: 'var s="</script>";', style: 'p{}', payload, lang: 'id', title: 'A & <B>', noScript: '<b>' });
    expect(html).toContain('<title>A &amp; &lt;B&gt;</title>');
    expect(html).toContain('<noscript><p>&lt;b&gt;</p></noscript>');
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).toContain('var s="<\\/script>";');
    expect(payloadOf(html).rubric.data).toEqual({ title: '</script><script>alert(1)</script>' });
    expect(() => buildFormPage({ script: 'x("<!--")', style: '', payload, lang: 'id', title: '', noScript: '' })).toThrow();
  });

  it('has browser code that never inserts text as HTML and never evaluates strings', () => {
    const folder = join(ROOT, 'src', 'form', 'browser');
    for (const name of readdirSync(folder)) {
      const code = readFileSync(join(folder, name), 'utf8');
      expect(code, name).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|setAttribute\(\s*['"]on|srcdoc/);
    }
  });
});
