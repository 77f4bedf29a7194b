import { readdirSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileExists, inFolder } from './files.js';

/** The package's own folder (two levels above this module in both src/ and dist/). */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A folder of files shipped with siap (rubrics, templates), named by id: `<dir>/<id>.yaml`. */
export interface BundledFolder {
  /** Absolute path of the folder. */
  dir: string;
  /** How its files are named in messages (`rubrics`, `templates`). */
  shownAs: string;
}

export const BUNDLED_RUBRICS: BundledFolder = { dir: join(PACKAGE_ROOT, 'rubrics'), shownAs: 'rubrics' };
export const BUNDLED_TEMPLATES: BundledFolder = { dir: join(PACKAGE_ROOT, 'templates'), shownAs: 'templates' };

/** Ids of the files in a bundled folder. */
export function bundledIds(folder: BundledFolder): string[] {
  return readdirSync(folder.dir)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.slice(0, -'.yaml'.length))
    .sort();
}

/**
 * A reference the user typed (a bundled id or a path) → the path to read: a plain id names a
 * bundled file; a path is kept as typed (relative to `cwd`). `undefined` when it is neither.
 */
export function resolveBundled(folder: BundledFolder, ref: string, cwd?: string): string | undefined {
  const looksLikePath = /[\\/]/.test(ref) || /\.(ya?ml|json)$/i.test(ref);
  if (looksLikePath) return ref;
  const bundled = join(folder.dir, `${ref}.yaml`);
  if (/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(ref) && fileExists(bundled)) return bundled;
  if (fileExists(ref, cwd)) return ref;
  return undefined;
}

/** Whether a path (as typed, relative to `cwd`) is one of the bundled files. */
export function isBundled(folder: BundledFolder, file: string, cwd?: string): boolean {
  return resolve(inFolder(cwd, file)).startsWith(folder.dir + sep);
}

/** Bundled files are named `rubrics/<id>.yaml` in messages; a user's file as typed. */
export function displayPath(folder: BundledFolder, file: string, cwd?: string): string {
  const abs = resolve(inFolder(cwd, file));
  return dirname(abs) === folder.dir ? join(folder.shownAs, abs.slice(folder.dir.length + 1)) : file;
}
