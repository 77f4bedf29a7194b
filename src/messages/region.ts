import type { Words } from '../i18n.js';
import type { RegionKind } from '../register/register.js';
import { msg } from './define.js';

/**
 * A regency's details checked against the official register (src/register/): warnings (errors
 * under --strict), each with the register's entry as the suggestion.
 */
export const regionMessages = {
  REGION_CODE_UNKNOWN: msg('kode wilayah {code} tidak ada dalam daftar resmi kabupaten/kota (Kemendagri)', 'region code {code} is not in the official list of kabupaten/kota (Kemendagri)', [
    '{suggestion}',
    '{suggestion}',
  ]),
  REGION_CODE_FORM: msg('kode wilayah "{code}" bukan kode kabupaten/kota', 'region code "{code}" is not a kabupaten/kota code', ['{suggestion}', '{suggestion}']),
  REGION_NAME_MISMATCH: msg('nama "{value}" tidak sesuai dengan daftar resmi: kode {code} adalah {expected}', 'name "{value}" does not match the official list: code {code} is {expected}', [
    '{suggestion}',
    '{suggestion}',
  ]),
  REGION_KIND_MISMATCH: msg('jenis "{value}" tidak sesuai dengan daftar resmi: kode {code} adalah {expected}', 'kind "{value}" does not match the official list: code {code} is {expected}', [
    '{suggestion}',
    '{suggestion}',
  ]),
  REGION_PROVINCE_MISMATCH: msg('provinsi "{value}" tidak sesuai dengan daftar resmi: {region} ({code}) ada di provinsi {expected}', 'province "{value}" does not match the official list: {region} ({code}) is in {expected}', [
    '{suggestion}',
    '{suggestion}',
  ]),
  REGION_AMBIGUOUS: msg('"{name}" adalah nama lebih dari satu daerah: {candidates}', '"{name}" names more than one region: {candidates}', [
    'sebutkan yang dimaksud dengan --type kabupaten|kota atau --code, mis. --code {code}',
    'say which one with --type kabupaten|kota or --code, e.g. --code {code}',
  ]),
  REGION_NAME_UNKNOWN: msg('"{name}" tidak ada dalam daftar resmi kabupaten/kota; ditulis apa adanya', '"{name}" is not in the official list of kabupaten/kota; written as given', [
    '{suggestion}',
    '{suggestion}',
  ]),
  USAGE_PROVINCE_UNKNOWN: msg('provinsi "{value}" tidak dikenal', 'unknown province "{value}"', [
    'sebutkan nama atau kode dua angka provinsi, mis. --province Bali atau --province 51; {suggestion}',
    'give a province name or its two-digit code, e.g. --province Bali or --province 51; {suggestion}',
  ]),
};

/** The words of the region checks' suggestions and of the register's entries. */
export const REGION_WORDS = {
  useCode: { id: 'menurut daftar resmi, {region} ({province}) berkode {code}: tulis code: "{code}"', en: 'the official list gives {region} ({province}) the code {code}: write code: "{code}"' },
  checkCode: {
    id: 'periksa kodenya (bentuk PP.KK, mis. 51.04); daerah rekaan untuk contoh atau latihan memakai kode PP.90–PP.99',
    en: 'check the code (form PP.KK, e.g. 51.04); made-up regencies for examples or training use codes PP.90–PP.99',
  },
  entry: { id: 'daftar resmi: {region}, {province} ({code}); perbaiki nama atau kodenya', en: 'official list: {region}, {province} ({code}); correct the name or the code' },
  nameElsewhere: { id: 'menurut daftar resmi, {region} ({province}) berkode {other}; perbaiki kode atau namanya', en: 'the official list gives {region} ({province}) the code {other}; correct the code or the name' },
  useKind: { id: 'tulis kind: {kind} (daftar resmi: {region}, {province})', en: 'write kind: {kind} (official list: {region}, {province})' },
  useProvince: { id: 'tulis province: "{province}" (daftar resmi: {region}, {code})', en: 'write province: "{province}" (official list: {region}, {code})' },
  provinceExamples: { id: 'nama ditulis seperti di daftar resmi, mis. Jawa Tengah, Nusa Tenggara Barat, Papua Barat Daya', en: 'names as the official list writes them, e.g. Jawa Tengah, Nusa Tenggara Barat, Papua Barat Daya' },
  nearName: { id: 'mungkin maksudnya {name}; daerah rekaan (contoh, latihan) memakai kode PP.90–PP.99', en: 'did you mean {name}? made-up regencies (examples, training) use codes PP.90–PP.99' },
  fictional: {
    id: 'untuk daerah rekaan (contoh, latihan) pakai kode PP.90–PP.99 agar tidak diperiksa',
    en: 'for a made-up regency (example, training) use a code PP.90–PP.99 so it is not checked',
  },
  whichOne: { id: 'Nama ini dipakai lebih dari satu daerah. Yang mana?', en: 'This name is used by more than one region. Which one?' },
  noneOfThese: { id: 'Bukan salah satunya (isi sendiri)', en: 'None of these (fill in myself)' },
  filled: { id: 'Dari daftar resmi: {region}, {province}, kode {code}', en: 'From the official list: {region}, {province}, code {code}' },
  provinceLine: { id: '{province} ({code})', en: '{province} ({code})' },
} satisfies Record<string, Words>;

/** "Kabupaten", "Kota Administrasi", … : the official prefix, the same in both languages. */
export const REGION_KIND_PREFIX: Record<RegionKind, string> = {
  kabupaten: 'Kabupaten',
  kota: 'Kota',
  'kabupaten-administrasi': 'Kabupaten Administrasi',
  'kota-administrasi': 'Kota Administrasi',
};

/** `Kabupaten Gianyar`, `Kota Administrasi Jakarta Pusat`: a register entry as an official name. */
export function regionName(region: { name: string; kind: RegionKind }): string {
  return `${REGION_KIND_PREFIX[region.kind]} ${region.name}`;
}
