import { createHash } from 'node:crypto';
import { roundHalfUp } from '../i18n.js';
import type { ScoreResult } from '../scoring/model.js';

/**
 * A report's identity: the document number printed on every page, the hashes of the files it
 * was made from, and the machine-readable manifest attached inside the PDF (`siap-report.json`)
 * that `siap verify` reads back. Pure: hashing only, no file system, no clock.
 */

/** Version tag of the manifest attached to every siap PDF; bump when a field changes meaning. */
export const MANIFEST_FORMAT = 'siap-report/1';
/** The attachment holding the manifest. */
export const MANIFEST_NAME = 'siap-report.json';

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Crockford's base32: no I, L, O or U, so a number read aloud or copied by hand stays unambiguous. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The document number: `SIAP-XXXX-XXXX-XXXX`, 60 bits of the sha256 of the hashes the document
 * is made from (labelled, in a fixed order), in Crockford base32. Short enough to read aloud over
 * the telephone, long enough that two different data sets never share one in practice.
 */
export function documentNumber(hashes: [label: string, sha256: string][]): string {
  const digest = createHash('sha256').update(hashes.map(([label, hash]) => `${label}:${hash}`).join('\n')).digest();
  let bits = 0n;
  for (let i = 0; i < 8; i++) bits = (bits << 8n) | BigInt(digest[i]!);
  bits >>= 4n; // 60 bits: 12 characters of 5 bits
  let text = '';
  for (let i = 11; i >= 0; i--) text += CROCKFORD[Number((bits >> BigInt(i * 5)) & 31n)];
  return `SIAP-${text.slice(0, 4)}-${text.slice(4, 8)}-${text.slice(8)}`;
}

/** What the QR code on the sign-off page holds: the document number and the hashes, one per line. */
export function qrPayload(number: string, hashes: [label: string, sha256: string][]): string {
  return [`siap ${number}`, ...hashes.map(([label, hash]) => `${label} sha256 ${hash}`)].join('\n');
}

/** One file attached to the PDF, as the manifest lists it. */
export interface ManifestFile {
  /** What the file is: `answers`, `rubric`, `template`, `logo`, `compare`, `compare-rubric`, `ranking-json`, `ranking-csv`. */
  role: string;
  name: string;
  sha256: string;
}

/** The figures of a report, for comparing across siap versions: rounded as printed, language-neutral. */
export interface ManifestFigures {
  index: number | null;
  band: string | null;
  recommended: boolean;
  provisional: boolean;
  gates: { id: string; passed: boolean }[];
  nodes: { id: string; index: number | null; band: string | null }[];
}

/** The manifest of an assessment report. */
export interface ReportManifest {
  format: typeof MANIFEST_FORMAT;
  kind: 'report';
  siap: string;
  document: string;
  lang: string;
  /** SOURCE_DATE_EPOCH of the run, when it was set (ISO). */
  generated_at?: string;
  /** The place in a batch ranking, when the report was made by `siap batch --pdf`. */
  rank?: { position: number; total: number; selected?: boolean };
  files: ManifestFile[];
  figures: ManifestFigures;
}

/** The manifest of a batch recap: the recap's whole input, so it can be drawn again. */
export interface RecapManifest {
  format: typeof MANIFEST_FORMAT;
  kind: 'recap';
  siap: string;
  document: string;
  lang: string;
  files: ManifestFile[];
  /** `RecapInput` (batch/recap.ts) as JSON, dates as ISO strings. */
  input: unknown;
}

export type Manifest = ReportManifest | RecapManifest;

/** The figures of a score, as the manifest carries them. */
export function figuresOf(result: ScoreResult): ManifestFigures {
  const round = (value: number | null): number | null => (value === null ? null : roundHalfUp(value, result.decimals));
  return {
    index: round(result.index),
    band: result.band?.id ?? null,
    recommended: result.recommended,
    provisional: result.provisional,
    gates: result.gates.map((g) => ({ id: g.id, passed: g.passed })),
    nodes: result.nodes.map((n) => ({ id: n.id, index: round(n.index), band: n.band?.id ?? null })),
  };
}

/** Where two sets of figures differ, as short `what: a → b` lines (empty when they agree). */
export function diffFigures(recorded: ManifestFigures, now: ManifestFigures): string[] {
  const out: string[] = [];
  const show = (v: unknown): string => (v === null || v === undefined ? '—' : String(v));
  const same = (a: unknown, b: unknown, what: string): void => {
    if (a !== b) out.push(`${what}: ${show(a)} → ${show(b)}`);
  };
  same(recorded.index, now.index, 'index');
  same(recorded.band, now.band, 'band');
  same(recorded.recommended, now.recommended, 'recommended');
  same(recorded.provisional, now.provisional, 'provisional');
  const gates = new Map(now.gates.map((g) => [g.id, g.passed]));
  for (const g of recorded.gates) same(g.passed, gates.get(g.id), `gate ${g.id}`);
  for (const g of now.gates) if (!recorded.gates.some((r) => r.id === g.id)) same(undefined, g.passed, `gate ${g.id}`);
  const nodes = new Map(now.nodes.map((n) => [n.id, n]));
  for (const n of recorded.nodes) {
    const m = nodes.get(n.id);
    same(n.index, m?.index, n.id);
    if (m) same(n.band, m.band, `${n.id} band`);
  }
  for (const n of now.nodes) if (!recorded.nodes.some((r) => r.id === n.id)) same(undefined, n.index, n.id);
  return out;
}

/** JSON text of a manifest, stable (keys in the order written here). */
export function manifestText(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
