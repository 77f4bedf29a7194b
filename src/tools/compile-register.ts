import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PACKAGE_ROOT } from '../io/bundled.js';
import { COMPILED_REGISTER, REGISTER_CSV, REGISTER_LICENSE, REGISTER_NOTICE } from '../io/register.js';
import { parseRegisterCsv } from '../register/register.js';
import { markDone, upToDate } from './up-to-date.js';

/**
 * Build step: the register CSV (src/register/wilayah-kabkota.csv, not shipped) → a compact JSON
 * module in dist/bundled/ (shipped), carrying the source and its MIT notice. The build fails on a
 * malformed row or a count other than the documented 514 regions in 38 provinces.
 */
function compileRegister(): void {
  const data = parseRegisterCsv(readFileSync(REGISTER_CSV, 'utf8'), { source: REGISTER_NOTICE.source, license: readFileSync(REGISTER_LICENSE, 'utf8') });
  if (data.regions.length !== 514 || data.provinces.length !== 38) {
    throw new Error(`register: expected 514 regions in 38 provinces, found ${data.regions.length} in ${data.provinces.length}`);
  }
  mkdirSync(dirname(COMPILED_REGISTER), { recursive: true });
  writeFileSync(COMPILED_REGISTER, JSON.stringify(data));
}

// The CSV and its notice live in src/register/: src/ covers them and the code that reads them.
if (!upToDate('register', [join(PACKAGE_ROOT, 'src'), join(PACKAGE_ROOT, 'package-lock.json')], [COMPILED_REGISTER])) {
  compileRegister();
  markDone('register');
}
