import { SiapError } from '../../errors.js';
import type { Context } from '../context.js';

export async function runBatch(_inputs: string[], _options: Record<string, unknown>, _ctx: Context): Promise<number> {
  throw new SiapError('INTERNAL', { detail: 'batch: not built yet' });
}
