import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../io/bundled.js';

/**
 * The build steps after the compiler skip their work when nothing they read changed since they
 * last succeeded, as make does: `npm test` builds first, and a build with nothing to do then costs
 * the compiler's incremental check alone. A step that succeeded leaves a stamp in dist/.stamps/;
 * `rm -rf dist` starts every step over. test/helpers/dist-is-built.ts compares src/ with the stamps.
 */
export const STAMPS = join(PACKAGE_ROOT, 'dist', '.stamps');

/** The build steps, in the order `npm run build` runs them. */
export const BUILD_STEPS = ['rubrics', 'register', 'form'] as const;
export type BuildStep = (typeof BUILD_STEPS)[number];

/** True when `step` succeeded after the last change to any file under `inputs` and its `outputs` are all there. */
export function upToDate(step: BuildStep, inputs: string[], outputs: string[], stamps = STAMPS): boolean {
  const stamp = statSync(join(stamps, step), { throwIfNoEntry: false })?.mtimeMs;
  if (stamp === undefined || !outputs.every((file) => existsSync(file))) return false;
  return inputs.every((path) => newest(path) < stamp);
}

/** Record that `step` has just succeeded. */
export function markDone(step: BuildStep, stamps = STAMPS): void {
  mkdirSync(stamps, { recursive: true });
  writeFileSync(join(stamps, step), '');
}

/** The latest modification time of a file, or of any file or folder under a folder. */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newest(join(path, name))), stat.mtimeMs);
}
