import { describe, expect, it } from 'vitest';
import { loadRubric } from '../../src/io/rubrics.js';
import { isScored, type Question, type QuestionKind } from '../../src/rubric/model.js';
import { bilingual, rubricLookup } from './lookup.js';

const { rubric, warnings } = loadRubric('kesiapan-kota-cerdas@1.0.0');

const PILLARS: [string, number, string[]][] = [
  ['struktur', 32, ['S1', 'S2', 'S3', 'S4']],
  ['infrastruktur', 24, ['I1', 'I2', 'I3', 'I4']],
  ['suprastruktur', 24, ['P1', 'P2', 'P3']],
  ['dimensi', 20, ['governance', 'branding', 'economy', 'living', 'society', 'environment']],
];
const DIMENSION_CODES: Record<string, string> = {
  governance: 'GOV',
  branding: 'BRD',
  economy: 'ECO',
  living: 'LIV',
  society: 'SOC',
  environment: 'ENV',
};

const { node, question, levelQuestions, sumScored } = rubricLookup(rubric);
const elements = PILLARS.flatMap(([, , children]) => children.map(node));

describe('bundled rubric kesiapan-kota-cerdas 1.0.0 (kept unchanged)', () => {
  it('loads without warnings and says plainly that it is not the official questionnaire', () => {
    expect(warnings).toEqual([]);
    expect(rubric.id).toBe('kesiapan-kota-cerdas');
    expect(rubric.version).toBe('1.0.0');
    expect(rubric.languages).toEqual(['id', 'en']);
    expect(rubric.title).toEqual({ id: 'Asesmen Kesiapan Kota Cerdas', en: 'Smart City Readiness Assessment' });
    expect(rubric.description?.id).toMatch(/BUKAN kuesioner resmi kementerian/);
    expect(rubric.description?.en).toMatch(/NOT the ministry's official questionnaire/);
    expect(rubric.description?.id).toMatch(/Gerakan Menuju Smart City/);
    expect(rubric.description?.id).toMatch(/SPBE/);
    expect(bilingual(rubric.source)).toBe(true);
    expect(bilingual(rubric.authority)).toBe(true);
  });

  it('expresses the index as a percentage with one decimal', () => {
    expect(rubric.index).toMatchObject({ expression: 'percent', decimals: 1, lower: 0, upper: 100 });
  });

  it('has between 40 and 60 questions, with unique ids', () => {
    expect(rubric.questions.length).toBeGreaterThanOrEqual(40);
    expect(rubric.questions.length).toBeLessThanOrEqual(60);
    expect(new Set(rubric.questions.map((q) => q.id)).size).toBe(rubric.questions.length);
  });

  it('has the four pillars with weights 32/24/24/20 that sum to 100', () => {
    expect(rubric.sections.map((s) => [s.id, s.weight])).toEqual(PILLARS.map(([id, weight]) => [id, weight]));
    expect(rubric.sections.reduce((sum, s) => sum + s.weight, 0)).toBe(100);
    for (const [id, , children] of PILLARS) {
      const pillar = node(id);
      expect(pillar.depth).toBe(1);
      expect(pillar.sections.map((s) => s.id)).toEqual(children);
      expect(pillar.questions).toEqual([]);
    }
  });

  it('gives every element the sum of its scored questions as weight', () => {
    for (const element of elements) {
      expect(element.depth).toBe(2);
      expect(element.sections).toEqual([]);
      expect(element.weight, element.id).toBe(sumScored(element.questions));
    }
  });

  it('lets the question weights of the three readiness pillars read as points of 100', () => {
    for (const [id] of PILLARS.slice(0, 3)) {
      const pillar = node(id);
      expect(pillar.sections.reduce((sum, s) => sum + s.weight, 0), id).toBe(pillar.weight);
    }
  });

  it('numbers the questions of each element after the element (S1.1, I4.2, …)', () => {
    for (const element of elements.filter((e) => /^[SIP]\d$/.test(e.id))) {
      element.questions.forEach((q, i) => expect(q.id).toBe(`${element.id}.${i + 1}`));
    }
  });

  it('has six dimension sections with one question per sub-dimension (D-GOV-1 … D-ENV-3)', () => {
    const dims = node('dimensi').sections;
    expect(dims).toHaveLength(6);
    for (const dim of dims) {
      const code = DIMENSION_CODES[dim.id];
      expect(code, dim.id).toBeDefined();
      expect(dim.questions.map((q) => q.id)).toEqual([1, 2, 3].map((n) => `D-${code}-${n}`));
      expect(dim.questions.every((q) => q.kind === 'level' && q.scale === 'D')).toBe(true);
      expect(dim.title.en).toMatch(/^Smart /);
    }
  });

  it('defines scale G (0–4) and scale D (0–4) with complete level texts', () => {
    for (const name of ['G', 'D']) {
      const scale = rubric.scales.get(name);
      expect(scale, name).toBeDefined();
      expect(scale!.levels.map((l) => l.value)).toEqual([0, 1, 2, 3, 4]);
      for (const level of scale!.levels) {
        expect(bilingual(level.label) && bilingual(level.descriptor) && bilingual(level.recommendation)).toBe(true);
        expect(level.evidence.length).toBeGreaterThan(0);
      }
    }
    expect(rubric.scales.get('G')!.levels.map((l) => l.label.id)).toEqual(['Belum ada', 'Inisiasi', 'Parsial', 'Terdefinisi', 'Terpadu & Terukur']);
  });

  it('gives every level of every level question its own descriptor, evidence and recommendation', () => {
    expect(levelQuestions.length).toBeGreaterThan(30);
    for (const q of levelQuestions) {
      const scale = rubric.scales.get(q.scale)!;
      expect(q.levels.map((l) => l.value), q.id).toEqual([0, 1, 2, 3, 4]);
      q.levels.forEach((level, i) => {
        const where = `${q.id} level ${level.value}`;
        expect(bilingual(level.descriptor), where).toBe(true);
        // Written for this question, not inherited from the scale.
        expect(level.descriptor.id, where).not.toBe(scale.levels[i]!.descriptor.id);
        expect(level.evidence.length, where).toBeGreaterThan(0);
        expect(level.evidence.every(bilingual), where).toBe(true);
        if (level.value < 4) {
          expect(bilingual(level.recommendation), where).toBe(true);
          expect(level.recommendation!.id, where).not.toBe(scale.levels[i]!.recommendation?.id);
        }
      });
    }
  });

  it('gives every question bilingual text, and every scored question a hint and evidence', () => {
    for (const q of rubric.questions) {
      expect(bilingual(q.text), q.id).toBe(true);
      expect(bilingual(q.hint), q.id).toBe(true);
      if (isScored(q)) {
        expect(q.evidence.length, q.id).toBeGreaterThan(0);
        expect(q.evidence.every(bilingual), q.id).toBe(true);
      }
    }
  });

  it('uses every question kind, with the details each kind needs', () => {
    const kinds = new Set<QuestionKind>(rubric.questions.map((q) => q.kind));
    expect([...kinds].sort()).toEqual(['boolean', 'choice', 'level', 'multi', 'number', 'text']);
    for (const q of rubric.questions) {
      switch (q.kind) {
        case 'boolean':
          expect(bilingual(q.recommendation), q.id).toBe(true);
          break;
        case 'choice':
          for (const o of q.options) {
            expect(bilingual(o.label) && bilingual(o.descriptor) && bilingual(o.recommendation), `${q.id}/${o.id}`).toBe(true);
          }
          break;
        case 'multi':
          expect(q.options.filter((o) => o.exclusive).map((o) => o.points), q.id).toEqual([0]);
          expect(q.maxPoints, q.id).toBeLessThan(q.options.reduce((sum, o) => sum + o.points, 0));
          break;
        case 'number':
          expect(bilingual(q.unit), q.id).toBe(true);
          expect(q.thresholds[0]!.from, q.id).toBeLessThanOrEqual(q.min);
          for (const t of q.thresholds) expect(bilingual(t.label) && bilingual(t.recommendation), `${q.id} ≥ ${t.from}`).toBe(true);
          expect(q.minPoints, q.id).toBe(0);
          expect(q.maxPoints, q.id).toBe(4);
          break;
        case 'text':
          expect(q.required, q.id).toBe(false);
          break;
        default:
          break;
      }
    }
    expect(question('S1.4').kind).toBe('boolean');
    expect(question('S4.3').kind).toBe('multi');
    expect(question('S4.4').kind).toBe('choice');
    expect(question('P3.2').kind).toBe('choice');
    for (const id of ['S3.1', 'S4.1', 'I1.1', 'I1.4', 'I4.1', 'P3.1']) expect(question(id).kind, id).toBe('number');
    for (const id of ['S3.1', 'I4.1']) expect(question(id)).toMatchObject({ integer: true });
  });

  it('keeps the gated commitment question answerable (no N/A) and heavily weighted', () => {
    const s12 = question('S1.2');
    expect(s12.kind).toBe('level');
    expect(s12.allowNa).toBe(false);
    expect(s12.when).toBeUndefined();
    const structureWeights = node('struktur').sections.flatMap((s) => s.questions).filter(isScored).map((q) => q.weight);
    expect(s12.weight).toBe(Math.max(...structureWeights));
  });

  it('has the commitment, index and pillar gates, each with a recommendation', () => {
    expect(rubric.gates.map((g) => g.id)).toEqual([
      'komitmen-kepala-daerah',
      'indeks-minimal',
      'pilar-struktur',
      'pilar-infrastruktur',
      'pilar-suprastruktur',
    ]);
    expect(rubric.gates[0]).toMatchObject({ type: 'question', question: 'S1.2', op: '>=', value: 3 });
    expect(rubric.gates[1]).toMatchObject({ type: 'index', min: 70 });
    for (const [i, pillar] of ['struktur', 'infrastruktur', 'suprastruktur'].entries()) {
      expect(rubric.gates[i + 2]).toMatchObject({ type: 'node', node: pillar, min: 50 });
    }
    for (const gate of rubric.gates) {
      expect(bilingual(gate.title), gate.id).toBe(true);
      expect(bilingual(gate.recommendation), gate.id).toBe(true);
    }
    expect(rubric.recommendation?.pass.id).toMatch(/^Direkomendasikan untuk pendampingan penyusunan Masterplan Smart City/);
    expect(rubric.recommendation?.fail.id).toMatch(/^Belum direkomendasikan/);
  });

  it('has the five named bands from green to red', () => {
    expect(rubric.bands.map((b) => [b.min, b.label.id, b.label.en])).toEqual([
      [85, 'Sangat Siap', 'Highly ready'],
      [70, 'Siap', 'Ready'],
      [55, 'Cukup Siap', 'Moderately ready'],
      [40, 'Kurang Siap', 'Low readiness'],
      [0, 'Belum Siap', 'Not ready'],
    ]);
    for (const band of rubric.bands) expect(band.color, band.id).toMatch(/^#[0-9a-f]{6}$/i);
    const green = (hex: string): number => Number.parseInt(hex.slice(3, 5), 16) - Number.parseInt(hex.slice(1, 3), 16);
    const greenness = rubric.bands.map((b) => green(b.color!));
    expect(greenness).toEqual([...greenness].sort((a, b) => b - a));
  });

  it('asks follow-up questions only when an earlier answer makes them relevant', () => {
    expect(question('I3.2').when).toEqual({ type: 'compare', question: 'I3.1', op: '>=', value: 2 });
    expect(question('I4.6').when).toEqual({ type: 'compare', question: 'I4.5', op: '=', value: true });
    expect(question('I4.5').kind).toBe('boolean');
    // Allowing N/A is the exception, not the rule.
    expect(rubric.questions.filter((q) => q.allowNa).map((q) => q.id)).toEqual(['P3.1']);
  });

  it('draws the two radar charts over existing sections', () => {
    expect(rubric.charts.map((c) => c.id)).toEqual(['elemen', 'dimensi']);
    expect(rubric.charts[0]!.nodes).toEqual(['S1', 'S2', 'S3', 'S4', 'I1', 'I2', 'I3', 'I4', 'P1', 'P2', 'P3']);
    expect(rubric.charts[1]!.nodes).toEqual(node('dimensi').sections.map((s) => s.id));
    for (const chart of rubric.charts) {
      expect(bilingual(chart.title), chart.id).toBe(true);
      for (const id of chart.nodes) expect(rubric.nodes.has(id), `${chart.id}: ${id}`).toBe(true);
    }
  });

  it('has a core profile that still covers every element and every dimension', () => {
    const core = rubric.profiles.get('inti');
    expect(core).toMatchObject({ title: { id: 'Inti', en: 'Core' }, tags: ['core'] });
    const isCore = (q: Question): boolean => q.tags.includes('core');
    for (const element of elements) {
      expect(element.questions.filter(isScored).some(isCore), element.id).toBe(true);
    }
    expect(isCore(question('S1.2'))).toBe(true);
    const coreCount = rubric.questions.filter(isCore).length;
    expect(coreCount).toBeGreaterThan(rubric.questions.length / 3);
    expect(coreCount).toBeLessThan(rubric.questions.length * 0.6);
  });
});
