import { describe, expect, it } from 'vitest';
import { toInvocation, type CommandName, type Invocation, type RawOptions } from '../../src/cli/options.js';
import { createProgram } from '../../src/cli/program.js';
import { SiapError } from '../../src/errors.js';

/** argv → the typed invocation a command receives, through commander and options.ts (no command runs). */
async function invocationOf(argv: string[]): Promise<Invocation> {
  let seen: { command: CommandName; args: string[]; raw: RawOptions } | undefined;
  const program = createProgram('id', async (command, args, raw) => {
    seen = { command, args, raw };
  }, { out: () => undefined, err: () => undefined });
  await program.parseAsync(argv, { from: 'user' });
  if (!seen) throw new Error(`no command ran for ${argv.join(' ')}`);
  return toInvocation(seen.command, seen.args, seen.raw, '/kerja');
}

async function usageCode(argv: string[]): Promise<string> {
  try {
    await invocationOf(argv);
  } catch (error) {
    if (error instanceof SiapError) return error.code;
    throw error;
  }
  throw new Error(`${argv.join(' ')} was accepted`);
}

describe('argv → typed options', () => {
  it.each<[string[], Invocation]>([
    [['rubric', 'list'], { command: 'rubric-list', options: { json: false } }],
    [['rubric', 'show', 'spbe-2020', '--questions'], { command: 'rubric-show', options: { rubric: 'spbe-2020', questions: true } }],
    [['rubric', 'validate', 'a.yaml', 'b.yaml'], { command: 'rubric-validate', options: { files: ['a.yaml', 'b.yaml'] } }],
    [['rubric', 'schema', '--answers'], { command: 'rubric-schema', options: { schema: 'answers' } }],
    [['rubric', 'schema', '-r', 'spbe-2020'], { command: 'rubric-schema', options: { schema: 'rubric', rubric: 'spbe-2020' } }],
    [
      ['init', '--regency', 'Kota Solok', '--type', 'kota', '--code', '13.73', '-o', 'solok.yaml', '-f'],
      { command: 'init', options: { rubric: 'kesiapan-kota-cerdas', regency: 'Kota Solok', type: 'kota', code: '13.73', kind: 'self', output: 'solok.yaml', force: true } },
    ],
    [['init', '--kind', 'assessor', '--profile', 'inti'], { command: 'init', options: { rubric: 'kesiapan-kota-cerdas', kind: 'assessor', profile: 'inti', force: false } }],
    [['init', '--schema'], { command: 'init', options: { rubric: 'kesiapan-kota-cerdas', kind: 'self', schema: true, force: false } }],
    [['assess'], { command: 'assess', options: {} }],
    [['assess', 'g.yaml', '-r', 'spbe-2020'], { command: 'assess', options: { answers: 'g.yaml', rubric: 'spbe-2020' } }],
    [
      ['assess', 'solok.yaml', '--regency', 'Kota Solok', '--type', 'kota', '--province', 'Sumatera Barat', '--code', '13.73', '--kind', 'self', '--lang', 'en'],
      { command: 'assess', options: { answers: 'solok.yaml', regency: 'Kota Solok', type: 'kota', province: 'Sumatera Barat', code: '13.73', kind: 'self', lang: 'en' } },
    ],
    [['score', 'g.yaml'], { command: 'score', options: { answers: 'g.yaml', format: 'table', explain: false, strict: false } }],
    [['score', 'g.yaml', '--json', '--fail-under', '70,5'], { command: 'score', options: { answers: 'g.yaml', format: 'json', explain: false, failUnder: 70.5, strict: false } }],
    [['score', 'g.yaml', '--csv', '--explain', '--strict'], { command: 'score', options: { answers: 'g.yaml', format: 'csv', explain: true, strict: true } }],
    [
      ['report', 'v.yaml', '--compare', 'm.yaml', '-t', 'standar', '-o', 'v.pdf', '--force'],
      { command: 'report', options: { answers: 'v.yaml', output: 'v.pdf', template: 'standar', compare: 'm.yaml', force: true, strict: false } },
    ],
    [
      ['batch', 'a/', 'b/', '--top', '10', '--pdf', '--out', 'laporan', '-j', '2', '--csv', 'p.csv', '--decimal-comma'],
      {
        command: 'batch',
        options: { inputs: ['a/', 'b/'], top: 10, jobs: 2, pdf: true, out: 'laporan', csv: 'p.csv', decimalComma: true, byProvince: false, force: false, strict: false, wide: false },
      },
    ],
    [
      ['batch', 'a/', '--province', 'Bali,51', '--province', 'NTB', '--by-province', '--xlsx', 'p.xlsx', '-j', '3'],
      {
        command: 'batch',
        options: { inputs: ['a/'], top: null, jobs: 3, pdf: false, xlsx: 'p.xlsx', decimalComma: false, province: ['Bali', '51', 'NTB'], byProvince: true, force: false, strict: false, wide: false },
      },
    ],
    [['score', 'g.yaml', '--xlsx', 'g.xlsx', '-f'], { command: 'score', options: { answers: 'g.yaml', format: 'table', explain: false, strict: false, xlsx: 'g.xlsx', force: true } }],
    [['verify', 'laporan.pdf'], { command: 'verify', options: { report: 'laporan.pdf' } }],
    [
      ['batch', 'a/', '--pdf', '--out', 'l', '--date', '2026-06-30'],
      { command: 'batch', options: { inputs: ['a/'], top: null, jobs: null, pdf: true, out: 'l', date: '2026-06-30', decimalComma: false, byProvince: false, force: false, strict: false, wide: false } },
    ],
    [['compare', 'a.yaml', 'b.yaml', '--json'], { command: 'compare', options: { a: 'a.yaml', b: 'b.yaml', json: true } }],
    [['score', 'g.yaml', '--allow-rubric-file'], { command: 'score', options: { answers: 'g.yaml', format: 'table', explain: false, strict: false, allowRubricFile: true } }],
    [['compare', 'a.yaml', 'b.yaml', '--allow-rubric-file'], { command: 'compare', options: { a: 'a.yaml', b: 'b.yaml', json: false, allowRubricFile: true } }],
    [['assess', 'g.yaml', '--allow-rubric-file'], { command: 'assess', options: { answers: 'g.yaml', allowRubricFile: true } }],
    [
      ['merge', 'a.yaml', 'b.yaml', '-o', 'k.yaml', '--rule', 'min', '--kappa', 'quadratic'],
      { command: 'merge', options: { files: ['a.yaml', 'b.yaml'], output: 'k.yaml', rule: 'min', kappa: 'quadratic', json: false, force: false } },
    ],
    [['form'], { command: 'form', options: { force: false } }],
    [
      ['form', 'tahun-lalu.yaml', '-r', 'spbe-2020', '--regency', 'Gianyar', '--type', 'kabupaten', '--province', 'Bali', '--code', '51.04', '-o', 'g.HTML', '-f'],
      { command: 'form', options: { answers: 'tahun-lalu.yaml', rubric: 'spbe-2020', regency: 'Gianyar', type: 'kabupaten', province: 'Bali', code: '51.04', output: 'g.HTML', force: true } },
    ],
    [['migrate', 'g.yaml'], { command: 'migrate', options: { answers: 'g.yaml', json: false, force: false } }],
    [
      ['migrate', 'g.yaml', '--to', '1.1.0', '-o', 'baru.yaml', '--json', '-f'],
      { command: 'migrate', options: { answers: 'g.yaml', to: '1.1.0', output: 'baru.yaml', json: true, force: true } },
    ],
  ])('%j', async (argv, expected) => {
    expect(await invocationOf(argv)).toEqual(expected);
  });

  it.each([
    [['score', 'g.yaml', '--json', '--csv'], 'USAGE_TOGETHER'],
    [['score', 'g.yaml', '--fail-under', 'tinggi'], 'USAGE_NUMBER'],
    [['batch', 'a/', '--top', '0'], 'USAGE_POSITIVE_INTEGER'],
    [['batch', 'a/', '--csv', 'x.csv', '--xlsx', 'x.csv'], 'USAGE_SAME_FILE'],
    [['batch', 'a/', '--template', 'standar'], 'USAGE_ONLY_WITH'],
    [['batch', 'a/', '--pdf'], 'USAGE_PDF_NEEDS_OUT'],
    // The same file named two ways, relative to the working folder.
    [['batch', 'a/', '--csv', 'x.out', '--json', '/kerja/x.out'], 'USAGE_SAME_FILE'],
    [['form', '-o', 'formulir.yaml'], 'USAGE_HTML_OUTPUT'],
  ])('%j → %s', async (argv, code) => {
    expect(await usageCode(argv)).toBe(code);
  });
});

describe('--code is a region code (finding 19)', () => {
  it.each([['51.04.1', '51.04'], ['51.4', '51.04'], ['51041', '51.04'], ['kode', '51.04']])('--code %s is refused, with %s to write', async (code, example) => {
    expect(await usageCode(['init', '--code', code])).toBe('USAGE_REGION_CODE');
    await expect(invocationOf(['assess', 'a.yaml', '--code', code])).rejects.toMatchObject({ code: 'USAGE_REGION_CODE', params: { value: code, example } });
  });

  it.each([
    ['51', '51'],
    ['51.04', '51.04'],
    ['51.04.01', '51.04.01'],
    ['51.04.01.2001', '51.04.01.2001'],
    [' 51.04 ', '51.04'],
    // Four digits are read as the dotted code in an answers file too (test/register/register.test.ts): written dotted.
    ['5104', '51.04'],
  ])('--code %j is accepted and written as %s', async (code, written) => {
    const invocation = await invocationOf(['init', '--code', code]);
    expect(invocation.options).toMatchObject({ code: written });
  });
});
