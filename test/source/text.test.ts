import { describe, expect, it } from 'vitest';
import { decodeText, escapeControls, stripControls } from '../../src/source/text.js';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

function failure(input: Uint8Array): { code: string; params: unknown; source: unknown } {
  try {
    decodeText(input, 'x.yaml');
  } catch (error) {
    return error as { code: string; params: unknown; source: unknown };
  }
  throw new Error('accepted');
}

describe('decodeText: what a user file may be', () => {
  it('UTF-8 with or without BOM, CRLF included', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'a: é\r\nb: 1\r\n'), 'x.yaml')).toBe('a: é\r\nb: 1\r\n');
    expect(decodeText(bytes('a:\tb\n'), 'x.yaml')).toBe('a:\tb\n');
  });

  it.each([
    ['UTF-16 LE', bytes([0xff, 0xfe], [0x61, 0, 0x3a, 0])],
    ['UTF-16 BE', bytes([0xfe, 0xff], [0, 0x61, 0, 0x3a])],
    ['UTF-32 LE', bytes([0xff, 0xfe, 0, 0], [0x61, 0, 0, 0])],
    ['UTF-32 BE', bytes([0, 0, 0xfe, 0xff], [0, 0, 0, 0x61])],
    ['UTF-16', bytes([0x61, 0, 0x3a, 0, 0x20, 0])],
    ['Windows-1252', bytes('note: ', [0x93], 'ya', [0x94], '\n')],
    ['Latin-1 (ISO-8859-1) / Windows-1252', bytes('name: W', [0xe9], 'ndri\n')],
  ])('%s is named, with the fix', (encoding, input) => {
    expect(failure(input)).toMatchObject({ code: 'FILE_ENCODING', params: { encoding } });
  });

  it('binary data stays binary; one control character is named where it is', () => {
    expect(failure(bytes('%PDF-1.7\n', [0, 1, 2]))).toMatchObject({ code: 'FILE_BINARY' });
    expect(failure(bytes('a: 1\n', [0x80, 0x01, 0x02, 0xff]))).toMatchObject({ code: 'FILE_BINARY' });
    expect(failure(bytes('a: 1\nb: x\u001by\n'))).toMatchObject({ code: 'FILE_CONTROL_CHAR', params: { char: 'U+001B' }, source: { line: 2, column: 5 } });
    expect(failure(bytes('é: x\u0085\n'))).toMatchObject({ code: 'FILE_CONTROL_CHAR', params: { char: 'U+0085' }, source: { line: 1, column: 5 } });
  });
});

describe('control characters shown or typed', () => {
  it('escapeControls makes them visible; stripControls drops them from typed text', () => {
    expect(escapeControls('a\u001b[31mb\u0007\n')).toBe('a\\x1B[31mb\\x07\\x0A');
    expect(escapeControls('Gianyar')).toBe('Gianyar');
    expect(stripControls('Bupati\u001b hadir\u000b\r')).toBe('Bupati hadir');
    expect(stripControls('baris\tdua\nbaris')).toBe('baris\tdua\nbaris');
  });
});
