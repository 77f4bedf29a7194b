import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateAnswers, type MigrationItem } from '../../src/answers/migrate.js';
import { loadAssessment } from '../../src/io/load.js';
import { planMigration } from '../../src/io/migrations.js';
import { loadRubric } from '../../src/io/rubrics.js';
import { scoreAssessment } from '../../src/scoring/score.js';
import { fixture, runCli, tmpDir } from '../helpers/run-cli.js';

const MIGRATE = fixture('migrate');
const V100 = fixture('versions', '1.0.0');

/** A fresh folder with the fixture migration files, so runs may write next to them. */
function sandbox(): string {
  const dir = tmpDir();
  for (const f of ['rubric-1.0.0.yaml', 'rubric-1.1.0.yaml', 'answers-1.0.0.yaml', 'answers-1.1.0.yaml']) copyFileSync(join(MIGRATE, f), join(dir, f));
  for (const f of readdirSync(V100)) copyFileSync(join(V100, f), join(dir, f));
  return dir;
}

const byFrom = (items: MigrationItem[], id: string): MigrationItem[] => items.filter((i) => i.from.includes(id));

describe('migrating answers (the declared rules, applied)', () => {
  const loaded = loadAssessment(join(MIGRATE, 'answers-1.0.0.yaml'));
  const plan = planMigration(loaded.rubric, join(MIGRATE, 'rubric-1.1.0.yaml'));
  const { answers, steps } = migrateAnswers(loaded.answers, plan.steps, 'id');
  const items = steps[0]!.items;

  it('applies every kind of rule', () => {
    const status = (id: string): string[] => byFrom(items, id).map((i) => i.status);
    expect(status('S1')).toEqual(['remapped']);
    expect(answers.entries.get('S1')).toMatchObject({ value: 1, note: 'Dukungan lisan saja.' });
    expect(status('S2')).toEqual(['moved']);
    expect(answers.entries.get('P1')).toMatchObject({ value: 3, note: 'SK Dewan 2024.', evidence: ['SK 100/2024'] });
    expect(status('S3')).toEqual(['reassess']);
    expect(answers.entries.get('S3')?.value).toBeUndefined();
    expect(answers.entries.get('S3')?.note).toMatch(/^Jawaban versi 1\.0\.0: S3: 14 orang\. Perlu dinilai ulang: Ukurannya kini persentase perangkat daerah\. — Data SIMPEG Maret 2025\.$/);
    expect(status('S4')).toEqual(['moved']);
    expect(answers.context.get('kapasitas-fiskal')?.value).toBe('tinggi');
    expect(status('T1')).toEqual(['merged']);
    expect(answers.entries.get('T6')?.value).toBe(3);
    expect(status('T3')).toEqual(['split']);
    expect([answers.entries.get('P2')?.value, answers.entries.get('P3')?.value]).toEqual([2, 2]);
    expect(status('T4')).toEqual(['dropped']);
    expect(answers.migratedFrom?.dropped).toEqual({ T4: { value: 3, note: 'Predikat menuju informatif.' } });
    expect(status('T5')).toEqual(['moved']);
    expect(answers.context.get('riwayat-spbe')?.value).toEqual([{ indeks: 2.81 }]);
    expect(status('N1')).toEqual(['reassess']);
    expect(items.filter((i) => i.status === 'new').map((i) => i.to)).toEqual([['S5']]);
  });

  it('accounts for every question of both versions', () => {
    const fromIds = new Set(items.flatMap((i) => i.from));
    const toIds = new Set(items.flatMap((i) => i.to));
    for (const q of plan.steps[0]!.source.questions) expect(fromIds.has(q.id), q.id).toBe(true);
    for (const q of plan.target.questions) expect(toIds.has(q.id), q.id).toBe(true);
    expect(steps[0]!.counts).toEqual({ carried: 0, moved: 3, remapped: 1, merged: 1, split: 1, reassess: 2, dropped: 1, new: 1 });
    expect(answers.migratedFrom?.rubric).toMatchObject({ id: 'uji-migrasi', version: '1.0.0' });
  });
});

