import type { Diagnostic } from '../errors.js';
import type { Lang } from '../i18n.js';
import type { RubricInput } from '../rubric/schema.js';
import { slugify } from '../util/slug.js';

/** Version tag of the data a form page carries; the browser code refuses any other. */
export const FORM_FORMAT = 'siap-form/1';

/**
 * A region the regency details can be picked from: `siap form` passes the official register's 514
 * entries, and the page offers them for the name and fills in kind, province and code.
 */
export interface RegionEntry {
  code: string;
  name: string;
  kind: 'kabupaten' | 'kota';
  province: string;
}

/**
 * Everything the offline form needs, embedded in the page as JSON: the rubric as written (the
 * browser builds the same model the CLI scores with), the answers it starts from (a
 * `siap-answers/1` file), and where the browser keeps its draft.
 */
export interface FormPayload {
  format: typeof FORM_FORMAT;
  /** Language the page opens in (the user can switch). */
  lang: Lang;
  /** siap version that made the page. */
  generator: string;
  rubric: {
    /** The rubric file as messages name it (`rubrics/kesiapan-kota-cerdas.yaml`). */
    file: string;
    /** sha256 of the rubric text, computed where the text was read (the browser has no hashing). */
    sha256: string;
    data: RubricInput;
  };
  /**
   * The answers the form starts from, as an answers file: pre-filled or empty. `problems`: the
   * answers of the given file that were left out, located in that file (shown next to their questions).
   */
  initial: { file: string; text: string; problems?: Diagnostic[] };
  /** The localStorage key of this form's draft: one per rubric (and its exact text) and regency. */
  storageKey: string;
  regions: RegionEntry[];
}

/** `siap-form:kesiapan-kota-cerdas:1a2b3c4d5e6f:gianyar`: the draft of one rubric for one regency. */
export function formStorageKey(rubricId: string, sha256: string, regencyName: string | undefined): string {
  return `siap-form:${rubricId}:${sha256.slice(0, 12)}:${slugify(regencyName ?? '') || '-'}`;
}
