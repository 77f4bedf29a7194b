import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { COMPILED_REGISTER, REGISTER_CSV, REGISTER_LICENSE, REGISTER_NOTICE } from '../io/register.js';
import { parseRegisterCsv } from '../register/register.js';

/**
 * Build step: the register CSV (src/register/wilayah-kabkota.csv, not shipped) → a compact JSON
 * module in dist/bundled/ (shipped), carrying the source and its MIT notice. The build fails on a
 * malformed row or a count other than the documented 514 regions in 38 provinces.
 */
const data = parseRegisterCsv(readFileSync(REGISTER_CSV, 'utf8'), { source: REGISTER_NOTICE.source, license: readFileSync(REGISTER_LICENSE, 'utf8') });
if (data.regions.length !== 514 || data.provinces.length !== 38) {
  throw new Error(`register: expected 514 regions in 38 provinces, found ${data.regions.length} in ${data.provinces.length}`);
}
mkdirSync(dirname(COMPILED_REGISTER), { recursive: true });
writeFileSync(COMPILED_REGISTER, JSON.stringify(data));
