import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tmpDir } from '../helpers/run-cli.js';

// Rubric kesiapan-kota-cerdas 1.1.0 has one question for assessors only: S1.5 (notes on the head's presentation).

describe('a question for assessors only (finding 14)', () => {
  it('is left out of a self-assessment template and kept in an assessor one', async () => {
    const dir = tmpDir('siap-assessor-only-');
    const self = await runCli(['init', '--regency', 'Gianyar', '--type', 'kabupaten', '-o', 'mandiri.yaml'], { cwd: dir });
    expect(self.code).toBe(0);
    const selfText = readFileSync(join(dir, 'mandiri.yaml'), 'utf8');
    expect(selfText).toContain('  kind: self');
    expect(selfText).toContain('  S1.6:');
    expect(selfText).not.toContain('S1.5');
    // The count said is the count written: 58 questions in 1.1.0, one of them the assessor's; two
    // are asked only when another answer allows (I3.2 after I3.1, I4.6 after I4.5), which
    // is why `siap score` then says 55 asked.
    const said = self.stderr.replace(/\s+/g, ' ');
    expect(said).toContain('(57 pertanyaan, 2 di antaranya bersyarat: hanya ditanyakan bila jawaban lain memenuhi syaratnya; kesiapan-kota-cerdas v1.1.0)');

    const assessor = await runCli(['init', '--regency', 'Gianyar', '--kind', 'assessor', '-o', 'asesor.yaml'], { cwd: dir });
    expect(assessor.code).toBe(0);
    expect(readFileSync(join(dir, 'asesor.yaml'), 'utf8')).toContain('\n  S1.5:\n');
    expect(assessor.stderr.replace(/\s+/g, ' ')).toContain('(58 pertanyaan, 2 di antaranya bersyarat: hanya ditanyakan bila jawaban lain memenuhi syaratnya; kesiapan-kota-cerdas v1.1.0)');

    // The self template still loads as a valid, unanswered file: S1.5 is not counted as missing.
    const scored = await runCli(['score', 'mandiri.yaml', '--json'], { cwd: dir });
    expect(scored.code).toBe(0);
    expect(scored.stderr).not.toContain('ANSWER_ASSESSOR_ONLY');
    expect(JSON.parse(scored.stdout).coverage).toMatchObject({ hidden: 2 });
  });

  it('answered in a self-assessment: a located warning with a hint, the answer is not counted', async () => {
    const dir = tmpDir('siap-assessor-only-');
    const file = join(dir, 'mandiri.yaml');
    writeFileSync(file, 'rubric: {id: kesiapan-kota-cerdas, version: 1.1.0}\nregency: {name: Gianyar, kind: kabupaten}\nassessment: {kind: self}\nanswers:\n  S1.1: 3\n  S1.5: Bupati hadir\n');
    const r = await runCli(['score', 'mandiri.yaml', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('mandiri.yaml:6:9  ANSWER_ASSESSOR_ONLY  peringatan: pertanyaan "S1.5" khusus asesor');
    expect(r.stderr).toContain('penilaian mandiri');
    expect(r.stderr).toContain('\n  saran: hapus jawabannya; bila berkas ini verifikasi asesor, tulis `kind: assessor` di bawah `assessment:`');
    const json = JSON.parse(r.stdout) as { questions: { id: string; state: string }[] };
    expect(json.questions.find((q) => q.id === 'S1.5')?.state).toBe('hidden');

    const en = await runCli(['score', 'mandiri.yaml', '--lang', 'en'], { cwd: dir });
    expect(en.stderr).toContain('mandiri.yaml:6:9  ANSWER_ASSESSOR_ONLY  warning: question "S1.5" is for assessors only');

    // No warning when the file is the assessor's, nor for an empty entry in a self-assessment.
    writeFileSync(file, readFileSync(file, 'utf8').replace('kind: self', 'kind: assessor'));
    expect((await runCli(['score', 'mandiri.yaml'], { cwd: dir })).stderr).not.toContain('ANSWER_ASSESSOR_ONLY');
    writeFileSync(file, 'rubric: {id: kesiapan-kota-cerdas, version: 1.1.0}\nregency: {name: Gianyar}\nanswers:\n  S1.5:\n    value:\n    note:\n');
    expect((await runCli(['score', 'mandiri.yaml'], { cwd: dir })).stderr).not.toContain('ANSWER_ASSESSOR_ONLY');
  });
});
