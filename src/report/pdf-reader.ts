import { inflateSync } from 'node:zlib';
import { MANIFEST_FORMAT, MANIFEST_NAME, sha256Hex, type Manifest } from './identity.js';

/**
 * Reads back what siap put into a PDF it wrote: the embedded files and the manifest
 * (`siap-report.json`). Not a general PDF parser: it scans the objects pdfkit writes (classic
 * cross-reference table, no object streams) and never trusts a single marker, so that a file
 * changed in one byte is still recognised as a siap report whose contents differ, rather than
 * as something else:
 *
 *   - objects are found by their `N 0 obj … endobj` text, not through the cross-reference table;
 *   - an embedded file is any stream marked `/Type /EmbeddedFile` or named in a file
 *     specification's `/EF`, and is matched to the manifest by its sha256, not by its name.
 */

export interface PdfFile {
  /** Object number of the stream. */
  object: number;
  /** The file's name from its file specification, when one points to it. */
  name?: string;
  /** The inflated bytes; undefined when the stream cannot be decoded (damaged). */
  bytes?: Uint8Array;
  sha256?: string;
}

export interface SiapPdf {
  /** Whether the bytes look like a PDF at all (a header or at least one object). */
  isPdf: boolean;
  /** Traces of siap (its producer name, the manifest's name) even when the manifest cannot be read. */
  fromSiap: boolean;
  manifest?: Manifest;
  /** The manifest's attachment could be found but not read. */
  manifestDamaged: boolean;
  files: PdfFile[];
}

interface PdfObject {
  num: number;
  dict: string;
  stream?: Buffer;
}

export function readSiapPdf(bytes: Uint8Array): SiapPdf {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buf.toString('latin1');
  const objects = scanObjects(buf, text);
  const isPdf = text.startsWith('%PDF-') || objects.length > 0;
  const fromSiap = /\/Producer \(siap/.test(text) || text.includes(`(${MANIFEST_NAME})`);

  const names = new Map<number, string>();
  const embedded = new Set<number>();
  for (const obj of objects) {
    const ef = /\/EF\s*<<\s*\/F\s+(\d+)\s+0\s+R/.exec(obj.dict);
    if (ef) {
      const target = Number(ef[1]);
      embedded.add(target);
      const name = /\/UF\s+(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/.exec(obj.dict) ?? /\/F\s+(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/.exec(obj.dict);
      if (name) names.set(target, pdfString(name[1]!));
    }
    if (obj.stream && /\/Type\s*\/EmbeddedFile\b/.test(obj.dict)) embedded.add(obj.num);
  }
  const byNum = new Map(objects.map((o) => [o.num, o]));
  const files: PdfFile[] = [];
  for (const num of [...embedded].sort((a, b) => a - b)) {
    const obj = byNum.get(num);
    const file: PdfFile = { object: num, ...(names.has(num) ? { name: names.get(num)! } : {}) };
    const data = obj?.stream ? decode(obj) : undefined;
    if (data) {
      file.bytes = data;
      file.sha256 = sha256Hex(data);
    }
    files.push(file);
  }

  let manifest: Manifest | undefined;
  let manifestDamaged = false;
  for (const file of files) {
    const parsed = file.bytes ? parseManifest(file.bytes) : undefined;
    if (parsed) {
      manifest = parsed;
      break;
    }
    if (file.name === MANIFEST_NAME) manifestDamaged = true;
  }
  if (!manifest && fromSiap && files.some((f) => !f.bytes)) manifestDamaged = true;
  return { isPdf, fromSiap: fromSiap || manifest !== undefined, ...(manifest ? { manifest } : {}), manifestDamaged, files };
}

function parseManifest(bytes: Uint8Array): Manifest | undefined {
  if (bytes[0] !== 0x7b) return undefined; // "{"
  try {
    const value = JSON.parse(Buffer.from(bytes).toString('utf8')) as Manifest;
    return value && value.format === MANIFEST_FORMAT && Array.isArray(value.files) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Every `N 0 obj … endobj` with its dictionary and raw stream (by /Length when it fits, else up to `endstream`). */
function scanObjects(buf: Buffer, text: string): PdfObject[] {
  const out: PdfObject[] = [];
  const start = /(?:^|[\r\n])(\d+) 0 obj\b/g;
  let m: RegExpExecArray | null;
  while ((m = start.exec(text))) {
    const num = Number(m[1]);
    const bodyStart = m.index + m[0].length;
    const endAt = text.indexOf('endobj', bodyStart);
    if (endAt < 0) break;
    // The stream keyword follows the dictionary's closing ">>" (a mime type such as octet-stream is
    // not it), before this object's "endobj": looked for in the object's own text only (a search
    // from here to the next stream in the file made reading a tagged report quadratic).
    const body = text.slice(bodyStart, endAt);
    const found = />>\s*stream(\r\n|\n|\r)/.exec(body);
    if (!found) {
      out.push({ num, dict: body });
      start.lastIndex = endAt;
      continue;
    }
    const dict = body.slice(0, found.index + 2);
    const dataStart = bodyStart + found.index + found[0].length;
    const length = Number(/\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict)?.[1]);
    let dataEnd = Number.isFinite(length) ? dataStart + length : -1;
    if (dataEnd < 0 || !/^\s*endstream/.test(text.slice(dataEnd, dataEnd + 12))) dataEnd = text.indexOf('endstream', dataStart);
    if (dataEnd < 0) break;
    let end = dataEnd;
    if (text[end - 1] === '\n') end--;
    if (text[end - 1] === '\r') end--;
    out.push({ num, dict, stream: buf.subarray(dataStart, Math.max(dataStart, end)) });
    const objEnd = text.indexOf('endobj', dataEnd);
    if (objEnd < 0) break;
    start.lastIndex = objEnd;
  }
  return out;
}

function decode(obj: PdfObject): Uint8Array | undefined {
  const data = obj.stream!;
  if (!/\/Filter\s*\/FlateDecode/.test(obj.dict)) return /\/Filter/.test(obj.dict) ? undefined : new Uint8Array(data);
  try {
    return new Uint8Array(inflateSync(data));
  } catch {
    return undefined;
  }
}

/** A PDF string as written by pdfkit: `(literal)` with escapes, or `<FEFF…>` UTF-16BE hex. */
function pdfString(token: string): string {
  if (token.startsWith('<')) {
    const hex = token.slice(1, -1).replace(/\s+/g, '');
    const bytes = Buffer.from(hex, 'hex');
    if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      const swapped = Buffer.from(bytes.subarray(2));
      swapped.swap16();
      return swapped.toString('utf16le');
    }
    return bytes.toString('latin1');
  }
  return token
    .slice(1, -1)
    .replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) => {
      const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
      return simple[e] ?? String.fromCharCode(parseInt(e, 8));
    });
}
