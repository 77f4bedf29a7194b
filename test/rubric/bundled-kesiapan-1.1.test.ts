import { describe, expect, it } from 'vitest';
import { pick, type LocalText } from '../../src/i18n.js';
import { loadRubric } from '../../src/io/rubrics.js';
import { latestBundledVersion } from '../../src/io/versions.js';
import { isScored, type LevelQuestion } from '../../src/rubric/model.js';
import { bilingual, rubricLookup } from './lookup.js';

const ID = 'kesiapan-kota-cerdas';
const { rubric, warnings } = loadRubric(`${ID}@1.1.0`);
const v100 = loadRubric(`${ID}@1.0.0`).rubric;
const spbe = loadRubric('spbe-2020').rubric;

const PILLARS: [string, number, string[]][] = [
  ['struktur', 31, ['S1', 'S2', 'S3', 'S4']],
  ['infrastruktur', 24, ['I1', 'I2', 'I3', 'I4']],
  ['suprastruktur', 25, ['P1', 'P4', 'P2', 'P3']],
  ['dimensi', 20, ['governance', 'branding', 'economy', 'living', 'society', 'environment']],
];

const { node, question, levelQuestions, sumScored } = rubricLookup(rubric);
const elements = PILLARS.flatMap(([, , children]) => children.map(node));
/** Every text a person reads in the rubric: question texts, hints, level descriptors and recommendations. */
const idTexts = (): string[] =>
  rubric.questions.flatMap((q) => [q.text.id, q.hint?.id, ...(q.kind === 'level' ? q.levels.flatMap((l) => [l.descriptor.id, l.recommendation?.id]) : [])]).filter((t): t is string => Boolean(t));

