import { describe, expect, it } from 'vitest';
import { codeKey, groupByProvince, nameKey, provinceCounts, rankResults, type BatchEntry } from '../../src/batch/rank.js';

/** A scored file as the batch keeps it; pillars P1, P2 in that declared order. */
function entry(file: string, index: number | null, pillars: [number | null, number | null], extra: Partial<BatchEntry> = {}): BatchEntry {
  return {
    file,
    rubric: { id: 'r', version: '1', title: { id: 'R' } },
    regency: { name: file.replace(/\.yaml$/, ''), kind: 'kabupaten', province: 'Bali', code: `51.${file.length}${file.charCodeAt(0)}` },
    assessment: { kind: 'assessor', date: '2026-04-01' },
    index,
    decimals: 1,
    lower: 0,
    upper: 100,
    band: null,
    recommended: true,
    gatesPassed: 1,
    gatesTotal: 1,
    failedGates: [],
    coverage: { answered: 4, applicable: 4, na: 0, requiredUnanswered: 0 },
    provisional: false,
    pillars: [
      { id: 'P1', title: { id: 'Satu' }, index: pillars[0] },
      { id: 'P2', title: { id: 'Dua' }, index: pillars[1] },
    ],
    ...extra,
  };
}

const files = (rows: { entry: BatchEntry }[]): string[] => rows.map((r) => r.entry.file);

describe('rankResults: order and tie rule', () => {
  it('sorts by the unrounded index, highest first; no index sorts last', () => {
    const r = rankResults([entry('a', 70.04, [70, 70]), entry('b', null, [null, null]), entry('c', 70.05, [60, 80]), entry('d', 90, [90, 90])]);
    expect(files(r.rows)).toEqual(['d', 'c', 'a', 'b']);
    expect(r.rows.map((x) => x.rank)).toEqual([1, 2, 3, 4]);
  });

  it('breaks an index tie by the first pillar, then the second, in declared order', () => {
    const r = rankResults([entry('x', 75, [50, 100]), entry('y', 75, [100, 50]), entry('z', 75, [100, 60])]);
    // y and z tie on P1 (100): P2 decides (60 > 50); x has the lowest P1.
    expect(files(r.rows)).toEqual(['z', 'y', 'x']);
  });

  it('uses the pillar order given, not the order in each entry', () => {
    const r = rankResults([entry('x', 75, [50, 100]), entry('y', 75, [100, 50])], { pillars: [{ id: 'P2', title: {} }, { id: 'P1', title: {} }] });
    expect(files(r.rows)).toEqual(['x', 'y']);
  });

  it('treats floating-point noise as a tie (then pillars decide)', () => {
    const r = rankResults([entry('a', 69.99999999999999, [90, 0]), entry('b', 70, [10, 0])]);
    expect(files(r.rows)).toEqual(['a', 'b']);
  });

  it('then the regency name in Indonesian collation (Kabupaten before Kota), then the file path', () => {
    const named = (file: string, name: string, kind: 'kabupaten' | 'kota', code: string): BatchEntry =>
      entry(file, 80, [80, 80], { regency: { name, kind, province: 'P', code } });
    const r = rankResults([
      named('4.yaml', 'Solok', 'kota', '13.73'),
      named('3.yaml', 'Serang', 'kabupaten', '36.04'),
      named('2.yaml', 'bangli', 'kabupaten', '51.06'),
      named('1.yaml', 'Banjar', 'kota', '32.79'),
    ]);
    expect(r.rows.map((x) => x.entry.regency.name)).toEqual(['bangli', 'Serang', 'Banjar', 'Solok']);
  });
});

describe('rankResults: quota', () => {
  const pool = (): BatchEntry[] => [
    entry('a', 95, [95, 95]),
    entry('b', 90, [90, 90], { recommended: false, gatesPassed: 0, failedGates: [{ id: 'g', title: {} }] }),
    entry('c', 85, [85, 85], { provisional: true, coverage: { answered: 3, applicable: 4, na: 0, requiredUnanswered: 1 } }),
    entry('d', 80, [80, 80]),
    entry('e', 75, [75, 75]),
  ];

  it('selects the first N rows that pass every gate and are not provisional; the next qualifying ones are reserve', () => {
    const r = rankResults(pool(), { top: 2 });
    expect(r.rows.map((x) => [x.entry.file, x.rank, x.status, x.selected])).toEqual([
      ['a', 1, 'selected', true],
      ['b', 2, 'gates', false],
      ['c', 3, 'provisional', false],
      ['d', 4, 'selected', true],
      ['e', 5, 'reserve', false],
    ]);
    expect(r.selected).toBe(2);
    expect(r.shortfall).toBe(0);
  });

  it('reports a shortfall instead of filling the quota with failing rows', () => {
    const r = rankResults(pool(), { top: 5 });
    expect(r.selected).toBe(3);
    expect(r.shortfall).toBe(2);
    expect(r.rows.filter((x) => x.selected).map((x) => x.entry.file)).toEqual(['a', 'd', 'e']);
  });

  it('without a quota nothing is selected; qualifying rows are `eligible`', () => {
    const r = rankResults(pool());
    expect(r.rows.map((x) => x.status)).toEqual(['eligible', 'gates', 'provisional', 'eligible', 'eligible']);
    expect(r.selected).toBe(0);
  });

  it('a row without an index is never selected', () => {
    const r = rankResults([entry('a', null, [null, null])], { top: 1 });
    expect(r.rows[0]!.status).toBe('gates');
  });
});

