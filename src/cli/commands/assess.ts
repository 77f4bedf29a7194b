import { SiapError } from '../../errors.js';
import type { Context } from '../context.js';

export async function runAssess(_file: string | undefined, _options: Record<string, unknown>, _ctx: Context): Promise<number> {
  throw new SiapError('INTERNAL', { detail: 'assess: not built yet' });
}
