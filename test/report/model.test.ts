import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/answers/model.js';
import { FALLBACK_DATE, nodeName, type ComparisonSection, type ReportSection } from '../../src/report/model.js';
import { fixture } from '../helpers/run-cli.js';
import { buildFor } from './build.js';

const MINIMAL = fixture('answers', 'minimal-filled.yaml');
const KESIAPAN = fixture('report', 'kesiapan-gianyar.yaml');

function section<K extends ReportSection['kind']>(sections: ReportSection[], kind: K): Extract<ReportSection, { kind: K }> {
  const found = sections.find((s) => s.kind === kind);
  if (!found) throw new Error(`no ${kind} section`);
  return found as Extract<ReportSection, { kind: K }>;
}

const withAssessment = (patch: Partial<Answers['assessment']>) => (answers: Answers): Answers => ({ ...answers, assessment: { ...answers.assessment, ...patch } });

describe('buildReportModel on the minimal fixture (numbers worked out by hand)', () => {
  // K1 level 3 of 0–4 → 75; K2 yes → 100; Kepemimpinan = (2×75 + 1×100) / 3 = 83,3.
  // I1 72,5 % → threshold 50 → 2 of 4 points → 50; I2 N/A drops out; Infrastruktur = 50.
  // Index = (60×83,33 + 40×50) / 100 = 70,0 → band "Siap" (min 70); gate K1 ≥ 3 passes.
  const { model } = buildFor(MINIMAL);

  it('numbers the sections of spec §6 in order', () => {
    expect(model.sections.map((s) => s.title)).toEqual([
      '1. Identitas Daerah dan Asesmen',
      '2. Ringkasan Eksekutif',
      '3. Grafik Capaian',
      '4. Hasil per Bagian',
      '5. Rincian Penilaian per Pertanyaan',
      '6. Kekuatan dan Kelemahan',
      '7. Rencana Tindak Lanjut',
      '8. Cara Perhitungan Nilai',
      '9. Lembar Pengesahan',
    ]);
  });

  it('puts the regency, year, date, kind, team and document number on the cover, and the metadata date from the answers', () => {
    const number = model.footer.document;
    expect(number).toMatch(/^SIAP-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(model.cover).toEqual({
      title: 'Laporan Hasil Contoh rubrik mini',
      subtitle: '',
      regency: 'Kabupaten Gianyar',
      province: 'Provinsi Bali',
      year: 'Tahun 2026',
      date: '5 April 2026',
      byLine: 'Tim Asesor: Dr. Ayu Wéndri',
      kind: 'Verifikasi asesor',
      documentLine: `Nomor dokumen ${number}`,
      rubricLine: `contoh-mini v1.0.0 · SHA-256 ${buildFor(MINIMAL).rubric.sha256}`,
    });
    expect(model.info.creationDate).toEqual(new Date('2026-04-05T00:00:00Z'));
    expect(model.header).toEqual({ left: 'Kabupaten Gianyar · Bali', right: 'Contoh rubrik mini · contoh-mini v1.0.0' });
    expect(model.footer).toEqual({ document: number, left: 'Laporan Hasil Contoh rubrik mini · Verifikasi asesor · 5 April 2026', pageLabel: 'Halaman {page} dari {pages}' });
  });

  it('states the identity of the regency and the assessment, with the rubric and answers hashes and the document number', () => {
    const identity = section(model.sections, 'identity');
    const { rubric, source } = buildFor(MINIMAL);
    expect(identity.regency.facts).toEqual([
      ['Nama daerah', 'Kabupaten Gianyar'],
      ['Jenis daerah', 'Kabupaten'],
      ['Provinsi', 'Bali'],
      ['Kode wilayah', '51.04'],
    ]);
    expect(identity.assessment.facts).toEqual([
      ['Jenis asesmen', 'Verifikasi asesor'],
      ['Tanggal', '5 April 2026'],
      ['Tempat', 'Gianyar'],
      ['Cara pelaksanaan', 'Daring (video)'],
      ['Instrumen (rubrik)', 'Contoh rubrik mini'],
      ['ID dan versi rubrik', 'contoh-mini v1.0.0'],
      ['Nilai hash rubrik (SHA-256)', rubric.sha256],
      ['Berkas jawaban', 'minimal-filled.yaml'],
      ['Nilai hash berkas jawaban (SHA-256)', createHash('sha256').update(source).digest('hex')],
      ['Nomor dokumen', model.footer.document],
    ]);
    expect(identity.people.table.rows).toEqual([{ cells: ['1', 'Dr. Ayu Wéndri', 'Ketua tim', 'Universitas Udayana'] }]);
  });

  it('summarises the index, band, status with its gates, and coverage', () => {
    const summary = section(model.sections, 'summary');
    expect(summary.index).toEqual({ label: 'Indeks', value: '70,0', of: 'dari 100', band: 'Siap', bandColor: '#1a7f37' });
    expect(summary.status).toEqual({ label: 'Status rekomendasi', text: 'Direkomendasikan', recommended: true });
    expect(summary.gates).toEqual({
      heading: 'Syarat rekomendasi',
      items: [{ passed: true, title: 'Komitmen kepala daerah minimal level 3', detail: 'K1: 3 · Terdefinisi (syarat ≥ 3)' }],
    });
    expect(summary.facts).toEqual([['Cakupan', '4 ditanyakan · 4 dijawab (1 N/A) · 3 dinilai · 4 di rubrik']]);
    expect(summary.provisional).toBeUndefined();
    expect(summary.lead).toBe(
      'Tim asesor telah memverifikasi 4 dari 4 pertanyaan yang ditanyakan dalam Contoh rubrik mini untuk Kabupaten Gianyar pada 5 April 2026. ' +
        'Indeks Kabupaten Gianyar adalah 70,0 dari 100 dengan kategori Siap; menurut syarat rubrik, daerah ini direkomendasikan.',
    );
    expect(summary.pillars.table.rows.map((r) => r.cells)).toEqual([
      ['Kepemimpinan', '60', '83,3', { text: 'Siap', swatch: '#1a7f37' }, '2/2'],
      ['Infrastruktur', '40', '50,0', { text: 'Belum siap', swatch: '#cf222e' }, '1/1'],
      ['Indeks keseluruhan', '', '70,0', { text: 'Siap', swatch: '#1a7f37' }, '3/3'],
    ]);
  });

  it('says when the answers are a panel consensus made by siap merge: assessors, agreement, kappa, what the panel decided', () => {
    const consensus = buildFor(MINIMAL, {
      edit: (answers: Answers): Answers => ({
        ...answers,
        mergedFrom: [
          { file: 'a.yaml', assessor: 'Dr. Ayu' },
          { file: 'b.yaml', assessor: 'Budi' },
          { file: 'c.yaml', assessor: 'Citra' },
        ],
        consensus: { assessors: 3, rule: 'median', compared: 3, agreed: 2, kappa: 0.5, weighting: 'linear', open: ['K1', 'K2'] },
        entries: new Map([...answers.entries].filter(([id]) => id !== 'K2')),
      }),
    }).model;
    expect(section(consensus.sections, 'summary').facts.slice(1)).toEqual([
      ['Konsensus', 'panel 3 asesor, digabung dengan siap merge (aturan median)'],
      ['Kesepakatan asesor', 'kesepakatan 2 dari 3 butir dinilai (66,7%) · kappa berbobot 0,50 (linear)'],
      ['Keputusan panel', 'diputuskan panel: K1 · menunggu panel: K2'],
    ]);
  });

  it('draws bars (two sections cannot make a radar) in band colours', () => {
    const charts = section(model.sections, 'charts');
    expect(charts.charts).toHaveLength(1);
    expect(charts.charts[0]).toMatchObject({
      type: 'bars',
      title: 'Capaian per bagian',
      min: 0,
      max: 100,
      items: [
        { label: 'Kepemimpinan', display: ['83,3'], colors: ['#1a7f37'] },
        { label: 'Infrastruktur', values: [50], display: ['50,0'], colors: ['#cf222e'] },
      ],
    });
  });

  it('details every question: answer, level descriptor, note, evidence, N/A reason, points and value', () => {
    const questions = section(model.sections, 'questions');
    expect(questions.groups.map((g) => g.heading)).toEqual(['Kepemimpinan', 'Infrastruktur']);
    expect(questions.groups[0]!.table.rows[0]!.cells).toEqual([
      { text: 'K1', style: 'bold' },
      {
        text: [
          [{ text: 'Seberapa kuat komitmen kepala daerah?', style: 'bold' }],
          [{ text: 'Jawaban: ', style: 'bold' }, { text: '3 · Terdefinisi' }],
          [{ text: 'Uraian level: ', style: 'bold' }, { text: 'Ditetapkan resmi.', style: 'italic' }],
          [{ text: 'Catatan: ', style: 'bold' }, { text: 'Bupati memaparkan langsung' }],
          [{ text: 'Bukti:', style: 'bold' }],
          { bullet: '•', text: 'Surat komitmen 2026' },
        ],
      },
      '3 / 4',
      '75,0',
    ]);
    expect(questions.groups[1]!.table.rows[1]!.cells).toEqual([
      { text: 'I2', style: 'bold' },
      { text: [[{ text: 'Pusat data yang dipakai', style: 'bold' }], [{ text: 'Tidak berlaku (N/A): ', style: 'bold' }, { text: 'Pusat data dikelola provinsi' }]] },
      '—',
      '—',
    ]);
  });

  it('lists strengths and weaknesses per pillar, an item in one list only (strength: ≥ 75 % of its top)', () => {
    const findings = section(model.sections, 'findings');
    expect(findings.gates).toBeUndefined();
    expect(findings.note).toContain('Satu pertanyaan hanya masuk salah satu daftar');
    expect(findings.pillars.map((p) => p.heading)).toEqual(['Kepemimpinan', 'Infrastruktur']);
    // With an action plan, the steps are there: the findings have two blocks.
    expect(findings.pillars[0]!.blocks.map((b) => b.heading)).toEqual(['Kekuatan', 'Kelemahan']);
    const [strengths, weaknesses] = findings.pillars[0]!.blocks;
    // K1 at level 3 of 4 is exactly 75 %: a strength, and therefore not a weakness.
    expect(strengths!.items).toEqual([
      [{ text: 'K2  ', style: 'bold' }, { text: 'Ada pejabat penanggung jawab?' }, { text: ' — Ya', style: 'italic' }],
      [{ text: 'K1  ', style: 'bold' }, { text: 'Seberapa kuat komitmen kepala daerah?' }, { text: ' — 3 · Terdefinisi', style: 'italic' }],
    ]);
    expect(weaknesses!.items).toEqual([]);
    // I1 carries all of Infrastruktur (I2 is N/A): share 0,4, half way → +20.
    expect(findings.pillars[1]!.blocks[1]!.items[0]).toContainEqual({ text: ' (+20,0 poin indeks bila mencapai nilai tertinggi)', color: '#5f6368' });
    expect(findings.pillars[1]!.blocks[0]!.items).toEqual([]);
  });

  it('has an action plan even when the rubric gives no step for the current levels', () => {
    const actions = section(model.sections, 'actions');
    expect(actions.groups).toEqual([]);
    expect(actions.empty).toBe('Rubrik tidak memuat rekomendasi untuk capaian saat ini.');
    expect(section(model.sections, 'summary').priorities).toBeUndefined();
  });

  it('shows how the score was worked out: weight × value per component, exclusions named', () => {
    const method = section(model.sections, 'method');
    expect(method.nodes.map((n) => n.formula)).toEqual([
      'Indeks keseluruhan = 7000,0 / 100 = 70,0',
      'Kepemimpinan = 250,0 / 3 = 83,3',
      'Infrastruktur = 50,0 / 1 = 50,0',
    ]);
    expect(method.nodes[0]!.table.rows).toEqual([
      { cells: ['Kepemimpinan', '60', '83,3', '5000,0', ''] },
      { cells: ['Infrastruktur', '40', '50,0', '2000,0', ''] },
      { emphasis: true, cells: ['Jumlah', '100', '70,0', '7000,0', ''] },
    ]);
    expect(method.nodes[2]!.table.rows).toEqual([
      { cells: ['I1 · Persentase desa terjangkau 4G', '1', '50,0', '50,0', '2 dari 4 poin'] },
      { cells: ['I2 · Pusat data yang dipakai', '1', '—', '—', { text: 'tidak dihitung: N/A', style: 'italic', color: '#5f6368' }] },
      { emphasis: true, cells: ['Jumlah', '1', '50,0', '50,0', ''] },
    ]);
  });

  it('ends with place, date, a signature line per assessor and "Mengetahui" for the regency', () => {
    const signoff = section(model.sections, 'signoff');
    expect(signoff).toMatchObject({
      placeDate: 'Ditetapkan di Gianyar, 5\u00a0April\u00a02026',
      team: 'Tim Asesor',
      signers: [{ role: 'Ketua tim', name: 'Dr. Ayu Wéndri', nip: 'NIP. ……………………………', details: ['Universitas Udayana'] }],
      acknowledged: { label: 'Mengetahui,', signer: { role: 'Perwakilan Pemerintah Kabupaten Gianyar', name: '', nip: 'NIP. ……………………………', details: [] } },
    });
  });

  it('embeds the answers file as it was read', () => {
    const built = buildFor(MINIMAL);
    const answers = built.model.attachments.find((a) => a.name === 'minimal-filled.yaml');
    expect(answers).toMatchObject({ type: 'application/yaml', date: new Date('2026-04-05T00:00:00Z'), relationship: 'Source' });
    expect(Buffer.from(answers!.bytes).equals(built.source)).toBe(true);
  });

  it('is pure: the same inputs give the same model', () => {
    expect(buildFor(MINIMAL).model).toEqual(model);
  });
});

describe('wording', () => {
  it('reads in English with --lang en, numbers with a decimal point', () => {
    const { model } = buildFor(MINIMAL, { lang: 'en' });
    expect(model.sections.map((s) => s.title)).toEqual([
      '1. Identity of the Regency and the Assessment',
      '2. Executive Summary',
      '3. Charts',
      '4. Results by Section',
      '5. Question-by-Question Detail',
      '6. Strengths and Weaknesses',
      '7. Action Plan',
      '8. How the Score Was Worked Out',
      '9. Sign-off',
    ]);
    expect(section(model.sections, 'identity').regency.facts[1]).toEqual(['Type', 'Regency']);
    expect(section(model.sections, 'summary').index).toMatchObject({ value: '70.0', of: 'out of 100', band: 'Ready' });
    expect(model.footer.pageLabel).toBe('Page {page} of {pages}');
    expect(section(model.sections, 'signoff').acknowledged.label).toBe('Acknowledged by,');
  });

  it('names the tiers of the rubric (Pilar dan Elemen) in titles and headers', () => {
    const { model } = buildFor(KESIAPAN);
    const results = section(model.sections, 'results');
    expect(results.title).toBe('4. Hasil per Pilar dan Elemen');
    // The pillar overview is in the summary; the results start with the first pillar (printed once).
    expect(section(model.sections, 'summary').pillars.heading).toBe('Ringkasan per pilar');
    expect(results.tables[0]!.heading).toBe('Struktur');
    expect(results.tables[0]!.table.columns[0]!.header).toBe('Pilar / Elemen');
  });

  it('differs between a self-assessment and an assessor verification only in wording', () => {
    const assessor = buildFor(MINIMAL).model;
    const self = buildFor(MINIMAL, { edit: withAssessment({ kind: 'self' }) }).model;
    expect(self.cover!.byLine).toBe('Tim Penilai Mandiri Kabupaten Gianyar: Dr. Ayu Wéndri');
    expect(self.cover!.kind).toBe('Penilaian mandiri');
    const signoff = section(self.sections, 'signoff');
    expect(signoff.placeDate).toBe('Dibuat di Gianyar, 5\u00a0April\u00a02026');
    expect(signoff.team).toBe('Tim Penilai Mandiri Kabupaten Gianyar');
    expect(signoff.signers[0]!.role).toBe('Ketua tim');
    expect(section(self.sections, 'summary').lead).toContain('Kabupaten Gianyar telah melakukan penilaian mandiri atas 4 dari 4 pertanyaan yang ditanyakan');
    expect(section(self.sections, 'summary').lead).toContain('belum diverifikasi oleh tim asesor');
    for (const kind of ['results', 'questions', 'findings', 'actions', 'method'] as const) {
      expect(section(self.sections, kind)).toEqual(section(assessor.sections, kind));
    }
    expect(section(self.sections, 'summary').index).toEqual(section(assessor.sections, 'summary').index);
  });

  it('marks a provisional result on the cover, in the footer and in the summary', () => {
    const { model } = buildFor(MINIMAL, {
      edit: (answers) => {
        const entries = new Map(answers.entries);
        entries.delete('K2');
        return { ...answers, entries };
      },
    });
    expect(model.cover!.provisional).toBe('SEMENTARA');
    expect(model.footer.left).toContain('SEMENTARA');
    // The banner names the questions that are missing.
    expect(section(model.sections, 'summary').provisional).toBe('HASIL SEMENTARA: 1 pertanyaan wajib belum dijawab dan dihitung dengan nilai terendah: K2.');
    const k2 = section(model.sections, 'questions').groups[0]!.table.rows[1]!.cells[1] as { text: unknown[] };
    expect(k2.text[1]).toEqual([{ text: 'Belum dijawab — dihitung dengan nilai terendah', style: 'italic', color: '#cf222e' }]);
  });

  it('leaves out questions outside the assessment profile, and says how many', () => {
    const { model, result } = buildFor(KESIAPAN, { edit: withAssessment({ profile: 'inti' }) });
    const questions = section(model.sections, 'questions');
    const outside = result.questions.filter((q) => q.hiddenBy === 'profile').length;
    expect(outside).toBe(59 - 27);
    expect(questions.notes).toEqual([`${outside} pertanyaan di luar profil "inti" tidak ditampilkan.`]);
    expect(questions.groups.reduce((n, g) => n + g.table.rows.length, 0)).toBe(27);
    expect(section(model.sections, 'identity').assessment.facts).toContainEqual(['Profil pertanyaan', expect.stringContaining('(inti)')]);
  });

  it('shows the rank when the report is produced in a batch', () => {
    const { model } = buildFor(MINIMAL, { rank: { position: 3, total: 25, selected: true } });
    expect(section(model.sections, 'summary').facts).toContainEqual(['Peringkat', '3 dari 25 daerah (terpilih)']);
  });
});

describe('dates (never the clock)', () => {
  it('takes the PDF date from SOURCE_DATE_EPOCH when given, and shows the assessment date', () => {
    const generatedAt = new Date('2027-01-02T03:04:05Z');
    const { model } = buildFor(MINIMAL, { generatedAt });
    expect(model.info.creationDate).toEqual(generatedAt);
    expect(model.cover!.date).toBe('5 April 2026');
  });

  it('falls back to SOURCE_DATE_EPOCH for the shown date, then to a fixed date with blanks to fill in', () => {
    const noDate = withAssessment({ date: undefined as unknown as string });
    const stripped = (a: Answers): Answers => {
      const next = noDate(a);
      delete (next.assessment as { date?: string }).date;
      return next;
    };
    const generatedAt = new Date('2027-01-02T03:04:05Z');
    expect(buildFor(MINIMAL, { edit: stripped, generatedAt }).model.cover!.date).toBe('2 Januari 2027');
    const { model } = buildFor(MINIMAL, { edit: stripped });
    expect(model.info.creationDate).toEqual(FALLBACK_DATE);
    expect(model.cover!.date).toBeUndefined();
    expect(section(model.sections, 'signoff').placeDate).toBe('Ditetapkan di Gianyar, ……………………');
  });
});

describe('templates', () => {
  it('chooses sections, title, authority, logo, colours and labels', () => {
    const { model } = buildFor(MINIMAL, { template: fixture('report', 'templates', 'with-logo.yaml') });
    expect(model.sections.map((s) => s.title)).toEqual(['1. Ikhtisar Hasil', '2. Lembar Pengesahan']);
    expect(model.cover).toMatchObject({ title: 'Laporan Penilaian Mandiri Contoh rubrik mini', subtitle: '', authority: 'Pemerintah Kabupaten Gianyar' });
    expect(model.cover!.logo!.format).toBe('png');
    expect(model.theme.accent).toBe('#7a1f1f');
    expect(section(model.sections, 'signoff').team).toBe('Tim Kota Cerdas Diskominfo');
  });

  it('has a slot for the self-assessment vs assessor comparison, printed after the charts', () => {
    const comparison: ComparisonSection = {
      kind: 'comparison',
      title: '',
      lead: 'Perbandingan.',
      chart: { type: 'bars', title: 'Mandiri vs asesor', alt: 'Mandiri vs asesor', items: [], series: [], min: 0, max: 100, ticks: [] },
      table: { columns: [{ header: 'Bagian', width: 1 }], rows: [] },
    };
    const { model } = buildFor(MINIMAL, { comparison });
    expect(model.sections.map((s) => s.kind)).toEqual(['identity', 'summary', 'charts', 'comparison', 'results', 'questions', 'findings', 'actions', 'method', 'signoff']);
    expect(model.sections[3]!.title).toBe('4. Penilaian Mandiri vs Verifikasi Asesor');
  });
});

describe('nodeName', () => {
  it.each([
    ['S1', 'Kepemimpinan & visi', 'S1 · Kepemimpinan & visi'],
    ['D-GOV-1', 'Pelayanan publik', 'D-GOV-1 · Pelayanan publik'],
    ['kepemimpinan', 'Kepemimpinan', 'Kepemimpinan'],
    ['struktur', 'Structure', 'Structure'],
  ])('%s + %s → %s', (id, title, expected) => {
    expect(nodeName(id, title)).toBe(expected);
  });
});
