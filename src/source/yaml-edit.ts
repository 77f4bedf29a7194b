import { Document, isMap, isScalar, isSeq, parseDocument, visit, type Node, type Pair, type YAMLMap } from 'yaml';

/** A key path into a YAML document: map keys only (answers files need no list indexes). */
export type KeyPath = readonly string[];

export type NodeKind = 'missing' | 'null' | 'scalar' | 'map' | 'seq';

export interface SetOptions {
  /** A list or map written `[a, b]` / `{a: 1}` on one line (default: as block lines). */
  flow?: boolean;
  /** The items of a block list written each on one line (`- {name: …}`). */
  itemFlow?: boolean;
  /** Where a new key goes in its map (default: last). */
  index?: number;
  /** A comment line above a new key (yaml comment text: each line is written after `#`). */
  comment?: string;
  /** A blank line above a new key (and its comment). */
  spaceBefore?: boolean;
}

type Op = { type: 'set'; path: KeyPath; value: unknown; options: SetOptions } | { type: 'delete'; path: KeyPath };

/** What one edit does to the text: replace `start`–`end` with `text`. */
interface Splice {
  start: number;
  end: number;
  text: string;
}

interface Planned {
  op: Op;
  splice: Splice;
  /** Adds or removes a key (the indexes of its map's keys move). */
  structural: boolean;
  /** The map that gets or loses a key. */
  into?: YAMLMap;
}

/** A value to write: `value` under the keys `nest` (maps that do not exist yet), with its options. */
interface Spec {
  nest: readonly string[];
  value: unknown;
  options: SetOptions;
}

/**
 * How often an edit could not be made in the text and the document was written out as a whole
 * instead (comments kept, layout not). Tests keep this at 0.
 */
export const editorChecks = { fallbacks: 0 };

/**
 * A YAML document edited in its text: only the characters of the values that change are
 * replaced, so every comment stays on its line and in its column, blank lines stay, and untouched
 * lines stay byte-for-byte the same. Edits that do not depend on each other are collected and
 * made together (one parse per batch); after each batch the text is parsed again and must give
 * exactly the data the edits asked for, else the batch is redone on the document model (a
 * safety net: the file stays correct even where the layout cannot be kept).
 */
export class YamlEditor {
  private text: string;
  private doc: Document;
  /** The data the text must hold once the pending edits are made. */
  private expected: unknown;
  private pending: Planned[] = [];

  private constructor(text: string, doc: Document) {
    this.text = text;
    this.doc = doc;
    this.expected = doc.toJS();
  }

  /** Open YAML (or JSON) text; the caller has already checked that it parses cleanly. Line ends become LF. */
  static open(text: string): YamlEditor {
    const lf = text.replace(/\r\n/g, '\n');
    const doc = parseDocument(lf, { uniqueKeys: true });
    if (doc.errors.length > 0) throw doc.errors[0]!;
    return new YamlEditor(lf, doc);
  }

  /** What sits at a path: nothing, null, a scalar, a map or a list. */
  kindAt(path: KeyPath): NodeKind {
    this.settle(path);
    const parent = this.mapAt(path.slice(0, -1));
    if (!parent) return 'missing';
    const pair = findPair(parent, path.at(-1)!);
    if (!pair) return 'missing';
    const value = pair.value as Node | null;
    if (value === null || value === undefined) return 'null';
    if (isMap(value)) return 'map';
    if (isSeq(value)) return 'seq';
    if (isScalar(value)) return value.value === null ? 'null' : 'scalar';
    return 'scalar';
  }

  /** The keys of the map at a path, in document order (empty when there is no map). */
  keysAt(path: KeyPath): string[] {
    this.settle(path);
    const map = this.mapAt(path);
    return map ? map.items.map((p) => keyOf(p)).filter((k): k is string => k !== undefined) : [];
  }

  /**
   * Set a scalar, list or map at a path, creating the maps on the way. A replaced value keeps the
   * comment after it (in its column); a new key goes at `index` in its map (default: last).
   */
  set(path: KeyPath, value: unknown, options: SetOptions = {}): void {
    this.apply({ type: 'set', path, value, options });
  }

