import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { editorChecks, YamlEditor } from '../../src/source/yaml-edit.js';

function edited(text: string, edit: (e: YamlEditor) => void): string {
  const editor = YamlEditor.open(text);
  edit(editor);
  return editor.toString();
}

describe('YamlEditor: edits in the text, comments where they were', () => {
  const doc = [
    '# header',
    'regency:',
    '  name: "Bantul"',
    '  kind: kabupaten               # kabupaten | kota',
    'assessment:',
    '  date:                         # TTTT-BB-HH',
    '  # the team',
    '  assessors: []',
    '  representative:',
    '# heading at column 0',
    'context:',
    '',
    '  # a fact',
    '  fact:',
    '    value:',
    '    note: |-',
    '      two',
    '      lines',
    'answers:',
    '  K1: {value: 3, note: x}   # short',
    '  K2: true',
    '',
  ].join('\n');

  it('puts a value on an empty key and keeps the comment in its column', () => {
    expect(edited(doc, (e) => e.set(['assessment', 'date'], '2026-04-05'))).toBe(doc.replace('  date:                         #', '  date: 2026-04-05              #'));
  });

  it('a value longer than the gap pushes the comment one space after it', () => {
    const out = edited(doc, (e) => e.set(['regency', 'kind'], 'a value far longer than the gap before the comment'));
    expect(out).toContain('\n  kind: a value far longer than the gap before the comment # kabupaten | kota\n');
  });

  it('empties a value: the key and its comment stay', () => {
    expect(edited(doc, (e) => e.setNull(['regency', 'kind']))).toBe(doc.replace('  kind: kabupaten               #', '  kind:                         #'));
  });

  it('writes a map under an empty key as block lines, above the heading comment that follows', () => {
    const out = edited(doc, (e) => e.set(['assessment', 'representative'], { name: 'Drs. Bambang', role: 'Sekda' }));
    expect(out).toBe(doc.replace('  representative:\n', '  representative:\n    name: Drs. Bambang\n    role: Sekda\n'));
  });

  it('replaces a block text on several lines, and a list with items', () => {
    let out = edited(doc, (e) => e.set(['context', 'fact', 'note'], 'one line'));
    expect(out).toBe(doc.replace('    note: |-\n      two\n      lines\n', '    note: one line\n'));
    out = edited(doc, (e) => e.set(['assessment', 'assessors'], [{ name: 'Ayu' }, { name: 'Budi' }], { itemFlow: true }));
    expect(out).toBe(doc.replace('  assessors: []\n', '  assessors:\n    - { name: Ayu }\n    - { name: Budi }\n'));
    expect(edited(out, (e) => e.set(['assessment', 'assessors'], [], { flow: true }))).toBe(doc);
  });

  it('edits inside a one-line map in its own spacing; an emptied key leaves it', () => {
    expect(edited(doc, (e) => e.set(['answers', 'K1', 'value'], 4))).toBe(doc.replace('{value: 3, note: x}', '{value: 4, note: x}'));
    expect(edited(doc, (e) => e.set(['answers', 'K1', 'evidence'], ['a, b']))).toBe(doc.replace('{value: 3, note: x}', '{value: 3, note: x, evidence: [ "a, b" ]}'));
    expect(edited(doc, (e) => e.setNull(['answers', 'K1', 'note']))).toBe(doc.replace('{value: 3, note: x}', '{value: 3}'));
    expect(edited(doc, (e) => e.setNull(['answers', 'K1', 'value']))).toBe(doc.replace('{value: 3, note: x}', '{note: x}'));
  });

  it('adds keys where asked, with a comment line and a blank line above', () => {
    const out = edited(doc, (e) => {
      e.set(['session'], { lang: 'id' }, { index: 3, comment: ' written by siap', spaceBefore: true });
      e.set(['answers', 'K0'], 1, { index: 0 });
      e.set(['answers', 'K3'], 2);
    });
    expect(out).toBe(
      doc
        .replace('      lines\nanswers:\n', '      lines\n\n# written by siap\nsession:\n  lang: id\nanswers:\n  K0: 1\n')
        .replace('  K2: true\n', '  K2: true\n  K3: 2\n'),
    );
  });

  it('creates the maps on the way', () => {
    const out = edited(doc, (e) => e.set(['answers', 'K2', 'note'], 'baru'));
    expect(parse(out).answers.K2).toEqual({ note: 'baru' });
    expect(edited('', (e) => e.set(['a', 'b'], 1))).toBe('a:\n  b: 1\n');
    expect(edited('# only a comment\n', (e) => e.set(['a'], 1))).toBe('# only a comment\na: 1\n');
  });

  it('deletes a key and its lines', () => {
    expect(edited(doc, (e) => e.delete(['answers', 'K2']))).toBe(doc.replace('  K2: true\n', ''));
    expect(edited(doc, (e) => e.delete(['answers', 'K1', 'value']))).toBe(doc.replace('{value: 3, note: x}', '{note: x}'));
  });

  it('reads CRLF text and gives LF back (the caller puts the line ends back)', () => {
    expect(edited(doc.replace(/\n/g, '\r\n'), (e) => e.set(['answers', 'K2'], false))).toBe(doc.replace('K2: true', 'K2: false'));
  });

  it('never needed the safety net above', () => {
    expect(editorChecks.fallbacks).toBe(0);
  });
});

