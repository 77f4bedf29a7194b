import type { Diagnostic, Params } from '../errors.js';
import { phrase } from '../messages/define.js';
import { REGION_WORDS, regionName } from '../messages/region.js';
import { answersKind, regencyCode, type Region, type Register } from '../register/register.js';
import type { YamlSource } from '../source/yaml.js';

/** The regency part of an answers file as written (before the schema's types are applied). */
export interface RegencyInput {
  name?: string | null;
  kind?: 'kabupaten' | 'kota' | null;
  province?: string | null;
  code?: string | number | null;
}

/**
 * Where a file's regency sits in the register: its region code (the file's own, or the register's
 * found by name when the file gives none and the name is unambiguous) and its province code.
 */
export interface RegionRef {
  /** `PP.KK` (or the longer code as written for an example code); absent when unknown. */
  code?: string;
  provinceCode?: string;
  /** The province's name as the register writes it. */
  province?: string;
  /** The code came from the register (by name), not from the file. */
  derived?: boolean;
  /** The file's code is in the example range (PP.90–PP.99): nothing about it was checked. */
  example?: boolean;
}

/**
 * Check a file's regency against the register: the code (as written: an unquoted `51.10` is
 * compared as `51.10`, not as the number 51.1), and the name, kind and province against the
 * entry of that code. Without a code, a name the register knows once is checked for its
 * province. A name the register does not know and no code: a made-up regency, not checked.
 * Every finding is a warning (an error with `strict`) whose hint is the register's entry.
 */
export function checkRegion(input: RegencyInput, source: YamlSource, register: Register, strict: boolean): { diagnostics: Diagnostic[]; region: RegionRef } {
  const diagnostics: Diagnostic[] = [];
  const report = (code: Diagnostic['code'], key: string, params: Params): void => {
    diagnostics.push({ code, severity: strict ? 'error' : 'warning', params, source: source.locate(['regency', key]) });
  };
  const name = input.name?.trim() ?? '';
  const province = input.province?.trim() ?? '';
  const written = codeAsWritten(input.code, source);
  // The regions of the file's name: narrowed by its kind and province when they narrow it down
  // (a wrong kind or province must not hide the region the name points at).
  const strictly = (): Region[] => (name === '' ? [] : register.byName(name, { ...(input.kind ? { kind: input.kind } : {}), ...(province ? { province } : {}) }));
  const byName = (): Region[] => {
    const narrowed = strictly();
    return narrowed.length > 0 || name === '' ? narrowed : register.byName(name);
  };
  const entryParams = (r: Region): Params => ({ region: regionName(r), province: r.province, code: r.code });

  if (written !== undefined) {
    const parts = regencyCode(written);
    const named = byName();
    const suggestion = named.length === 1 ? phrase(REGION_WORDS.useCode, entryParams(named[0]!)) : REGION_WORDS.checkCode;
    if (!parts) {
      report('REGION_CODE_FORM', 'code', { code: written, suggestion });
      return { diagnostics, region: {} };
    }
    const inProvince = register.province(parts.province);
    const where = inProvince ? { provinceCode: inProvince.code, province: inProvince.name } : {};
    if (parts.example) return { diagnostics, region: { code: written, ...where, example: true } };
    const region = register.byCode(parts.code);
    if (!region) {
      report('REGION_CODE_UNKNOWN', 'code', { code: written, suggestion });
      return { diagnostics, region: { code: parts.code, ...where } };
    }
    if (name !== '' && !register.sameName(name, region.name)) {
      const other = named.find((r) => r.code !== region.code);
      report('REGION_NAME_MISMATCH', 'name', {
        value: name,
        code: region.code,
        expected: regionName(region),
        suggestion: other ? phrase(REGION_WORDS.nameElsewhere, { ...entryParams(other), other: other.code }) : phrase(REGION_WORDS.entry, entryParams(region)),
      });
    }
    if (input.kind && input.kind !== answersKind(region.kind)) {
      report('REGION_KIND_MISMATCH', 'kind', { value: input.kind, code: region.code, expected: regionName(region), suggestion: phrase(REGION_WORDS.useKind, { ...entryParams(region), kind: answersKind(region.kind) }) });
    }
    if (province !== '' && !register.sameProvince(province, region.provinceCode)) {
      report('REGION_PROVINCE_MISMATCH', 'province', { value: province, code: region.code, region: regionName(region), expected: region.province, suggestion: phrase(REGION_WORDS.useProvince, entryParams(region)) });
    }
    return { diagnostics, region: { code: region.code, provinceCode: region.provinceCode, province: region.province } };
  }

  const named = strictly();
  if (named.length === 1) {
    const region = named[0]!;
    if (province !== '' && !register.sameProvince(province, region.provinceCode)) {
      report('REGION_PROVINCE_MISMATCH', 'province', { value: province, code: region.code, region: regionName(region), expected: region.province, suggestion: phrase(REGION_WORDS.useProvince, entryParams(region)) });
      return { diagnostics, region: {} };
    }
    return { diagnostics, region: { code: region.code, provinceCode: region.provinceCode, province: region.province, derived: true } };
  }
  const known = province !== '' ? register.province(province) : undefined;
  return { diagnostics, region: known ? { provinceCode: known.code, province: known.name } : {} };
}

/** The code as the file writes it: a plain scalar's own text (`51.10`), else the string given. */
function codeAsWritten(code: RegencyInput['code'], source: YamlSource): string | undefined {
  if (code === null || code === undefined) return undefined;
  const text = (typeof code === 'number' ? source.sourceText(['regency', 'code']) : undefined) ?? String(code);
  return text.trim() === '' ? undefined : text.trim();
}
