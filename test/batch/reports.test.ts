import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rankResults } from '../../src/batch/rank.js';
import { renderBatchReports } from '../../src/batch/reports.js';
import { scoreFiles } from '../../src/batch/score-files.js';
import { loadTemplate } from '../../src/io/templates.js';
import { ROOT, tmpDir } from '../helpers/run-cli.js';

const EXAMPLES = join(ROOT, 'rubrics', 'examples');

/**
 * The PDFs of a batch on this thread and on worker threads: the same files, and a PDF that cannot
 * be made (its answers file gone between scoring and drawing) is the same located failure either
 * way, while the others are written.
 */
describe.each([
  { threads: 'this thread', jobs: 1 },
  { threads: 'two worker threads', jobs: 2 },
])('batch PDFs on $threads', ({ jobs }) => {
  it('writes every PDF it can and reports those whose answers file is gone, located, in the order of the ranking', async () => {
    const dir = tmpDir('siap-reports-');
    const files = ['kabupaten-sukamaju-asesor.yaml', 'kota-harapan-jaya-asesor.yaml', 'kabupaten-tanjung-permai-asesor.yaml'];
    for (const name of files) copyFileSync(join(EXAMPLES, name), join(dir, name));
    const scored = await scoreFiles(files, { cwd: dir });
    expect(scored.failures).toEqual([]);
    const ranking = rankResults(scored.entries);
    rmSync(join(dir, 'kabupaten-tanjung-permai-asesor.yaml'));
    rmSync(join(dir, 'kabupaten-sukamaju-asesor.yaml'));
    const out = join(dir, 'laporan');
    mkdirSync(out); // as siap batch does before it renders
    const outcome = await renderBatchReports({
      ranking,
      names: ['satu.pdf', 'dua.pdf', 'tiga.pdf'],
      outDir: out,
      recapName: 'rekapitulasi.pdf',
      failures: [],
      counts: { files: 3, valid: 3, broken: 0, otherRubric: 0 },
      date: new Date('2026-04-14T00:00:00Z'),
      lang: 'id',
      force: false,
      jobs,
      template: loadTemplate('standar'),
      strict: false,
      cwd: dir,
    });
    // Kota Harapan Jaya ranks first (85.75, then 71.81 and 53.0): its report and the recap are written.
    expect(ranking.rows.map((r) => r.entry.regency.name)).toEqual(['Harapan Jaya', 'Tanjung Permai', 'Sukamaju']);
    expect(outcome.written).toBe(2);
    expect(readdirSync(out).sort()).toEqual(['rekapitulasi.pdf', 'satu.pdf']);
    expect(readFileSync(join(out, 'satu.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(outcome.internal).toBeUndefined();
    expect(outcome.failures.map((f) => [f.code, f.source?.file])).toEqual([
      ['FILE_NOT_FOUND', 'kabupaten-tanjung-permai-asesor.yaml'],
      ['FILE_NOT_FOUND', 'kabupaten-sukamaju-asesor.yaml'],
    ]);
  });
});
