import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvCell, csvNumber, formatCsv, neutraliseCell } from '../../src/io/csv.js';
import { runCli, tmpDir } from '../helpers/run-cli.js';

/** One CSV writer for every CSV siap writes (src/io/csv.ts). */

describe('neutraliseCell: a spreadsheet never runs a cell as a formula', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+62 361 123', `'+62 361 123`],
    ['-1+1', `'-1+1`],
    ['@SUM(A1:A2)', `'@SUM(A1:A2)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
    ['   =1+1', `'   =1+1`],
    ['\u00a0+1', `'\u00a0+1`],
    ['＝1+1', `'＝1+1`],
    ['Kabupaten Gianyar', 'Kabupaten Gianyar'],
    ['a = b', 'a = b'],
    ['', ''],
  ])('%j → %j', (text, safe) => {
    expect(neutraliseCell(text)).toBe(safe);
  });

  it('writes control characters visibly, keeping tabs and line breaks inside a cell', () => {
    expect(neutraliseCell('nama\u001b[31m merah\u0007')).toBe('nama\\x1B[31m merah\\x07');
    expect(neutraliseCell('baris 1\r\nbaris 2\tkolom')).toBe('baris 1\r\nbaris 2\tkolom');
    expect(neutraliseCell('\u009b2J')).toBe('\\x9B2J');
  });
});

describe('csvCell and formatCsv', () => {
  it('quotes separators, quotes, CR, LF and outer spaces; numbers are written as they are', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell('a\rb')).toBe('"a\rb"');
    expect(csvCell(' x')).toBe('" x"');
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(csvNumber('-1,5'), { separator: ';' })).toBe('"-1,5"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('true');
  });

  it('a UTF-8 BOM, CRLF line ends, the separator chosen', () => {
    expect(formatCsv([['a', 'b'], [1, 'x;y']], { separator: ';' })).toBe('\uFEFFa;b\r\n1;"x;y"\r\n');
  });
});

describe('siap score --csv uses the same writer', () => {
  it('a text answer that would be a formula is neutralised; BOM and CRLF', async () => {
    const dir = tmpDir('siap-csv-');
    writeFileSync(
      join(dir, 'a.yaml'),
      'rubric: {id: kesiapan-kota-cerdas}\nregency: {name: "=1+1 Gianyar", kind: kabupaten}\nanswers:\n  S1.1: 3\n  S1.5: "=HYPERLINK(\\"http://contoh\\", \\"klik\\")"\n',
    );
    const r = await runCli(['score', 'a.yaml', '--csv'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\uFEFFtype,id,parent,')).toBe(true);
    expect(r.stdout).not.toMatch(/[^\r]\n/);
    const row = r.stdout.split('\r\n').find((l) => l.startsWith('question,S1.5,'))!;
    expect(row).toContain(`"'=HYPERLINK(""http://contoh"", ""klik"")"`);
    expect(r.stdout.split('\r\n').some((line) => line.split(',').some((cell) => /^"?[=+\-@]/.test(cell)))).toBe(false);
  });

  it('siap batch --csv: the same rules (a regency name from a file sent in)', async () => {
    const dir = tmpDir('siap-csv-');
    writeFileSync(join(dir, 'a.yaml'), 'rubric: {id: kesiapan-kota-cerdas}\nregency: {name: "@cmd Gianyar", province: "-2+3"}\n');
    const r = await runCli(['batch', 'a.yaml', '--csv', 'p.csv'], { cwd: dir });
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'p.csv'), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain(`,'@cmd Gianyar,'-2+3,`);
  });
});
