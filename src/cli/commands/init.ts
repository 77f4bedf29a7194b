import { SiapError } from '../../errors.js';
import type { Context } from '../context.js';

export async function runInit(_options: Record<string, unknown>, _ctx: Context): Promise<number> {
  throw new SiapError('INTERNAL', { detail: 'init: not built yet' });
}
