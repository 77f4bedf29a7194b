import { describe, expect, it } from 'vitest';
import { groupThousands } from '../../src/i18n.js';
import { formatCell, formatNumber, formatQuantity } from '../../src/messages/present.js';
import { join } from 'node:path';
import { RUBRIC_110 } from '../answers/helpers.js';
import { fixture, ROOT, runCli } from '../helpers/run-cli.js';

/** Finding 17: numbers are shown one way per language; numbers to type back are never grouped. */
describe('numbers as shown', () => {
  it('an amount beside its unit has its thousands grouped: 338.410 / 2.152,8 (id), 338,410 / 2,152.8 (en)', () => {
    expect(formatQuantity(338410, 'id')).toBe('338.410');
    expect(formatQuantity(2152.8, 'id')).toBe('2.152,8');
    expect(formatQuantity(2152.8, 'en')).toBe('2,152.8');
    expect(formatQuantity(-1234567.25, 'id')).toBe('-1.234.567,25');
    expect(formatQuantity(999, 'id')).toBe('999');
    expect(groupThousands('1775,0', 'id')).toBe('1.775,0');
  });

  it('a number to type back stays ungrouped (it would be refused as 527.800)', () => {
    expect(formatNumber(338410, 'id')).toBe('338410');
    expect(formatNumber(2152.8, 'id')).toBe('2152,8');
  });

  it('a list cell: an amount with a unit is grouped, a year is not', () => {
    const history = RUBRIC_110.contextById.get('riwayat-indeks-spbe');
    const tahun = history?.kind === 'list' ? history.columns.find((c) => c.id === 'tahun') : undefined;
    expect(formatCell(tahun!, 2024, 'id')).toBe('2024');
    const p35 = RUBRIC_110.questionById.get('P3.5');
    const anggaran = p35?.kind === 'list' ? p35.columns.find((c) => c.id === 'anggaran') : undefined;
    expect(formatCell(anggaran!, 1500, 'id')).toBe('1.500 juta rupiah');
  });

  it('siap score shows the regency profile with grouped amounts', async () => {
    const { stdout } = await runCli(['score', join(ROOT, 'rubrics', 'examples', 'kota-harapan-jaya-asesor.yaml')]);
    expect(stdout).toContain('Jumlah penduduk: 412.870 jiwa');
    expect(stdout).toMatch(/Belanja APBD tahun berjalan: 2\.604,3 miliar\s+rupiah/);
  });

  it('rubric show writes band limits with a decimal comma, like the gates below them', async () => {
    const { stdout } = await runCli(['rubric', 'show', 'spbe-2020'], { cwd: fixture() });
    expect(stdout).toContain('Memuaskan ≥ 4,2 · Sangat Baik ≥ 3,5 · Baik ≥ 2,6');
    expect((await runCli(['rubric', 'show', 'spbe-2020', '--lang', 'en'], { cwd: fixture() })).stdout).toMatch(/≥ 4\.2/);
  });
});
