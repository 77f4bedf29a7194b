import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/io/rubrics.js';
import type { LevelQuestion, Question, SectionNode } from '../../src/rubric/model.js';

const { rubric, warnings } = loadRubric('spbe-2020');

const pad = (n: number): string => `I${String(n).padStart(2, '0')}`;
const domains = rubric.sections;
const aspects = domains.flatMap((d) => d.sections);
const questions = rubric.questions;

function asLevel(q: Question): LevelQuestion {
  if (q.kind !== 'level') throw new Error(`${q.id} is ${q.kind}, expected level`);
  return q;
}

/** Official indicator weight by indicator number (PermenPANRB 59/2020). */
function officialWeight(n: number): number {
  if (n <= 10) return 1.3;
  if (n <= 20) return 2.5;
  if (n <= 31) return 1.5;
  if (n <= 41) return 2.75;
  return 3.0;
}

/** Weighted mean of weighted means, walking the tree the way the scoring model does. */
function treeIndex(nodes: SectionNode[], answer: (id: string) => number): number {
  const value = (node: SectionNode): number => {
    const children = node.sections.length > 0
      ? node.sections.map((s) => ({ w: s.weight, x: value(s) }))
      : node.questions.map((q) => ({ w: q.weight, x: answer(q.id) }));
    const total = children.reduce((sum, c) => sum + c.w, 0);
    return children.reduce((sum, c) => sum + c.w * c.x, 0) / total;
  };
  const top = nodes.map((n) => ({ w: n.weight, x: value(n) }));
  return top.reduce((sum, c) => sum + c.w * c.x, 0) / top.reduce((sum, c) => sum + c.w, 0);
}

/** SPBE's flat formula: Σ(NI × bobot) / 100. */
function flatIndex(answer: (id: string) => number): number {
  return questions.reduce((sum, q) => sum + answer(q.id) * q.weight, 0) / 100;
}

