import { SiapError } from '../../errors.js';
import type { Context } from '../context.js';

export async function runCompare(_a: string, _b: string, _options: Record<string, unknown>, _ctx: Context): Promise<number> {
  throw new SiapError('INTERNAL', { detail: 'compare: not built yet' });
}
