import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tmpDir } from '../helpers/run-cli.js';

const regencyBlock = (text: string): string => text.slice(text.indexOf('regency:'), text.indexOf('assessment:'));

describe('siap init fills the regency from the official register', () => {
  it('--regency Gianyar → kind kabupaten, province Bali, code "51.04"', async () => {
    const dir = tmpDir();
    const r = await runCli(['init', '--regency', 'Gianyar', '-o', 'g.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Dari daftar resmi: Kabupaten Gianyar, Bali, kode 51.04');
    const block = regencyBlock(readFileSync(join(dir, 'g.yaml'), 'utf8'));
    expect(block).toContain('  name: "Gianyar"');
    expect(block).toMatch(/ {2}kind: kabupaten {2,}#/);
    expect(block).toContain('  province: "Bali"');
    expect(block).toContain('  code: "51.04"');
  });

  it('--code 51.04 alone gives the name, kind and province', async () => {
    const dir = tmpDir();
    const r = await runCli(['init', '--code', '51.04'], { cwd: dir });
    expect(r.code).toBe(0);
    const block = regencyBlock(readFileSync(join(dir, 'jawaban-kabupaten-gianyar.yaml'), 'utf8'));
    expect(block).toContain('  name: "Gianyar"');
    expect(block).toContain('  province: "Bali"');
  });

  it('an ambiguous name is a usage error off a terminal, naming both regions; --type or a "Kota" prefix decides', async () => {
    const dir = tmpDir();
    const r = await runCli(['init', '--regency', 'Solok', '-o', 's.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('REGION_AMBIGUOUS  "Solok" adalah nama lebih dari satu daerah: Kabupaten Solok, Sumatera Barat (13.02) · Kota Solok, Sumatera Barat (13.72)');
    expect(existsSync(join(dir, 's.yaml'))).toBe(false);
    for (const args of [['--regency', 'Solok', '--type', 'kota'], ['--regency', 'Kota Solok']]) {
      const ok = await runCli(['init', ...args, '-o', 's.yaml', '--force'], { cwd: dir });
      expect(ok.code, args.join(' ')).toBe(0);
      expect(regencyBlock(readFileSync(join(dir, 's.yaml'), 'utf8'))).toContain('  code: "13.72"');
    }
  });

  it('a made-up regency is written as given, with a warning (and none for an example code)', async () => {
    const dir = tmpDir();
    const r = await runCli(['init', '--regency', 'Gianyr', '-o', 'x.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('REGION_NAME_UNKNOWN  peringatan: "Gianyr" tidak ada dalam daftar resmi kabupaten/kota; ditulis apa adanya');
    expect(r.stderr).toContain('mungkin maksudnya Gianyar');
    const example = await runCli(['init', '--regency', 'Sukamaju', '--code', '33.97', '--province', 'Jawa Tengah', '-o', 'y.yaml'], { cwd: dir });
    expect(example.code).toBe(0);
    expect(example.stderr).not.toContain('REGION_');
  });
});

describe('reading an answers file checks the regency against the register', () => {
  it('an unquoted code: 51.10 for Gianyar is reported as written, against the register\'s 51.04; --strict makes it an error', async () => {
    const dir = tmpDir();
    const text = readFileSync(fixture('answers', 'minimal-filled.yaml'), 'utf8').replace('file: ../rubrics/minimal.yaml', `file: ${fixture('rubrics', 'minimal.yaml')}`).replace('code: "51.04"', 'code: 51.10');
    writeFileSync(join(dir, 'g.yaml'), text);
    const r = await runCli(['score', 'g.yaml', '--allow-rubric-file'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('g.yaml:3:65  REGION_CODE_UNKNOWN  peringatan: kode wilayah 51.10 tidak ada dalam daftar resmi kabupaten/kota (Kemendagri)');
    expect(r.stderr).toContain('saran: menurut daftar resmi, Kabupaten Gianyar (Bali) berkode 51.04: tulis code: "51.04"');
    const strict = await runCli(['score', 'g.yaml', '--strict', '--allow-rubric-file'], { cwd: dir });
    expect(strict.code).toBe(2);
    expect(strict.stderr).toContain('g.yaml:3:65  REGION_CODE_UNKNOWN  kode wilayah 51.10');
    expect(strict.stdout).toBe('');
  });

  it('the bundled examples (made-up regencies, example codes) read without a word about the register', async () => {
    for (const file of ['kabupaten-sukamaju-asesor.yaml', 'kota-harapan-jaya-asesor.yaml', 'kabupaten-tanah-bumbu-asesor.yaml'].filter((f) => existsSync(join('rubrics', 'examples', f)))) {
      const r = await runCli(['score', join('rubrics', 'examples', file)]);
      expect(r.stderr, file).not.toContain('REGION_');
    }
  });
});
