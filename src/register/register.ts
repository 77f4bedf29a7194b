/**
 * The official register of Indonesia's kabupaten and kota (Kemendagri region codes), as data and
 * look-ups. Pure: the data comes in as text or as the compiled form (src/io/register.ts reads it).
 *
 * Source: src/register/wilayah-kabkota.csv, from cahyadsn/wilayah (MIT, see LICENSE-wilayah.txt
 * and README.md beside it). The build compiles it into dist/bundled/kabkota.json
 * (src/tools/compile-register.ts).
 *
 * Example codes. A code whose regency part (the two digits after the province) is 90–99 is never
 * a real kabupaten/kota (those are 01–29 and 71–79), so siap keeps that range for fictional
 * regencies in examples, training and tests (`33.97` Kabupaten Sukamaju): such a code is not
 * looked up and nothing about its regency is checked.
 */

export type RegionKind = 'kabupaten' | 'kota' | 'kabupaten-administrasi' | 'kota-administrasi';

export interface Region {
  /** `PP.KK`, e.g. `51.04`. */
  code: string;
  /** Without "Kabupaten"/"Kota", spelled as the register spells it. */
  name: string;
  kind: RegionKind;
  provinceCode: string;
  province: string;
}

export interface Province {
  code: string;
  name: string;
}

/** The compiled register (dist/bundled/kabkota.json): compact rows and the source's notice. */
export interface RegisterData {
  format: 'siap-register/1';
  source: string;
  license: string;
  provinces: [code: string, name: string][];
  regions: [code: string, name: string, kind: RegionKind][];
}

const KINDS: readonly RegionKind[] = ['kabupaten', 'kota', 'kabupaten-administrasi', 'kota-administrasi'];

/** The register CSV (code,name,kind,province_code,province) → the compact form. */
export function parseRegisterCsv(text: string, notice: { source: string; license: string }): RegisterData {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines[0]?.trim() !== 'code,name,kind,province_code,province') throw new Error('register CSV: unexpected header');
  const provinces = new Map<string, string>();
  const regions: RegisterData['regions'] = [];
  for (const line of lines.slice(1)) {
    const [code, name, kind, provinceCode, province, ...rest] = line.split(',');
    if (rest.length > 0 || !code || !name || !provinceCode || !province || !KINDS.includes(kind as RegionKind) || !/^\d{2}\.\d{2}$/.test(code) || !code.startsWith(`${provinceCode}.`)) {
      throw new Error(`register CSV: bad row "${line}"`);
    }
    provinces.set(provinceCode, province);
    regions.push([code, name, kind as RegionKind]);
  }
  return { format: 'siap-register/1', ...notice, provinces: [...provinces], regions };
}

/** The kind an answers file records (`kabupaten` or `kota`) for a register kind. */
export function answersKind(kind: RegionKind): 'kabupaten' | 'kota' {
  return kind.startsWith('kota') ? 'kota' : 'kabupaten';
}

/**
 * A region code as written → its regency part `PP.KK` (from `PP.KK`, `PP.KK.xx…` or `PPKK`), and
 * whether it lies in the example range; undefined when it is not a regency code at all.
 */
export function regencyCode(code: string): { code: string; province: string; example: boolean } | undefined {
  const text = code.trim();
  const m = /^(\d{2})\.?(\d{2})(?:\.\d{2}(?:\.\d{4})?)?$/.exec(text);
  if (!m || (text.length > 4 && !text.includes('.'))) return undefined;
  const province = m[1]!;
  const regency = m[2]!;
  return { code: `${province}.${regency}`, province, example: regency >= '90' };
}

