import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRegisterCsv, Register, type RegisterData } from '../register/register.js';
import { PACKAGE_ROOT } from './bundled.js';

/** The register compiled by `npm run build` (src/tools/compile-register.ts); shipped in the package. */
export const COMPILED_REGISTER = join(PACKAGE_ROOT, 'dist', 'bundled', 'kabkota.json');
/** The register as kept in the repository (not shipped): read when the compiled form is missing. */
export const REGISTER_CSV = join(PACKAGE_ROOT, 'src', 'register', 'wilayah-kabkota.csv');
/** The source's MIT notice, copied into the compiled register so the shipped copy carries it. */
export const REGISTER_LICENSE = join(PACKAGE_ROOT, 'src', 'register', 'LICENSE-wilayah.txt');

export const REGISTER_NOTICE = {
  source: 'Kemendagri kabupaten/kota codes (Kepmendagri No. 300.2.2-2138 Tahun 2025) via https://github.com/cahyadsn/wilayah db/wilayah.sql @ b7ad440a1322e7be3189a16a8cac35f7d4c3d7f7',
  license: 'MIT License, Copyright (c) 2017-2025 Cahya DSN (full text: src/register/LICENSE-wilayah.txt; the build copies it into the compiled register)',
};

let cached: Register | undefined;

/** The official register of kabupaten/kota, read once per thread on first use. */
export function loadRegister(): Register {
  if (cached) return cached;
  let data: RegisterData;
  try {
    data = JSON.parse(readFileSync(COMPILED_REGISTER, 'utf8')) as RegisterData;
    if (data.format !== 'siap-register/1') throw new Error('stale');
  } catch {
    data = parseRegisterCsv(readFileSync(REGISTER_CSV, 'utf8'), REGISTER_NOTICE);
  }
  cached = new Register(data);
  return cached;
}
