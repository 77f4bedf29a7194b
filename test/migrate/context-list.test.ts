import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ListRow } from '../../src/answers/model.js';
import { parseAnswers } from '../../src/answers/parse.js';
import { buildAnswersTemplate } from '../../src/answers/template.js';
import { checkValue } from '../../src/answers/values.js';
import { SiapError } from '../../src/errors.js';
import { loadRubric } from '../../src/io/rubrics.js';
import { scoreAssessment } from '../../src/scoring/score.js';
import { toScoreJson } from '../../src/scoring/json.js';
import { readPdf } from '../report/pdf-read.js';
import { ROOT, runCli, tmpDir } from '../helpers/run-cli.js';

const rubric = loadRubric('kesiapan-kota-cerdas@1.1.0').rubric;
const quickWins = rubric.questionById.get('P3.5')!;
const EXAMPLE = join(ROOT, 'rubrics', 'examples', 'kabupaten-sukamaju-asesor.yaml');

describe('list questions (the quick wins)', () => {
  it('take rows of declared columns, typed as maps or on one line', () => {
    const typed = checkValue(quickWins, 'Antrean daring | Dinas Kesehatan | 150,5 | 26 puskesmas; QRIS PBB | Bapenda');
    expect(typed).toEqual({
      ok: true,
      value: [
        { 'quick-win': 'Antrean daring', 'perangkat-daerah': 'Dinas Kesehatan', anggaran: 150.5, target: '26 puskesmas' },
        { 'quick-win': 'QRIS PBB', 'perangkat-daerah': 'Bapenda' },
      ],
    });
    expect(checkValue(quickWins, [{ 'quick-win': 'A', 'perangkat-daerah': 'B', anggaran: '12' }])).toMatchObject({ ok: true, value: [{ anggaran: 12 }] });
  });

  it('refuse an unknown column, a missing required cell, a bad number and too many rows, each with its row', () => {
    expect(checkValue(quickWins, [{ 'quick-win': 'A', 'perangkat-daerah': 'B', biaya: 1 }])).toMatchObject({ ok: false, code: 'ANSWER_LIST_COLUMN', params: { row: 1, column: 'biaya' } });
    expect(checkValue(quickWins, [{ 'quick-win': 'A', 'perangkat-daerah': 'B' }, { 'quick-win': 'C' }])).toMatchObject({ ok: false, code: 'ANSWER_LIST_REQUIRED', params: { row: 2, column: 'perangkat-daerah' } });
    expect(checkValue(quickWins, 'A | B | banyak')).toMatchObject({ ok: false, code: 'ANSWER_LIST_VALUE', params: { row: 1, column: 'anggaran' } });
    expect(checkValue(quickWins, Array.from({ length: 11 }, () => ({ 'quick-win': 'A', 'perangkat-daerah': 'B' })))).toMatchObject({ ok: false, code: 'ANSWER_LIST_ROWS' });
  });

  it('are not scored, and come out in --json as rows', () => {
    const text = readFileSync(EXAMPLE, 'utf8');
    const { answers } = parseAnswers(text, 'contoh.yaml', rubric);
    const json = toScoreJson(scoreAssessment(rubric, answers)) as { questions: { id: string; points: unknown; value: unknown }[]; context: { id: string; value: unknown }[] };
    const p35 = json.questions.find((q) => q.id === 'P3.5')!;
    expect(p35.points).toBeNull();
    expect(p35.value).toHaveLength(3);
    expect(json.context.find((c) => c.id === 'riwayat-indeks-spbe')?.value).toEqual([
      { tahun: 2023, indeks: 2.45, predikat: 'cukup' },
      { tahun: 2024, indeks: 2.81, predikat: 'baik' },
    ]);
  });
});