/** Name → key: case, accents, punctuation and spacing ignored; "Kabupaten"/"Kota" prefix dropped; "Kep." = "Kepulauan". */
export function nameKey(name: string): string {
  let t = name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
  t = t.replace(/^(kabupaten|kab\.?|kota)(\s+(administrasi|adm\.?))?\s+/, '');
  t = t.replace(/\bkep\.\s*|\bkep\s+/g, 'kepulauan ');
  return t.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The kind a name's own prefix gives ("Kota Solok" → kota), if any. */
export function kindFromName(name: string): 'kabupaten' | 'kota' | undefined {
  const t = name.trim().toLowerCase();
  if (/^(kabupaten|kab\.?)\s/.test(t)) return 'kabupaten';
  if (/^kota\s/.test(t)) return 'kota';
  return undefined;
}

/**
 * Spellings of the same region that the register writes otherwise (older names, common variants,
 * from the cross-checks in src/register/README.md): name key → the register's name key.
 */
const NAME_VARIANTS: Record<string, string> = {
  tobasamosir: 'toba',
  padangsidempuan: 'padangsidimpuan',
  pangkajenekepulauan: 'pangkajenedankepulauan',
  pahuwato: 'pohuwato',
};

/** Province names as people write them → the register's province code. */
const PROVINCE_VARIANTS: Record<string, string> = {
  dkijakarta: '31',
  daerahkhususjakarta: '31',
  jakarta: '31',
  diyogyakarta: '34',
  diy: '34',
  yogyakarta: '34',
  bangkabelitung: '19',
  babel: '19',
  kepri: '21',
  ntb: '52',
  ntt: '53',
};

function provinceKey(name: string): string {
  return nameKey(name.replace(/^\s*(provinsi|prov\.?)\s+/i, ''));
}

export class Register {
  readonly regions: readonly Region[];
  readonly provinces: readonly Province[];
  readonly source: string;
  private readonly byCodeMap = new Map<string, Region>();
  private readonly byNameMap = new Map<string, Region[]>();
  private readonly provinceByCode = new Map<string, Province>();
  private readonly provinceByKey = new Map<string, Province>();

  constructor(data: RegisterData) {
    this.source = data.source;
    this.provinces = data.provinces.map(([code, name]) => ({ code, name }));
    for (const p of this.provinces) {
      this.provinceByCode.set(p.code, p);
      this.provinceByKey.set(provinceKey(p.name), p);
    }
    for (const [key, code] of Object.entries(PROVINCE_VARIANTS)) {
      const p = this.provinceByCode.get(code);
      if (p && !this.provinceByKey.has(key)) this.provinceByKey.set(key, p);
    }
    this.regions = data.regions.map(([code, name, kind]) => {
      const provinceCode = code.slice(0, 2);
      return { code, name, kind, provinceCode, province: this.provinceByCode.get(provinceCode)?.name ?? '' };
    });
    for (const r of this.regions) {
      this.byCodeMap.set(r.code, r);
      const key = nameKey(r.name);
      const list = this.byNameMap.get(key);
      if (list) list.push(r);
      else this.byNameMap.set(key, [r]);
    }
  }

  /** The region of a code as written (`51.04`, `5104`, `51.04.01`), or undefined (unknown, example or not a code). */
  byCode(code: string): Region | undefined {
    const parts = regencyCode(code);
    return parts && !parts.example ? this.byCodeMap.get(parts.code) : undefined;
  }

  /**
   * Regions with this name (prefix, case, accents and punctuation ignored), narrowed by the kind
   * (given, or from a "Kota …"/"Kabupaten …" prefix) and by the province when they narrow it.
   */
  byName(name: string, options: { kind?: 'kabupaten' | 'kota'; province?: string } = {}): Region[] {
    const key = nameKey(name);
    let found = this.byNameMap.get(key) ?? this.byNameMap.get(NAME_VARIANTS[key] ?? '') ?? [];
    const kind = options.kind ?? kindFromName(name);
    if (kind) found = found.filter((r) => answersKind(r.kind) === kind);
    if (options.province && found.length > 1) {
      const province = this.province(options.province);
      const inProvince = province ? found.filter((r) => r.provinceCode === province.code) : [];
      if (inProvince.length > 0) found = inProvince;
    }
    return found;
  }

  /** A province by its two-digit code or its name (as the register writes it, or a common variant). */
  province(text: string): Province | undefined {
    const t = text.trim();
    if (/^\d{2}$/.test(t)) return this.provinceByCode.get(t);
    return this.provinceByKey.get(provinceKey(t));
  }

  /** Whether two names are the same region name (see `nameKey`, with the known variants). */
  sameName(a: string, b: string): boolean {
    const ka = nameKey(a);
    const kb = nameKey(b);
    return ka === kb || NAME_VARIANTS[ka] === kb || NAME_VARIANTS[kb] === ka;
  }

  /** Whether a province as written is the register's province `code`. */
  sameProvince(text: string, code: string): boolean {
    return this.province(text)?.code === code;
  }

  /** Every region's name (for "did you mean"). */
  names(): string[] {
    return this.regions.map((r) => r.name);
  }
}
