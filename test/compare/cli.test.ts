import { copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fixture, runCli, tmpDir } from '../helpers/run-cli.js';

const dir = fixture('compare');
const inFixtures = (args: string[], env: Record<string, string> = {}) => runCli(args, { cwd: dir, env });

/** A scratch folder holding the compare fixtures (rubrics and answers). */
function scratch(): string {
  const tmp = tmpDir('siap-merge-');
  for (const name of readdirSync(dir)) copyFileSync(join(dir, name), join(tmp, name));
  return tmp;
}

describe('siap compare', () => {
  it('leads with the biggest movements, then the pillars, then the claims the assessor did not verify', async () => {
    const r = await inFixtures(['compare', 'gianyar-mandiri.yaml', 'gianyar-verifikasi.yaml']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout;
    expect(out).toMatch(/A {2}Kabupaten Gianyar · Penilaian mandiri · 2026-02-10/);
    expect(out).toMatch(/Indeks 75,0 \/ 100 {3}Baik/);
    expect(out).toMatch(/B {2}Kabupaten Gianyar · Verifikasi asesor · 2026-04-05/);
    expect(out).toMatch(/Indeks 67,5 \/ 100 {3}Cukup/);
    expect(out).toMatch(/Δ {2}−7,5 poin indeks/);
    // movements in order of their effect on the index
    const ids = [...out.matchAll(/^ {2}[▲▼•] {2}(\w+)/gm)].map((m) => m[1]);
    expect(ids).toEqual(['T2', 'S3', 'T4', 'T3', 'S1', 'N1']);
    expect(out).toMatch(/T2 +Pusat data yang dipakai +PDN \/ cloud → Ruang server +−8,3 +turun/);
    expect(out.indexOf('Perubahan terbesar')).toBeGreaterThan(0);
    expect(out.indexOf('Perubahan terbesar')).toBeLessThan(out.indexOf('BAGIAN / SUB-BAGIAN'));
    expect(out).toMatch(/Struktur +75,0 +66,7 +−8,3 +turun/);
    expect(out).toMatch(/3 klaim tidak terverifikasi/);
    expect(out).toMatch(/klaim: 3 · Terdefinisi {2}→ {2}asesor: 2 · Parsial\n +catatan asesor: SK tim belum ditandatangani bupati/);
    expect(out).toMatch(/Ringkasan: 1 naik · 2 turun/);
  });

  it('fits an 80-column terminal: answers under each movement, lines broken between words', async () => {
    const r = await runCli(['compare', 'gianyar-mandiri.yaml', 'gianyar-verifikasi.yaml'], { cwd: dir, columns: 80 });
    for (const line of r.stdout.split('\n')) expect([...line].length, line).toBeLessThanOrEqual(79);
    expect(r.stdout).toMatch(/▼ {2}T2 {2}Pusat data yang dipakai +−8,3 {2}turun\n {8}PDN \/ cloud → Ruang server\n/);
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('Ringkasan: 1 naik · 2 turun · 1 berubah, poin sama · 1 menjadi N/A · 1 tidak lagi N/A · 2 tetap');
  });

  it('speaks English with --lang en', async () => {
    const r = await inFixtures(['compare', 'gianyar-mandiri.yaml', 'gianyar-verifikasi.yaml', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Δ {2}−7\.5 index points/);
    expect(r.stdout).toMatch(/3 claim\(s\) not verified/);
    expect(r.stdout).toMatch(/S3 +Partnership forum with universities +2 · Partial → N\/A: .* +−7\.5 +newly N\/A/);
  });

  it('lists the ids found in one rubric version only', async () => {
    const r = await inFixtures(['compare', 'gianyar-2025.yaml', 'gianyar-2026.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Perbedaan rubrik \(uji-banding v1\.0\.0 → uji-banding v2\.0\.0\)/);
    expect(r.stdout).toMatch(/pertanyaan hanya di A: T3, T4/);
    expect(r.stdout).toMatch(/pertanyaan hanya di B: S4, T4b, L1/);
    expect(r.stdout).toMatch(/bagian hanya di B: layanan/);
    expect(r.stdout).toMatch(/Layanan +— +75,0 +— +hanya di B/);
  });

  it('prints the documented JSON shape', async () => {
    const r = await inFixtures(['compare', 'gianyar-mandiri.yaml', 'gianyar-verifikasi.yaml', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.format).toBe('siap-compare/1');
    expect([json.a.display, json.b.display, json.overall.display, json.overall.status]).toEqual(['75.0', '67.5', '-7.5', 'regressed']);
    expect(json.a.assessment.kind).toBe('self');
    expect(json.movements).toEqual(['T2', 'S3', 'T4', 'T3', 'S1', 'N1']);
    const s1 = json.questions.find((q: { id: string }) => q.id === 'S1');
    expect(s1).toMatchObject({ status: 'regressed', delta_points: -1, delta_score: -25, pillar: 'struktur', a: { value: 3, points: 3 }, b: { value: 2, points: 2, note: 'SK tim belum ditandatangani bupati' } });
    expect(s1.impact).toBeCloseTo(-2.5, 9);
    expect(json.verification.self).toBe('a');
    expect(json.verification.not_verified.map((i: { id: string; reason: string }) => `${i.id}:${i.reason}`)).toEqual(['S1:lower', 'S3:na', 'T2:lower']);
    expect(json.rubric_changes).toEqual({ only_in_a: { questions: [], nodes: [] }, only_in_b: { questions: [], nodes: [] }, kind_changed: [], mapping: null });
  });

  it('warns, located, when the two files are for different regencies', async () => {
    const r = await inFixtures(['compare', 'gianyar-2025.yaml', 'panel-bangli.yaml']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^panel-bangli\.yaml:3:10 {2}COMPARE_OTHER_REGENCY {2}peringatan: A dan B bukan untuk daerah yang sama \(Kabupaten Gianyar 51\.04 dan Kabupaten Bangli 51\.06\)/);
  });

  it('refuses a broken file with a located error and exit 2', async () => {
    const tmp = scratch();
    writeFileSync(join(tmp, 'rusak.yaml'), readFileSync(join(tmp, 'gianyar-verifikasi.yaml'), 'utf8').replace('T3: 3', 'T3: 7'));
    const r = await runCli(['compare', 'gianyar-mandiri.yaml', 'rusak.yaml'], { cwd: tmp });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^rusak\.yaml:16:7 {2}ANSWER_OUT_OF_SCALE/m);
  });
});

describe('siap merge', () => {
  it('prints the agreement figures, writes a consensus that validates and scores provisional', async () => {
    const tmp = scratch();
    const r = await runCli(['merge', 'panel-ayu.yaml', 'panel-budi.yaml', 'panel-citra.yaml', '-o', 'konsensus.yaml'], { cwd: tmp });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Kesepakatan +4 dari 6 butir dinilai yang dijawab semua asesor \(66,7%\) +sama persis: 1 dari 6 \(16,7%\)/);
    expect(r.stdout).toMatch(/Kappa berbobot +0,27 \(bobot linear, rata-rata 3 pasang asesor\) — lemah/);
    expect(r.stdout).toMatch(/1–2 0,80 \(4 butir\) · 1–3 0,00 \(4 butir\) · 2–3 0,00 \(3 butir\)/);
    expect(r.stdout).toMatch(/Butir yang diperdebatkan \(2\)/);
    expect(r.stdout).toMatch(/S2 +Ada anggaran khusus kota ce… +Ya +Ya +Tidak +jawaban berbeda/);
    expect(r.stdout).toMatch(/S3 +Forum kemitraan dengan perg… +2 · Parsial +N\/A +2 · Parsial +N\/A lawan nilai/);
    expect(r.stderr).toMatch(/Berkas konsensus ditulis: konsensus\.yaml — 8 ditanyakan · 4 dijawab · 4 dinilai · 8 di rubrik; 4 butir menunggu keputusan panel; indeks 50,0 \/ 100 \[SEMENTARA\]/);
    expect(r.stderr).toMatch(/siap assess konsensus\.yaml/);

    const doc = parse(readFileSync(join(tmp, 'konsensus.yaml'), 'utf8'));
    expect(doc.rubric).toMatchObject({ id: 'uji-banding', version: '1.0.0', file: 'rubric-v1.yaml' });
    expect(doc.assessment.kind).toBe('assessor');
    expect(doc.merged_from).toEqual([
      { file: 'panel-ayu.yaml', assessor: 'Dr. Ayu Wéndri' },
      { file: 'panel-budi.yaml', assessor: 'Budi Santoso' },
      { file: 'panel-citra.yaml', assessor: 'Citra Lestari' },
    ]);
    expect(doc.answers.S2.value).toBeNull();
    expect(doc.answers.S2.panel.map((p: { value: unknown }) => p.value)).toEqual([true, true, false]);
    expect(doc.answers.T1.value).toBe(4);
    // The agreement travels with the consensus file, for `score` and the report.
    expect(doc.consensus).toEqual({ assessors: 3, rule: 'median', compared: 6, agreed: 4, kappa: 0.2667, kappa_weighting: 'linear', open: ['S2', 'S3', 'T3', 'N1'] });

    const score = await runCli(['score', 'konsensus.yaml', '--json'], { cwd: tmp });
    expect(score.code).toBe(0);
    const json = JSON.parse(score.stdout);
    expect(json.provisional).toBe(true);
    // S2, S3 and T3 are required and open; N1 is an optional text
    expect(json.coverage.required_unanswered).toBe(3);
    expect(json.questions.filter((q: { state: string }) => q.state === 'unanswered').map((q: { id: string }) => q.id)).toEqual(['S2', 'S3', 'T3', 'N1']);
  });

  it('is no longer provisional once the panel has settled the open items', async () => {
    const tmp = scratch();
    expect((await runCli(['merge', 'panel-ayu.yaml', 'panel-budi.yaml', 'panel-citra.yaml', '-o', 'konsensus.yaml'], { cwd: tmp })).code).toBe(0);
    const text = readFileSync(join(tmp, 'konsensus.yaml'), 'utf8');
    // settle S2, S3 and T3 the way `siap assess` would: a value next to the panel record
    const settled = text.replace(/( {2}S2:\n {4}value:)/, '$1 true').replace(/( {2}S3:\n {4}value:)/, '$1 2').replace(/( {2}T3:\n {4}value:)/, '$1 1');
    writeFileSync(join(tmp, 'konsensus.yaml'), settled);
    const json = JSON.parse((await runCli(['score', 'konsensus.yaml', '--json'], { cwd: tmp })).stdout);
    expect(json.provisional).toBe(false);
    // `siap score` says it is a panel's consensus, how well the assessors agreed and what the panel decided.
    const table = (await runCli(['score', 'konsensus.yaml'], { cwd: tmp })).stdout;
    expect(table).toContain('Konsensus panel 3 asesor, digabung dengan siap merge (aturan median)');
    expect(table).toContain('kesepakatan 4 dari 6 butir dinilai (66,7%) · kappa berbobot 0,27 (linear)');
    expect(table).toContain('diputuskan panel: S2, S3, T3');
    expect(table).toContain('menunggu panel: N1');
    // struktur (75·2 + 100 + 50)/4 = 75; teknologi (100 + 100 + 25 + 75)/4 = 75
    expect(json.index).toBeCloseTo(75, 9);
  });

  it('prints the agreement figures as JSON', async () => {
    const tmp = scratch();
    const r = await runCli(['merge', 'panel-ayu.yaml', 'panel-budi.yaml', 'panel-citra.yaml', '-o', 'k.yaml', '--json', '--kappa', 'quadratic', '--rule', 'min'], { cwd: tmp });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.format).toBe('siap-merge/1');
    expect(json.rule).toBe('min');
    expect(json.agreement).toEqual({ compared: 6, agreed: 4, percent: 4 / 6, identical: 1, identical_percent: 1 / 6 });
    expect(json.kappa.weighting).toBe('quadratic');
    expect(json.kappa.value).toBeCloseTo(1.4 / 3, 12);
    expect(json.kappa.pairs[0]).toMatchObject({ a: 'Dr. Ayu Wéndri', b: 'Budi Santoso', items: 4 });
    expect(json.disputes).toEqual(['S2', 'S3']);
    expect(json.incomplete).toEqual(['T3', 'N1']);
    expect(parse(readFileSync(join(tmp, 'k.yaml'), 'utf8')).answers.S1.value).toBe(2); // min of 3, 3, 2
  });

  it('refuses files of another regency, rubric or rubric version: located, exit 2, nothing written', async () => {
    const out = join(tmpDir('siap-merge-'), 'k.yaml');
    // panel-other-rubric.yaml names its rubric in a sibling folder (../rubrics): our own file.
    const r = await inFixtures(['merge', 'panel-ayu.yaml', 'panel-bangli.yaml', 'panel-other-rubric.yaml', 'panel-v2.yaml', '-o', out, '--allow-rubric-file']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n').filter((l) => /^\S+:\d+:\d+ {2}[A-Z_]+ /.test(l));
    expect(lines.map((l) => l.split(/ {2}/).slice(0, 2).join(' '))).toEqual([
      'panel-bangli.yaml:3:64 MERGE_REGENCY_DIFFERS',
      'panel-other-rubric.yaml:2:14 MERGE_RUBRIC_DIFFERS',
      'panel-v2.yaml:2:36 MERGE_RUBRIC_VERSION_DIFFERS',
    ]);
    expect(r.stderr).toMatch(/berkas ini untuk Kabupaten Bangli \(51\.06\), sedangkan panel-ayu\.yaml untuk Kabupaten Gianyar \(51\.04\)\n {2}saran: siap merge menggabungkan penilaian beberapa asesor untuk SATU daerah/);
    expect(r.stderr).toMatch(/tidak ada berkas yang ditulis/);
    expect(existsSync(out)).toBe(false);
  });

  it('never overwrites: an existing output needs --force, and an input cannot be the output', async () => {
    const tmp = scratch();
    writeFileSync(join(tmp, 'k.yaml'), 'lama\n');
    const exists = await runCli(['merge', 'panel-ayu.yaml', 'panel-budi.yaml', '-o', 'k.yaml'], { cwd: tmp });
    expect(exists.code).toBe(2);
    expect(exists.stderr).toMatch(/^k\.yaml {2}FILE_EXISTS/);
    expect(readFileSync(join(tmp, 'k.yaml'), 'utf8')).toBe('lama\n');
    const same = await runCli(['merge', 'panel-ayu.yaml', 'panel-budi.yaml', '-o', 'panel-budi.yaml', '--force'], { cwd: tmp });
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/^panel-budi\.yaml {2}MERGE_OUTPUT_IS_INPUT/);
    expect(readFileSync(join(tmp, 'panel-budi.yaml'), 'utf8')).toBe(readFileSync(join(dir, 'panel-budi.yaml'), 'utf8'));
    const twice = await runCli(['merge', 'panel-ayu.yaml', './panel-ayu.yaml', '-o', 'k2.yaml'], { cwd: tmp });
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/MERGE_DUPLICATE_FILE/);
    const one = await runCli(['merge', 'panel-ayu.yaml', '-o', 'k2.yaml'], { cwd: tmp });
    expect(one.code).toBe(2);
    expect(one.stderr).toMatch(/MERGE_TOO_FEW_FILES/);
    expect(existsSync(join(tmp, 'k2.yaml'))).toBe(false);
  });

  it('warns when a self-assessment is among the files', async () => {
    const tmp = scratch();
    const r = await runCli(['merge', 'panel-ayu.yaml', 'gianyar-mandiri.yaml', '-o', 'k.yaml', '--lang', 'en'], { cwd: tmp });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^gianyar-mandiri\.yaml:5:9 {2}MERGE_SELF_ASSESSMENT {2}warning:/m);
    expect(r.stdout).toMatch(/Weighted kappa +1\.00 \(linear weights, Cohen\) — almost perfect/);
  });
});

