import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../src/answers/parse.js';
import { isSiapError } from '../src/errors.js';
import { loadRubric } from '../src/io/rubrics.js';
import { describeProblem } from '../src/messages/problem.js';
import { parseTemplate } from '../src/report/template.js';
import { parseRubric } from '../src/rubric/parse.js';
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
}

function yamlBlocks(doc: string): Block[] {
  const lines = readFileSync(join(ROOT, doc), 'utf8').split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() !== '```yaml') continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end]!.trim() !== '```') end++;
    // Blank lines in front keep every line:col of a problem the line of the document itself.
    blocks.push({ doc, line: start + 1, text: `${'\n'.repeat(start)}${lines.slice(start, end).join('\n')}\n` });
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
        expect(block.doc, `${where(block)}: a fragment belongs to the rubric format`).toBe('rubrics/README.md');
        const rubric = withFragment(exampleRubric(block.doc), data as Record<string, unknown>);
        expect(problems(() => parseRubric(stringifyYaml(rubric), name))).toEqual([]);
      }
    }
  });
});
