import type { z } from 'zod';
import type { Diagnostic, Param } from '../errors.js';
import { phrase } from '../messages/define.js';
import { INPUT_WORDS } from '../messages/input.js';
import { SOURCE_WORDS, TYPE_WORDS } from '../messages/words.js';
import { didYouMean } from '../util/suggest.js';
import type { YamlSource } from './yaml.js';

type Issue = z.core.$ZodIssue;

/**
 * Turn zod issues into located diagnostics (words in both languages, picked when printed).
 * `vocabulary` is every key the format knows, used for "did you mean" hints on unknown keys.
 */
export function issuesToDiagnostics(issues: readonly Issue[], source: YamlSource, vocabulary: readonly string[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of issues) out.push(...issueToDiagnostics(issue, source, vocabulary));
  return out;
}

function issueToDiagnostics(issue: Issue, source: YamlSource, vocabulary: readonly string[]): Diagnostic[] {
  const path = issue.path as PropertyKey[];
  const where = describeWhere(path);
  const value = valueAt(source.data, path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        // `{ name: Citra Dewi, M.T. }`: the comma ended the value and "M.T." became a key.
        const split = source.keyAfterComma([...path, key]);
        const suggestion = split
          ? phrase(INPUT_WORDS.quoteFlowValue, { key, fix: `${split.key}: "${split.value}, ${key}"` })
          : didYouMean(key, vocabulary, SOURCE_WORDS.removeOrCheckKey);
        return {
          code: 'SCHEMA_UNKNOWN_KEY',
          severity: 'error',
          params: { key, suggestion },
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
        params: { where, expected: typeWord(issue.expected), received: typeWord(typeOf(value)) },
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
      return [{ code: 'SCHEMA_FORMAT', severity: 'error', params: { where, format: issue.format === 'regex' ? describePattern(issue) : issue.format }, source: source.locate(path) }];
    case 'invalid_union':
      if (value === undefined) {
        return [{ code: 'SCHEMA_MISSING', severity: 'error', params: { key: String(path.at(-1) ?? '') }, source: source.locate(path.slice(0, -1)) }];
      }
      return [{ code: 'SCHEMA_SHAPE', severity: 'error', params: { where }, source: source.locate(path) }];
    default:
      return [{ code: 'SCHEMA_INVALID', severity: 'error', params: { where, detail: issue.message }, source: source.locate(path) }];
  }
}

/** What a pattern asks for, in words (the patterns of siap's schemas are few and known). */
function describePattern(issue: Issue): Param {
  const pattern = 'pattern' in issue ? String(issue.pattern) : '';
  if (pattern.includes('A-Za-z0-9')) return SOURCE_WORDS.patternId;
  if (pattern.includes('#[0-9a-fA-F]{6}')) return SOURCE_WORDS.patternColor;
  if (pattern.includes('[0-9a-f]{64}')) return SOURCE_WORDS.patternSha256;
  return pattern;
}

/** The part of the file a key path names: `"weight"`, `item 3 of "sections"`, the whole file. */
export function describeWhere(path: readonly PropertyKey[]): Param {
  const last = path.at(-1);
  if (last === undefined) return SOURCE_WORDS.fileContent;
  if (typeof last === 'number') return phrase(SOURCE_WORDS.itemOf, { n: last + 1, parent: String(path.at(-2)) });
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

export function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** A value's kind in words (`typeOf` names, plus zod's `int`). */
export function typeWord(type: string): Param {
  return TYPE_WORDS[type] ?? type;
}
