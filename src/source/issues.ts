import type { z } from 'zod';
import type { Diagnostic, Param } from '../errors.js';
import { inBoth, phrase } from '../messages/define.js';
import { INPUT_WORDS } from '../messages/input.js';
import { formatNumber } from '../messages/present.js';
import { INDONESIAN_VALUES, SOURCE_WORDS, TYPE_WORDS } from '../messages/words.js';
import { closest, suggestKey } from '../util/suggest.js';
import { keysAt } from './schema-keys.js';
import type { YamlSource } from './yaml.js';

type Issue = z.core.$ZodIssue;

/**
 * The keys a format knows, for "did you mean" hints on unknown keys and for the form a value
 * should have: every key of the format, or that and the schema, which knows the keys valid at a
 * place (see `schemaVocabulary`).
 */
export type Vocabulary = readonly string[] | { every: readonly string[]; schema: unknown };

/** A vocabulary that knows the keys `schema` allows at each place of a document. */
export function schemaVocabulary(schema: unknown, every: readonly string[]): Vocabulary {
  return { every, schema };
}

/** The keys valid where a key was written (every key of the format when the place is not known). */
function keysHere(vocabulary: Vocabulary, path: readonly PropertyKey[]): readonly string[] {
  if (!('schema' in vocabulary)) return vocabulary;
  const here = keysAt(vocabulary.schema, path);
  return here.length > 0 ? here : vocabulary.every;
}

/** The keys of the objects a schema expects at `path`, empty when it does not know or expects no object there. */
function objectKeysAt(vocabulary: Vocabulary, path: readonly PropertyKey[]): readonly string[] {
  return 'schema' in vocabulary ? keysAt(vocabulary.schema, path) : [];
}

/**
 * Turn zod issues into located diagnostics (words in both languages, picked when printed).
 * `vocabulary` is every key the format knows, used for "did you mean" hints on unknown keys.
 */
export function issuesToDiagnostics(issues: readonly Issue[], source: YamlSource, vocabulary: Vocabulary): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const issue of leafIssues(issues, source.data)) out.push(...issueToDiagnostics(issue, source, vocabulary));
  return out;
}

/**
 * The issues as they concern the value written: a value that matches none of the forms of a union
 * (an answer is a map or a bare value) is judged by the form it was meant to have, the one of its
 * own type (a map → the map's own problems, at their own keys), rather than as "no known shape".
 * Paths are absolute.
 */
export function leafIssues(issues: readonly Issue[], data: unknown, prefix: readonly PropertyKey[] = []): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...(issue.path as PropertyKey[])];
    if (issue.code !== 'invalid_union') {
      out.push({ ...issue, path } as Issue);
      continue;
    }
    const union = issue as Issue & { errors: Issue[][]; discriminator?: string; options?: unknown[] };
    // A discriminated union whose `kind` is none of its kinds: a value outside a list of choices.
    if (union.errors.length === 0 && Array.isArray(union.options)) {
      out.push({ code: 'invalid_value', values: union.options, path, message: issue.message, input: valueAt(data, path) } as Issue);
      continue;
    }
    const fitting = union.errors.filter((branch) => !isTypeMismatch(branch));
    if (fitting.length > 0) {
      const best = fitting.reduce((a, b) => (b.length < a.length ? b : a));
      out.push(...leafIssues(best, data, path));
      continue;
    }
    const expected = [...new Set(union.errors.flatMap(expectedTypes))];
    out.push({ code: 'invalid_type', expected: expected.join('|'), path, message: issue.message, input: valueAt(data, path) } as unknown as Issue);
  }
  return out;
}

/** A branch of a union that fails only because the value is of another type altogether. */
function isTypeMismatch(branch: readonly Issue[]): boolean {
  if (branch.length !== 1) return false;
  const issue = branch[0]!;
  if (issue.path.length > 0) return false;
  if (issue.code === 'invalid_type') return true;
  if (issue.code === 'invalid_union') {
    const errors = (issue as Issue & { errors: Issue[][] }).errors;
    return errors.length > 0 && errors.every(isTypeMismatch);
  }
  return false;
}

function expectedTypes(branch: readonly Issue[]): string[] {
  return branch.flatMap((issue) => {
    if (issue.code === 'invalid_type') return [String(issue.expected)];
    if (issue.code === 'invalid_union') return (issue as Issue & { errors: Issue[][] }).errors.flatMap(expectedTypes);
    return [];
  });
}

