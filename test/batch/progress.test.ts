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

  it('one updating line: done/total, rate and time left; at most ten redraws a second; erased at the end', () => {
    const out: string[] = [];
    let now = 0;
    const p = createProgress({ enabled: true, total: 100, label: 'Menilai', lang: 'id', write: (t) => out.push(t), clock: () => now });
    now = 1000;
    p.tick(20); // 20 files in 1 s → 20/s, 80 left → 4 s
    now = 1050;
    p.tick(); // within 100 ms: not redrawn
    now = 5000;
    p.tick(79); // the last one is always drawn
    p.done();
    expect(out).toHaveLength(3);
    expect(out[0]).toBe(`\r\x1b[KMenilai [████················] 20/100  20 berkas/dtk  sisa ~0:04`);
    expect(out[1]).toMatch(/^\r\x1b\[KMenilai \[█{20}\] 100\/100 {2}20 berkas\/dtk {2}sisa ~0:00$/);
    expect(out[2]).toBe('\r\x1b[K');
  });

  it('English words, and a decimal rate below ten per second', () => {
    const out: string[] = [];
    let now = 0;
    const p = createProgress({ enabled: true, total: 10, label: 'Reports', lang: 'en', write: (t) => out.push(t), clock: () => now });
    now = 2000;
    p.tick(3);
    expect(out[0]).toContain('3/10  1.5 files/s  ETA ~0:05');
  });
});