describe('context fields (the regency profile)', () => {
  const base = readFileSync(EXAMPLE, 'utf8');
  const fails = (text: string): SiapError => {
    try {
      parseAnswers(text, 'contoh.yaml', rubric);
    } catch (error) {
      return error as SiapError;
    }
    throw new Error('expected a problem');
  };

  it('are checked like answers, at file:line:col', () => {
    const unknown = fails(base.replace('  ipm: 71.85\n', '  ipmx: 71.85\n'));
    expect(unknown.diagnostics[0]).toMatchObject({ code: 'ANSWER_UNKNOWN_CONTEXT', source: { line: 37, column: 3 } });
    const option = fails(base.replace('  kapasitas-fiskal: sedang\n', '  kapasitas-fiskal: lumayan\n'));
    expect(option.diagnostics[0]).toMatchObject({ code: 'ANSWER_UNKNOWN_OPTION', source: { line: 38 } });
    const bounds = fails(base.replace('  ipm: 71.85\n', '  ipm: 171.85\n'));
    expect(bounds.diagnostics[0]).toMatchObject({ code: 'ANSWER_OUT_OF_BOUNDS' });
  });

  it('never change the score', () => {
    const without = base.replace(/^context:\n(?: {2}.*\n)+/m, '');
    const a = scoreAssessment(rubric, parseAnswers(base, 'a.yaml', rubric).answers);
    const b = scoreAssessment(rubric, parseAnswers(without, 'b.yaml', rubric).answers);
    expect(b.context).toEqual([]);
    expect(a.index).toBe(b.index);
  });
});

describe('the answers template and the report for 1.1.0', () => {
  it('siap init writes the regency profile and the quick-win columns, and the file loads unanswered', async () => {
    const text = buildAnswersTemplate(rubric, { lang: 'id', regency: { name: 'Uji' } });
    expect(text).toMatch(/^context:\n/m);
    expect(text).toContain('  # kapasitas-fiskal · Kapasitas fiskal daerah');
    expect(text).toContain('Nilai: daftar baris; satu baris: - {quick-win: … *wajib, perangkat-daerah: … *wajib, anggaran: … (juta rupiah), target: …}');
    expect(text).toContain('#   Ambang bila jenis daerah = "kota":');
    expect(text).toContain('#   Padanan Indikator evaluasi SPBE (PermenPANRB 59/2020): I10, I19');
    expect(text).toMatch(/# Skala G: Mengikuti level kapabilitas proses SPBE/);
    const { answers } = parseAnswers(text, 'templat.yaml', rubric);
    expect(answers.entries.size + answers.context.size).toBeGreaterThan(0);
    expect([...answers.entries.values()].every((e) => e.value === undefined)).toBe(true);
  });

  it('siap report prints the profile, the quick wins as rows, the SPBE counterparts and where the file came from', async () => {
    const dir = tmpDir();
    const out = join(dir, 'laporan.pdf');
    const r = await runCli(['report', EXAMPLE, '-o', out]);
    expect(r.code).toBe(0);
    const pdf = await readPdf(readFileSync(out));
    const text = pdf.text.replace(/\s+/g, ' ');
    expect(text).toContain('Jumlah penduduk');
    expect(text).toMatch(/Riwayat Indeks SPBE 2023 \| 2,45 \| Cukup; 2024 \| 2,81 \| Baik/);
    expect(text).toContain('Antrean daring puskesmas di seluruh kecamatan · Dinas Kesehatan · 450 juta rupiah · 26 puskesmas melayani antrean daring');
    expect(text).toContain('Indikator evaluasi SPBE (PermenPANRB 59/2020): I10, I19');
    expect(text).toMatch(/Dibawa dari kesiapan-kota-cerdas v1\.0\.0 dengan perintah siap migrate/);
  });

  it('siap score shows the profile line', async () => {
    const dir = tmpDir();
    writeFileSync(join(dir, 'a.yaml'), readFileSync(EXAMPLE));
    const r = await runCli(['score', 'a.yaml'], { cwd: dir });
    expect(r.stdout).toMatch(/Profil daerah: Jumlah penduduk: 1\.024\.350 jiwa/);
  });
});

describe('siap assess shows a list the way it is typed', () => {
  it('round-trips rows through the one-line form', async () => {
    const { editableText } = await import('../../src/cli/assess-screen.js');
    const rows: ListRow[] = [
      { 'quick-win': 'Antrean daring', 'perangkat-daerah': 'Dinas Kesehatan', anggaran: 150.5, target: '26 puskesmas' },
      { 'quick-win': 'QRIS PBB', 'perangkat-daerah': 'Bapenda' },
    ];
    const line = editableText(quickWins, { value: rows, evidence: [] }, 'id');
    expect(line).toBe('Antrean daring | Dinas Kesehatan | 150,5 | 26 puskesmas; QRIS PBB | Bapenda');
    expect(checkValue(quickWins, line)).toEqual({ ok: true, value: rows });
  });
});
