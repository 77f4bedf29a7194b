import { copyFileSync, existsSync, linkSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tmpDir } from '../helpers/run-cli.js';

/** Comparisons that mean nothing are refused; one file under two names is recognised. */

/** A temp copy of test/fixtures/compare (answers with their rubrics beside them). */
function copy(): string {
  const dir = tmpDir('siap-meaningless-');
  for (const name of readdirSync(fixture('compare'))) copyFileSync(fixture('compare', name), join(dir, name));
  return dir;
}

describe('siap report --compare with a file that cannot be compared', () => {
  it('made for another rubric → exit 2 located at its rubric id, no PDF', async () => {
    const dir = copy();
    writeFileSync(join(dir, 'rubric-lain.yaml'), readFileSync(join(dir, 'rubric-v1.yaml'), 'utf8').replace(/^id: uji-banding$/m, 'id: uji-lain'));
    writeFileSync(join(dir, 'lain.yaml'), readFileSync(join(dir, 'gianyar-mandiri.yaml'), 'utf8').replace('{id: uji-banding, version: 1.0.0, file: rubric-v1.yaml}', '{id: uji-lain, version: 1.0.0, file: rubric-lain.yaml}'));
    const r = await runCli(['report', 'gianyar-verifikasi.yaml', '--compare', 'lain.yaml', '-o', 'x.pdf'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^lain\.yaml:2:14 {2}REPORT_COMPARE_OTHER_RUBRIC {2}berkas pembanding dibuat untuk rubrik "uji-lain", sedangkan laporan ini untuk rubrik "uji-banding"/m);
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
    expect(r.written).toEqual([]);
  });

  it('made for another version whose questions differ → exit 2 located at its version, no PDF', async () => {
    const dir = copy();
    // gianyar-2026.yaml is an assessor's file on rubric v2; the self-assessment is on v1 (T3 is gone, S4 new).
    const r = await runCli(['report', 'gianyar-2026.yaml', '--compare', 'gianyar-mandiri.yaml', '-o', 'x.pdf'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^gianyar-mandiri\.yaml:2:36 {2}REPORT_COMPARE_OTHER_QUESTIONS {2}berkas pembanding memakai rubrik versi 1\.0\.0 yang pertanyaannya tidak sama dengan versi 2\.0\.0 \(\d+ berbeda, mis\. /m);
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  });
});

describe('siap compare and siap merge: one file under two names', () => {
  it.each([
    ['the same path twice', (dir: string) => join(dir, 'gianyar-mandiri.yaml')],
    ['a symbolic link', (dir: string) => (symlinkSync(join(dir, 'gianyar-mandiri.yaml'), join(dir, 'tautan.yaml')), join(dir, 'tautan.yaml'))],
    ['a hard link', (dir: string) => (linkSync(join(dir, 'gianyar-mandiri.yaml'), join(dir, 'keras.yaml')), join(dir, 'keras.yaml'))],
  ])('compare: %s → SAME_FILE_TWICE, exit 2', async (_, make) => {
    const dir = copy();
    const other = make(dir);
    const r = await runCli(['compare', 'gianyar-mandiri.yaml', other], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${other}  SAME_FILE_TWICE  berkas ini sama dengan "gianyar-mandiri.yaml"`);
  });

  it('compare: a byte-identical copy is compared, with a warning on the copy', async () => {
    const dir = copy();
    copyFileSync(join(dir, 'gianyar-mandiri.yaml'), join(dir, 'salinan.yaml'));
    const r = await runCli(['compare', 'gianyar-mandiri.yaml', 'salinan.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('salinan.yaml  COMPARE_IDENTICAL_COPY  peringatan: isi berkas ini sama persis dengan "gianyar-mandiri.yaml" (salinan)');
  });

  it('merge: a link to a file already named → SAME_FILE_TWICE, exit 2, nothing written', async () => {
    const dir = copy();
    symlinkSync(join(dir, 'panel-ayu.yaml'), join(dir, 'ayu-lagi.yaml'));
    linkSync(join(dir, 'panel-budi.yaml'), join(dir, 'budi-lagi.yaml'));
    for (const [second, first] of [['ayu-lagi.yaml', 'panel-ayu.yaml'], ['budi-lagi.yaml', 'panel-budi.yaml']]) {
      const r = await runCli(['merge', 'panel-ayu.yaml', 'panel-budi.yaml', second!, '-o', 'k.yaml'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${second}  SAME_FILE_TWICE  berkas ini sama dengan "${first}"`);
      expect(existsSync(join(dir, 'k.yaml'))).toBe(false);
    }
  });

  it('merge: an output that is an input through a link is refused', async () => {
    const dir = copy();
    symlinkSync(join(dir, 'panel-ayu.yaml'), join(dir, 'k.yaml'));
    const before = readFileSync(join(dir, 'panel-ayu.yaml'), 'utf8');
    const r = await runCli(['merge', 'panel-ayu.yaml', 'panel-budi.yaml', '-o', 'k.yaml', '--force'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('k.yaml  MERGE_OUTPUT_IS_INPUT');
    expect(readFileSync(join(dir, 'panel-ayu.yaml'), 'utf8')).toBe(before);
  });

  it('merge: a byte-identical copy is merged, with a warning on the copy', async () => {
    const dir = copy();
    copyFileSync(join(dir, 'panel-budi.yaml'), join(dir, 'budi-salinan.yaml'));
    const r = await runCli(['merge', 'panel-ayu.yaml', 'panel-budi.yaml', 'budi-salinan.yaml', '-o', 'k.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('budi-salinan.yaml  MERGE_IDENTICAL_COPY  peringatan: isi berkas ini sama persis dengan "panel-budi.yaml" (salinan)');
  });
});