describe('labels, not ids: compare, merge and score --explain name things as the score table does', () => {
  const MANDIRI = 'rubrics/examples/kabupaten-sukamaju-mandiri.yaml';
  const ASESOR = 'rubrics/examples/kabupaten-sukamaju-asesor.yaml';

  it('the same section names as the score table, short titles for questions', async () => {
    const score = (await runCli(['score', ASESOR])).stdout;
    const compare = (await runCli(['compare', MANDIRI, ASESOR])).stdout;
    const explain = (await runCli(['score', ASESOR, '--explain'])).stdout;
    // The six dimensions have slug ids (governance, branding, …) and the pillars too (struktur): never shown before titles.
    for (const out of [compare, explain]) expect(out).not.toMatch(/\b(governance|branding|economy|living|society|environment|struktur|infrastruktur|suprastruktur|dimensi) [A-Z]/);
    // (The self-assessment is of version 1.0.0, the verification of 1.1.0: compare pairs them through the declared migration.)
    for (const label of ['  Tata Kelola (Smart Governance)', '  Pencitraan Daerah (Smart Branding)', '  S1 Kepemimpinan & perencanaan', 'Struktur ']) {
      expect(score, label).toContain(label);
      expect(compare, label).toContain(label);
    }
    expect(explain).toMatch(/^Struktur = \(/m);
    expect(explain).toMatch(/^Tata Kelola \(Smart Governance\) = \(/m);
    expect(explain).toMatch(/^S1 Kepemimpinan & perencanaan = \(/m);
    // Biggest movements and unverified claims by their short titles, not question text cut at 40 characters.
    expect(compare).toMatch(/▼ {2}P1\.1 {2}Regulasi kota cerdas {2,}3 · Terdefinisi → 1 · Inisiasi/);
    expect(compare).toMatch(/^ {2}S2\.2 {2}Tata kelola belanja TIK$/m);
    expect(compare).not.toContain('Apakah sudah ada regulasi daerah tentan…');
  });
});
