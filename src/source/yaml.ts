import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, stringify, type Document, type Node } from 'yaml';
import { SiapError, type Diagnostic, type SourceLocation } from '../errors.js';
import type { MessageCode } from '../messages/catalog.js';
import { YAML_DETAIL } from '../messages/words.js';

/** A parsed YAML (or JSON) document that can point at the line and column of any key path. */
export interface YamlSource {
  file: string;
  data: unknown;
  /** Location of the value at `path` (or of its key, with `atKey`); falls back to the nearest parent. */
  locate(path: readonly PropertyKey[], atKey?: boolean): SourceLocation;
  /**
   * The text of the plain (unquoted) scalar at `path` exactly as written, e.g. `51.10` where the
   * parsed value is the number 51.1; undefined for a quoted or missing value.
   */
  plainText?(path: readonly PropertyKey[]): string | undefined;
}

/** Aliases allowed per document before we call it an alias bomb. */
const MAX_ALIAS_COUNT = 200;

/** Parse YAML or JSON text; syntax problems become located diagnostics in one SiapError. */
export function parseYaml(text: string, file: string, errorCode: MessageCode): YamlSource {
  // No LineCounter on the happy path: offsets become line:col only when a problem is reported.
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const at = positionFinder(text, file);
  if (doc.errors.length > 0) {
    // One slip in YAML usually cascades into errors on the following lines: report tabs (each is
    // real), else the first syntax error plus duplicate keys (independent of each other).
    const tabs = doc.errors.filter((e) => e.code === 'TAB_AS_INDENT');
    const chosen = tabs.length > 0 ? tabs : [doc.errors[0]!, ...doc.errors.slice(1).filter((e) => e.code === 'DUPLICATE_KEY')];
    const diagnostics = chosen.slice(0, 10).map((error) => yamlDiagnostic(error.code, error.message, at(error.pos[0]), text, error.pos[0]));
    throw new SiapError(errorCode, { count: diagnostics.length }, { diagnostics });
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      throw new SiapError(errorCode, { count: 1 }, { diagnostics: [{ code: 'YAML_ALIASES', severity: 'error', params: {}, source: firstAlias(doc, at) ?? { file, line: 1, column: 1 } }] });
    }
    throw error;
  }

  const source: YamlSource = {
    file,
    data,
    locate(path, atKey = false) {
      return { ...locateOffset(doc, path, atKey, at, file), path: formatPath(path) };
    },
    plainText(path) {
      const node = doc.getIn(path as PropertyKey[] as unknown[], true);
      return isScalar(node) && node.type === 'PLAIN' && node.range ? text.slice(node.range[0], node.range[1]) : undefined;
    },
  };
  const forbidden = findForbiddenKey(data, []);
  if (forbidden) {
    throw new SiapError(errorCode, { count: 1 }, {
      diagnostics: [{ code: 'KEY_FORBIDDEN', severity: 'error', params: { key: '__proto__' }, source: source.locate(forbidden, true) }],
    });
  }
  return source;
}

function yamlDiagnostic(code: string, message: string, source: SourceLocation, text: string, offset: number): Diagnostic {
  if (code === 'TAB_AS_INDENT') return { code: 'YAML_TAB', severity: 'error', params: {}, source };
  if (code === 'DUPLICATE_KEY') {
    const key = /^[^:\n]*/.exec(text.slice(offset))?.[0].trim() ?? '';
    return { code: 'YAML_DUPLICATE_KEY', severity: 'error', params: { key }, source };
  }
  if (code === 'MULTIPLE_DOCS') return { code: 'YAML_MULTI_DOC', severity: 'error', params: {}, source };
  const detail = YAML_DETAIL[code] ?? message;
  return { code: 'YAML_SYNTAX', severity: 'error', params: { detail }, source };
}

/** Offset → 1-based line and column, indexing line starts on first use. */
function positionFinder(text: string, file: string): (offset: number) => SourceLocation {
  let starts: number[] | undefined;
  return (offset) => {
    if (!starts) {
      starts = [0];
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { file, line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/** `['sections', 0, 'questions', 2, 'weight']` → `sections[0].questions[2].weight`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? String(seg) : `.${String(seg)}`;
  }
  return out;
}

function locateOffset(
  doc: Document,
  path: readonly PropertyKey[],
  atKey: boolean,
  at: (offset: number) => SourceLocation,
  file: string,
): SourceLocation {
  let node: unknown = doc.contents;
  let range = (node as Node | null)?.range;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      const keyRange = (pair.key as Node).range;
      const valueRange = (pair.value as Node | null)?.range;
      range = (last && atKey) || !valueRange ? keyRange : valueRange;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number' && node.items[seg]) {
      node = node.items[seg];
      range = (node as Node).range;
    } else break;
  }
  return range ? at(range[0]) : { file, line: 1, column: 1 };
}

function firstAlias(doc: Document, at: (offset: number) => SourceLocation): SourceLocation | undefined {
  let found: SourceLocation | undefined;
  const visit = (node: unknown): void => {
    if (found || !node || typeof node !== 'object') return;
    if (isAlias(node)) {
      if (node.range) found = at(node.range[0]);
    } else if (isPair(node)) {
      visit(node.key);
      visit(node.value);
    } else if (isMap(node) || isSeq(node)) node.items.forEach(visit);
  };
  visit(doc.contents);
  return found;
}

/** The key path of the first `__proto__` key, walking with one shared path stack. */
function findForbiddenKey(value: unknown, path: PropertyKey[]): PropertyKey[] | undefined {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      if (findForbiddenKey(value[i], path)) return path;
      path.pop();
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      path.push(key);
      if (key === '__proto__' || findForbiddenKey((value as Record<string, unknown>)[key], path)) return path;
      path.pop();
    }
  }
  return undefined;
}

/** Plain data → block-style YAML text (strings quoted only where YAML needs it). */
export function stringifyYaml(value: unknown): string {
  return stringify(value, { lineWidth: 0, aliasDuplicateObjects: false, nullStr: '' });
}