describe('bundled rubric spbe-2020', () => {
  it('loads without warnings and has the expected identity', () => {
    expect(warnings).toEqual([]);
    expect(rubric.id).toBe('spbe-2020');
    expect(rubric.version).toBe('2020.1');
    expect(rubric.languages).toEqual(['id', 'en']);
    expect(rubric.title.id).toBe('Evaluasi Sistem Pemerintahan Berbasis Elektronik (SPBE)');
    expect(rubric.title.en).toBe('Electronic-Based Government System (SPBE) Evaluation');
    expect(rubric.source?.id).toMatch(/59 Tahun 2020/);
    expect(rubric.source?.id).toMatch(/962 Tahun 2021/);
  });

  it('expresses the index on the 1–5 process scale with two decimals', () => {
    expect(rubric.index.expression).toBe('scale');
    expect(rubric.index.scale).toBe('proses');
    expect(rubric.index.decimals).toBe(2);
    expect(rubric.index.lower).toBe(1);
    expect(rubric.index.upper).toBe(5);
  });

  it('has the five SPBE predicates in descending order', () => {
    expect(rubric.bands.map((b) => [b.label.id, b.label.en, b.min])).toEqual([
      ['Memuaskan', 'Satisfactory', 4.2],
      ['Sangat Baik', 'Very good', 3.5],
      ['Baik', 'Good', 2.6],
      ['Cukup', 'Fair', 1.8],
      ['Kurang', 'Poor', 1],
    ]);
    for (const band of rubric.bands) expect(band.color).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('has one gate: the national minimum target (predicate Baik)', () => {
    expect(rubric.gates).toHaveLength(1);
    const gate = rubric.gates[0]!;
    expect(gate).toMatchObject({ id: 'target-nasional', type: 'index', min: 2.6 });
    expect(gate.recommendation?.id).toBeTruthy();
    expect(gate.recommendation?.en).toBeTruthy();
  });

  it('has two five-level scales, fully described in both languages', () => {
    expect([...rubric.scales.keys()].sort()).toEqual(['layanan', 'proses']);
    const labels = (name: string): string[] => rubric.scales.get(name)!.levels.map((l) => l.label.id!);
    expect(labels('proses')).toEqual(['Rintisan', 'Terkelola', 'Terdefinisi', 'Terpadu dan Terukur', 'Optimum']);
    expect(labels('layanan')).toEqual(['Informasi', 'Interaksi', 'Transaksi', 'Kolaborasi', 'Optimum']);
    for (const scale of rubric.scales.values()) {
      expect(scale.levels.map((l) => l.value)).toEqual([1, 2, 3, 4, 5]);
      for (const level of scale.levels) {
        for (const text of [level.label, level.descriptor, level.recommendation!]) {
          expect(text.id, `${scale.id} ${level.value}`).toBeTruthy();
          expect(text.en, `${scale.id} ${level.value}`).toBeTruthy();
        }
        expect(level.evidence.length).toBeGreaterThan(0);
        for (const e of level.evidence) expect(e.id && e.en).toBeTruthy();
      }
    }
  });

  it('has 4 domains → 8 aspects → 47 indicators, ids in order', () => {
    expect(domains.map((d) => d.id)).toEqual(['D1', 'D2', 'D3', 'D4']);
    expect(domains.every((d) => d.depth === 1 && d.questions.length === 0)).toBe(true);
    expect(aspects.map((a) => a.id)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8']);
    expect(aspects.every((a) => a.depth === 2 && a.sections.length === 0)).toBe(true);
    expect(aspects.map((a) => a.parent)).toEqual(['D1', 'D2', 'D2', 'D2', 'D3', 'D3', 'D4', 'D4']);
    expect(aspects.map((a) => a.questions.length)).toEqual([10, 4, 4, 2, 8, 3, 10, 6]);
    expect(questions).toHaveLength(47);
    expect(questions.map((q) => q.id)).toEqual(Array.from({ length: 47 }, (_, i) => pad(i + 1)));
    // The tree order is the document order.
    expect(aspects.flatMap((a) => a.questions.map((q) => q.id))).toEqual(questions.map((q) => q.id));
  });

  it('scores indicators 1–31 on the process scale and 32–47 on the service scale, values 1–5', () => {
    questions.forEach((q, i) => {
      const level = asLevel(q);
      expect(level.scale, q.id).toBe(i + 1 <= 31 ? 'proses' : 'layanan');
      expect(level.levels.map((l) => l.value)).toEqual([1, 2, 3, 4, 5]);
      expect(level.minPoints).toBe(1);
      expect(level.maxPoints).toBe(5);
      expect(q.allowNa, q.id).toBe(false);
      expect(q.required, q.id).toBe(true);
      expect(q.when, q.id).toBeUndefined();
    });
  });

  it('uses the official weights: indicators, aspects as sums of indicators, domains as sums of aspects', () => {
    expect(domains.map((d) => d.weight)).toEqual([13, 25, 16.5, 45.5]);
    expect(aspects.map((a) => a.weight)).toEqual([13, 10, 10, 5, 12, 4.5, 27.5, 18]);
    questions.forEach((q, i) => expect(q.weight, q.id).toBeCloseTo(officialWeight(i + 1), 10));
    for (const aspect of aspects) {
      const sum = aspect.questions.reduce((s, q) => s + q.weight, 0);
      expect(aspect.weight, aspect.id).toBeCloseTo(sum, 10);
    }
    for (const domain of domains) {
      const sum = domain.sections.reduce((s, a) => s + a.weight, 0);
      expect(domain.weight, domain.id).toBeCloseTo(sum, 10);
    }
    expect(questions.reduce((s, q) => s + q.weight, 0)).toBeCloseTo(100, 10);
    expect(domains.reduce((s, d) => s + d.weight, 0)).toBeCloseTo(100, 10);
  });

  it('reproduces the flat SPBE formula Σ(NI × bobot)/100 through the tree of weighted means', () => {
    const number = (id: string): number => Number(id.slice(1));
    const patterns: Record<string, (id: string) => number> = {
      'all 1': () => 1,
      'all 5': () => 5,
      'cycling 1–5': (id) => ((number(id) * 7) % 5) + 1,
      'policy strong, services weak': (id) => (number(id) <= 10 ? 5 : number(id) >= 32 ? 1 : 3),
      'services strong, rest weak': (id) => (number(id) >= 32 ? 4 : 2),
    };
    for (const [name, answer] of Object.entries(patterns)) {
      expect(treeIndex(rubric.sections, answer), name).toBeCloseTo(flatIndex(answer), 10);
    }
    // Hand check for one pattern: D1 all 5, D2 all 4, D3 all 3, D4 all 2 →
    // (13×5 + 25×4 + 16.5×3 + 45.5×2) / 100 = (65 + 100 + 49.5 + 91) / 100 = 3.055.
    const byDomain = (id: string): number => {
      const n = number(id);
      return n <= 10 ? 5 : n <= 20 ? 4 : n <= 31 ? 3 : 2;
    };
    expect(flatIndex(byDomain)).toBeCloseTo(3.055, 10);
    expect(treeIndex(rubric.sections, byDomain)).toBeCloseTo(3.055, 10);
  });

  it('describes every indicator in both languages, with its own descriptor for each level', () => {
    for (const q of questions) {
      const level = asLevel(q);
      const scale = rubric.scales.get(level.scale)!;
      expect(q.text.id && q.text.en, q.id).toBeTruthy();
      expect(q.hint?.id && q.hint?.en, q.id).toBeTruthy();
      expect(q.evidence.length, q.id).toBeGreaterThanOrEqual(2);
      for (const e of q.evidence) expect(e.id && e.en, q.id).toBeTruthy();
      for (const l of level.levels) {
        expect(l.descriptor.id, `${q.id} level ${l.value}`).toBeTruthy();
        expect(l.descriptor.en, `${q.id} level ${l.value}`).toBeTruthy();
        // Indicator-specific, not the scale's generic text.
        const generic = scale.levels.find((s) => s.value === l.value)!;
        expect(l.descriptor.id, `${q.id} level ${l.value}`).not.toBe(generic.descriptor.id);
        expect(l.recommendation?.id && l.recommendation?.en, `${q.id} level ${l.value}`).toBeTruthy();
        if (l.value < 5) expect(l.recommendation!.id, `${q.id} level ${l.value}`).not.toBe(generic.recommendation!.id);
      }
    }
  });

  it('draws radar charts of the eight aspects and the four domains', () => {
    expect(rubric.charts).toEqual([
      { id: 'aspek', title: { id: 'Delapan aspek SPBE', en: 'The eight SPBE aspects' }, nodes: ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8'] },
      { id: 'domain', title: { id: 'Empat domain', en: 'Four domains' }, nodes: ['D1', 'D2', 'D3', 'D4'] },
    ]);
  });
});
