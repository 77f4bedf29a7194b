import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/answers/parse.js';
import { loadRegister, REGISTER_CSV } from '../../src/io/register.js';
import { describe as words } from '../../src/messages/catalog.js';
import { parseRegisterCsv, regencyCode, Register } from '../../src/register/register.js';
import { fixtureRubric } from '../helpers/answers.js';

const register = loadRegister();

describe('the official register (src/register/wilayah-kabkota.csv)', () => {
  it('holds 514 kabupaten/kota in 38 provinces (415 + 1 kabupaten, 93 + 5 kota), every code once', () => {
    const data = parseRegisterCsv(readFileSync(REGISTER_CSV, 'utf8'), { source: 's', license: 'l' });
    expect(data.regions).toHaveLength(514);
    expect(data.provinces).toHaveLength(38);
    const kinds = new Map<string, number>();
    for (const [, , kind] of data.regions) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    expect(Object.fromEntries(kinds)).toEqual({ kabupaten: 415, kota: 93, 'kabupaten-administrasi': 1, 'kota-administrasi': 5 });
    expect(new Set(data.regions.map((r) => r[0])).size).toBe(514);
  });

  it('the compiled register (dist/bundled/kabkota.json, what the package ships) is the same data, with the source\'s MIT notice', () => {
    const compiled = new Register(JSON.parse(readFileSync(new URL('../../dist/bundled/kabkota.json', import.meta.url), 'utf8')));
    expect(compiled.regions).toEqual(register.regions);
    const raw = JSON.parse(readFileSync(new URL('../../dist/bundled/kabkota.json', import.meta.url), 'utf8')) as { license: string; source: string };
    expect(raw.license).toContain('Copyright (c) 2017-2025 Cahya DSN');
    expect(raw.license).toContain('Permission is hereby granted, free of charge');
    expect(raw.source).toContain('cahyadsn/wilayah');
  });

  it('finds a region by its code, written with or without the dot, or as a district code', () => {
    for (const code of ['51.04', '5104', '51.04.01', ' 51.04 ']) expect(register.byCode(code)?.name, code).toBe('Gianyar');
    expect(register.byCode('51.04')).toMatchObject({ kind: 'kabupaten', provinceCode: '51', province: 'Bali' });
    expect(register.byCode('51.10')).toBeUndefined();
    expect(register.byCode('31.71')).toMatchObject({ name: 'Jakarta Pusat', kind: 'kota-administrasi' });
  });

  it('keeps PP.90–PP.99 for made-up regencies: never looked up', () => {
    expect(regencyCode('33.97')).toEqual({ code: '33.97', province: '33', example: true });
    expect(register.byCode('33.97')).toBeUndefined();
    expect(regencyCode('51.04')).toEqual({ code: '51.04', province: '51', example: false });
    expect(regencyCode('51')).toBeUndefined();
    expect(regencyCode('51.1')).toBeUndefined();
  });

  it('finds regions by name (prefix, case, accents and punctuation ignored); a shared name gives both', () => {
    expect(register.byName('Solok').map((r) => r.code)).toEqual(['13.02', '13.72']);
    expect(register.byName('Kota Solok').map((r) => r.code)).toEqual(['13.72']);
    expect(register.byName('solok', { kind: 'kabupaten' }).map((r) => r.code)).toEqual(['13.02']);
    for (const name of ['Pekalongan', 'Serang', 'Sorong']) expect(register.byName(name), name).toHaveLength(2);
    expect(register.byName('Banjar', { province: 'Jawa Barat' }).map((r) => r.code)).toEqual(['32.79']);
    expect(register.byName('Tolitoli').map((r) => r.code)).toEqual(['72.04']);
    expect(register.byName('Kepulauan Siau Tagulandang Biaro').map((r) => r.code)).toEqual(['71.09']);
    expect(register.byName('Toba Samosir').map((r) => r.code)).toEqual(['12.12']);
    expect(register.byName('Sukamaju')).toEqual([]);
  });

  it('knows provinces by code, by name and by the names people write', () => {
    expect(register.province('51')?.name).toBe('Bali');
    expect(register.province('DKI Jakarta')?.code).toBe('31');
    expect(register.province('Provinsi Jawa Tengah')?.code).toBe('33');
    expect(register.province('DI Yogyakarta')?.code).toBe('34');
    expect(register.province('Atlantis')).toBeUndefined();
  });
});