describe('siap migrate', () => {
  it('writes the new file beside the old one, never touches the input, and prints the per-question report', async () => {
    const dir = sandbox();
    const before = readFileSync(join(dir, 'answers-1.0.0.yaml'));
    const r = await runCli(['migrate', 'answers-1.0.0.yaml', '--to', 'rubric-1.1.0.yaml', '-o', 'baru.yaml'], { cwd: dir, command: 'node ../siap/bin/siap.js' });
    expect(r.code).toBe(0);
    expect(r.written).toEqual(['baru.yaml']);
    // The next step is a command the user can type as they started siap.
    expect(r.stderr).toContain('Lanjutkan dengan: node ../siap/bin/siap.js assess baru.yaml');
    expect(readFileSync(join(dir, 'answers-1.0.0.yaml')).equals(before)).toBe(true);
    expect(r.stdout).toMatch(/dipetakan ulang +S1 +S1 +2 · Parsial → 1 · Inisiasi/);
    expect(r.stdout).toMatch(/dihapus +T4 +— +3 · Terdefinisi +Sudah dinilai instrumen lain\./);
    expect(r.stdout).toContain('Ringkasan: 3 dipindah · 1 dipetakan ulang · 1 digabung · 1 dipecah · 2 dinilai ulang · 1 dihapus · 1 baru');
    expect(r.stderr).toContain('Berkas asal tidak diubah.');
    const text = readFileSync(join(dir, 'baru.yaml'), 'utf8');
    expect(text).toMatch(/rubric:\n {2}id: uji-migrasi\n {2}version: 1\.1\.0\n {2}sha256: [0-9a-f]{64}\n {2}file: rubric-1\.1\.0\.yaml\n/);
    expect(text).toContain('migrated_from:\n  file: answers-1.0.0.yaml\n');
    const score = await runCli(['score', 'baru.yaml', '--json'], { cwd: dir });
    expect(score.code).toBe(0);
    expect(JSON.parse(score.stdout).rubric.version).toBe('1.1.0');
  });

  it('refuses to overwrite (FILE_EXISTS) or to write over its input, before any work', async () => {
    const dir = sandbox();
    const exists = await runCli(['migrate', 'answers-1.0.0.yaml', '--to', 'rubric-1.1.0.yaml', '-o', 'answers-1.1.0.yaml'], { cwd: dir });
    expect(exists.code).toBe(2);
    expect(exists.stderr).toContain('FILE_EXISTS');
    const input = await runCli(['migrate', 'answers-1.0.0.yaml', '--to', 'rubric-1.1.0.yaml', '-o', './answers-1.0.0.yaml', '--force'], { cwd: dir });
    expect(input.code).toBe(2);
    expect(input.stderr).toContain('MIGRATE_OUTPUT_IS_INPUT');
    expect([...exists.written, ...input.written]).toEqual([]);
  });

  it('says so, and writes nothing, when the file already uses the target version', async () => {
    const dir = sandbox();
    const r = await runCli(['migrate', 'answers-1.1.0.yaml', '--to', 'rubric-1.1.0.yaml'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('tidak ada yang dimigrasikan');
    expect(r.written).toEqual([]);
  });

  it('refuses a target older than the file, or a rubric file of another id', async () => {
    const dir = sandbox();
    const back = await runCli(['migrate', 'answers-1.1.0.yaml', '--to', 'rubric-1.0.0.yaml'], { cwd: dir });
    expect(back.code).toBe(2);
    expect(back.stderr).toContain('MIGRATE_BACKWARDS');
    const other = await runCli(['migrate', 'answers-1.0.0.yaml', '--to', 'spbe-2020'], { cwd: dir });
    expect(other.code).toBe(2);
    expect(other.stderr).toContain('MIGRATE_OTHER_RUBRIC');
  });

  describe.each(readdirSync(V100).filter((f) => f.endsWith('.yaml')).sort())('bundled 1.0.0 example %s → 1.1.0', (file) => {
    it('migrates to the latest bundled version by default, with an item for every question, and reads back valid', async () => {
      const dir = sandbox();
      const r = await runCli(['migrate', file, '--json'], { cwd: dir });
      expect(r.code).toBe(0);
      const report = JSON.parse(r.stdout) as { output: string; from: { version: string }; to: { version: string }; steps: { items: { status: string; from: string[]; to: string[] }[] }[] };
      expect(report.output).toBe(file.replace('.yaml', '-1.1.0.yaml'));
      expect([report.from.version, report.to.version]).toEqual(['1.0.0', '1.1.0']);
      const items = report.steps[0]!.items;
      const v100 = loadRubric('kesiapan-kota-cerdas@1.0.0').rubric;
      const v110 = loadRubric('kesiapan-kota-cerdas@1.1.0').rubric;
      for (const q of v100.questions) expect(items.some((i) => i.from.includes(q.id)), q.id).toBe(true);
      for (const q of v110.questions) expect(items.some((i) => i.to.includes(q.id)), q.id).toBe(true);
      for (const id of ['S3.1', 'I4.1', 'P3.5']) expect(items.find((i) => i.from.includes(id) && i.to.includes(id))?.status, id).toBe('reassess');
      expect(items.find((i) => i.from.includes('S2.1'))).toMatchObject({ status: 'moved', to: ['P4.1'] });
      expect(items.filter((i) => i.status === 'new').map((i) => i.to)).toEqual([['S1.6']]);
      const migrated = loadAssessment(join(dir, report.output));
      expect(migrated.warnings).toEqual([]);
      expect(migrated.newerVersion).toBeUndefined();
      const result = scoreAssessment(migrated.rubric, migrated.answers);
      expect(result.provisional).toBe(true); // S1.6, S3.1, I4.1 wait for the assessor
    });
  });

  it('reads old level 2 of the commitment question as new level 1 (Tanjung Permai)', async () => {
    const dir = sandbox();
    const r = await runCli(['migrate', 'kabupaten-tanjung-permai-asesor.yaml', '--json'], { cwd: dir });
    const items = (JSON.parse(r.stdout) as { steps: { items: { status: string; from: string[]; before: unknown[]; after: unknown[] }[] }[] }).steps[0]!.items;
    expect(items.find((i) => i.from.includes('S1.2'))).toMatchObject({ status: 'remapped', before: [{ id: 'S1.2', value: 2 }], after: [{ id: 'S1.2', value: 1 }] });
  });
});

describe('siap compare across versions uses the declared mapping', () => {
  it('lists the moved and remapped items of a 1.0.0 file and its migrated 1.1.0 file', async () => {
    const dir = sandbox();
    await runCli(['migrate', 'kabupaten-tanjung-permai-asesor.yaml', '-o', 'baru.yaml'], { cwd: dir });
    const r = await runCli(['compare', 'kabupaten-tanjung-permai-asesor.yaml', 'baru.yaml', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as {
      rubric_changes: { mapping: { from: string; to: string; items: { type: string; from: string[]; to: string[] }[] } };
      questions: { id: string; status: string; mapping: { type: string; from: string[]; mapped?: unknown } | null }[];
    };
    const mapping = json.rubric_changes.mapping;
    expect([mapping.from, mapping.to]).toEqual(['1.0.0', '1.1.0']);
    const item = (type: string, from: string) => mapping.items.find((i) => i.type === type && i.from.includes(from));
    expect(item('moved', 'S2.1')?.to).toEqual(['P4.1']);
    expect(item('moved', 'S1.4')?.to).toEqual(['P4.3']);
    expect(item('remapped', 'S1.2')?.to).toEqual(['S1.2']);
    expect(item('remapped', 'P1.1')?.to).toEqual(['P1.1']);
    expect(item('split', 'S2.2')?.to).toEqual(['S2.2', 'P4.2']);
    expect(item('context', 'P3.1')?.to).toEqual(['riwayat-indeks-spbe']);
    // The moved question is compared with its old self, and a remapped answer is no regression.
    expect(json.questions.find((q) => q.id === 'P4.1')).toMatchObject({ status: 'unchanged', mapping: { type: 'moved', from: ['S2.1'] } });
    expect(json.questions.find((q) => q.id === 'S1.2')).toMatchObject({ status: 'unchanged', mapping: { type: 'remapped', mapped: 1 } });
    // A file and its own migration: nothing the assessor did moved the index; what moved it is the instrument.
    const rows = (JSON.parse(r.stdout) as { questions: { id: string; status: string; impact: number; instrument_impact?: number; delta_points: number | null }[] }).questions;
    const { a, b } = JSON.parse(r.stdout) as { a: { index: number }; b: { index: number } };
    for (const q of rows.filter((row) => row.status === 'unchanged')) expect(q.impact, q.id).toBeCloseTo(0, 9);
    const s12 = rows.find((q) => q.id === 'S1.2')!;
    expect(s12.delta_points).toBe(0);
    expect(s12.instrument_impact).toBeLessThan(0);
    const total = rows.reduce((sum, q) => sum + q.impact + (q.instrument_impact ?? 0), 0);
    expect(total).toBeCloseTo(b.index - a.index, 9);

    const view = await runCli(['compare', 'kabupaten-tanjung-permai-asesor.yaml', 'baru.yaml'], { cwd: dir });
    expect(view.stdout).toContain('Perubahan instrumen kesiapan-kota-cerdas 1.0.0 → 1.1.0');
    expect(view.stdout).toMatch(/dipindah +S2\.1 → P4\.1/);
    expect(view.stdout).toMatch(/dipetakan ulang +S1\.2 → S1\.2 +jawaban versi 1\.0\.0 2 · Parsial dibaca sebagai 1 · Inisiasi di versi 1\.1\.0/);
  });
});

describe('an older version is a notice, not an error', () => {
  it('score prints where the version is named and how to migrate; exit 0', async () => {
    const r = await runCli(['score', join(V100, 'kabupaten-sukamaju-asesor.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/kabupaten-sukamaju-asesor\.yaml:9:12 {2}RUBRIC_NEWER_VERSION {2}catatan: berkas ini dinilai dengan kesiapan-kota-cerdas versi 1\.0\.0 yang disebutnya; versi 1\.1\.0 sudah ada/);
    expect(r.stderr).toContain('siap migrate');
  });

  it('batch prints one notice for all such files', async () => {
    const r = await runCli(['batch', V100]);
    expect(r.code).toBe(0);
    expect(r.stderr.match(/RUBRIC_NEWER_VERSION_FILES/g)).toHaveLength(1);
    expect(r.stderr).toContain('4 berkas dinilai dengan versi lama rubrik kesiapan-kota-cerdas (1.0.0); versi 1.1.0 sudah ada');
  });

  it('report prints it and still writes the PDF', async () => {
    const dir = tmpDir();
    const r = await runCli(['report', join(V100, 'kabupaten-sukamaju-asesor.yaml'), '-o', join(dir, 'l.pdf')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('RUBRIC_NEWER_VERSION');
    expect(r.stderr).toContain('Laporan ditulis');
  });

  it('rubric show prints the SPBE counterparts with their titles and the level mapping', async () => {
    const r = await runCli(['rubric', 'show', 'kesiapan-kota-cerdas']);
    expect(r.stdout).toContain('level 1→1, 2→2, 3→3, 4→4, 5→4 pada skala G');
    expect(r.stdout).toMatch(/P4\.2 Tim Koordinasi SPBE → I10 Kebijakan Internal Tim Koordinasi SPBE; I19 Tim Koordinasi SPBE/);
    expect(r.stdout).toContain('Migrasi: jawaban versi 1.0.0 dibawa ke versi ini dengan 13 aturan');
    const old = await runCli(['rubric', 'show', 'kesiapan-kota-cerdas@1.0.0']);
    expect(old.stdout).toContain('Ini bukan versi terbaru; versi terbaru 1.1.0.');
  });

  it('compare prints it for the older side', async () => {
    const r = await runCli(['compare', join(V100, 'kabupaten-sukamaju-mandiri.yaml'), fixture('..', '..', 'rubrics', 'examples', 'kabupaten-sukamaju-asesor.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stderr.match(/RUBRIC_NEWER_VERSION/g)).toHaveLength(1);
  });
});
