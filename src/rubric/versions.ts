/**
 * Rubric versions: dotted numbers (`1.0.0`, `1.1.0`, `2020.1`). Bundled versions are named by
 * their file (`rubrics/<id>/<version>.yaml`), so a version name is digits and dots only.
 */

/** Whether a text is a version name (`1.1.0`): digits separated by dots. */
export function isVersionName(text: string): boolean {
  return /^\d+(\.\d+){0,3}$/.test(text);
}

/**
 * Order of two versions: negative when `a` is older. Dotted numbers compare part by part as
 * numbers (1.10.0 is newer than 1.9.0; a missing part counts as 0); other text compares with
 * numbers inside it read as numbers.
 */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '0';
    const y = pb[i] ?? '0';
    if (/^\d+$/.test(x) && /^\d+$/.test(y)) {
      const d = Number(x) - Number(y);
      if (d !== 0) return d;
    } else {
      const d = x.localeCompare(y, 'en', { numeric: true });
      if (d !== 0) return d;
    }
  }
  return 0;
}