describe('rankResults: duplicate regencies', () => {
  const same = (file: string, index: number, kind: 'self' | 'assessor', date: string | undefined, code = '32.79'): BatchEntry =>
    entry(file, index, [index, index], { regency: { name: 'Banjar', kind: 'kota', province: 'Jawa Barat', code }, assessment: { kind, ...(date ? { date } : {}) } });

  it('an assessor file beats a self-assessment whatever the dates and scores; the other is listed unranked', () => {
    const r = rankResults([same('self.yaml', 99, 'self', '2026-05-01'), same('asesor.yaml', 60, 'assessor', '2026-04-01', '3279'), entry('z', 70, [70, 70])], { top: 5 });
    expect(r.rows.map((x) => [x.entry.file, x.rank, x.status])).toEqual([
      ['z', 1, 'selected'],
      ['asesor.yaml', 2, 'selected'],
      ['self.yaml', null, 'duplicate'],
    ]);
    expect(r.rows[2]!.supersededBy).toBe('asesor.yaml');
    expect(r.rows[2]!.supersededByRank).toBe(2);
    expect(r.rows[1]!.sameRegency).toEqual(['self.yaml']);
    expect(r.duplicateGroups).toBe(1);
  });

  it('of two files of the same kind the later date counts (no date = oldest)', () => {
    const r = rankResults([same('lama.yaml', 90, 'assessor', undefined), same('baru.yaml', 50, 'assessor', '2026-01-01')]);
    expect(r.rows.map((x) => [x.entry.file, x.status])).toEqual([
      ['baru.yaml', 'eligible'],
      ['lama.yaml', 'duplicate'],
    ]);
  });

  it('files the rule cannot order are all `conflict`: none ranked, none selected', () => {
    const r = rankResults([same('a.yaml', 90, 'self', '2026-01-01'), same('b.yaml', 80, 'self', '2026-01-01'), same('c.yaml', 70, 'self', '2025-01-01'), entry('z', 10, [10, 10])], { top: 3 });
    expect(r.rows.map((x) => [x.entry.file, x.rank, x.status])).toEqual([
      ['z', 1, 'selected'],
      ['a.yaml', null, 'conflict'],
      ['b.yaml', null, 'conflict'],
      ['c.yaml', null, 'duplicate'],
    ]);
    expect(r.rows[3]!.supersededBy).toBeUndefined();
  });

  it('without codes, the same name and province (case, accents, spacing ignored) is the same regency', () => {
    const noCode = (file: string, index: number, name: string, province: string, date: string): BatchEntry =>
      entry(file, index, [index, index], { regency: { name, kind: 'kabupaten', province }, assessment: { kind: 'assessor', date } });
    const r = rankResults([
      noCode('1.yaml', 50, 'Bone  Bolango', 'Gorontalo', '2026-01-01'),
      noCode('2.yaml', 50, 'bone bolángo', 'GORONTALO', '2026-02-01'),
      noCode('3.yaml', 40, 'Bone Bolango', 'Sulawesi', '2026-01-01'),
    ]);
    expect(r.rows.map((x) => [x.entry.file, x.status])).toEqual([
      ['2.yaml', 'eligible'],
      ['3.yaml', 'eligible'],
      ['1.yaml', 'duplicate'],
    ]);
  });

  it('a file without a code joins the coded file of the same name and province', () => {
    const r = rankResults([
      entry('kode.yaml', 50, [50, 50], { regency: { name: 'Gianyar', kind: 'kabupaten', province: 'Bali', code: '51.04' }, assessment: { kind: 'assessor', date: '2026-01-01' } }),
      entry('tanpa.yaml', 60, [60, 60], { regency: { name: 'Kabupaten Gianyar', province: 'Bali' }, assessment: { kind: 'self', date: '2026-02-01' } }),
    ]);
    expect(r.rows.map((x) => [x.entry.file, x.status])).toEqual([
      ['kode.yaml', 'eligible'],
      ['tanpa.yaml', 'duplicate'],
    ]);
  });

  it('keys: codes by digits, names keep Kabupaten/Kota apart', () => {
    expect(codeKey({ name: 'x', code: '51.04' })).toBe(codeKey({ name: 'y', code: '5104' }));
    expect(codeKey({ name: 'x', code: ' ' })).toBeUndefined();
    expect(nameKey({ name: 'Banjar', kind: 'kota', province: 'Jawa Barat' })).not.toBe(nameKey({ name: 'Banjar', kind: 'kabupaten', province: 'Jawa Barat' }));
    expect(nameKey({ name: 'Kab. Banjar', province: 'x' })).toBe(nameKey({ name: 'Banjar', kind: 'kabupaten', province: 'X' }));
  });
});

