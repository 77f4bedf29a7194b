import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SiapError } from '../../src/errors.js';
import { parseRubric } from '../../src/rubric/parse.js';
import { decodeText } from '../../src/source/text.js';
import { fixture, runCli } from '../helpers/run-cli.js';

/** One problem per fixture: the code the validator must report, and where. */
const CASES: [file: string, code: string, line: number, column: number][] = [
  ['yaml-syntax.yaml', 'YAML_SYNTAX', 5, 1],
  ['tab-indent.yaml', 'YAML_TAB', 15, 1],
  ['wrong-type.yaml', 'SCHEMA_TYPE', 19, 17],
  ['unknown-key.yaml', 'SCHEMA_UNKNOWN_KEY', 21, 9],
  ['duplicate-id.yaml', 'ID_DUPLICATE', 22, 13],
  ['unknown-scale.yaml', 'SCALE_UNKNOWN', 20, 16],
  ['dangling-condition.yaml', 'CONDITION_UNKNOWN_QUESTION', 25, 26],
  ['forward-condition.yaml', 'CONDITION_FORWARD', 22, 26],
  ['cyclic-condition.yaml', 'CONDITION_CYCLE', 25, 26],
  ['unordered-thresholds.yaml', 'THRESHOLD_ORDER', 32, 20],
  ['threshold-gap.yaml', 'THRESHOLD_GAP', 30, 20],
  ['unordered-bands.yaml', 'BANDS_ORDER', 7, 11],
  ['negative-weight.yaml', 'WEIGHT_INVALID', 17, 13],
  ['gate-missing-node.yaml', 'GATE_UNKNOWN_TARGET', 28, 11],
  ['empty.yaml', 'FILE_EMPTY', 1, 1],
  ['binary.yaml', 'FILE_BINARY', 2, 1],
  ['alias-bomb.yaml', 'YAML_ALIASES', 2, 10],
  ['utf16.yaml', 'FILE_ENCODING', 1, 1],
  ['proto-key.yaml', 'KEY_FORBIDDEN', 4, 1],
  ['missing-sections.yaml', 'SCHEMA_MISSING', 1, 1],
  ['missing-translation.yaml', 'TEXT_MISSING_LANG', 4, 8],
  ['infinite-weight.yaml', 'VALUE_NOT_FINITE', 17, 13],
  ['control-title.yaml', 'FILE_CONTROL_CHAR', 3, 8],
];

describe('broken rubrics', () => {
  it('has a case for every fixture in the folder', async () => {
    const files = readdirSync(fixture('rubrics', 'broken')).sort();
    expect(files).toEqual(CASES.map((c) => c[0]).sort());
  });

  it.each(CASES)('%s → %s at %i:%i (in process)', async (file, code, line, column) => {
    const path = fixture('rubrics', 'broken', file);
    let error: unknown;
    try {
      parseRubric(decodeText(readFileSync(path), file), file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SiapError);
    const problems = (error as SiapError).problems();
    const match = problems.find((p) => p.code === code);
    expect(match, `codes: ${problems.map((p) => p.code).join(', ')}`).toBeDefined();
    expect([match!.source?.line, match!.source?.column]).toEqual([line, column]);
  });

  it.each(CASES)('%s → exit 2 with a located %s line and no stack trace', async (file, code, line, column) => {
    const path = `test/fixtures/rubrics/broken/${file}`;
    const result = await runCli(['rubric', 'validate', path]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${path}:${line}:${column}  ${code}  `);
    expect(result.stderr).not.toMatch(/\n\s+at .*\.js:\d+/);
  });

  it('reports every problem of a file at once, in line order', async () => {
    const text = readFileSync(fixture('rubrics', 'broken', 'missing-translation.yaml'), 'utf8');
    try {
      parseRubric(text, 'x.yaml');
      expect.unreachable();
    } catch (e) {
      const lines = (e as SiapError).diagnostics.map((d) => d.source?.line);
      // title, two band labels, scale title, two level labels + descriptors, section title, two question texts
      expect(lines.length).toBeGreaterThanOrEqual(10);
      expect(lines).toEqual([...lines].sort((a, b) => (a ?? 0) - (b ?? 0)));
    }
  });

  it('prints the message and hint in English with --lang en', async () => {
    const result = await runCli(['rubric', 'validate', 'test/fixtures/rubrics/broken/unknown-key.yaml', '--lang', 'en']);
    expect(result.stderr).toContain('test/fixtures/rubrics/broken/unknown-key.yaml:21:9  SCHEMA_UNKNOWN_KEY  unknown key "texts"\n  hint: did you mean "text"?');
  });

  it('shows a stack trace only with --debug', async () => {
    const result = await runCli(['rubric', 'validate', 'test/fixtures/rubrics/broken/duplicate-id.yaml', '--debug']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/SiapError: RUBRIC_INVALID\n\s+at /);
  });
});
