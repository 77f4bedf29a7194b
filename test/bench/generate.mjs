/**
 * Synthetic but plausible answers files for a rubric, for `npm run bench`. Seeded: the same
 * seed, rubric and count give the same files. Each regency has a latent "readiness" that moves
 * all its answers together, so the index spreads over the bands as real results do; some files
 * leave a required question unanswered (provisional), some mark an N/A where the rubric allows it.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REGISTER_CSV = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'register', 'wilayah-kabkota.csv');

/** The 514 kabupaten/kota of the official register (src/register/wilayah-kabkota.csv), in code order. */
export function registerRegions() {
  return readFileSync(REGISTER_CSV, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [code, name, kind, provinceCode, province] = line.split(',');
      return { code, name, kind: kind.startsWith('kota') ? 'kota' : 'kabupaten', provinceCode, province };
    });
}

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

/** The 38 provinces of the register, as [code, name]. */
const PROVINCES = [...new Map(registerRegions().map((r) => [r.provinceCode, r.province])).entries()];
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

/**
 * One answers file as YAML text. With `region` (a register row) the file is that real regency;
 * without, a fictional one in the example range of codes (`PP.9D.NNNN`: a regency part 90–99 is
 * never a real code, see src/register/), unique per index.
 */
export function answersText(rubric, index, r, options = {}) {
  const region = options.region;
  const [provCode, fictionalProvince] = PROVINCES[index % PROVINCES.length];
  const isKota = region ? region.kind === 'kota' : r() < 0.18;
  const fictionalName = `${pickOne(FIRST, r)} ${pickOne(SECOND, r)}`;
  const name = region ? region.name : fictionalName;
  const province = region ? region.province : fictionalProvince;
  const serial = Math.floor(index / PROVINCES.length);
  const code = region ? region.code : `${provCode}.9${serial % 10}.${String(Math.floor(serial / 10) + 1).padStart(4, '0')}`;
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
 * `register: true` makes file i the register's region i (the 514 set is every kabupaten/kota of
 * Indonesia once); otherwise every file is a fictional regency with its own example code (the
 * 2,000 and 10,000 sets are larger than Indonesia).
 */
export function generateSet(rubric, dir, count, seed, options = {}) {
  const regions = options.register ? registerRegions() : null;
  const stamp = `${rubric.id}@${rubric.sha256}:${count}:${seed}:${regions ? 'register' : 'example'}:v3`;
  const stampFile = join(dir, '.stamp');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return false;
  rmSync(dir, { recursive: true, force: true });
  const r = rng(seed);
  const shard = count > 1000 ? 1000 : count;
  for (let i = 0; i < count; i++) {
    const sub = join(dir, `bagian-${String(Math.floor(i / shard)).padStart(2, '0')}`);
    if (i % shard === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `jawaban-${String(i + 1).padStart(5, '0')}.yaml`), answersText(rubric, i, r, regions ? { region: regions[i % regions.length] } : {}));
  }
  writeFileSync(stampFile, stamp);
  return true;
}
