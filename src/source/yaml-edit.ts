import { isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type YAMLMap } from 'yaml';

/** A key path into a YAML document: map keys only (answers files need no list indexes). */
export type KeyPath = readonly string[];

export type NodeKind = 'missing' | 'null' | 'scalar' | 'map' | 'seq';

/**
 * A YAML document edited in place so the user's comments, key order and layout stay as they were:
 * only the values that change are touched. Output always re-parses to the same data.
 */
export class YamlEditor {
  private readonly doc: Document;

  private constructor(doc: Document) {
    this.doc = doc;
  }

  /** Open YAML (or JSON) text; the caller has already checked that it parses cleanly. */
  static open(text: string): YamlEditor {
    const doc: Document = parseDocument(text, { uniqueKeys: true });
    if (doc.errors.length > 0) throw doc.errors[0]!;
    if (!isMap(doc.contents)) doc.contents = doc.createNode({});
    splitTrailingComments(doc.contents);
    return new YamlEditor(doc);
  }

  /** What sits at a path: nothing, null, a scalar, a map or a list. */
  kindAt(path: KeyPath): NodeKind {
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
    const map = this.mapAt(path);
    return map ? map.items.map((p) => keyOf(p)).filter((k): k is string => k !== undefined) : [];
  }

  /**
   * Set a scalar, list or map at a path, creating the maps on the way. A replaced value keeps its
   * comments. A new key goes at `index` in its map (default: last).
   */
  set(path: KeyPath, value: unknown, options: { flow?: boolean; itemFlow?: boolean; index?: number; comment?: string } = {}): void {
    const parent = this.ensureMap(path.slice(0, -1));
    const key = path.at(-1)!;
    const pair = findPair(parent, key);
    const isPlain = value === null || ['string', 'number', 'boolean'].includes(typeof value);
    const node = this.doc.createNode(value, isPlain ? {} : { flow: options.flow ?? false }) as Node;
    // An emptied value is written `key:` like the template's, not `key: null`.
    if (value === null && isScalar(node)) node.source = '';
    if (!isPlain && (isMap(node) || isSeq(node))) {
      node.flow = options.flow ?? false;
      if (options.itemFlow) for (const item of node.items) if (isMap(item) || isSeq(item)) item.flow = true;
    }
    if (pair) {
      // A fresh node (no stale quoting, number format or tag), with the old one's comments.
      const old = pair.value as Node | null;
      if (old && typeof old === 'object') {
        if (old.commentBefore) node.commentBefore = old.commentBefore;
        if (old.comment) node.comment = old.comment;
        if (old.spaceBefore) node.spaceBefore = true;
      }
      pair.value = node;
      return;
    }
    const newPair = this.doc.createPair(key, node) as Pair;
    // A comment line above a new key (e.g. what siap writes there and why).
    if (options.comment && isScalar(newPair.key)) newPair.key.commentBefore = options.comment;
    const index = options.index === undefined ? parent.items.length : Math.max(0, Math.min(options.index, parent.items.length));
    parent.items.splice(index, 0, newPair);
  }

  /** Empty the value at a path but keep the key (and the comments around it), when it exists. */
  setNull(path: KeyPath): void {
    const kind = this.kindAt(path);
    if (kind === 'missing' || kind === 'null') return;
    this.set(path, null);
  }

  /** Remove a key from its map, when it exists. */
  delete(path: KeyPath): void {
    const parent = this.mapAt(path.slice(0, -1));
    if (!parent) return;
    const index = parent.items.findIndex((p) => keyOf(p) === path.at(-1));
    if (index >= 0) parent.items.splice(index, 1);
  }

  toString(): string {
    return this.doc.toString({ lineWidth: 0 });
  }

  /** The data, as JSON text (for answers files kept as JSON). */
  toJsonText(): string {
    return `${JSON.stringify(this.doc.toJS(), null, 2)}\n`;
  }

  private mapAt(path: KeyPath): YAMLMap | undefined {
    let node: unknown = this.doc.contents;
    for (const key of path) {
      if (!isMap(node)) return undefined;
      node = findPair(node, key)?.value;
    }
    return isMap(node) ? node : undefined;
  }

  private ensureMap(path: KeyPath): YAMLMap {
    let map = this.doc.contents as YAMLMap;
    for (const key of path) {
      const pair = findPair(map, key);
      if (pair && isMap(pair.value)) {
        map = pair.value;
        continue;
      }
      const created = this.doc.createNode({}) as YAMLMap;
      if (pair) pair.value = created;
      else map.items.push(this.doc.createPair(key, created) as Pair);
      map = created;
    }
    // A map written as `{}` grows as a block map, like the rest of the file.
    if (map.flow && map.items.length === 0 && map !== this.doc.contents) map.flow = false;
    return map;
  }
}

/**
 * `mode:   # a comment` followed by a comment line is read as one comment on the empty value and
 * would be written back below it, indented; give the following lines back to the next key.
 */
function splitTrailingComments(node: unknown): void {
  if (isSeq(node)) {
    for (const item of node.items) splitTrailingComments(item);
    return;
  }
  if (!isMap(node)) return;
  node.items.forEach((pair, i) => {
    const value = pair.value as Node | null;
    const next = node.items[i + 1];
    if (isScalar(value) && value.value === null && value.comment?.includes('\n') && next && isScalar(next.key)) {
      const [first, ...rest] = value.comment.split('\n');
      value.comment = first!;
      next.key.commentBefore = [rest.join('\n'), next.key.commentBefore].filter(Boolean).join('\n');
    }
    splitTrailingComments(value);
  });
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
