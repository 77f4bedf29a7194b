import { cpSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tmpDir } from '../helpers/run-cli.js';

/**
 * Answers files as they arrive from others (test/fixtures/answers/hostile, one scenario each):
 * what `siap score` must report, where, and a piece of the message or hint that says what is
 * wrong. Every one exits 2 with nothing written and no stack trace.
 */
const CASES: [file: string, code: string, line: number, column: number, says: string][] = [
  ['nan-number.yaml', 'VALUE_NOT_FINITE', 5, 7, '"I1" bukan angka terhingga (.nan)'],
  ['huge-number.yaml', 'VALUE_NOT_FINITE', 5, 7, '"I1" bukan angka terhingga (1e400)'],
  ['infinite-level.yaml', 'VALUE_NOT_FINITE', 4, 7, '"K1" bukan angka terhingga (-.inf)'],
  ['no-such-date.yaml', 'ANSWER_NO_SUCH_DATE', 3, 36, 'tanggal "2026-02-30" tidak ada di kalender'],
  ['control-raw.yaml', 'FILE_CONTROL_CHAR', 2, 25, 'karakter kendali U+001B'],
  ['control-escaped.yaml', 'FILE_CONTROL_CHAR', 4, 24, 'karakter kendali U+001B'],
  ['control-c1.yaml', 'FILE_CONTROL_CHAR', 4, 28, 'karakter kendali U+009B'],
  ['flow-comma.yaml', 'SCHEMA_UNKNOWN_KEY', 6, 27, 'beri tanda kutip pada nilainya: name: "Citra Dewi, M.T."'],
  ['confusable-id.yaml', 'ANSWER_UNKNOWN_QUESTION', 4, 3, 'mungkin maksudnya "K1"?'],
  ['latin1.yaml', 'FILE_ENCODING', 5, 32, 'pengodean Latin-1 (ISO-8859-1) / Windows-1252, bukan UTF-8'],
  ['windows-1252.yaml', 'FILE_ENCODING', 4, 24, 'pengodean Windows-1252, bukan UTF-8'],
  ['utf32.yaml', 'FILE_ENCODING', 1, 1, 'pengodean UTF-32 LE, bukan UTF-8'],
  ['too-deep.yaml', 'YAML_TOO_DEEP', 4, 127, 'dokumen bersarang terlalu dalam (lebih dari 100 tingkat)'],
];
/** Fixtures that are not broken, only worth a warning (checked on their own below). */
const WARNINGS = ['code-number.yaml'];
const RUBRIC = fixture('rubrics', 'minimal.yaml');

/** `siap score FILE --json` on a copy of the hostile fixtures; the folder must be left as it was. */
async function scoreCopy(file: string, env: Record<string, string> = {}) {
  const dir = tmpDir('siap-hostile-');
  cpSync(fixture('answers', 'hostile'), dir, { recursive: true });
  const list = (): string[] => readdirSync(dir).map((f) => `${f}:${statSync(join(dir, f)).size}:${statSync(join(dir, f)).mtimeMs}`).sort();
  const before = list();
  const run = await runCli(['score', file, '--rubric', RUBRIC, '--json'], { cwd: dir, env });
  return { ...run, unchanged: list().join('\n') === before.join('\n') };
}

