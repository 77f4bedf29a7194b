import { readdirSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, resolve, sep } from 'node:path';
import { SiapError, type SourceLocation } from '../errors.js';
import { fsError } from '../io/files.js';

/**
 * Turn `siap batch` arguments into the list of files to score.
 *
 * - A file is taken as named (whatever its extension).
 * - A folder is walked recursively for `*.yaml`, `*.yml` and `*.json` (any letter case).
 * - A pattern containing `*` or `?` is a glob: `*` matches any part of one name, `?` one
 *   character, and a `**` segment any number of folders (including none). Braces, brackets
 *   and `!` are not special. The part before the first wildcard names the folder the walk
 *   starts from; matches are taken whatever their extension.
 * - Names starting with a dot (`.git`, editor and temporary files) and `node_modules` folders
 *   are skipped in walks, unless a glob segment itself starts with a dot. Symbolic links to
 *   files are followed; symbolic links to folders are not (no cycles). A FIFO, socket or device
 *   with an answers file's name is listed, and then refused on its own like a broken file.
 * - The same file reached twice counts once; the result is sorted by path (code-point order) so
 *   every run scores, prints and exports in the same order.
 * - A missing path, a glob without matches or a folder without answers files is an input
 *   problem: reported like a broken file, while the other inputs go on.
 */
export interface ExpandedInputs {
  /** Paths as the user would write them (relative inputs stay relative). */
  files: string[];
  problems: { file: string; error: SiapError }[];
}

export interface ExpandOptions {
  cwd: string;
  /** Absolute paths never taken as inputs: the batch's own outputs (CSV, JSON, PDF folder). */
  exclude?: string[];
}

const ANSWER_FILE = /\.(ya?ml|json)$/i;
const MAGIC = /[*?]/;

export function expandInputs(inputs: string[], options: ExpandOptions): ExpandedInputs {
  const files = new Map<string, string>();
  const problems: { file: string; error: SiapError }[] = [];
  const excluded = new Set((options.exclude ?? []).map((p) => resolve(options.cwd, p)));
  const abs = (p: string): string => resolve(options.cwd, p);
  const isExcluded = (p: string): boolean => {
    const a = abs(p);
    for (const e of excluded) if (a === e || a.startsWith(e + sep)) return true;
    return false;
  };
  const add = (p: string): void => {
    if (isExcluded(p)) return;
    const key = abs(p);
    if (!files.has(key)) files.set(key, p);
  };
  const at = (file: string): { source: SourceLocation } => ({ source: { file } });

  for (const input of inputs) {
    if (MAGIC.test(input)) {
      const matches = expandGlob(input, options.cwd);
      const kept = matches.filter((m) => !isExcluded(m));
      if (kept.length === 0) problems.push({ file: input, error: new SiapError('BATCH_NO_MATCH', { pattern: input }, at(input)) });
      kept.forEach(add);
      continue;
    }
    let isDir: boolean;
    try {
      isDir = statSync(abs(input)).isDirectory();
    } catch (error) {
      problems.push({ file: input, error: fsError(error, input) });
      continue;
    }
    if (!isDir) {
      add(input);
      continue;
    }
    const found = walk(input, options.cwd, (name) => ANSWER_FILE.test(name)).filter((f) => !isExcluded(f));
    if (found.length === 0) problems.push({ file: input, error: new SiapError('BATCH_EMPTY_DIR', {}, at(input)) });
    found.forEach(add);
  }
  const sorted = [...files.values()].sort(byCodePoint);
  return { files: sorted, problems };
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function skipped(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

function readDir(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    // An unreadable sub-folder is not an answers file; the walk goes on without it.
    return [];
  }
}

/**
 * Is this entry something to score, rather than a folder (following a symbolic link, never into
 * a folder)? A FIFO, socket or device with an answers file's name is taken too, so that it is
 * reported (FILE_NOT_REGULAR) instead of silently left out.
 */
function isFileEntry(entry: Dirent, full: string): boolean {
  if (entry.isDirectory()) return false;
  if (!entry.isSymbolicLink()) return true;
  try {
    return !statSync(full).isDirectory();
  } catch {
    return false;
  }
}

/** Every file under `dir` whose name passes `accept`, as `dir`-prefixed paths. */
function walk(dir: string, cwd: string, accept: (name: string) => boolean): string[] {
  const out: string[] = [];
  const visit = (shown: string): void => {
    for (const entry of readDir(resolve(cwd, shown))) {
      if (skipped(entry.name)) continue;
      const child = join(shown, entry.name);
      if (entry.isDirectory()) visit(child);
      else if (accept(entry.name) && isFileEntry(entry, resolve(cwd, child))) out.push(child);
    }
  };
  visit(dir);
  return out;
}

/** A glob segment → a regular expression for one path name. */
function segmentRegExp(segment: string): RegExp {
  let source = '';
  for (const ch of segment) {
    if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else source += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/**
 * Expand one glob pattern. The leading segments without wildcards are the folder the walk starts
 * from; the remaining segments are matched name by name, `**` standing for any number of folders.
 */
export function expandGlob(pattern: string, cwd: string): string[] {
  const separators = sep === '\\' ? /[\\/]+/ : /\/+/;
  const absolute = isAbsolute(pattern);
  const parts = pattern.split(separators).filter((p, i) => p !== '' || i === 0);
  const firstMagic = parts.findIndex((p) => MAGIC.test(p));
  const baseParts = parts.slice(0, firstMagic);
  const rest = parts.slice(firstMagic);
  let base = baseParts.join('/');
  if (absolute && base === '') base = '/';
  const out: string[] = [];
  const matchers = rest.map((seg) => (seg === '**' ? null : segmentRegExp(seg)));

  // Depth-first over (folder, position in the pattern); `seen` stops `**/**` from repeating work.
  const seen = new Set<string>();
  const step = (shown: string, index: number): void => {
    const key = `${shown}\0${index}`;
    if (seen.has(key)) return;
    seen.add(key);
    const matcher = matchers[index];
    const last = index === matchers.length - 1;
    if (matcher === null) {
      // `**`: zero folders (try the next segment here) or one more folder (stay on `**`).
      if (last) {
        // A trailing `**` matches every file below.
        out.push(...walk(shown || '.', cwd, () => true));
        return;
      }
      step(shown, index + 1);
      for (const entry of readDir(resolve(cwd, shown || '.'))) {
        if (entry.isDirectory() && !skipped(entry.name)) step(shown === '' ? entry.name : join(shown, entry.name), index);
      }
      return;
    }
    if (matcher === undefined) return;
    const segment = rest[index]!;
    for (const entry of readDir(resolve(cwd, shown || '.'))) {
      if (skipped(entry.name) && !segment.startsWith('.')) continue;
      if (!matcher.test(entry.name)) continue;
      const child = shown === '' ? entry.name : join(shown, entry.name);
      if (last) {
        if (isFileEntry(entry, resolve(cwd, child))) out.push(child);
      } else if (entry.isDirectory()) step(child, index + 1);
    }
  };
  step(base, 0);
  return out;
}