describe('reading an answers file checks the regency against the register', () => {
  const rubric = fixtureRubric('minimal');
  const file = (regency: string): string =>
    `format: siap-answers/1\nrubric: {id: contoh-mini, version: 1.0.0}\nregency:\n${regency}\nassessment: {kind: assessor, date: 2026-04-05}\nanswers: {K1: 3}\n`;
  const read = (regency: string, strict = false) => parseAnswers(file(regency), 'g.yaml', rubric, { register, strict });

  it('an unquoted code: 51.10 is compared as written (not as 51.1) and answered with the register\'s 51.04', () => {
    const { warnings, region } = read('  name: Gianyar\n  kind: kabupaten\n  province: Bali\n  code: 51.10');
    const unknown = warnings.find((w) => w.code === 'REGION_CODE_UNKNOWN')!;
    expect(unknown.severity).toBe('warning');
    expect(unknown.params.code).toBe('51.10');
    expect(unknown.source).toMatchObject({ file: 'g.yaml', line: 7, column: 9, path: 'regency.code' });
    const text = words('REGION_CODE_UNKNOWN', 'id', unknown.params);
    expect(text.message).toBe('kode wilayah 51.10 tidak ada dalam daftar resmi kabupaten/kota (Kemendagri)');
    expect(text.hint).toBe('menurut daftar resmi, Kabupaten Gianyar (Bali) berkode 51.04: tulis code: "51.04"');
    expect(region).toEqual({ code: '51.10', provinceCode: '51', province: 'Bali' });
  });

  it('the entry of a code checks the name, the kind and the province, each at its own line', () => {
    const { warnings } = read('  name: Banyumas\n  kind: kota\n  province: Jawa Barat\n  code: "33.26"');
    expect(warnings.map((w) => [w.code, w.source?.line])).toEqual([
      ['REGION_NAME_MISMATCH', 4],
      ['REGION_KIND_MISMATCH', 5],
      ['REGION_PROVINCE_MISMATCH', 6],
    ]);
    const name = words('REGION_NAME_MISMATCH', 'id', warnings[0]!.params);
    expect(name.message).toBe('nama "Banyumas" tidak sesuai dengan daftar resmi: kode 33.26 adalah Kabupaten Pekalongan');
    expect(name.hint).toBe('menurut daftar resmi, Kabupaten Banyumas (Jawa Tengah) berkode 33.02; perbaiki kode atau namanya');
    expect(words('REGION_KIND_MISMATCH', 'en', warnings[1]!.params).hint).toBe('write kind: kabupaten (official list: Kabupaten Pekalongan, Jawa Tengah)');
  });

  it('a matching file is silent, in any spelling the register accepts', () => {
    expect(read('  name: Kabupaten Gianyar\n  kind: kabupaten\n  province: bali\n  code: "5104"').warnings).toEqual([]);
    expect(read('  name: Toli Toli\n  kind: kabupaten\n  province: Sulawesi Tengah\n  code: "72.04"').warnings).toEqual([]);
    expect(read('  name: Jakarta Selatan\n  kind: kota\n  province: DKI Jakarta\n  code: "31.74"').warnings).toEqual([]);
  });

  it('a made-up regency stays possible: an example code (PP.90–PP.99), or an unknown name without a code', () => {
    const example = read('  name: Sukamaju\n  kind: kabupaten\n  province: Jawa Tengah\n  code: "33.97"');
    expect(example.warnings).toEqual([]);
    expect(example.region).toMatchObject({ code: '33.97', provinceCode: '33', example: true });
    const unknown = read('  name: Sukamaju\n  kind: kabupaten\n  province: Jawa Tengah');
    expect(unknown.warnings).toEqual([]);
    expect(unknown.region).toEqual({ provinceCode: '33', province: 'Jawa Tengah' });
  });

  it('without a code, a name the register knows once gives the region its code (for the batch); its province is checked', () => {
    expect(read('  name: Gianyar\n  kind: kabupaten\n  province: Bali').region).toEqual({ code: '51.04', provinceCode: '51', province: 'Bali', derived: true });
    expect(read('  name: Gianyar\n  province: Jawa Timur').warnings.map((w) => w.code)).toEqual(['REGION_PROVINCE_MISMATCH']);
    expect(read('  name: Solok\n  province: Sumatera Barat').region).toEqual({ provinceCode: '13', province: 'Sumatera Barat' });
  });

  it('--strict makes them errors (nothing is read)', () => {
    expect(() => read('  name: Gianyar\n  code: "51.71"', true)).toThrow(expect.objectContaining({ code: 'ANSWERS_INVALID' }));
  });

  it('without a register nothing is checked (the library\'s parseAnswers as before)', () => {
    expect(parseAnswers(file('  name: Gianyar\n  code: "51.71"'), 'g.yaml', rubric).warnings).toEqual([]);
  });
});
