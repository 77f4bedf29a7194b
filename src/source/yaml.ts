import { isAlias, isMap, isPair, isScalar, isSeq, Lexer, parseDocument, stringify, type Document, type Node, type Pair } from 'yaml';
import { SiapError, type Diagnostic, type SourceLocation } from '../errors.js';
import type { MessageCode } from '../messages/catalog.js';
import { YAML_DETAIL } from '../messages/words.js';
import { describeWhere } from './issues.js';
import { codePointName, CONTROL_CHARS_IN_VALUE } from './text.js';

/** A parsed YAML (or JSON) document that can point at the line and column of any key path. */
export interface YamlSource {
  file: string;
  data: unknown;
  /** Location of the value at `path` (or of its key, with `atKey`); falls back to the nearest parent. */
  locate(path: readonly PropertyKey[], atKey?: boolean): SourceLocation;
  /** The text of the scalar at `path` exactly as written in the file (`51.10`, not 51.1). */
  sourceText(path: readonly PropertyKey[]): string | undefined;
  /**
   * For a key that has no value inside a flow map (`{ name: Citra Dewi, M.T. }` reads `M.T.` as a
   * key): the key written just before it, and the text as written from that key's plain value to
   * the end of the stray key (`Citra Dewi, M.T.`, `1.234,5`), else undefined.
   */
  keyAfterComma(path: readonly PropertyKey[]): { key: string; value: string } | undefined;
}

/** Aliases allowed per document before we call it an alias bomb. */
const MAX_ALIAS_COUNT = 200;
/** Levels of nesting allowed in a document (a rubric needs about 15). */
export const MAX_DEPTH = 100;
/** Problems of one kind reported per file (a file full of them needs one fix anyway). */
const MAX_REPORTED = 10;

/** Parse YAML or JSON text; syntax problems become located diagnostics in one SiapError. */
export function parseYaml(text: string, file: string, errorCode: MessageCode): YamlSource {
  const at = positionFinder(text, file);
  const tooDeep = (source: SourceLocation): SiapError =>
    new SiapError(errorCode, { count: 1 }, { diagnostics: [{ code: 'YAML_TOO_DEEP', severity: 'error', params: { limit: MAX_DEPTH }, source }] });
  // The YAML library takes minutes on a few MB of `[[[[…`: measure flow nesting first.
  const deepAt = flowTooDeepAt(text);
  if (deepAt !== undefined) throw tooDeep(at(deepAt));
  // No LineCounter on the happy path: offsets become line:col only when a problem is reported.
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const exhausted = doc.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
  if (exhausted) throw tooDeep(at(exhausted.pos[0]));
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
    sourceText(path) {
      const node = nodeAt(doc, path);
      return isScalar(node) && node.range ? text.slice(node.range[0], node.range[1]) : undefined;
    },
    keyAfterComma(path) {
      return keyAfterComma(doc, path, text);
    },
  };
  const problems = checkValues(data, source);
  if (problems.length > 0) throw new SiapError(errorCode, { count: problems.length }, { diagnostics: problems });
  return source;
}

/**
 * The offset where flow collections (`[ ]`, `{ }`) nest deeper than MAX_DEPTH, read with the YAML
 * lexer (so brackets in quotes, comments and plain text do not count), or undefined. Files with
 * fewer brackets than that cannot, and are not lexed twice.
 */
function flowTooDeepAt(text: string): number | undefined {
  let brackets = 0;
  for (let i = 0; i < text.length && brackets <= MAX_DEPTH; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) brackets++;
  }
  if (brackets <= MAX_DEPTH) return undefined;
  let depth = 0;
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === '[' || token === '{') {
      if (++depth > MAX_DEPTH) return offset;
    } else if ((token === ']' || token === '}') && depth > 0) depth--;
    // The lexer's own markers (document, scalar, flow end, BOM) are not text of the file.
    if (!(token.length === 1 && /[\u0002\u0018\u001f\ufeff]/.test(token))) offset += token.length;
  }
  return undefined;
}

