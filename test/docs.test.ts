import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../src/answers/parse.js';
import { isSiapError } from '../src/errors.js';
import { loadRubric, resolveRubricFile } from '../src/io/rubrics.js';
import { describeProblem } from '../src/messages/problem.js';
import { parseTemplate } from '../src/report/template.js';
import { parseRubric } from '../src/rubric/parse.js';
import { RubricSchema } from '../src/rubric/schema.js';
import { parseYaml, stringifyYaml } from '../src/source/yaml.js';
import { ROOT } from './helpers/run-cli.js';

/**
 * Documentation that runs: every ```yaml example of the READMEs is extracted and checked. A
 * complete file (with `format:`) must pass siap's own validation; a fragment of a rubric is put
 * into the document's complete example rubric (replacing that key, or as the condition of one
 * more question for `when:`) and that rubric must pass; a `$schema=` line must name a file that
 * exists.
 */

const DOCS = ['README.md', 'rubrics/README.md', 'templates/README.md'];

interface Block {
  doc: string;
  line: number;
  text: string;
  /**
   * Where a fragment belongs, from a comment on the line before its fence:
   * `<!-- docs-test: rubric kesiapan-kota-cerdas@1.1.0 -->` (the fragment's keys go into that
   * bundled rubric; `questions:` items are merged into its questions of the same id) or
   * `<!-- docs-test: answers kesiapan-kota-cerdas@1.1.0 -->` (the fragment is the `answers:` map
   * of a file for that rubric), or `<!-- docs-test: shape -->` (an illustration whose ids are
   * made up: only the shape of its keys and values is checked against the rubric schema).
   */
  home?: { kind: 'rubric' | 'answers'; ref: string } | { kind: 'shape' };
}

function yamlBlocks(doc: string): Block[] {
  const lines = readFileSync(join(ROOT, doc), 'utf8').split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() !== '```yaml') continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end]!.trim() !== '```') end++;
    const marker = /<!--\s*docs-test:\s*(rubric|answers|shape)\s*(\S*)\s*-->/.exec(lines[i - 1] ?? '');
    const home: Block['home'] = marker ? (marker[1] === 'shape' ? { kind: 'shape' } : { kind: marker[1] as 'rubric' | 'answers', ref: marker[2]! }) : undefined;
    // Blank lines in front keep every line:col of a problem the line of the document itself.
    const text = `${'\n'.repeat(start)}${lines.slice(start, end).join('\n')}\n`;
    blocks.push({ doc, line: start + 1, text, ...(home ? { home } : {}) });
    i = end;
  }
  return blocks;
}

const BLOCKS = DOCS.flatMap(yamlBlocks);
const where = (b: Block): string => `${b.doc}:${b.line}`;
/** Problems are located in the document itself (`README.md:146:11`). */
const inDoc = (b: Block): string => b.doc;
const formatOf = (data: unknown): string | undefined => (data && typeof data === 'object' ? ((data as { format?: string }).format ?? undefined) : undefined);

/** The problems of an error, as siap prints them (so a failing test says what is wrong). */
function problems(run: () => unknown): string[] {
  try {
    run();
    return [];
  } catch (error) {
    if (!isSiapError(error)) throw error;
    return error.problems().filter((p) => p.severity === 'error').map((p) => describeProblem(p, 'en').text);
  }
}

/** The complete example rubric of a document, the one its fragments are tried in. */
function exampleRubric(doc: string): Record<string, unknown> {
  const complete = BLOCKS.filter((b) => b.doc === doc).map((b) => parseYaml(b.text, where(b), 'RUBRIC_INVALID').data).find((d) => formatOf(d) === 'siap-rubric/1');
  expect(complete, `${doc} has a complete example rubric`).toBeDefined();
  return complete as Record<string, unknown>;
}

/** The data of a bundled rubric (any version), as written in its YAML. */
function bundledRubricData(ref: string): Record<string, unknown> {
  const file = resolveRubricFile(ref);
  return parseYaml(readFileSync(file, 'utf8'), file, 'RUBRIC_INVALID').data as Record<string, unknown>;
}

