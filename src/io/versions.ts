import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { compareVersions, isVersionName } from '../rubric/versions.js';
import { sha256Of } from '../rubric/parse.js';
import { BUNDLED_RUBRICS } from './bundled.js';

/**
 * The bundled rubrics and their versions. Two layouts live side by side in `rubrics/`:
 *
 * - `rubrics/<id>.yaml` — a rubric shipped in one version only (e.g. `spbe-2020`);
 * - `rubrics/<id>/<version>.yaml` — every version of a rubric that has changed
 *   (e.g. `rubrics/kesiapan-kota-cerdas/1.0.0.yaml` and `1.1.0.yaml`). Only files whose name is a
 *   version (`1.1.0.yaml`) are versions; notes beside them (`CHANGES.md`, `1.1.0.answers.schema.json`) are not.
 *
 * An answers file is scored with the version it names; new files get the latest version.
 */

export interface BundledRubricFile {
  id: string;
  /** The version the file name says (`<id>/<version>.yaml`); undefined for a single-version `<id>.yaml`. */
  version?: string;
  /** Absolute path. */
  file: string;
  /** How messages name it: `rubrics/<id>/<version>.yaml` or `rubrics/<id>.yaml`. */
  shown: string;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Every bundled rubric file: single-version files and every version of a versioned rubric, by id then version. */
export function bundledRubricFiles(): BundledRubricFile[] {
  const dir = BUNDLED_RUBRICS.dir;
  const out: BundledRubricFile[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (name.endsWith('.yaml')) {
      const id = name.slice(0, -'.yaml'.length);
      if (!existsSync(join(dir, id))) out.push({ id, file: path, shown: `${BUNDLED_RUBRICS.shownAs}/${name}` });
    } else if (ID.test(name) && name !== 'examples' && isDirectory(path)) {
      for (const version of versionsIn(path)) {
        out.push({ id: name, version, file: join(path, `${version}.yaml`), shown: `${BUNDLED_RUBRICS.shownAs}/${name}/${version}.yaml` });
      }
    }
  }
  return out;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Versions found in a rubric's folder, oldest first. */
function versionsIn(folder: string): string[] {
  return readdirSync(folder)
    .filter((n) => n.endsWith('.yaml') && isVersionName(n.slice(0, -'.yaml'.length)))
    .map((n) => n.slice(0, -'.yaml'.length))
    .sort(compareVersions);
}

/** Versions per id, read once: the bundled files do not change while siap runs (a batch asks once per file). */
const versionCache = new Map<string, string[]>();

/** The versions of a versioned bundled rubric, oldest first; empty for a single-version or unknown id. */
export function bundledVersions(id: string): string[] {
  if (!ID.test(id)) return [];
  let versions = versionCache.get(id);
  if (versions === undefined) {
    const folder = join(BUNDLED_RUBRICS.dir, id);
    versions = isDirectory(folder) ? versionsIn(folder) : [];
    versionCache.set(id, versions);
  }
  return [...versions];
}

/** The newest bundled version of a rubric (undefined for a single-version or unknown id). */
export function latestBundledVersion(id: string): string | undefined {
  return bundledVersions(id).at(-1);
}

/** `kesiapan-kota-cerdas@1.0.0` → id and version; a plain id has no version. */
export function splitRubricRef(ref: string): { id: string; version?: string } {
  const at = ref.lastIndexOf('@');
  if (at <= 0) return { id: ref };
  return { id: ref.slice(0, at), version: ref.slice(at + 1) };
}

/** Whether a reference names a bundled rubric by id (`id` or `id@version`), not a path. */
export function looksLikeBundledRef(ref: string): boolean {
  if (/[\\/]/.test(ref) || /\.(ya?ml|json)$/i.test(ref)) return false;
  const { id, version } = splitRubricRef(ref);
  return ID.test(id) && (version === undefined || isVersionName(version));
}

/**
 * The file of a bundled rubric: `id` → its only file or its latest version, `id@version` → that
 * version. Undefined when there is no such bundled rubric or version.
 */
export function bundledRubricFile(id: string, version?: string): string | undefined {
  if (!ID.test(id)) return undefined;
  const versions = bundledVersions(id);
  if (versions.length > 0) {
    const chosen = version ?? versions.at(-1)!;
    return versions.includes(chosen) ? join(BUNDLED_RUBRICS.dir, id, `${chosen}.yaml`) : undefined;
  }
  const flat = join(BUNDLED_RUBRICS.dir, `${id}.yaml`);
  if (!existsSync(flat)) return undefined;
  // A single-version rubric answers to its plain id; `id@version` is checked against the file later.
  return flat;
}

/**
 * The bundled file an answers file means when it names rubric `id` with `version` and `sha256`:
 * the version it names; without a version, the version whose text has that sha256; else the
 * latest. `unknownVersion` is set when the file names a version that is not bundled.
 */
export function bundledRubricForAnswers(id: string, version: string | undefined, sha256: string | undefined): { file?: string; unknownVersion?: string; versions: string[] } {
  const versions = bundledVersions(id);
  if (versions.length === 0) return { ...(bundledRubricFile(id) ? { file: bundledRubricFile(id)! } : {}), versions };
  if (version !== undefined && version !== '') {
    return versions.includes(version) ? { file: join(BUNDLED_RUBRICS.dir, id, `${version}.yaml`), versions } : { unknownVersion: version, versions };
  }
  if (sha256) {
    for (const v of versions) {
      const file = join(BUNDLED_RUBRICS.dir, id, `${v}.yaml`);
      if (sha256Of(readFileSync(file, 'utf8')) === sha256) return { file, versions };
    }
  }
  return { file: join(BUNDLED_RUBRICS.dir, id, `${versions.at(-1)!}.yaml`), versions };
}

/** How messages name a bundled rubric file (`rubrics/kesiapan-kota-cerdas/1.1.0.yaml`); undefined for other files. */
export function shownBundledPath(absolute: string): string | undefined {
  const dir = BUNDLED_RUBRICS.dir;
  const abs = resolve(absolute);
  if (!abs.startsWith(dir + sep)) return undefined;
  const rest = abs.slice(dir.length + 1).split(sep);
  if (rest.length === 1 && rest[0]!.endsWith('.yaml')) return `${BUNDLED_RUBRICS.shownAs}/${rest[0]}`;
  if (rest.length === 2 && rest[0] !== 'examples' && rest[1]!.endsWith('.yaml') && isVersionName(rest[1]!.slice(0, -'.yaml'.length))) {
    return `${BUNDLED_RUBRICS.shownAs}/${rest[0]}/${rest[1]}`;
  }
  return undefined;
}