describe('hostile answers files', () => {
  it('covers every fixture in the folder', () => {
    expect(readdirSync(fixture('answers', 'hostile')).sort()).toEqual([...CASES.map((c) => c[0]), ...WARNINGS].sort());
  });

  it.each(CASES)('%s → exit 2, %s at %i:%i, says what is wrong, nothing written', async (file, code, line, column, says) => {
    const run = await scoreCopy(file);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${file}:${line}:${column}  ${code}  `);
    expect(run.stderr).toContain(says);
    expect(run.stderr).not.toMatch(/\n\s+at .*:\d+:\d+\)?\n|Maximum call stack|RangeError|TypeError/);
    // Control characters from the file never reach the terminal raw.
    expect(run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(run.unchanged).toBe(true);
  });

  it('control characters are refused the same with colour on (NO_COLOR unset, FORCE_COLOR)', async () => {
    const run = await scoreCopy('control-raw.yaml', { NO_COLOR: '', FORCE_COLOR: '1' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('FILE_CONTROL_CHAR');
    expect(run.stderr).not.toContain(']0;pwned');
  });

  it('an unquoted code: 51.10 keeps its digits as written (warning, and "63.10" in the result)', async () => {
    const run = await scoreCopy('code-number.yaml');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('code-number.yaml:2:53  ANSWER_CODE_NUMBER  peringatan: kode wilayah 63.10 ditulis tanpa tanda kutip');
    expect(run.stderr).toContain('code: "63.10"');
    expect(run.stderr).not.toMatch(/\b63\.1\b(?!0)[^)]/);
    expect(JSON.parse(run.stdout).regency.code).toBe('63.10');
  });

  it('other impossible dates are "no such date"; a date in another form is a format error', async () => {
    const dir = tmpDir('siap-hostile-');
    const write = (name: string, date: string): string => {
      writeFileSync(join(dir, name), `rubric: {id: contoh-mini}\nregency: {name: X}\nassessment: {date: "${date}"}\n`);
      return name;
    };
    for (const date of ['2026-13-01', '2026-04-31', '2025-02-29', '2026-00-10']) {
      const r = await runCli(['score', write('d.yaml', date), '--rubric', RUBRIC], { cwd: dir });
      expect(r.stderr).toContain(`ANSWER_NO_SUCH_DATE  tanggal "${date}" tidak ada di kalender`);
    }
    const leap = await runCli(['score', write('d.yaml', '2024-02-29'), '--rubric', RUBRIC], { cwd: dir });
    expect(leap.code).toBe(0);
    const form = await runCli(['score', write('d.yaml', '5 April 2026'), '--rubric', RUBRIC], { cwd: dir });
    expect(form.stderr).toContain('ANSWER_DATE  tanggal "5 April 2026" tidak berformat TTTT-BB-HH');
  });

  it('a document nested too deep by indentation is a located YAML error too, fast and without JavaScript internals', async () => {
    const dir = tmpDir('siap-hostile-');
    let text = 'rubric: {id: contoh-mini}\nregency: {name: X}\nx:\n';
    for (let i = 1; i <= 3000; i++) text += `${' '.repeat(i)}-\n`;
    writeFileSync(join(dir, 'dalam.yaml'), text);
    const r = await runCli(['score', 'dalam.yaml', '--rubric', RUBRIC], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^dalam\.yaml:\d+:\d+ {2}YAML_TOO_DEEP {2}/m);
    expect(r.stderr).not.toMatch(/Maximum call stack|RangeError/);
  });

  it('a few MB of unclosed brackets are refused at once (the YAML library alone takes minutes)', async () => {
    const dir = tmpDir('siap-hostile-');
    writeFileSync(join(dir, 'kurung.yaml'), `rubric: {id: contoh-mini}\nanswers: ${'['.repeat(3 * 1024 * 1024)}\n`);
    const r = await runCli(['score', 'kurung.yaml', '--rubric', RUBRIC], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('kurung.yaml:2:110  YAML_TOO_DEEP');
  });
});

describe('control characters in names never reach the terminal raw', () => {
  it('a file name holding ESC and BEL is shown escaped, in problems and in the ranking', async () => {
    const dir = tmpDir('siap-hostile-');
    const bad = 'rusak\u001b]0;x\u0007.yaml';
    const good = 'baik\u001b[2J.yaml';
    writeFileSync(join(dir, bad), 'rubric: {id: contoh-mini}\nregency: {name: X}\nanswers:\n  K9: 1\n');
    writeFileSync(join(dir, good), 'rubric: {id: kesiapan-kota-cerdas}\nregency: {name: Gianyar, kind: kabupaten}\n');
    const r = await runCli(['batch', '.', '--rubric', 'kesiapan-kota-cerdas'], { cwd: dir, env: { NO_COLOR: '' } });
    expect(r.code).toBe(1);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/[\u0007\u001b]/);
    expect(r.stderr).toContain('rusak\\x1B]0;x\\x07.yaml');
    expect(r.stdout).toContain('baik\\x1B[2J.yaml');
  });
});
