import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandGlob, expandInputs } from '../../src/batch/expand.js';
import { tmpDir } from '../helpers/run-cli.js';

let dir: string;

beforeAll(() => {
  dir = tmpDir('siap-expand-');
  const files = [
    'masuk/a.yaml',
    'masuk/b.YML',
    'masuk/c.json',
    'masuk/catatan.txt',
    'masuk/.kunci.yaml',
    'masuk/.git/x.yaml',
    'masuk/node_modules/y.yaml',
    'masuk/bali/gianyar.yaml',
    'masuk/bali/dalam/bangli.yaml',
    'masuk/jawa/serang.yaml',
    'masuk/jawa/serang-2.yaml',
    'kosong/readme.md',
    'hasil/lama.json',
  ];
  for (const f of files) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), 'x: 1\n');
  }
  symlinkSync(join(dir, 'masuk'), join(dir, 'masuk', 'bali', 'putar-balik'));
});

describe('expandInputs', () => {
  it('walks folders for .yaml/.yml/.json, skipping dot names, node_modules and folder links; sorted', () => {
    const { files, problems } = expandInputs(['masuk'], { cwd: dir });
    expect(files).toEqual(['masuk/a.yaml', 'masuk/b.YML', 'masuk/bali/dalam/bangli.yaml', 'masuk/bali/gianyar.yaml', 'masuk/c.json', 'masuk/jawa/serang-2.yaml', 'masuk/jawa/serang.yaml']);
    expect(problems).toEqual([]);
  });

  it('takes a named file whatever its extension, and counts a file reached twice once', () => {
    const { files } = expandInputs(['masuk/catatan.txt', 'masuk/jawa', 'masuk/jawa/serang.yaml', `${dir}/masuk/jawa/serang.yaml`], { cwd: dir });
    expect(files).toEqual(['masuk/catatan.txt', 'masuk/jawa/serang-2.yaml', 'masuk/jawa/serang.yaml']);
  });

  it('lists a missing path, an empty folder and a glob without matches as problems, keeping the rest', () => {
    const { files, problems } = expandInputs(['tidak-ada.yaml', 'kosong', 'masuk/*.xml', 'masuk/a.yaml'], { cwd: dir });
    expect(files).toEqual(['masuk/a.yaml']);
    expect(problems.map((p) => [p.file, p.error.code])).toEqual([
      ['tidak-ada.yaml', 'FILE_NOT_FOUND'],
      ['kosong', 'BATCH_EMPTY_DIR'],
      ['masuk/*.xml', 'BATCH_NO_MATCH'],
    ]);
  });

  it('never takes the batch outputs as inputs', () => {
    const { files } = expandInputs(['.'], { cwd: dir, exclude: ['hasil', 'masuk/c.json'] });
    expect(files).not.toContain('hasil/lama.json');
    expect(files).not.toContain('masuk/c.json');
    expect(files).toContain('masuk/a.yaml');
  });
});

describe('expandGlob', () => {
  it.each([
    ['masuk/*.yaml', ['masuk/a.yaml']],
    ['masuk/?.*', ['masuk/a.yaml', 'masuk/b.YML', 'masuk/c.json']],
    ['masuk/*/*.yaml', ['masuk/bali/gianyar.yaml', 'masuk/jawa/serang-2.yaml', 'masuk/jawa/serang.yaml']],
    ['masuk/**/serang*.yaml', ['masuk/jawa/serang-2.yaml', 'masuk/jawa/serang.yaml']],
    ['masuk/**/*.yaml', ['masuk/a.yaml', 'masuk/bali/dalam/bangli.yaml', 'masuk/bali/gianyar.yaml', 'masuk/jawa/serang-2.yaml', 'masuk/jawa/serang.yaml']],
    ['**/b*.*', ['masuk/b.YML', 'masuk/bali/dalam/bangli.yaml']],
    ['masuk/*.y*ml', ['masuk/a.yaml']],
    ['masuk/.*.yaml', ['masuk/.kunci.yaml']],
    ['masuk/bali/**', ['masuk/bali/dalam/bangli.yaml', 'masuk/bali/gianyar.yaml']],
    ['masuk/a.y?ml', ['masuk/a.yaml']],
    ['masuk/(a).yaml', []],
  ])('%s', (pattern, expected) => {
    expect(expandGlob(pattern, dir).sort()).toEqual(expected);
  });

  it('works with an absolute pattern', () => {
    expect(expandGlob(`${dir}/masuk/jawa/*-2.yaml`, '/')).toEqual([`${dir}/masuk/jawa/serang-2.yaml`]);
  });
});
