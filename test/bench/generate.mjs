/**
 * Synthetic but plausible answers files for a rubric, for `npm run bench`. Seeded: the same
 * seed, rubric and count give the same files. Each regency has a latent "readiness" that moves
 * all its answers together, so the index spreads over the bands as real results do; some files
 * leave a required question unanswered (provisional), some mark an N/A where the rubric allows it.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** Mulberry32: small, fast, good enough for test data. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROVINCES = [
  ['11', 'Aceh'], ['12', 'Sumatera Utara'], ['13', 'Sumatera Barat'], ['14', 'Riau'], ['15', 'Jambi'], ['16', 'Sumatera Selatan'],
  ['17', 'Bengkulu'], ['18', 'Lampung'], ['19', 'Kepulauan Bangka Belitung'], ['21', 'Kepulauan Riau'], ['31', 'DKI Jakarta'],
  ['32', 'Jawa Barat'], ['33', 'Jawa Tengah'], ['34', 'DI Yogyakarta'], ['35', 'Jawa Timur'], ['36', 'Banten'], ['51', 'Bali'],
  ['52', 'Nusa Tenggara Barat'], ['53', 'Nusa Tenggara Timur'], ['61', 'Kalimantan Barat'], ['62', 'Kalimantan Tengah'],
  ['63', 'Kalimantan Selatan'], ['64', 'Kalimantan Timur'], ['65', 'Kalimantan Utara'], ['71', 'Sulawesi Utara'], ['72', 'Sulawesi Tengah'],
  ['73', 'Sulawesi Selatan'], ['74', 'Sulawesi Tenggara'], ['75', 'Gorontalo'], ['76', 'Sulawesi Barat'], ['81', 'Maluku'],
  ['82', 'Maluku Utara'], ['91', 'Papua Barat'], ['92', 'Papua Barat Daya'], ['94', 'Papua'], ['95', 'Papua Selatan'],
  ['96', 'Papua Tengah'], ['97', 'Papua Pegunungan'],
];
const FIRST = ['Tanjung', 'Bukit', 'Sungai', 'Pulau', 'Muara', 'Batu', 'Tanah', 'Teluk', 'Kuala', 'Lubuk', 'Gunung', 'Air', 'Padang', 'Labuhan', 'Rawa', 'Sri', 'Ujung', 'Kota'];
const SECOND = ['Harapan', 'Jaya', 'Makmur', 'Permai', 'Sari', 'Indah', 'Baru', 'Raya', 'Lestari', 'Damai', 'Sejahtera', 'Mulia', 'Agung', 'Asri', 'Selatan', 'Utara', 'Timur', 'Barat', 'Tengah', 'Kencana', 'Wangi', 'Emas', 'Bening', 'Pinang'];
const PEOPLE = ['Ayu Lestari', 'Budi Santoso', 'Citra Dewi', 'Dedi Kurniawan', 'Eka Saputra', 'Fitri Handayani', 'Gede Wirawan', 'Hana Pratiwi', 'Iwan Setiawan', 'Joko Susilo'];

const q = (s) => JSON.stringify(s);

function pickOne(list, r) {
  return list[Math.floor(r() * list.length)];
}

/** A value for one question, near the regency's readiness `p` (0–1). */
function valueFor(question, p, r) {
  const near = (n) => Math.max(0, Math.min(n - 1, Math.round(p * (n - 1) + (r() - 0.5) * 2)));
  switch (question.kind) {
    case 'level': {
      const levels = question.levels.map((l) => l.value);
      return levels[near(levels.length)];
    }
    case 'boolean':
      return r() < p + 0.15;
    case 'choice': {
      const options = [...question.options].sort((a, b) => a.points - b.points);
      return options[near(options.length)].id;
    }
    case 'multi': {
      const options = question.options.filter((o) => !o.exclusive);
      const chosen = options.filter(() => r() < p);
      return chosen.length > 0 ? chosen.map((o) => o.id) : [options[0].id];
    }
    case 'number': {
      const lo = question.min;
      const hi = question.max ?? lo + 100;
      const v = lo + (hi - lo) * Math.max(0, Math.min(1, p + (r() - 0.5) * 0.4));
      return question.integer ? Math.round(v) : Math.round(v * 10) / 10;
    }
    case 'text':
      return 'Program prioritas: layanan terpadu satu pintu, dasbor kinerja perangkat daerah, dan literasi digital desa.';
    case 'list': {
      // One or two rows; JSON flow maps are YAML too.
      const row = (n) => Object.fromEntries(question.columns.map((c) => [c.id, c.kind === 'number' ? 100 * n : c.kind === 'boolean' ? true : c.kind === 'choice' ? c.options[0].id : `Baris ${n}`]));
      return r() < 0.5 ? [row(1)] : [row(1), row(2)];
    }
  }
}