  /**
   * Empty the value at a path but keep the key (and the comments around it), when it exists. In
   * a one-line map (`{value: 3, note: x}`) the key goes: a short form has no empty keys.
   */
  setNull(path: KeyPath): void {
    const kind = this.kindAt(path);
    if (kind === 'missing' || kind === 'null') return;
    if (this.mapAt(path.slice(0, -1))?.flow) this.apply({ type: 'delete', path });
    else this.set(path, null);
  }

  /** Remove a key from its map, when it exists. */
  delete(path: KeyPath): void {
    if (this.kindAt(path) === 'missing') return;
    this.apply({ type: 'delete', path });
  }

  toString(): string {
    this.flush();
    return this.text;
  }

  /** The data, as JSON text (for answers files kept as JSON). */
  toJsonText(): string {
    this.flush();
    return `${JSON.stringify(this.doc.toJS(), null, 2)}\n`;
  }

  // ─── Batching ──────────────────────────────────────────────────────────────────────────────

  private apply(op: Op): void {
    if (this.pending.some((p) => related(p.op.path, op.path))) this.flush();
    let planned = this.plan(op);
    if (planned && this.pending.some((p) => clash(p, planned!))) {
      this.flush();
      planned = this.plan(op);
    }
    this.expected = applyToData(this.expected, op);
    if (!planned) {
      this.flush();
      this.rewrite([op]);
      return;
    }
    this.pending.push(planned);
  }

  /** Make the pending edits before reading anything they may change. */
  private settle(path: KeyPath): void {
    if (this.pending.some((p) => related(p.op.path, path))) this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    let text = this.text;
    for (const { splice } of [...batch].sort((a, b) => b.splice.start - a.splice.start || b.splice.end - a.splice.end)) {
      text = text.slice(0, splice.start) + splice.text + text.slice(splice.end);
    }
    const doc = parseDocument(text, { uniqueKeys: true });
    if (doc.errors.length === 0 && sameData(doc.toJS(), this.expected)) {
      this.text = text;
      this.doc = doc;
      return;
    }
    this.rewrite(batch.map((p) => p.op));
  }

  /** The safety net: make the edits on the document model and write the whole document out. */
  private rewrite(ops: Op[]): void {
    editorChecks.fallbacks++;
    const doc = parseDocument(this.text, { uniqueKeys: true });
    for (const op of ops) modelApply(doc, op);
    this.text = doc.toString({ lineWidth: 0 });
    this.doc = parseDocument(this.text, { uniqueKeys: true });
    this.expected = this.doc.toJS();
  }

  // ─── Planning one edit in the text ────────────────────────────────────────────────────────

  private plan(op: Op): Planned | undefined {
    const { path } = op;
    const contents = this.doc.contents;
    if (contents === null || contents === undefined || (isScalar(contents) && contents.value === null)) {
      // A document with no data yet (empty, or comments only).
      if (op.type === 'delete') return undefined;
      return this.planAppend({ nest: path.slice(1), value: op.value, options: op.options }, path[0]!, op);
    }
    if (!isMap(contents)) return undefined;
    let map: YAMLMap = contents;
    let owner: Pair | undefined;
    for (let i = 0; i < path.length; i++) {
      const key = path[i]!;
      const pair = findPair(map, key);
      const last = i === path.length - 1;
      if (op.type === 'delete') {
        if (!pair) return undefined;
        if (last) {
          if (map.flow || map.items.length > 1) return this.planDelete(map, pair, op);
          // The only key of a block map: the map stays, empty (`key: {}`); the last key of the document is left to the safety net.
          return owner ? this.planEmpty(owner, pair, op) : undefined;
        }
      } else {
        const spec: Spec = { nest: path.slice(i + 1), value: op.value, options: op.options };
        // `index`, `comment` and `spaceBefore` are about the last key; a map made on the way goes last.
        if (!pair) return this.planInsert(map, owner, key, spec, op, last ? op.options : {});
        if (last) return this.planReplace(map, pair, spec, op);
        const value = pair.value as Node | null;
        // A key with no map under it (empty, a scalar, or `{}` in a block map) gets the whole rest of the path.
        if (!isMap(value) || (value.flow && value.items.length === 0 && !map.flow)) return this.planReplace(map, pair, spec, op);
      }
      owner = pair;
      map = pair!.value as YAMLMap;
    }
    return undefined;
  }

