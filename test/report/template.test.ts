import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/cli/print.js';
import { SiapError } from '../../src/errors.js';
import { bundledTemplateIds, loadTemplate } from '../../src/io/templates.js';
import { parseTemplate } from '../../src/report/template.js';
import { LABELS } from '../../src/messages/report-words.js';
import { fixture } from '../helpers/run-cli.js';

const TEMPLATES = fixture('report', 'templates');

function problems(run: () => unknown): { code: string; line?: number; column?: number; text: string }[] {
  try {
    run();
  } catch (error) {
    if (!(error instanceof SiapError)) throw error;
    return error.problems().map((d) => ({ code: d.code, line: d.source?.line, column: d.source?.column, text: formatDiagnostic(d, 'id') }));
  }
  throw new Error('expected an error');
}

describe('report templates', () => {
  it('ships the default template "standar", which holds every label in both languages', () => {
    expect(bundledTemplateIds()).toContain('standar');
    const standar = loadTemplate('standar');
    expect(standar.sections).toEqual(['cover', 'identity', 'summary', 'charts', 'comparison', 'results', 'questions', 'findings', 'actions', 'method', 'signoff']);
    expect(standar.title).toEqual({ id: 'Laporan Hasil {rubric}', en: '{rubric} Report' });
    // The template spells out the built-in words, so a copy of it is a complete starting point.
    expect(standar.labels).toEqual(LABELS);
  });

  it('loads by path, reads the logo inside its folder, and keeps sections in the standard order', () => {
    const t = loadTemplate(`${TEMPLATES}/with-logo.yaml`);
    expect(t.id).toBe('dinas-kominfo');
    expect(t.sections).toEqual(['cover', 'summary', 'signoff']);
    expect(t.logo).toMatchObject({ file: 'img/logo.png', format: 'png' });
    expect(Buffer.from(t.logo!.bytes).equals(readFileSync(`${TEMPLATES}/img/logo.png`))).toBe(true);
    expect(t.colors.accent).toBe('#7a1f1f');
    expect(t.colors.tableHeader).toBe('#dde6f0');
  });

  it('reports every shape problem at its line and column', () => {
    expect(problems(() => loadTemplate(`${TEMPLATES}/broken.yaml`)).map(({ code, line, column }) => ({ code, line, column }))).toEqual([
      { code: 'SCHEMA_UNKNOWN_KEY', line: 3, column: 1 },
      { code: 'SCHEMA_FORMAT', line: 6, column: 11 },
      { code: 'SCHEMA_ENUM', line: 7, column: 35 },
    ]);
    const [unknown, colour] = problems(() => loadTemplate(`${TEMPLATES}/broken.yaml`));
    expect(unknown!.text).toContain('mungkin maksudnya "colors"?');
    expect(colour!.text).toContain('"accent" tidak berformat benar (warna #rrggbb, mis. "#1f4e79")');
  });

  it('refuses a section listed twice', () => {
    const [p] = problems(() => parseTemplate('id: x\ntitle: T\nsections:\n  - cover\n  - summary\n  - cover\n', 'dua-kali.yaml'));
    expect(p).toMatchObject({ code: 'TEMPLATE_DUPLICATE_SECTION', line: 6, column: 5 });
  });

  it.each([
    ['logo-missing.yaml', 'TEMPLATE_LOGO_MISSING', 3, 'logo "img/tidak-ada.png" tidak ditemukan di folder templat'],
    ['logo-escapes.yaml', 'PATH_ESCAPES', 4, 'jalur "../../answers/minimal-filled.yaml" keluar dari foldernya'],
    ['logo-not-image.yaml', 'TEMPLATE_LOGO_FORMAT', 3, 'logo "img/not-image.png" bukan gambar PNG atau JPEG'],
  ])('%s → %s at the logo line', (file, code, line, message) => {
    const [p] = problems(() => loadTemplate(`${TEMPLATES}/${file}`));
    expect(p).toMatchObject({ code, line, column: 7 });
    expect(p!.text).toContain(`${TEMPLATES}/${file}:${line}:7`);
    expect(p!.text).toContain(message);
  });

  it('refuses an absolute logo path', () => {
    const [p] = problems(() => loadTemplate(templateFile('id: x\ntitle: T\nlogo: /etc/hostname\n')));
    expect(p).toMatchObject({ code: 'PATH_ESCAPES', line: 3, column: 7 });
  });

  it('names the bundled templates when a template is unknown', () => {
    const [p] = problems(() => loadTemplate('tidak-ada'));
    expect(p!.code).toBe('TEMPLATE_NOT_FOUND');
    expect(p!.text).toContain('templat bawaan: standar');
  });
});

/** A template written to a fresh folder (the loader reads from disk). */
function templateFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'siap-template-')), 'templat.yaml');
  writeFileSync(file, text);
  return file;
}

describe('the committed template schema', () => {
  it('matches the zod schema it comes from (regenerate: node bin/siap.js rubric schema --template > rubrics/siap-template.schema.json)', async () => {
    const { jsonSchemaFor } = await import('../../src/schemas.js');
    const committed = JSON.parse(readFileSync(fixture('..', '..', 'rubrics', 'siap-template.schema.json'), 'utf8')) as unknown;
    expect(committed).toEqual(await jsonSchemaFor('template'));
  });
});
