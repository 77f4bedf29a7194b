import { createHash } from 'node:crypto';
import { SiapError, type Diagnostic, type SourceLocation } from '../errors.js';
import { SOURCE_WORDS } from '../messages/words.js';
import { issuesToDiagnostics, typeOf, typeWord } from '../source/issues.js';
import { sortByPosition } from '../source/positions.js';
import { dataSource, parseYaml } from '../source/yaml.js';
import { buildRubric } from './build.js';
import type { Rubric } from './model.js';
import { RUBRIC_VOCABULARY, RubricSchema, type RubricInput } from './schema.js';

export interface ParsedRubric {
  rubric: Rubric;
  warnings: Diagnostic[];
  /** Set when the rubric is one of the files shipped with siap (`rubrics/…`). */
  bundled?: boolean;
  /** Points at a key path of the rubric's file (only when it was parsed from its text, not compiled). */
  locate?: (path: readonly PropertyKey[], atKey?: boolean) => SourceLocation;
}

/**
 * sha256 of a rubric's text, as recorded in answers files: of the text without a BOM and with
 * Windows line ends (CRLF) read as LF, so a rubric checked out or saved on Windows keeps its hash.
 */
export function sha256Of(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n/g, '\n'), 'utf8').digest('hex');
}

/**
 * Rubric text → validated rubric. Every problem (syntax, shape, cross-references) is collected and
 * thrown at once as a `RUBRIC_INVALID` SiapError whose diagnostics carry file:line:col.
 */
export function parseRubric(text: string, file: string): ParsedRubric {
  const source = parseYaml(text, file, 'RUBRIC_INVALID');
  const data = source.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new SiapError('RUBRIC_INVALID', { count: 1 }, {
      diagnostics: [{ code: 'SCHEMA_TYPE', severity: 'error', params: { where: SOURCE_WORDS.fileContent, expected: typeWord('object'), received: typeWord(typeOf(data)) }, source: source.locate([]) }],
    });
  }
  if ('answers' in data && !('sections' in data)) {
    throw new SiapError('RUBRIC_INVALID', { count: 1 }, { diagnostics: [{ code: 'RUBRIC_IS_ANSWERS', severity: 'error', params: {}, source: source.locate(['answers'], true) }] });
  }
  const parsed = RubricSchema.safeParse(data);
  if (!parsed.success) {
    const diagnostics = issuesToDiagnostics(parsed.error.issues, source, RUBRIC_VOCABULARY);
    throw new SiapError('RUBRIC_INVALID', { count: diagnostics.length }, { diagnostics: sortByPosition(diagnostics) });
  }
  const { rubric, diagnostics } = buildRubric(parsed.data, source, sha256Of(text));
  if (!rubric) {
    const sorted = sortByPosition(diagnostics);
    throw new SiapError('RUBRIC_INVALID', { count: sorted.filter((d) => d.severity === 'error').length }, { diagnostics: sorted });
  }
  return { rubric, warnings: diagnostics.filter((d) => d.severity === 'warning'), locate: (path, atKey) => source.locate(path, atKey) };
}

/**
 * A rubric from data that already passed `parseRubric` (the build step compiles bundled rubrics
 * to JSON so a run does not re-parse 3,000 lines of YAML). The cross-checks still run; the data is
 * only used when its recorded sha256 matches the rubric text, so an edited YAML is never skipped.
 */
export function rubricFromCompiled(data: RubricInput, file: string, sha256: string): ParsedRubric {
  const { rubric, diagnostics } = buildRubric(data, dataSource(file, data), sha256);
  if (!rubric) throw new SiapError('RUBRIC_INVALID', { count: diagnostics.length }, { diagnostics });
  return { rubric, warnings: diagnostics.filter((d) => d.severity === 'warning') };
}
