import type { z } from 'zod';
import type { Diagnostic } from '../errors.js';
import type { Lang } from '../i18n.js';
import { didYouMean } from '../util/suggest.js';
import type { YamlSource } from './yaml.js';

type Issue = z.core.$ZodIssue;

const TYPE_WORDS: Record<string, { id: string; en: string }> = {
  string: { id: 'teks', en: 'text' },
  number: { id: 'angka', en: 'a number' },
  int: { id: 'bilangan bulat', en: 'a whole number' },
  boolean: { id: 'true/false', en: 'true/false' },
  object: { id: 'peta (kunci: nilai)', en: 'a map (key: value)' },
  array: { id: 'daftar (- butir)', en: 'a list (- items)' },
  null: { id: 'kosong', en: 'empty' },
  undefined: { id: 'kosong', en: 'empty' },
};

/**
 * Turn zod issues into located diagnostics in the user's language. `vocabulary` is every key the
 * format knows, used for "did you mean" hints on unknown keys.
 */
export function issuesToDiagnostics(issues: readonly Issue[], source: YamlSource, lang: Lang, vocabulary: readonly string[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) out.push(...issueToDiagnostics(issue, source, lang, vocabulary));
  return out;
}

function issueToDiagnostics(issue: Issue, source: YamlSource, lang: Lang, vocabulary: readonly string[]): Diagnostic[] {
  const path = issue.path as PropertyKey[];
  const where = describeWhere(path, lang);
  const value = valueAt(source.data, path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const hint = didYouMean(key, vocabulary, { id: 'hapus kunci ini atau periksa ejaannya', en: 'remove this key or check its spelling' });
        return {
          code: 'SCHEMA_UNKNOWN_KEY',
          severity: 'error',
          params: { key, suggestion: hint[lang] },
          source: source.locate([...path, key], true),
        } satisfies Diagnostic;
      });
    case 'invalid_type': {
      if (value === undefined) {
        return [{ code: 'SCHEMA_MISSING', severity: 'error', params: { key: String(path.at(-1) ?? '') }, source: source.locate(path.slice(0, -1)) }];
      }
      return [{
        code: 'SCHEMA_TYPE',
        severity: 'error',
        params: { where, expected: typeWord(issue.expected, lang), received: typeWord(typeOf(value), lang) },
        source: source.locate(path),
      }];
    }
    case 'invalid_value':
      return [{
        code: 'SCHEMA_ENUM',
        severity: 'error',
        params: { where, values: issue.values.map((v) => JSON.stringify(v)).join(', ') },
        source: source.locate(path),
      }];
    case 'too_small':
      return [{ code: 'SCHEMA_TOO_SMALL', severity: 'error', params: { where, minimum: String(issue.minimum) }, source: source.locate(path) }];
    case 'too_big':
      return [{ code: 'SCHEMA_TOO_BIG', severity: 'error', params: { where, maximum: String(issue.maximum) }, source: source.locate(path) }];
    case 'invalid_format':
      return [{ code: 'SCHEMA_FORMAT', severity: 'error', params: { where, format: issue.format === 'regex' ? describePattern(issue, lang) : issue.format }, source: source.locate(path) }];
    case 'invalid_union':
      if (value === undefined) {
        return [{ code: 'SCHEMA_MISSING', severity: 'error', params: { key: String(path.at(-1) ?? '') }, source: source.locate(path.slice(0, -1)) }];
      }
      return [{ code: 'SCHEMA_SHAPE', severity: 'error', params: { where }, source: source.locate(path) }];
    default:
      return [{ code: 'SCHEMA_INVALID', severity: 'error', params: { where, detail: issue.message }, source: source.locate(path) }];
  }
}

function describePattern(issue: Issue, lang: Lang): string {
  const pattern = 'pattern' in issue ? String(issue.pattern) : '';
  if (pattern.includes('A-Za-z0-9')) {
    return lang === 'id' ? 'huruf, angka, titik, garis bawah atau tanda hubung; diawali huruf/angka' : 'letters, digits, dot, underscore or dash; starting with a letter/digit';
  }
  if (pattern.includes('#[0-9a-fA-F]{6}')) return lang === 'id' ? 'warna #rrggbb, mis. "#1f4e79"' : 'a #rrggbb colour, e.g. "#1f4e79"';
  if (pattern.includes('[0-9a-f]{64}')) return lang === 'id' ? '64 digit heksadesimal (sha256)' : '64 hexadecimal digits (sha256)';
  return pattern;
}

function describeWhere(path: readonly PropertyKey[], lang: Lang): string {
  const last = path.at(-1);
  if (last === undefined) return lang === 'id' ? 'isi berkas' : 'the file content';
  if (typeof last === 'number') {
    const parent = path.at(-2);
    return lang === 'id' ? `butir ke-${last + 1} dari "${String(parent)}"` : `item ${last + 1} of "${String(parent)}"`;
  }
  return `"${String(last)}"`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let node = data;
  for (const seg of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[seg];
  }
  return node;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function typeWord(type: string, lang: Lang): string {
  return TYPE_WORDS[type]?.[lang] ?? type;
}