describe('rankResults: each duplicate group names its files, the shared code, and why one counts', () => {
  const banjar = (file: string, kind: 'self' | 'assessor', date: string, code = '32.79'): BatchEntry =>
    entry(file, 60, [60, 60], { regency: { name: 'Banjar', kind: 'kota', province: 'Jawa Barat', code }, assessment: { kind, date } });

  it('assessor beats self: every file, the code, the file that counts, the reason', () => {
    const r = rankResults([banjar('mandiri.yaml', 'self', '2026-05-01'), banjar('asesor.yaml', 'assessor', '2026-04-01', '3279')]);
    expect(r.duplicates).toEqual([{ code: '32.79', name: 'Kota Banjar', province: 'Jawa Barat', files: ['asesor.yaml', 'mandiri.yaml'], counts: 'asesor.yaml', reason: 'assessor' }]);
    expect(r.rows.every((row) => row.group === r.duplicates[0])).toBe(true);
  });

  it('the later date: with the date; undecided: nobody counts', () => {
    expect(rankResults([banjar('a.yaml', 'self', '2026-01-01'), banjar('b.yaml', 'self', '2026-02-01')]).duplicates[0]).toMatchObject({ files: ['b.yaml', 'a.yaml'], counts: 'b.yaml', reason: 'date', date: '2026-02-01' });
    expect(rankResults([banjar('a.yaml', 'self', '2026-01-01'), banjar('b.yaml', 'self', '2026-01-01')]).duplicates[0]).toMatchObject({ files: ['a.yaml', 'b.yaml'], counts: null, reason: 'undecided' });
  });

  it('the register\'s code (found by name) joins a file without a code to the coded one', () => {
    const r = rankResults([
      entry('kode.yaml', 50, [50, 50], { regency: { name: 'Gianyar', kind: 'kabupaten', province: 'Bali', code: '51.04' }, assessment: { kind: 'assessor', date: '2026-01-01' } }),
      // Another province written: the name alone would not match, the register's code does.
      entry('tanpa.yaml', 60, [60, 60], { regency: { name: 'Gianyar', province: 'Bali ' }, region: { code: '51.04', provinceCode: '51', province: 'Bali', derived: true }, assessment: { kind: 'self', date: '2026-02-01' } }),
    ]);
    expect(r.duplicates[0]).toMatchObject({ code: '51.04', files: ['kode.yaml', 'tanpa.yaml'] });
  });
});

describe('provinces: counts for the recap, and rows grouped with --by-province', () => {
  const at = (file: string, index: number, provinceCode: string, province: string, code: string, date = '2026-04-01'): BatchEntry =>
    entry(file, index, [index, index], { regency: { name: file, kind: 'kabupaten', province, code }, region: { code, provinceCode, province }, assessment: { kind: 'assessor', date } });
  const ranking = (): ReturnType<typeof rankResults> =>
    rankResults(
      [
        at('denpasar', 90, '51', 'Bali', '51.71'),
        at('semarang', 80, '33', 'Jawa Tengah', '33.74'),
        at('gianyar', 70, '51', 'Bali', '51.04'),
        at('gianyar-lagi', 75, '51', 'Bali', '51.04', '2026-05-01'),
        entry('tanpa', 60, [60, 60], { regency: { name: 'Tanpa', province: 'Atlantis' } }),
      ],
      { top: 2 },
    );

  it('counts regencies (a regency with two files once), ranked and selected rows, by province code', () => {
    expect(provinceCounts(ranking())).toEqual([
      { code: '33', name: 'Jawa Tengah', regions: 1, ranked: 1, selected: 1 },
      { code: '51', name: 'Bali', regions: 2, ranked: 2, selected: 1 },
      { name: 'Atlantis', regions: 1, ranked: 1, selected: 0 },
    ]);
  });

  it('groups the rows by province, keeping the national rank and adding the rank within the province', () => {
    const grouped = groupByProvince(ranking());
    expect(grouped.byProvince).toBe(true);
    expect(grouped.rows.map((r) => [r.entry.file, r.rank, r.provinceRank ?? null])).toEqual([
      ['semarang', 2, 1],
      ['denpasar', 1, 1],
      ['gianyar-lagi', 3, 2],
      ['gianyar', null, null],
      ['tanpa', 4, 1],
    ]);
  });
});

