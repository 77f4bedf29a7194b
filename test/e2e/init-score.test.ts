import { copyFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScoreJsonSchema } from '../../src/scoring/json-schema.js';
import { fixture, ROOT, runCli, tmpDir } from '../helpers/run-cli.js';

const RUBRIC = fixture('rubrics', 'minimal.yaml');

/** A folder holding a copy of the rubric, as a regency keeps its own rubric beside its answers. */
function withRubric(): string {
  const dir = tmpDir();
  copyFileSync(RUBRIC, join(dir, 'minimal.yaml'));
  return dir;
}

/** Whether a text names this folder by its absolute path (a relative path through it, `../../x`, is fine). */
function absolute(text: string, dir: string): boolean {
  return new RegExp(`(?<![\\w.])${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(text);
}

describe('siap init', () => {
  it('writes a commented template that loads as a valid, fully unanswered file', async () => {
    const dir = withRubric();
    const init = await runCli(['init', '--rubric', 'minimal.yaml', '--regency', 'Kota Parepare', '--type', 'kota', '--code', '73.72'], { cwd: dir });
    expect(init.code).toBe(0);
    expect(init.stderr).toContain('Templat ditulis: jawaban-kota-parepare.yaml');
    const text = readFileSync(join(dir, 'jawaban-kota-parepare.yaml'), 'utf8');
    // No `$schema` line unless asked (--schema), and nothing of this machine's folders.
    expect(text).not.toContain('yaml-language-server');
    expect(absolute(text, ROOT)).toBe(false);
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

  it('--schema writes the schema beside the file; the reference still works in another folder, on another machine', async () => {
    const maker = tmpDir('siap-kabupaten-');
    mkdirSync(join(maker, 'kirim'));
    const made = await runCli(['init', '--regency', 'Gianyar', '-o', 'kirim/gianyar.yaml', '--schema'], { cwd: maker });
    expect(made.code).toBe(0);
    expect(made.written).toEqual(['kirim/gianyar.yaml', 'kirim/kesiapan-kota-cerdas.answers.schema.json']);
    expect(made.stderr).toContain('Skema untuk editor di sampingnya: kirim/kesiapan-kota-cerdas.answers.schema.json');
    const text = readFileSync(join(maker, 'kirim', 'gianyar.yaml'), 'utf8');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=./kesiapan-kota-cerdas.answers.schema.json');
    expect(absolute(text, maker)).toBe(false);
    expect(absolute(text, ROOT)).toBe(false);

    // Both files moved to the secretariat's folder: the reference, read relative to the file as
    // editors do, finds the schema, and it knows the rubric's question ids.
    const secretariat = join(tmpDir('siap-sekretariat-'), 'masuk', 'bali');
    mkdirSync(secretariat, { recursive: true });
    for (const name of ['gianyar.yaml', 'kesiapan-kota-cerdas.answers.schema.json']) renameSync(join(maker, 'kirim', name), join(secretariat, name));
    const ref = /\$schema=(.+)$/m.exec(readFileSync(join(secretariat, 'gianyar.yaml'), 'utf8'))![1]!;
    const schema = JSON.parse(readFileSync(resolve(secretariat, ref), 'utf8')) as { properties: { answers: { properties: Record<string, unknown> } } };
    expect(Object.keys(schema.properties.answers.properties)).toContain('S1.1');
    expect((await runCli(['score', 'masuk/bali/gianyar.yaml'], { cwd: dirname(dirname(secretariat)) })).code).toBe(0);

    // A second template in the same folder keeps the identical schema; a different one needs --force.
    const again = await runCli(['init', '--regency', 'Bangli', '-o', 'bangli.yaml', '--schema'], { cwd: secretariat });
    expect(again.code).toBe(0);
    expect(again.written).toEqual(['bangli.yaml']);
    writeFileSync(join(secretariat, 'kesiapan-kota-cerdas.answers.schema.json'), '{}\n');
    const refused = await runCli(['init', '-o', 'badung.yaml', '--schema'], { cwd: secretariat });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('kesiapan-kota-cerdas.answers.schema.json  FILE_EXISTS');
    expect(refused.written).toEqual([]);
  });

  it('a template filled in by a script scores as worked out by hand', async () => {
    const dir = withRubric();
    expect((await runCli(['init', '--rubric', 'minimal.yaml', '-o', 'isi.yaml'], { cwd: dir })).code).toBe(0);
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
  /** FILE names its rubric in a sibling folder (`../rubrics/`): our own file, so it is followed. */
  const OWN = '--allow-rubric-file';

  it('prints the summary with index, band, status, coverage and the pillar table', async () => {
    const result = await runCli(['score', OWN, FILE]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Kabupaten Gianyar · Bali · Verifikasi asesor · 2026-04-05');
    expect(result.stdout).toMatch(/Indeks\s+70,0 \/ 100\s+Siap/);
    expect(result.stdout).toContain('✓ Direkomendasikan');
    expect(result.stdout).toContain('Cakupan   4 ditanyakan · 4 dijawab (1 N/A) · 3 dinilai · 4 di rubrik');
    expect(result.stdout).toMatch(/Infrastruktur\s+40\s+50,0/);
  });

  it('--json follows the documented shape with unrounded numbers', async () => {
    const result = await runCli(['score', OWN, FILE, '--json']);
    const json = ScoreJsonSchema.parse(JSON.parse(result.stdout));
    expect(json.index).toBeCloseTo(70, 10);
    expect(json.nodes.map((n) => [n.id, n.parent, n.weight])).toEqual([['kepemimpinan', null, 60], ['infrastruktur', null, 40]]);
    expect(json.questions.find((q) => q.id === 'I2')).toMatchObject({ state: 'na', na_reason: 'Pusat data dikelola provinsi', points: null });
    expect(result.stderr).toBe('');
  });

  it('--csv gives one row per section and question', async () => {
    const csv = (await runCli(['score', OWN, FILE, '--csv'])).stdout;
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('type,id,parent,title,weight,index,display,band,state,value,points,max_points,share');
    expect(lines).toHaveLength(1 + 1 + 2 + 4);
    expect(lines.find((l) => l.startsWith('question,I1,'))).toContain(',answered,72.5,2,4,');
  });

  it('--explain shows how each number was worked out', async () => {
    const out = (await runCli(['score', OWN, FILE, '--explain'])).stdout;
    expect(out).toContain('Indeks = (60×83,3 + 40×50,0) / 100 = 70,0');
    expect(out).toContain('K1: 3 · Terdefinisi → 3/4 poin → 75,0');
    expect(out).toContain('tidak dihitung: I2 (N/A)');
  });

  it('--fail-under exits 1 below the threshold and 0 at it', async () => {
    expect((await runCli(['score', OWN, FILE, '--fail-under', '70'])).code).toBe(0);
    const below = await runCli(['score', OWN, FILE, '--fail-under', '70,1']);
    expect(below.code).toBe(1);
    expect(below.stderr).toContain('indeks 70,0 di bawah batas --fail-under 70,1');
    const bad = await runCli(['score', OWN, FILE, '--fail-under', 'tinggi']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('USAGE');
  });

  it('--fail-under compares the unrounded index, and shows enough decimals to say so', async () => {
    // Kota Harapan Jaya's index is 85.75, shown as 85,8.
    const example = 'rubrics/examples/kota-harapan-jaya-asesor.yaml';
    const below = await runCli(['score', example, '--fail-under', '85,8']);
    expect(below.code).toBe(1);
    expect(below.stderr).toContain('indeks 85,75 di bawah batas --fail-under 85,8');
    expect((await runCli(['score', example, '--fail-under', '85.75'])).code).toBe(0);
  });

  it('--fail-under outside the rubric\'s index scale is a usage error, not a check every file fails', async () => {
    const spbe = await runCli(['score', 'rubrics/examples/spbe-sukamaju-mandiri.yaml', '--fail-under', '70']);
    expect(spbe.code).toBe(2);
    expect(spbe.stderr).toContain('USAGE_FAIL_UNDER_RANGE');
    expect(spbe.stderr).toContain('rentang 1–5');
    expect(spbe.stdout).toBe('');
    expect((await runCli(['score', OWN, FILE, '--fail-under', '-1'])).stderr).toContain('USAGE_FAIL_UNDER_RANGE');
  });

  it('usage errors exit 2 with a message in the user\'s language', async () => {
    const result = await runCli(['score', OWN, FILE, '--jsno']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('USAGE_UNKNOWN_OPTION  opsi tidak dikenal: --jsno (mungkin maksudnya --json?)');
    const en = await runCli(['score'], { env: { SIAP_LANG: 'en' } });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('USAGE_MISSING_ARGUMENT  missing required argument: answers');
    expect(en.stderr).toContain('hint: run with --help to see examples');
  });
});