  /** A new key at the end of a document that has no data yet. */
  private planAppend(spec: Spec, key: string, op: Op): Planned | undefined {
    const lines = renderPairLines(key, spec);
    if (!lines) return undefined;
    const at = this.text.length;
    const lead = at === 0 || this.text.endsWith('\n') ? '' : '\n';
    return { op, splice: { start: at, end: at, text: `${lead}${lines.join('\n')}\n` }, structural: true };
  }

  private planReplace(map: YAMLMap, pair: Pair, spec: Spec, op: Op): Planned | undefined {
    const key = pair.key as Node;
    if (!key?.range) return undefined;
    const old = pair.value as Node | null;
    if (map.flow) {
      const inline = renderFlow(spec);
      if (inline === undefined) return undefined;
      const end = contentEnd(old, this.text);
      if (end !== undefined && old?.range) return { op, splice: { start: old.range[0], end, text: inline }, structural: false };
      const colon = colonAfter(this.text, key.range[1]);
      return colon === undefined
        ? { op, splice: { start: key.range[1], end: key.range[1], text: `: ${inline}` }, structural: false }
        : { op, splice: { start: colon + 1, end: colon + 1, text: ` ${inline}` }, structural: false };
    }
    const colon = colonAfter(this.text, key.range[1]);
    if (colon === undefined) return undefined;
    const rendered = renderValue(spec);
    if (!rendered) return undefined;
    const text = this.text;
    const column = columnOf(text, key.range[0]);
    const body = rendered.body.map((l) => (l ? `${' '.repeat(column)}${l}` : l));
    const keyLineEnd = lineEnd(text, colon);
    const oldEnd = contentEnd(old, text);
    const head = `:${rendered.inline ? ` ${rendered.inline}` : ''}`;
    const withBody = (line: string): string => (body.length > 0 ? `${line}\n${body.join('\n')}` : line);
    if (oldEnd === undefined || oldEnd <= keyLineEnd) {
      // The old value (if any) sits on the key line: keep what follows it (a comment) in its column.
      const tailStart = oldEnd ?? colon + 1;
      const line = keepComment(text, colon, head, tailStart, keyLineEnd);
      if (line === undefined) return undefined;
      return { op, splice: { start: colon, end: keyLineEnd, text: withBody(line) }, structural: false };
    }
    // The old value runs over more lines: replace them all; a comment on the key line stays.
    const start = old!.range![0];
    const line = start > keyLineEnd ? keepComment(text, colon, head, colon + 1, keyLineEnd) : head;
    if (line === undefined) return undefined;
    return { op, splice: { start: colon, end: lineEnd(text, oldEnd), text: withBody(line) }, structural: false };
  }

  private planInsert(map: YAMLMap, owner: Pair | undefined, key: string, spec: Spec, op: Op, options: SetOptions): Planned | undefined {
    const text = this.text;
    const index = Math.max(0, Math.min(options.index ?? map.items.length, map.items.length));
    if (map.flow) {
      const inline = renderFlow(spec);
      const name = renderFlow({ nest: [], value: key, options: {} });
      if (inline === undefined || name === undefined) return undefined;
      const item = `${name}: ${inline}`;
      if (map.items.length === 0) {
        if (!map.range) return undefined;
        const at = map.range[0] + 1;
        return { op, splice: { start: at, end: at, text: item }, structural: true, into: map };
      }
      if (index > 0) {
        const at = pairEnd(map.items[index - 1]!, text);
        if (at === undefined) return undefined;
        return { op, splice: { start: at, end: at, text: `, ${item}` }, structural: true, into: map };
      }
      const first = map.items[0]!.key as Node;
      if (!first?.range) return undefined;
      return { op, splice: { start: first.range[0], end: first.range[0], text: `${item}, ` }, structural: true, into: map };
    }
    const firstKey = map.items[0]?.key as Node | undefined;
    if (!firstKey?.range) return undefined;
    const column = columnOf(text, firstKey.range[0]);
    const lines = renderPairLines(key, spec);
    if (!lines) return undefined;
    const block = [
      ...(options.spaceBefore ? [''] : []),
      ...(options.comment ? options.comment.split('\n').map((l) => `${' '.repeat(column)}#${l}`) : []),
      ...lines.map((l) => (l ? `${' '.repeat(column)}${l}` : l)),
    ];
    if (index > 0) {
      const end = pairEnd(map.items[index - 1]!, text);
      if (end === undefined) return undefined;
      const at = lineEnd(text, end);
      return { op, splice: { start: at, end: at, text: `\n${block.join('\n')}` }, structural: true, into: map };
    }
    if (owner) {
      // First in a nested map: right under its key, above the comments of what was first.
      const colon = colonAfter(text, (owner.key as Node).range![1]);
      if (colon === undefined) return undefined;
      const at = lineEnd(text, colon);
      return { op, splice: { start: at, end: at, text: `\n${block.join('\n')}` }, structural: true, into: map };
    }
    const at = lineStart(text, firstKey.range[0]);
    return { op, splice: { start: at, end: at, text: `${block.join('\n')}\n` }, structural: true, into: map };
  }

