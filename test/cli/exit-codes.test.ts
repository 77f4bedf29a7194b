import { describe, expect, it } from 'vitest';
import { exitCodeFor, SiapError } from '../../src/errors.js';

describe('exit codes', () => {
  it.each([
    ['a command that succeeded', 'ok', 0],
    ['a check that failed (e.g. --fail-under)', 'failed', 1],
    ['a file the user got wrong', 'invalid', 2],
    ['a command that hit a bug of its own', 'internal', 3],
    ['a located error in the user\'s input', new SiapError('FILE_NOT_FOUND', { file: 'a.yaml' }), 2],
    ['Ctrl-C', new SiapError('CANCELLED', {}), 130],
    ['an internal error raised as a SiapError', new SiapError('INTERNAL', { detail: 'x' }), 3],
    ['anything else thrown', new Error('boom'), 3],
  ] as const)('%s → %i', (_what, outcome, code) => {
    expect(exitCodeFor(outcome)).toBe(code);
  });
});