/**
 * What no document may hold, whatever its schema: `__proto__` keys, control characters in keys or
 * text (written as escapes such as "\e" or "\u001b"), numbers that are not finite (`.nan`,
 * `.inf`, `1e400`), and nesting deeper than MAX_DEPTH. Each is located; at most a few are reported.
 */
function checkValues(data: unknown, source: YamlSource): Diagnostic[] {
  const out: Diagnostic[] = [];
  const path: PropertyKey[] = [];
  const add = (d: Diagnostic): boolean => {
    out.push(d);
    return out.length < MAX_REPORTED;
  };
  const text = (value: string, atKey: boolean): boolean => {
    const control = CONTROL_CHARS_IN_VALUE.exec(value);
    return !control || add({ code: 'FILE_CONTROL_CHAR', severity: 'error', params: { char: codePointName(control[0]) }, source: source.locate(path, atKey) });
  };
  // Returns false once enough problems are found, or nesting is too deep to go on.
  const visit = (value: unknown, depth: number): boolean => {
    if (typeof value === 'string') return text(value, false);
    if (typeof value === 'number') {
      if (Number.isFinite(value)) return true;
      return add({ code: 'VALUE_NOT_FINITE', severity: 'error', params: { where: describeWhere(path), value: source.sourceText(path) ?? String(value) }, source: source.locate(path) });
    }
    if (value === null || typeof value !== 'object') return true;
    if (depth >= MAX_DEPTH) {
      add({ code: 'YAML_TOO_DEEP', severity: 'error', params: { limit: MAX_DEPTH }, source: source.locate(path) });
      return false;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        const go = visit(value[i], depth + 1);
        path.pop();
        if (!go) return false;
      }
      return true;
    }
    for (const key of Object.keys(value)) {
      path.push(key);
      let go = true;
      if (key === '__proto__') go = add({ code: 'KEY_FORBIDDEN', severity: 'error', params: { key }, source: source.locate(path, true) });
      else go = text(key, true) && visit((value as Record<string, unknown>)[key], depth + 1);
      path.pop();
      if (!go) return false;
    }
    return true;
  };
  visit(data, 0);
  return out;
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

/** The node at a key path, or undefined. */
function nodeAt(doc: Document, path: readonly PropertyKey[]): unknown {
  let node: unknown = doc.contents;
  for (const seg of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return undefined;
      node = pair.value;
    } else if (isSeq(node) && typeof seg === 'number') node = node.items[seg];
    else return undefined;
  }
  return node;
}

function keyAfterComma(doc: Document, path: readonly PropertyKey[], text: string): { key: string; value: string } | undefined {
  const map = nodeAt(doc, path.slice(0, -1));
  if (!isMap(map) || !map.flow) return undefined;
  const name = String(path.at(-1));
  const index = map.items.findIndex((p) => isScalar(p.key) && String(p.key.value) === name);
  const pair = map.items[index] as Pair | undefined;
  const before = map.items[index - 1] as Pair | undefined;
  if (!pair || pair.value !== null || !isScalar(pair.key) || !pair.key.range) return undefined;
  if (!before || !isScalar(before.key) || !isScalar(before.value) || !before.value.range || before.value.type !== 'PLAIN') return undefined;
  return { key: String(before.key.value), value: text.slice(before.value.range[0], pair.key.range[1]) };
}

/** Plain data → block-style YAML text (strings quoted only where YAML needs it). */
export function stringifyYaml(value: unknown): string {
  return stringify(value, { lineWidth: 0, aliasDuplicateObjects: false, nullStr: '' });
}

/** A source for data that was already validated (compiled rubrics, a form's page data): no text, so every location is the file. */
export function dataSource(file: string, data: unknown): YamlSource {
  return { file, data, locate: () => ({ file }), sourceText: () => undefined, keyAfterComma: () => undefined };
}