  private planDelete(map: YAMLMap, pair: Pair, op: Op): Planned | undefined {
    const text = this.text;
    const key = pair.key as Node;
    if (!key?.range) return undefined;
    const end = pairEnd(pair, text);
    if (end === undefined) return undefined;
    if (map.flow) {
      const index = map.items.indexOf(pair);
      const next = map.items[index + 1]?.key as Node | undefined;
      if (next?.range) return { op, splice: { start: key.range[0], end: next.range[0], text: '' }, structural: true, into: map };
      const previous = index > 0 ? pairEnd(map.items[index - 1]!, text) : undefined;
      if (previous !== undefined) return { op, splice: { start: previous, end, text: '' }, structural: true, into: map };
      return { op, splice: { start: key.range[0], end, text: '' }, structural: true, into: map };
    }
    const start = lineStart(text, key.range[0]);
    if (text.slice(start, key.range[0]).trim() !== '') return undefined;
    const stop = lineEnd(text, end);
    return { op, splice: { start, end: Math.min(text.length, stop + 1), text: '' }, structural: true, into: map };
  }

  /** Delete the only key of a block map: `owner: {}`, the comment lines that were above the key kept below it. */
  private planEmpty(owner: Pair, pair: Pair, op: Op): Planned | undefined {
    const map = owner.value as YAMLMap;
    const text = this.text;
    const ownerKey = owner.key as Node;
    const key = pair.key as Node;
    if (!ownerKey?.range || !key?.range) return undefined;
    const colon = colonAfter(text, ownerKey.range[1]);
    const end = pairEnd(pair, text);
    if (colon === undefined || end === undefined) return undefined;
    const keyLineEnd = lineEnd(text, colon);
    const start = lineStart(text, key.range[0]);
    if (start <= keyLineEnd || text.slice(start, key.range[0]).trim() !== '') return undefined;
    const head = keepComment(text, colon, ': {}', colon + 1, keyLineEnd);
    if (head === undefined) return undefined;
    const between = text.slice(keyLineEnd, start).replace(/\n$/, '');
    return { op, splice: { start: colon, end: lineEnd(text, end), text: head + between }, structural: true, into: map };
  }

  private mapAt(path: KeyPath): YAMLMap | undefined {
    let node: unknown = this.doc.contents;
    for (const key of path) {
      if (!isMap(node)) return undefined;
      node = findPair(node, key)?.value;
    }
    return isMap(node) ? node : undefined;
  }
}

// ─── Text positions ───────────────────────────────────────────────────────────────────────────

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

/** The column of a position, in characters (a character outside the BMP counts once). */
function columnOf(text: string, at: number): number {
  return [...text.slice(lineStart(text, at), at)].length;
}

function width(text: string): number {
  return [...text].length;
}

/** The `:` after a key (spaces between allowed), or undefined (`? key` forms). */
function colonAfter(text: string, at: number): number | undefined {
  let i = at;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return text[i] === ':' ? i : undefined;
}

/**
 * `head` (`: value`) for the key line, followed by the comment that stood between `tailStart` and
 * the line end, in the same column when there is room (one space after the value when not).
 * Undefined when something other than spaces and a comment is there.
 */
