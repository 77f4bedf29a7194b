import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareAssessments } from '../../src/compare/compare.js';
import { loadAssessment } from '../../src/io/load.js';
import { buildComparisonSection } from '../../src/report/compare-page.js';
import { DEFAULT_COLORS } from '../../src/report/theme.js';
import { scoreAssessment } from '../../src/scoring/score.js';
import { pdfText } from '../batch/pdf-text.js';
import { fixture, runCli, tmpDir } from '../helpers/run-cli.js';

const dir = fixture('compare');

function section(a: string, b: string, lang: 'id' | 'en' = 'id') {
  const la = loadAssessment(join(dir, a));
  const lb = loadAssessment(join(dir, b));
  const comparison = compareAssessments(la.rubric, scoreAssessment(la.rubric, la.answers), lb.rubric, scoreAssessment(lb.rubric, lb.answers));
  return buildComparisonSection(comparison, { lang, colors: DEFAULT_COLORS, tier: { id: 'Pilar', en: 'Pillar' } });
}

describe('report page "Penilaian Mandiri vs Verifikasi Asesor"', () => {
  it('draws self vs assessor per pillar and lists the unverified claims with the assessor\'s note', async () => {
    const s = section('gianyar-mandiri.yaml', 'gianyar-verifikasi.yaml')!;
    expect(s.chart.title).toBe('Penilaian Mandiri vs Verifikasi Asesor per pilar');
    expect(s.chart.series.map((x) => x.name)).toEqual(['Penilaian mandiri', 'Verifikasi asesor']);
    expect(s.chart.items.map((i) => [i.label, ...i.display])).toEqual([
      ['Indeks keseluruhan', '75,0', '67,5'],
      ['Struktur', '75,0', '66,7'],
      ['Teknologi', '75,0', '68,8'],
    ]);
    expect(s.table.rows.map((r) => r.cells[0])).toEqual([
      { text: 'S1', style: 'bold' },
      { text: 'S3', style: 'bold' },
      { text: 'T2', style: 'bold' },
    ]);
    expect(s.table.rows[0]!.cells[4]).toBe('SK tim belum ditandatangani bupati');
    expect(s.lead).toMatch(/^Penilaian mandiri Kabupaten Gianyar \(10 Februari 2026\) memberi indeks 75,0; verifikasi asesor \(5 April 2026\) memberi 67,5 \(selisih −7,5, dihitung dari angka yang dicetak\)\. 3 klaim tidak terverifikasi/);
  });

  it('is not drawn for two assessors\' files', async () => {
    expect(section('gianyar-2025.yaml', 'gianyar-verifikasi.yaml')).toBeNull();
  });

  it('appears in the PDF of `siap report FILE --compare SELF`, with the unverified items listed', async () => {
    const out = join(tmpDir('siap-report-compare-'), 'laporan.pdf');
    const r = await runCli(['report', 'gianyar-verifikasi.yaml', '--compare', 'gianyar-mandiri.yaml', '-o', out], { cwd: dir });
    expect(r.code).toBe(0);
    const { pages } = await pdfText(out);
    const page = pages.find((p) => p.includes('Penilaian Mandiri vs Verifikasi Asesor per bagian'));
    expect(page).toBeDefined();
    expect(page).toMatch(/3 klaim tidak terverifikasi/);
    expect(page).toMatch(/Indeks keseluruhan 75,0 67,5 Struktur 75,0 66,7 Teknologi 75,0 68,8/);
    // "fewer points" is what every row means (the lead says so): it is not repeated; N/A is named.
    expect(page).toMatch(/S1 Struktur Tim kota cerdas ditetapkan dengan SK 3 · Terdefinisi 2 · Parsial SK tim belum ditandatangani bupati/);
    expect(page).toMatch(/S3 Struktur Forum kemitraan dengan perguruan tinggi 2 · Parsial N\/A: Bukan kewenangan kabupaten \(dinyatakan tidak berlaku\)/);
    expect(page).toMatch(/T2 Teknologi Pusat data yang dipakai PDN \/ cloud Ruang server PDN belum dipakai; server masih di ruang Diskominfo/);
    expect(page).not.toMatch(/poin lebih rendah\)/);
    // verified or improved claims are not listed
    expect(page).not.toMatch(/T3 |T4 /);
  });

  it('refuses a --compare file that is not the regency\'s self-assessment: located, exit 2, no PDF', async () => {
    const tmp = tmpDir('siap-report-compare-');
    const notPair = await runCli(['report', 'gianyar-verifikasi.yaml', '--compare', 'gianyar-2025.yaml', '-o', join(tmp, 'a.pdf')], { cwd: dir });
    expect(notPair.code).toBe(2);
    expect(notPair.stderr).toMatch(/^gianyar-2025\.yaml:5:9 {2}REPORT_COMPARE_NOT_PAIR {2}halaman perbandingan memerlukan satu penilaian mandiri dan satu verifikasi asesor/m);
    expect(existsSync(join(tmp, 'a.pdf'))).toBe(false);

    const other = join(tmp, 'bangli-mandiri.yaml');
    writeFileSync(other, readFileSync(join(dir, 'gianyar-mandiri.yaml'), 'utf8').replace('{name: Gianyar, kind: kabupaten, province: Bali, code: "51.04"}', '{name: Bangli, kind: kabupaten, province: Bali, code: "51.06"}').replace('rubric-v1.yaml', join(dir, 'rubric-v1.yaml')));
    const otherRegency = await runCli(['report', 'gianyar-verifikasi.yaml', '--compare', other, '-o', join(tmp, 'b.pdf'), '--allow-rubric-file'], { cwd: dir });
    expect(otherRegency.code).toBe(2);
    expect(otherRegency.stderr).toMatch(/bangli-mandiri\.yaml:3:10 {2}REPORT_COMPARE_OTHER_REGENCY {2}berkas --compare ini untuk Kabupaten Bangli \(51\.06\), sedangkan laporan untuk Kabupaten Gianyar \(51\.04\)/);
    expect(existsSync(join(tmp, 'b.pdf'))).toBe(false);
  });
});