describe('bundled rubric kesiapan-kota-cerdas 1.1.0', () => {
  it('is the latest version, loads without warnings and says it is not the official questionnaire', () => {
    expect(latestBundledVersion(ID)).toBe('1.1.0');
    expect(loadRubric(ID).rubric.version).toBe('1.1.0');
    expect(warnings).toEqual([]);
    expect(rubric.description?.id).toMatch(/BUKAN kuesioner resmi kementerian/);
    expect(rubric.description?.en).toMatch(/NOT the ministry's official questionnaire/);
  });

  it('has the four pillars with weights 31/24/25/20, and question weights that read as points of 100', () => {
    expect(rubric.sections.map((s) => [s.id, s.weight])).toEqual(PILLARS.map(([id, weight]) => [id, weight]));
    for (const [id, , children] of PILLARS) expect(node(id).sections.map((s) => s.id)).toEqual(children);
    for (const element of elements) expect(element.weight, element.id).toBe(sumScored(element.questions));
    for (const [id] of PILLARS.slice(0, 3)) expect(node(id).sections.reduce((sum, s) => sum + s.weight, 0), id).toBe(node(id).weight);
    expect(rubric.questions.length).toBeGreaterThanOrEqual(40);
    expect(rubric.questions.length).toBeLessThanOrEqual(60);
  });

  it('places the institutions in Suprastruktur as the guidebook does; Struktur keeps people, budget and governance', () => {
    expect(node('P4').questions.map((q) => q.id)).toEqual(['P4.1', 'P4.2', 'P4.3']);
    expect(question('P4.1').text.id).toMatch(/Dewan Smart City dan Tim Pelaksana/);
    expect(question('P4.2').text.id).toMatch(/Tim Koordinasi SPBE/);
    expect(question('P4.3').text.id).toMatch(/Chief Information\s+Officer/);
    const struktur = node('struktur').sections.flatMap((s) => s.questions.map((q) => q.text.id)).join(' ');
    expect(struktur).not.toMatch(/Dewan Smart City dan Tim Pelaksana|Tim Koordinasi SPBE sudah ditetapkan/);
    // The SPBE index, the innovation index and fiscal capacity are context, not scored.
    for (const id of ['riwayat-indeks-spbe', 'indeks-inovasi-daerah', 'kapasitas-fiskal']) expect(rubric.contextById.has(id), id).toBe(true);
    expect(rubric.questions.some((q) => /Indeks SPBE terakhir|Kapasitas fiskal/.test(q.title?.id ?? ''))).toBe(false);
    expect(node('P3').weight).toBeLessThan(v100.nodes.get('P3')!.weight);
  });

  it('accepts a formally delegated presenter at level 3 of the commitment gate; the council and performance agreements stay at level 4', () => {
    const s12 = question('S1.2') as LevelQuestion;
    const level = (v: number): string => s12.levels.find((l) => l.value === v)!.descriptor.id!;
    expect(level(3)).toMatch(/target terukur/);
    expect(level(3)).toMatch(/Sekda atau Asisten yang ditugaskan secara tertulis/);
    expect(level(3)).toMatch(/kepala daerah hadir membuka asesmen/);
    expect(level(4)).toMatch(/memimpin sendiri rapat Dewan Smart City/);
    expect(level(4)).toMatch(/perjanjian kinerja/);
    expect(s12.hint?.id).toMatch(/Purbalingga/);
    expect(rubric.gates[0]).toMatchObject({ type: 'question', question: 'S1.2', op: '>=', value: 3 });
  });

  it('reads levels like SPBE: cumulative, level 2 formally set but partial, and a published mapping from SPBE levels 1–5', () => {
    const g = rubric.scales.get('G')!;
    expect(g.cumulative).toBe(true);
    expect(rubric.scales.get('D')!.cumulative).toBe(true);
    expect(g.description?.id).toMatch(/kumulatif/);
    expect(g.levels.find((l) => l.value === 2)!.descriptor.id).toMatch(/Ditetapkan resmi .* sebagian/);
    const map = rubric.crosswalks.get('spbe-2020')!.levels!;
    expect(map.scale).toBe('G');
    expect(map.map).toEqual([
      { from: 1, to: 1 },
      { from: 2, to: 2 },
      { from: 3, to: 3 },
      { from: 4, to: 4 },
      { from: 5, to: 4 },
    ]);
  });

  it('quantifies vague anchors: shares of perangkat daerah, frequencies and evidence age are defined once', () => {
    const rules = rubric.scales.get('G')!.description!.id!;
    expect(rules).toMatch(/"sebagian" berarti sedikitnya satu tetapi kurang dari 75% perangkat daerah/);
    expect(rules).toMatch(/sedikitnya\s+sekali per triwulan/);
    expect(rules).toMatch(/12 bulan terakhir/);
    expect((question('P4.1') as LevelQuestion).levels[3]!.descriptor.id).toMatch(/sekali per triwulan/);
  });

  it('names every overlapping SPBE indicator by an id that exists in spbe-2020', () => {
    const withCrosswalk = rubric.questions.filter((q) => q.crosswalk?.['spbe-2020']);
    expect(withCrosswalk.length).toBeGreaterThanOrEqual(15);
    for (const q of withCrosswalk) for (const id of q.crosswalk!['spbe-2020']!) expect(spbe.questionById.has(id), `${q.id} → ${id}`).toBe(true);
    expect(question('P4.2').crosswalk).toEqual({ 'spbe-2020': ['I10', 'I19'] });
    expect(question('P1.2').crosswalk?.['spbe-2020']).toEqual(['I01', 'I02', 'I11', 'I12']);
  });

  it('scales absolute counts: ICT staff and online services as shares, 4G coverage by kabupaten or kota', () => {
    for (const id of ['S3.1', 'I4.1']) expect(question(id)).toMatchObject({ kind: 'number', min: 0, max: 100 });
    const i11 = question('I1.1');
    expect(i11.kind === 'number' && i11.variants?.[0]?.when).toEqual({ type: 'regency', op: '=', value: 'kota' });
  });

  it('asks for masterplan readiness and a structured quick-win list', () => {
    const s16 = question('S1.6') as LevelQuestion;
    expect(s16.text.id).toMatch(/Bappeda bersama Diskominfo/);
    expect(s16.levels[3]!.descriptor.id).toMatch(/data dasar keenam dimensi .* anggaran pendamping .* RKPD/);
    const p35 = question('P3.5');
    expect(p35.kind).toBe('list');
    if (p35.kind === 'list') expect(p35.columns.map((c) => c.id)).toEqual(['quick-win', 'perangkat-daerah', 'anggaran', 'target']);
  });

  it('records the regency context unscored: population, area, APBD, IPM, fiscal capacity, SPBE history, head status', () => {
    expect(rubric.context.map((f) => f.id)).toEqual([
      'jumlah-penduduk',
      'luas-wilayah',
      'jumlah-perangkat-daerah',
      'apbd',
      'ipm',
      'kapasitas-fiskal',
      'riwayat-indeks-spbe',
      'indeks-inovasi-daerah',
      'status-kepala-daerah',
    ]);
    const head = rubric.contextById.get('status-kepala-daerah')!;
    expect(head.kind === 'choice' && head.options.map((o) => o.id)).toEqual(['definitif', 'penjabat', 'plt']);
    for (const f of rubric.context) expect(bilingual(f.title), f.id).toBe(true);
  });

  it('says "perangkat daerah" (not OPD) in question and descriptor texts, and "head of region" in English', () => {
    for (const text of idTexts()) expect(text).not.toMatch(/\bOPD\b/);
    const english = JSON.stringify(rubric.questions.map((q) => [q.text.en, q.hint?.en, q.evidence.map((e) => e.en), q.kind === 'level' ? q.levels.map((l) => [l.descriptor.en, l.recommendation?.en, l.evidence.map((e) => e.en)]) : []]));
    expect(english).not.toMatch(/regent|mayor|regional head/i);
  });

  it('gives every level of every level question its own descriptor, evidence and recommendation; every scored question a hint and evidence', () => {
    for (const q of levelQuestions) {
      const scale = rubric.scales.get(q.scale)!;
      q.levels.forEach((level, i) => {
        const where = `${q.id} level ${level.value}`;
        expect(bilingual(level.descriptor), where).toBe(true);
        expect(level.descriptor.id, where).not.toBe(scale.levels[i]!.descriptor.id);
        expect(level.evidence.length, where).toBeGreaterThan(0);
        if (level.value < 4) expect(bilingual(level.recommendation), where).toBe(true);
      });
    }
    for (const q of rubric.questions.filter(isScored)) {
      expect(bilingual(q.hint), q.id).toBe(true);
      expect(q.evidence.length, q.id).toBeGreaterThan(0);
    }
  });

  it('keeps a core profile covering every element and every dimension', () => {
    for (const element of elements) expect(element.questions.filter(isScored).some((q) => q.tags.includes('core')), element.id).toBe(true);
    expect(rubric.charts[0]!.nodes).toEqual(['S1', 'S2', 'S3', 'S4', 'I1', 'I2', 'I3', 'I4', 'P1', 'P4', 'P2', 'P3']);
  });

  it('gives every recommendation a horizon and every scored question a responsible perangkat daerah', () => {
    const missing: string[] = [];
    const need = (where: string, rec: LocalText | undefined, horizon: string | undefined): void => {
      if (rec && !horizon) missing.push(where);
    };
    for (const q of rubric.questions.filter(isScored)) {
      expect(bilingual(q.owner), `${q.id} owner`).toBe(true);
      if (q.kind === 'level') for (const l of q.levels) need(`${q.id} level ${l.value}`, l.recommendation, l.horizon);
      if (q.kind === 'number') {
        for (const t of q.thresholds) need(`${q.id} from ${t.from}`, t.recommendation, t.horizon);
        (q.variants ?? []).forEach((v, i) => v.thresholds.forEach((t) => need(`${q.id} variant ${i} from ${t.from}`, t.recommendation, t.horizon)));
      }
      if (q.kind === 'boolean' || q.kind === 'multi') need(q.id, q.recommendation, q.horizon);
      if (q.kind === 'choice' || q.kind === 'multi') for (const o of q.options) need(`${q.id} option ${o.id}`, o.recommendation, o.horizon);
    }
    expect(missing).toEqual([]);
    for (const scale of rubric.scales.values()) for (const l of scale.levels) expect(l.horizon, `${scale.id} level ${l.value}`).toBeDefined();
  });

  it('takes a question\'s own horizon over its scale\'s, and a city\'s thresholds have their own', () => {
    const s11 = question('S1.1') as LevelQuestion;
    // Scale G says level 0 is a quick win; writing the vision into the next RPJMD is not.
    expect(rubric.scales.get('G')!.levels[0]!.horizon).toBe('quick');
    expect(s11.levels.map((l) => l.horizon)).toEqual(['medium', 'medium', 'quick', 'quick', 'long']);
    expect(pick(s11.owner!, 'id')).toBe('Bappeda');
    const i11 = question('I1.1');
    if (i11.kind !== 'number') throw new Error('I1.1 is a number question');
    expect(i11.thresholds.map((t) => [t.from, t.horizon])).toEqual([[0, 'long'], [50, 'medium'], [70, 'medium'], [85, 'medium'], [95, 'quick']]);
    expect(i11.variants![0]!.thresholds.find((t) => t.from === 97)?.horizon).toBe('quick');
    const s43 = question('S4.3');
    if (s43.kind !== 'choice' && s43.kind !== 'multi') throw new Error('S4.3 has options');
    expect(s43.options.find((o) => o.id === 'tidak-ada')?.horizon).toBe('medium');
  });

  it('leaves the assessor\'s notes on the presentation out of a self-assessment', () => {
    expect(question('S1.5').assessorOnly).toBe(true);
    expect(rubric.questions.filter((q) => q.assessorOnly).map((q) => q.id)).toEqual(['S1.5']);
  });

  it('declares a migration from 1.0.0 that gives every 1.0.0 question a place', () => {
    expect(rubric.migrations.map((m) => m.from)).toEqual(['1.0.0']);
    const ruled = new Set(rubric.migrations[0]!.rules.flatMap((r) => r.from));
    for (const q of v100.questions) expect(ruled.has(q.id) || rubric.questionById.has(q.id), q.id).toBe(true);
    const rule = (from: string, to = from) => rubric.migrations[0]!.rules.find((r) => r.from.includes(from) && r.to.includes(to));
    expect(rule('S1.2')?.values['S1.2']).toEqual({ 2: 1 });
    expect(rule('S2.1', 'P4.1')).toBeDefined();
    expect(rule('S3.1')?.reassess).toBeDefined();
    expect(rule('P3.1', 'riwayat-indeks-spbe')?.column).toBe('indeks');
  });
});
