import type { Diagnostic } from '../errors.js';
import type { LoadedAssessment } from '../io/load.js';

/**
 * A notice (not an error) for an answers file scored with an older version of a bundled rubric:
 * it is scored with exactly the version it names, and `siap migrate` carries it to the latest.
 * Located at the file's `rubric.version`.
 */
export function newerVersionNotice(loaded: LoadedAssessment, file: string): Diagnostic | undefined {
  if (!loaded.newerVersion) return undefined;
  const { rubric } = loaded;
  return {
    code: 'RUBRIC_NEWER_VERSION',
    severity: 'notice',
    params: { id: rubric.id, version: rubric.version, latest: loaded.newerVersion, file },
    source: loaded.source.locate(['rubric', 'version']),
  };
}

/** What to print after loading a file: its warnings, then the notice of a newer rubric version if any. */
export function loadedWarnings(loaded: LoadedAssessment, file: string): Diagnostic[] {
  const notice = newerVersionNotice(loaded, file);
  return notice ? [...loaded.warnings, notice] : loaded.warnings;
}

/** One notice for a batch: how many files use older versions, and which. */
export function newerVersionsNotice(files: { id: string; version: string; latest: string }[]): Diagnostic | undefined {
  if (files.length === 0) return undefined;
  const versions = [...new Set(files.map((f) => f.version))].sort();
  return {
    code: 'RUBRIC_NEWER_VERSION_FILES',
    severity: 'notice',
    params: { count: files.length, id: files[0]!.id, versions: versions.join(', '), latest: files[0]!.latest },
  };
}