function issueToDiagnostics(issue: Issue, source: YamlSource, vocabulary: Vocabulary): Diagnostic[] {
  const path = issue.path as PropertyKey[];
  const where = describeWhere(path);
  const value = valueAt(source.data, path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        // `{ name: Citra Dewi, M.T. }`: the comma ended the value and "M.T." became a key.
        const split = source.keyAfterComma([...path, key]);
        const suggestion = split
          ? phrase(INPUT_WORDS.quoteFlowValue, { key, fix: `${split.key}: "${split.value}"` })
          : suggestKey(key, keysHere(vocabulary, path), SOURCE_WORDS.removeOrCheckKey);
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
      const expected = String(issue.expected);
      const fix = expected === 'array' ? listForm(path, value, vocabulary) : undefined;
      if (fix !== undefined) {
        return [{ code: 'SCHEMA_NOT_LIST', severity: 'error', params: { where, received: typeWord(typeOf(value)), fix }, source: source.locate(path) }];
      }
      return [{
        code: 'SCHEMA_TYPE',
        severity: 'error',
        params: { where, expected: expectedWords(expected.split('|')), received: typeWord(typeOf(value)) },
        source: source.locate(path),
      }];
    }
    case 'invalid_value':
      return [{
        code: 'SCHEMA_ENUM',
        severity: 'error',
        params: { where, values: issue.values.map((v) => JSON.stringify(v)).join(', '), suggestion: choiceHint(value, issue.values) },
        source: source.locate(path),
      }];
    case 'too_small': {
      const origin = 'origin' in issue ? String(issue.origin) : '';
      const minimum = Number(issue.minimum);
      if (origin === 'string' && minimum <= 1) return [{ code: 'SCHEMA_EMPTY', severity: 'error', params: { where }, source: source.locate(path) }];
      if (origin === 'array' || origin === 'set') return [{ code: 'SCHEMA_TOO_FEW', severity: 'error', params: { where, minimum }, source: source.locate(path) }];
      const bound = phrase(issue.inclusive === false ? SOURCE_WORDS.above : SOURCE_WORDS.atLeast, { n: number(minimum) });
      return [{ code: 'SCHEMA_TOO_SMALL', severity: 'error', params: { where, bound }, source: source.locate(path) }];
    }
    case 'too_big': {
      const origin = 'origin' in issue ? String(issue.origin) : '';
      const maximum = Number(issue.maximum);
      if (origin === 'array' || origin === 'set') return [{ code: 'SCHEMA_TOO_MANY', severity: 'error', params: { where, maximum }, source: source.locate(path) }];
      const bound = phrase(issue.inclusive === false ? SOURCE_WORDS.below : SOURCE_WORDS.atMost, { n: number(maximum) });
      return [{ code: 'SCHEMA_TOO_BIG', severity: 'error', params: { where, bound }, source: source.locate(path) }];
    }
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

/** A number in each language's way (`0,5` / `0.5`). */
function number(n: number): Param {
  return inBoth((lang) => formatNumber(n, lang));
}

/**
 * How a single value written where a list belongs looks as a list (`evidence: "SK Bupati"` →
 * `evidence: ["SK Bupati"]`; a person → `assessors: [{name: "Budi"}]`); undefined when there is
 * no such simple form.
 */
function listForm(path: readonly PropertyKey[], value: unknown, vocabulary: Vocabulary): string | undefined {
  const key = path.at(-1);
  if (typeof key !== 'string' || !['string', 'number', 'boolean'].includes(typeof value)) return undefined;
  const item = JSON.stringify(String(value));
  const itemKeys = objectKeysAt(vocabulary, [...path, 0]);
  if (itemKeys.length === 0) return `${key}: [${item}]`;
  return itemKeys.includes('name') ? `${key}: [{name: ${item}}]` : undefined;
}

/** `teks`, `teks atau peta (kunci: nilai)`: the kinds a value may have, in words. */
function expectedWords(types: readonly string[]): Param {
  const words = types.map((t) => typeWord(t));
  if (words.length === 1) return words[0]!;
  return inBoth((lang) => words.map((w) => (typeof w === 'object' ? w[lang] : String(w))).join(` ${SOURCE_WORDS.or[lang]} `));
}

/** The hint for a value outside a list of choices: only its case differs, a near choice, or nothing. */
function choiceHint(value: unknown, values: readonly unknown[]): Param {
  if (typeof value !== 'string') return '';
  const choices = values.filter((v): v is string => typeof v === 'string');
  const sameLetters = choices.find((c) => c.toLowerCase() === value.trim().toLowerCase());
  if (sameLetters !== undefined) return phrase(SOURCE_WORDS.caseOnly, { value: sameLetters });
  // Written in the user's own words: `mandiri` for self, `daring` for online.
  const meant = INDONESIAN_VALUES[value.trim().toLowerCase().replace(/[\s_]+/g, '-')];
  if (meant !== undefined && choices.includes(meant)) return phrase(SOURCE_WORDS.valueInFormat, { best: meant, value: value.trim() });
  const near = closest(value, choices);
  return near === undefined ? '' : phrase(SOURCE_WORDS.didYouMean, { best: near });
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

/** A value's kind in words (`typeOf` names, plus zod's `int` and `record`). */
export function typeWord(type: string): Param {
  return TYPE_WORDS[type] ?? type;
}