/** A fragment inside the bundled rubric it comes from: keys replaced, `questions:` merged into the questions of the same id. */
function inBundledRubric(ref: string, fragment: Record<string, unknown>): Record<string, unknown> {
  const rubric = bundledRubricData(ref);
  const questions = new Map<string, Record<string, unknown>>();
  const visit = (node: { sections?: unknown[]; questions?: Record<string, unknown>[] }): void => {
    for (const q of node.questions ?? []) questions.set(String(q.id), q);
    for (const child of node.sections ?? []) visit(child as typeof node);
  };
  visit(rubric as { sections?: unknown[] });
  for (const [key, value] of Object.entries(fragment)) {
    if (key !== 'questions') {
      rubric[key] = value;
      continue;
    }
    for (const q of value as Record<string, unknown>[]) {
      const target = questions.get(String(q.id));
      expect(target, `question ${String(q.id)} is in ${ref}`).toBeDefined();
      Object.assign(target!, q);
    }
  }
  return rubric;
}

/** A rubric fragment inside the document's example rubric. */
function withFragment(rubric: Record<string, unknown>, fragment: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(rubric) as { sections: { questions?: unknown[] }[] } & Record<string, unknown>;
  for (const [key, value] of Object.entries(fragment)) {
    if (key === 'when') {
      copy.sections.at(-1)!.questions!.push({ id: 'DOC-WHEN', kind: 'boolean', text: { id: 'Contoh syarat', en: 'Example condition' }, when: value });
    } else copy[key] = value;
  }
  return copy;
}

describe('documentation examples', () => {
  it('finds the examples (a rubric, an answers file, a template and rubric fragments)', () => {
    const formats = BLOCKS.map((b) => formatOf(parseYaml(b.text, where(b), 'RUBRIC_INVALID').data));
    expect(formats).toEqual(expect.arrayContaining(['siap-rubric/1', 'siap-answers/1', 'siap-template/1', undefined]));
  });

  it.each(BLOCKS.map((b) => [where(b), b] as const))('%s', (_, block) => {
    const name = inDoc(block);
    let data: unknown;
    expect(problems(() => (data = parseYaml(block.text, name, 'RUBRIC_INVALID').data))).toEqual([]);
    for (const match of block.text.matchAll(/\$schema=(\S+)/g)) {
      expect(existsSync(join(ROOT, dirname(block.doc), match[1]!)), `${where(block)}: ${match[1]} exists`).toBe(true);
    }
    if (data === null) return; // only comments (the `$schema` line)
    switch (formatOf(data)) {
      case 'siap-rubric/1':
        expect(problems(() => parseRubric(block.text, name))).toEqual([]);
        return;
      case 'siap-answers/1': {
        const id = (data as { rubric: { id: string } }).rubric.id;
        expect(problems(() => parseAnswers(block.text, name, loadRubric(id).rubric))).toEqual([]);
        return;
      }
      case 'siap-template/1':
        expect(problems(() => parseTemplate(block.text, name))).toEqual([]);
        return;
      default: {
        const home = block.home;
        if (home?.kind === 'rubric') {
          expect(problems(() => parseRubric(stringifyYaml(inBundledRubric(home.ref, data as Record<string, unknown>)), name))).toEqual([]);
          return;
        }
        if (home?.kind === 'shape') {
          const rubric = withFragment(exampleRubric(block.doc), data as Record<string, unknown>);
          const parsed = RubricSchema.safeParse(rubric);
          expect(parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
          return;
        }
        if (home?.kind === 'answers') {
          const { rubric } = loadRubric(home.ref);
          const file = { format: 'siap-answers/1', rubric: { id: rubric.id, version: rubric.version }, regency: { name: 'Contoh', kind: 'kabupaten' }, assessment: { kind: 'self' }, answers: data };
          expect(problems(() => parseAnswers(stringifyYaml(file), name, rubric))).toEqual([]);
          return;
        }
        expect(block.doc, `${where(block)}: a fragment belongs to the rubric format`).toBe('rubrics/README.md');
        const rubric = withFragment(exampleRubric(block.doc), data as Record<string, unknown>);
        expect(problems(() => parseRubric(stringifyYaml(rubric), name))).toEqual([]);
      }
    }
  });
});
