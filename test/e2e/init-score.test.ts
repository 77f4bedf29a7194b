import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScoreJsonSchema } from '../../src/scoring/json-schema.js';
import { fixture, runCli, tmpDir } from '../helpers/run-cli.js';

const RUBRIC = fixture('rubrics', 'minimal.yaml');

describe('siap init', () => {
  it('writes a commented template that loads as a valid, fully unanswered file', async () => {
    const dir = tmpDir();
    const init = await runCli(['init', '--rubric', RUBRIC, '--regency', 'Kota Parepare', '--type', 'kota', '--code', '73.72'], { cwd: dir });
    expect(init.code).toBe(0);
    expect(init.stderr).toContain('Templat ditulis: jawaban-kota-parepare.yaml');
    const text = readFileSync(join(dir, 'jawaban-kota-parepare.yaml'), 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*rubrics\/siap-answers\.schema\.json$/);
    expect(text).toContain('  # K1 · Seberapa kuat komitmen kepala daerah?  [level G, bobot 2]');
    expect(text).toContain('  #     3  Terdefinisi — Ditetapkan resmi.');
    expect(text).toContain('  #   Ditanyakan hanya bila: K2 = true');
    expect(text).toContain('  code: "73.72"');

    const scored = await runCli(['score', 'jawaban-kota-parepare.yaml', '--json'], { cwd: dir });
    expect(scored.code).toBe(0);
    const json = ScoreJsonSchema.parse(JSON.parse(scored.stdout));
    expect(json.coverage).toMatchObject({ answered: 0, applicable: 3, hidden: 1, required_unanswered: 3 });
    expect(json.provisional).toBe(true);
    expect(json.index).toBe(0);
    expect(json.regency).toEqual({ name: 'Parepare', kind: 'kota', province: 'Sulawesi Selatan', code: '73.72' }); // completed from the official register
  });

  it('a template filled in by a script scores as worked out by hand', async () => {
    const dir = tmpDir();
    expect((await runCli(['init', '--rubric', RUBRIC, '-o', 'isi.yaml'], { cwd: dir })).code).toBe(0);
    const fill: Record<string, string> = { K1: '3', K2: 'true', I1: '95', I2: 'pdn' };
    let text = readFileSync(join(dir, 'isi.yaml'), 'utf8');
    for (const [id, value] of Object.entries(fill)) text = text.replace(new RegExp(`(\\n  ${id}:\\n    value:)`), `$1 ${value}`);
    writeFileSync(join(dir, 'isi.yaml'), text);
    const scored = await runCli(['score', 'isi.yaml', '--json'], { cwd: dir });
    expect(scored.code).toBe(0);
    const json = ScoreJsonSchema.parse(JSON.parse(scored.stdout));
    // kepemimpinan = (2×75 + 1×100)/3 = 83.33…; infrastruktur = (100 + 100)/2 = 100; index = 0.6×83.33… + 0.4×100 = 90
    expect(json.index).toBeCloseTo(90, 10);
    expect(json.display).toBe('90.0');
    expect(json.band?.id).toBe('band-1');
    expect(json.recommended).toBe(true);
    expect(json.provisional).toBe(false);
  });

  it('refuses to overwrite an existing file unless --force', async () => {
    const dir = tmpDir();
    writeFileSync(join(dir, 'ada.yaml'), 'punya saya\n');
    const refused = await runCli(['init', '--rubric', RUBRIC, '-o', 'ada.yaml'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('ada.yaml  FILE_EXISTS  berkas sudah ada dan tidak ditimpa');
    expect(readFileSync(join(dir, 'ada.yaml'), 'utf8')).toBe('punya saya\n');
    const forced = await runCli(['init', '--rubric', RUBRIC, '-o', 'ada.yaml', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'ada.yaml'), 'utf8')).toContain('format: siap-answers/1');
  });

  it('writes the template in English with --lang en', async () => {
    const dir = tmpDir();
    expect((await runCli(['init', '--rubric', RUBRIC, '-o', 'en.yaml', '--lang', 'en'], { cwd: dir })).code).toBe(0);
    const text = readFileSync(join(dir, 'en.yaml'), 'utf8');
    expect(text).toContain("# K1 · How strong is the leader's commitment?  [level G, weight 2]");
    expect(text).toContain('#   Asked only when: K2 = true');
  });
});

describe('siap score', () => {
  const FILE = 'test/fixtures/answers/minimal-filled.yaml';

  it('prints the summary with index, band, status, coverage and the pillar table', async () => {
    const result = await runCli(['score', FILE]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Kabupaten Gianyar · Bali · Verifikasi asesor · 2026-04-05');
    expect(result.stdout).toMatch(/Indeks\s+70,0 \/ 100\s+Siap/);
    expect(result.stdout).toContain('✓ Direkomendasikan');
    expect(result.stdout).toContain('3 dari 3 pertanyaan dijawab · 1 N/A');
    expect(result.stdout).toMatch(/Infrastruktur\s+40\s+50,0/);
  });

  it('--json follows the documented shape with unrounded numbers', async () => {
    const result = await runCli(['score', FILE, '--json']);
    const json = ScoreJsonSchema.parse(JSON.parse(result.stdout));
    expect(json.index).toBeCloseTo(70, 10);
    expect(json.nodes.map((n) => [n.id, n.parent, n.weight])).toEqual([['kepemimpinan', null, 60], ['infrastruktur', null, 40]]);
    expect(json.questions.find((q) => q.id === 'I2')).toMatchObject({ state: 'na', na_reason: 'Pusat data dikelola provinsi', points: null });
    expect(result.stderr).toBe('');
  });

  it('--csv gives one row per section and question', async () => {
    const lines = (await runCli(['score', FILE, '--csv'])).stdout.trim().split('\n');
    expect(lines[0]).toBe('type,id,parent,title,weight,index,display,band,state,value,points,max_points,share');
    expect(lines).toHaveLength(1 + 1 + 2 + 4);
    expect(lines.find((l) => l.startsWith('question,I1,'))).toContain(',answered,72.5,2,4,');
  });

  it('--explain shows how each number was worked out', async () => {
    const out = (await runCli(['score', FILE, '--explain'])).stdout;
    expect(out).toContain('Indeks = (60×83,3 + 40×50,0) / 100 = 70,0');
    expect(out).toContain('K1: 3 · Terdefinisi → 3/4 poin → 75,0');
    expect(out).toContain('tidak dihitung: I2 (N/A)');
  });

  it('--fail-under exits 1 below the threshold and 0 at it', async () => {
    expect((await runCli(['score', FILE, '--fail-under', '70'])).code).toBe(0);
    const below = await runCli(['score', FILE, '--fail-under', '70,1']);
    expect(below.code).toBe(1);
    expect(below.stderr).toContain('indeks 70,0 di bawah batas --fail-under 70.1');
    const bad = await runCli(['score', FILE, '--fail-under', 'tinggi']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('USAGE');
  });

  it('usage errors exit 2 with a message in the user\'s language', async () => {
    const result = await runCli(['score', FILE, '--jsno']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('USAGE_UNKNOWN_OPTION  opsi tidak dikenal: --jsno (mungkin maksudnya --json?)');
    const en = await runCli(['score'], { env: { SIAP_LANG: 'en' } });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('USAGE_MISSING_ARGUMENT  missing required argument: answers');
    expect(en.stderr).toContain('hint: run with --help to see examples');
  });
});