/** One answers file as YAML text. */
export function answersText(rubric, index, r, options = {}) {
  const [provCode, province] = PROVINCES[index % PROVINCES.length];
  const isKota = r() < 0.18;
  const name = `${pickOne(FIRST, r)} ${pickOne(SECOND, r)}`;
  const code = options.wideCodes ? `${provCode}.${String(index + 1).padStart(4, '0')}` : `${provCode}.${String(Math.floor(index / PROVINCES.length) + 1 + (isKota ? 70 : 0)).padStart(2, '0')}`;
  const p = Math.min(1, Math.max(0, 0.15 + r() * 0.75));
  const provisional = r() < 0.08;
  const lines = [
    'format: siap-answers/1',
    `rubric: {id: ${rubric.id}, version: ${q(rubric.version)}, sha256: ${q(rubric.sha256)}}`,
    `regency: {name: ${q(name)}, kind: ${isKota ? 'kota' : 'kabupaten'}, province: ${q(province)}, code: ${q(code)}}`,
    'assessment:',
    `  kind: ${r() < 0.7 ? 'assessor' : 'self'}`,
    `  date: 2026-${String(3 + Math.floor(r() * 3)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')}`,
    `  place: ${q(`Kantor Bupati ${name}`)}`,
    `  mode: ${r() < 0.5 ? 'online' : 'onsite'}`,
    '  assessors:',
    `    - {name: ${q(pickOne(PEOPLE, r))}, role: Ketua Tim Asesor, institution: Universitas Negeri}`,
    `    - {name: ${q(pickOne(PEOPLE, r))}, role: Anggota Tim Asesor}`,
    'answers:',
  ];
  for (const question of rubric.questions) {
    if (provisional && question.required && r() < 0.05) continue;
    if (question.allowNa && r() < 0.04) {
      lines.push(`  ${question.id}: {na: "Tidak berlaku untuk wilayah ini"}`);
      continue;
    }
    const value = valueFor(question, p, r);
    if (r() < 0.3) lines.push(`  ${question.id}:`, `    value: ${q(value)}`, `    note: ${q('Dipaparkan oleh Kepala Diskominfo; dokumen diperiksa.')}`, `    evidence: [${q(`Dokumen ${question.id} tahun 2025`)}]`);
    else lines.push(`  ${question.id}: ${q(value)}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Write `count` files into `dir` (reused when a stamp shows the same rubric, seed and count).
 * `wideCodes` gives every file its own region code (the 10,000 set is larger than Indonesia).
 */
export function generateSet(rubric, dir, count, seed, options = {}) {
  const stamp = `${rubric.id}@${rubric.sha256}:${count}:${seed}:${options.wideCodes ? 'w' : 'n'}:v2`;
  const stampFile = join(dir, '.stamp');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return false;
  rmSync(dir, { recursive: true, force: true });
  const r = rng(seed);
  const shard = count > 1000 ? 1000 : count;
  for (let i = 0; i < count; i++) {
    const sub = join(dir, `bagian-${String(Math.floor(i / shard)).padStart(2, '0')}`);
    if (i % shard === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `jawaban-${String(i + 1).padStart(5, '0')}.yaml`), answersText(rubric, i, r, options));
  }
  writeFileSync(stampFile, stamp);
  return true;
}
