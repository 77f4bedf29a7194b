import { SiapError } from '../../errors.js';
import type { Context } from '../context.js';

export async function runMerge(_files: string[], _options: Record<string, unknown>, _ctx: Context): Promise<number> {
  throw new SiapError('INTERNAL', { detail: 'merge: not built yet' });
}
