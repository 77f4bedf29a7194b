import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, tmpDir } from '../helpers/run-cli.js';

describe('Ctrl-C during siap batch --pdf', { tags: ['slow'] }, () => {
  it.each([
    { threads: 'two worker threads', jobs: ['--jobs', '2'] },
    // 25 PDFs: below 100, rendered on the main thread, which must still hear Ctrl-C between two PDFs.
    { threads: 'this thread (the default below 100 PDFs)', jobs: [] },
  ])('on $threads: exits 130 and leaves only whole PDFs, no temporary files', async ({ jobs }) => {
    const dir = tmpDir('siap-interrupt-');
    const inbox = join(dir, 'masuk');
    mkdirSync(inbox);
    const example = readFileSync(join(ROOT, 'rubrics', 'examples', 'kabupaten-sukamaju-asesor.yaml'), 'utf8')
      // The example's `$schema` line is relative to rubrics/examples; drop it for the copies.
      .replace(/^# yaml-language-server.*\n/, '');
    // 24 files: after the third PDF, 21 reports and the recap are still to come (seconds of work),
    // time enough for Ctrl-C to land mid-run on any machine.
    for (let i = 0; i < 24; i++) {
      const text = example.replace('name: Sukamaju', `name: Sukamaju ${i}`).replace('code: "33.97"', `code: "33.${String(10 + i)}"`);
      writeFileSync(join(inbox, `d${i}.yaml`), text);
    }
    const out = join(dir, 'laporan');
    const child = spawn(process.execPath, [BIN, 'batch', 'masuk', '--pdf', '--out', 'laporan', ...jobs], {
      cwd: dir,
      env: { ...process.env, NO_COLOR: '1', SIAP_LANG: 'id' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    // Wait until some reports are on disk, then interrupt mid-run.
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        let names: string[] = [];
        try {
          names = readdirSync(out).filter((n) => n.endsWith('.pdf'));
        } catch {
          // not created yet
        }
        if (names.length >= 3) {
          clearInterval(poll);
          resolve();
        }
      }, 50);
    });
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(code).toBe(130);
    expect(stderr).toContain('Dibatalkan. Berkas yang sudah selesai tetap utuh');
    const left = readdirSync(out);
    expect(left.filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const pdfs = left.filter((n) => n.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThanOrEqual(3);
    expect(pdfs.length).toBeLessThan(25);
    for (const name of pdfs) {
      const bytes = readFileSync(join(out, name));
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(bytes.subarray(-6).toString('latin1')).toMatch(/%%EOF\s*$/);
    }
    // Two workers each parse the fonts before their first PDF: slow on a machine shared under load.
  }, 120_000);
});
