import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/batch/progress.js';

describe('createProgress', () => {
  it('prints nothing when stderr is not a terminal', () => {
    const out: string[] = [];
    const p = createProgress({ enabled: false, total: 10, label: 'Menilai', lang: 'id', write: (t) => out.push(t) });
    p.tick();
    p.done();
    expect(out).toEqual([]);
  });

  it('one updating line: done/total, rate and time left measured from the first item; at most ten redraws a second; erased at the end', () => {
    const out: string[] = [];
    let now = 0;
    const p = createProgress({ enabled: true, total: 100, label: 'Menilai', lang: 'id', write: (t) => out.push(t), clock: () => now });
    now = 1000;
    p.tick(20); // the first 20 after 1 s of start-up: nothing measured yet
    now = 1050;
    p.tick(); // within 100 ms: not redrawn
    now = 2000;
    p.tick(19); // 20 more in 1 s since the first → 20/s, 60 left → 3 s
    now = 5000;
    p.tick(60); // the last one is always drawn
    p.done();
    expect(out).toHaveLength(4);
    expect(out[0]).toBe(`\r\x1b[KMenilai [████················] 20/100`);
    expect(out[1]).toBe(`\r\x1b[KMenilai [████████············] 40/100  20 berkas/dtk  sisa ~0:03`);
    expect(out[2]).toMatch(/^\r\x1b\[KMenilai \[█{20}\] 100\/100 {2}20 berkas\/dtk {2}sisa ~0:00$/);
    expect(out[3]).toBe('\r\x1b[K');
  });

  it('no time left until it means something: the first reports after a slow start give no estimate', () => {
    // 39 PDFs: two workers need 2 s to load pdfkit and fonts, then each report takes 0.5 s.
    const out: string[] = [];
    let now = 0;
    const p = createProgress({ enabled: true, total: 39, label: 'Laporan', lang: 'id', write: (t) => out.push(t), clock: () => now });
    now = 2000;
    p.tick(); // the old estimate: 1 in 2 s → 38 left → ~1:16, while the run ends in ~10 s
    expect(out.at(-1)).not.toContain('sisa');
    for (let i = 2; i <= 4; i++) {
      now += 250;
      p.tick();
    }
    expect(out.at(-1)).toContain('4/39  4,0 berkas/dtk  sisa ~0:09');
  });

  it('English words, and a decimal rate below ten per second', () => {
    const out: string[] = [];
    let now = 0;
    const p = createProgress({ enabled: true, total: 10, label: 'Reports', lang: 'en', write: (t) => out.push(t), clock: () => now });
    now = 500;
    p.tick();
    now = 2500;
    p.tick(3);
    expect(out.at(-1)).toContain('4/10  1.5 files/s  ETA ~0:04');
  });
});