describe('YamlEditor: whatever is set, the text holds exactly that data and keeps its comment lines', () => {
  const base = [
    '# top',
    'a:',
    '  # above x',
    '  x: 1   # trailing',
    '  # above y',
    '  y:',
    '    v: [1, 2]',
    '    w: |',
    '      block',
    'b: {x: 1, y: {v: 2}}',
    '# above c',
    'c:',
    '',
    '  z: "text"',
    '',
  ].join('\n');
  const commentLines = (text: string): string[] => text.split('\n').filter((l) => /^\s*#/.test(l));
  const nasty = fc.constantFrom('', ':', ': x', '#', ' # x', '- a', '"q"', "'", '{', '}', '[', ']', ',', '&a', '*a', '!t', '|', '>', '%', '@', 'yes', 'null', '~', '1e3', '51.04', '\\', '---', 'é 🙂', '  lead', 'trail  ', 'a\nb', 'a\n\nb\n');
  const scalar = fc.oneof(fc.integer(), fc.boolean(), fc.constant(null), nasty, fc.string({ maxLength: 8 }));
  const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(fc.constantFrom('p', 'q', 'r s', '#k'), scalar, { maxKeys: 2 }));
  const path = fc.tuple(fc.constantFrom('a', 'b', 'c', 'd'), fc.constantFrom('x', 'y', 'z'), fc.option(fc.constantFrom('v', 'w', 'u'), { nil: undefined })).map(([p, q, r]) => (r ? [p, q, r] : [p, q]));
  const op = fc.oneof(
    fc.record({ kind: fc.constant('set' as const), path, value, flow: fc.boolean(), itemFlow: fc.boolean(), index: fc.option(fc.nat(3), { nil: undefined }) }),
    fc.record({ kind: fc.constant('null' as const), path }),
    fc.record({ kind: fc.constant('delete' as const), path }),
  );

  it('holds for any sequence of edits', () => {
    const before = editorChecks.fallbacks;
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 8 }), fc.boolean(), (ops, flushEach) => {
        const editor = YamlEditor.open(base);
        const data = parse(base) as Record<string, unknown>;
        for (const o of ops) {
          const parentPath = o.path.slice(0, -1);
          const key = o.path.at(-1)!;
          let parent: Record<string, unknown> | undefined = data;
          for (const k of parentPath) {
            const next: unknown = parent?.[k];
            parent = next !== null && typeof next === 'object' && !Array.isArray(next) ? (next as Record<string, unknown>) : undefined;
          }
          if (o.kind === 'set') {
            editor.set(o.path, o.value, { flow: o.flow, itemFlow: o.itemFlow, ...(o.index === undefined ? {} : { index: o.index }) });
            let node = data;
            for (const k of parentPath) {
              const next = node[k];
              if (next === null || typeof next !== 'object' || Array.isArray(next)) node[k] = {};
              node = node[k] as Record<string, unknown>;
            }
            node[key] = structuredClone(o.value);
          } else if (o.kind === 'null') {
            editor.setNull(o.path);
            if (parent && key in parent && parent[key] !== null) {
              // A one-line map drops the key; a block map keeps it, empty.
              const text = editor.toString();
              const back = parse(text) as Record<string, unknown>;
              let there: unknown = back;
              for (const k of parentPath) there = (there as Record<string, unknown>)[k];
              if (key in (there as Record<string, unknown>)) parent[key] = null;
              else delete parent[key];
            }
          } else {
            editor.delete(o.path);
            if (parent) delete parent[key];
          }
          if (flushEach) expect(parse(editor.toString())).toEqual(data);
        }
        const text = editor.toString();
        expect(parse(text)).toEqual(data);
        // No comment line was lost or moved out of order (comments sit above keys, never inside an edited value).
        const kept = commentLines(text);
        let at = 0;
        for (const line of commentLines(base)) {
          const found = kept.indexOf(line, at);
          expect(found, line).toBeGreaterThanOrEqual(0);
          at = found + 1;
        }
      }),
      { numRuns: 300 },
    );
    expect(editorChecks.fallbacks - before).toBe(0);
  });
});