function keepComment(text: string, colon: number, head: string, tailStart: number, end: number): string | undefined {
  const tail = text.slice(tailStart, end);
  const match = /^([ \t]*)(#.*)?$/.exec(tail);
  if (!match) return undefined;
  if (!match[2]) return head;
  const commentColumn = columnOf(text, tailStart + match[1]!.length);
  const headEnd = columnOf(text, colon) + width(head);
  return `${head}${' '.repeat(Math.max(1, commentColumn - headEnd))}${match[2]}`;
}

/** Where a value's own characters end (before a trailing comment or the newline after a block), or undefined for an empty value. */
function contentEnd(node: unknown, text: string): number | undefined {
  if (node === null || node === undefined || typeof node !== 'object') return undefined;
  if (isScalar(node)) {
    if (!node.range || node.range[1] <= node.range[0]) return undefined;
    let end = node.range[1];
    while (end > node.range[0] && /\s/.test(text[end - 1]!)) end--;
    return end;
  }
  if (isMap(node) || isSeq(node)) {
    if (node.flow || node.items.length === 0) return node.range?.[1];
    const last = node.items.at(-1);
    if (isMap(node)) return pairEnd(last as Pair, text);
    const end = contentEnd(last, text);
    if (end !== undefined) return end;
    // `- ` with nothing after it: the dash.
    const dash = node.range ? text.lastIndexOf('-', node.range[1]) : -1;
    return dash >= 0 ? dash + 1 : undefined;
  }
  const range = (node as Node).range;
  return range ? range[1] : undefined;
}

/** Where a `key: value` pair's characters end. */
function pairEnd(pair: Pair, text: string): number | undefined {
  const end = contentEnd(pair.value, text);
  if (end !== undefined) return end;
  const key = pair.key as Node | null;
  if (!key?.range) return undefined;
  const colon = colonAfter(text, key.range[1]);
  return colon === undefined ? key.range[1] : colon + 1;
}

// ─── Writing values ──────────────────────────────────────────────────────────────────────────

function isPlain(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function leafNode(doc: Document, value: unknown, options: SetOptions, inFlow: boolean): Node {
  const flow = inFlow || (options.flow ?? false);
  const node = doc.createNode(value, isPlain(value) ? {} : { flow }) as Node;
  // An emptied value is written `key:` like the template's, not `key: null` (inside `{…}` it stays `null`).
  if (value === null && isScalar(node) && !inFlow) node.source = '';
  if (!isPlain(value) && (isMap(node) || isSeq(node))) {
    // An empty list or map is written `[]` / `{}` on the key line.
    node.flow = flow || node.items.length === 0;
    if (options.itemFlow) for (const item of node.items) if (isMap(item) || isSeq(item)) item.flow = true;
  }
  return node;
}

/** The node for a spec: its value under new maps for the keys of `nest`. */
function specNode(doc: Document, spec: Spec, inFlow: boolean): Node {
  let node = leafNode(doc, spec.value, spec.options, inFlow);
  for (const key of [...spec.nest].reverse()) {
    const map = doc.createNode({}) as YAMLMap;
    map.flow = inFlow;
    map.items.push(doc.createPair(key, node) as Pair);
    node = map;
  }
  if (inFlow) {
    // Flow context has no block scalars: a text on several lines is written "…\n…".
    visit(node, {
      Scalar(_, scalar) {
        if (typeof scalar.value === 'string' && scalar.value.includes('\n')) scalar.type = 'QUOTE_DOUBLE';
      },
    });
  }
  return node;
}

function render(doc: Document): string {
  return doc.toString({ lineWidth: 0 });
}

/** A value as written after `key:` in a block map: the part on the key line, and the lines below it (indented from column 0). */
function renderValue(spec: Spec): { inline: string; body: string[] } | undefined {
  const doc = new Document();
  const map = doc.createNode({}) as YAMLMap;
  map.items.push(doc.createPair('k', specNode(doc, spec, false)) as Pair);
  doc.contents = map;
  const lines = render(doc).replace(/\n$/, '').split('\n');
  if (!lines[0]!.startsWith('k:')) return undefined;
  return { inline: lines[0]!.slice(2).trim(), body: lines.slice(1) };
}

/** A whole `key: value` pair as block lines (from column 0). */
function renderPairLines(key: string, spec: Spec): string[] | undefined {
  const doc = new Document();
  const map = doc.createNode({}) as YAMLMap;
  map.items.push(doc.createPair(key, specNode(doc, spec, false)) as Pair);
  doc.contents = map;
  const out = render(doc).replace(/\n$/, '');
  return out ? out.split('\n') : undefined;
}

/** A value as written inside `{…}` or `[…]`, on one line. */
function renderFlow(spec: Spec): string | undefined {
  const doc = new Document();
  const seq = doc.createNode([]) as ReturnType<Document['createNode']> & { items: unknown[]; flow: boolean };
  seq.flow = true;
  seq.items.push(specNode(doc, spec, true));
  doc.contents = seq as Node;
  const out = render(doc).trim();
  if (!out.startsWith('[ ') || !out.endsWith(' ]') || out.includes('\n')) return undefined;
  return out.slice(2, -2);
}

// ─── Data, for checking every batch ──────────────────────────────────────────────────────────

function related(a: KeyPath, b: KeyPath): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Two edits that cannot be made from the same parse: touching text, or both adding or removing keys of one map. */
function clash(a: Planned, b: Planned): boolean {
  if (a.splice.start <= b.splice.end && b.splice.start <= a.splice.end) return true;
  return a.structural && b.structural && a.into !== undefined && a.into === b.into;
}

/** The data after an edit (a document that is not a map becomes one, as in the text). */
function applyToData(data: unknown, op: Op): Record<string, unknown> {
  const root = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  let node = root;
  for (const key of op.path.slice(0, -1)) {
    const next = node[key];
    if (next === null || typeof next !== 'object' || Array.isArray(next)) {
      if (op.type === 'delete') return root;
      node[key] = {};
    }
    node = node[key] as Record<string, unknown>;
  }
  const last = op.path.at(-1)!;
  if (op.type === 'delete') delete node[last];
  else node[last] = structuredClone(op.value);
  return root;
}

function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const list = b as unknown[];
    return a.length === list.length && a.every((item, i) => sameData(item, list[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  return keys.length === Object.keys(y).length && keys.every((k) => Object.prototype.hasOwnProperty.call(y, k) && sameData(x[k], y[k]));
}

// ─── The document model (the safety net) ─────────────────────────────────────────────────────

function modelApply(doc: Document, op: Op): void {
  if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as YAMLMap;
  const root = doc.contents as YAMLMap;
  const parentPath = op.path.slice(0, -1);
  const key = op.path.at(-1)!;
  if (op.type === 'delete') {
    let node: unknown = root;
    for (const k of parentPath) node = isMap(node) ? findPair(node, k)?.value : undefined;
    if (!isMap(node)) return;
    const index = node.items.findIndex((p) => keyOf(p) === key);
    if (index >= 0) node.items.splice(index, 1);
    return;
  }
  let parent = root;
  for (const k of parentPath) {
    const pair = findPair(parent, k);
    if (pair && isMap(pair.value)) {
      parent = pair.value;
      continue;
    }
    const created = doc.createNode({}) as YAMLMap;
    if (pair) pair.value = created;
    else parent.items.push(doc.createPair(k, created) as Pair);
    parent = created;
  }
  if (parent.flow && parent.items.length === 0 && parent !== root) parent.flow = false;
  const node = leafNode(doc, op.value, op.options, false);
  const pair = findPair(parent, key);
  if (pair) {
    const old = pair.value as Node | null;
    if (old && typeof old === 'object') {
      if (old.commentBefore) node.commentBefore = old.commentBefore;
      if (old.comment) node.comment = old.comment;
    }
    pair.value = node;
    return;
  }
  const created = doc.createPair(key, node) as Pair;
  if (op.options.comment && isScalar(created.key)) created.key.commentBefore = op.options.comment;
  const index = op.options.index === undefined ? parent.items.length : Math.max(0, Math.min(op.options.index, parent.items.length));
  parent.items.splice(index, 0, created);
}

function keyOf(pair: Pair): string | undefined {
  const key = pair.key as unknown;
  if (isScalar(key)) return String(key.value);
  if (typeof key === 'string' || typeof key === 'number') return String(key);
  return undefined;
}

function findPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => keyOf(p) === key);
}
