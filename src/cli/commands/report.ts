import { SiapError } from '../../errors.js';
import type { Context } from '../context.js';

export async function runReport(_file: string, _options: Record<string, unknown>, _ctx: Context): Promise<number> {
  throw new SiapError('INTERNAL', { detail: 'report: not built yet' });
}
