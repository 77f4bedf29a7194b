import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describe as describeCode, MESSAGES } from '../../src/messages/catalog.js';
import { ROOT, fixture, runCli, tmpDir } from '../helpers/run-cli.js';

/** The verbs of siap as the program defines them (a command added later is covered without touching this test). */
async function verbs(): Promise<string[]> {
  const { createProgram } = (await import(join(ROOT, 'dist', 'cli', 'program.js'))) as typeof import('../../src/cli/program.js');
  const program = createProgram('id', async () => undefined, { out: () => undefined, err: () => undefined });
  return program.commands.map((c) => c.name()).filter((name) => name !== 'help');
}

/** Every string in every table of src/messages/, with where it is. */
async function catalogueStrings(): Promise<{ where: string; text: string }[]> {
  const dir = join(ROOT, 'src', 'messages');
  const found: { where: string; text: string }[] = [];
  const walk = (value: unknown, where: string): void => {
    if (typeof value === 'string') found.push({ where, text: value });
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}[${i}]`));
    else if (value !== null && typeof value === 'object') for (const [key, v] of Object.entries(value)) walk(v, `${where}.${key}`);
  };
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
    const module = (await import(join(dir, name))) as Record<string, unknown>;
    for (const [key, value] of Object.entries(module)) walk(value, `${name}:${key}`);
  }
  return found;
}

/** Mentions of siap that describe it rather than tell the user what to type. */
const DESCRIPTIVE = [
  /siap assess lain|another siap assess/,
  /^siap merge (memerlukan|needs|menggabungkan|combines)/,
  /digabung dengan siap merge|merged with siap merge/,
  /ditulis siap assess|written by siap assess/,
  /\(siap score\)/,
  /`siap score --json`/,
  /dari `siap init`|from `siap init`/,
  /\ba siap (rubric|report)\b/,
];

describe('hints that can be typed', () => {
  it('every command named in the catalogue is written `{siap} <verb>`, so it is shown as the user started siap', async () => {
    const names = await verbs();
    expect(names).toEqual(expect.arrayContaining(['init', 'assess', 'score', 'report', 'batch', 'compare', 'merge', 'form', 'rubric']));
    const bare = new RegExp(`(?<!\\{)\\bsiap (${names.join('|')})\\b`);
    const offending = (await catalogueStrings())
      .filter(({ text }) => bare.test(DESCRIPTIVE.reduce((t, pattern) => t.replace(pattern, ''), text)))
      .map(({ where, text }) => `${where}: ${text}`);
    expect(offending).toEqual([]);
    // And the catalogue does use the placeholder (the check above is not vacuous).
    expect(Object.values(MESSAGES).filter((m) => m.hint?.id.includes('{siap} ')).length).toBeGreaterThan(8);
  });

  it('`{siap}` is filled with the command the CLI passes, or `siap` (files, PDFs, the library)', () => {
    expect(describeCode('FILE_IS_DIRECTORY', 'id').hint).toContain('`siap batch`');
    expect(describeCode('FILE_IS_DIRECTORY', 'en', { siap: 'node bin/siap.js' }).hint).toContain('`node bin/siap.js batch`');
  });

  it('hints printed by the CLI name the command as siap was started', async () => {
    const command = 'node ../siap/bin/siap.js';
    const dir = tmpDir();
    const init = await runCli(['init', '--rubric', fixture('rubrics', 'minimal.yaml'), '-o', 'a.yaml'], { cwd: dir, command });
    expect(init.stderr).toContain(`periksa dengan: ${command} score a.yaml`);
    // A problem's hint (printed through print.ts).
    const folder = await runCli(['score', '.'], { cwd: dir, command, env: { SIAP_LANG: 'en' } });
    expect(folder.stderr).toContain(`to score many answers files at once: \`${command} batch\``);
    // A hint inside a phrase given as a parameter (a "did you mean" for an unknown question id).
    writeFileSync(join(dir, 'a.yaml'), `format: siap-answers/1\nrubric: { id: contoh-mini, file: ${JSON.stringify(fixture('rubrics', 'minimal.yaml'))} }\nregency: { name: X }\nassessment: { kind: self }\nanswers:\n  ZZZ9: 1\n`);
    const unknown = await runCli(['score', 'a.yaml', '--allow-rubric-file'], { cwd: dir, command });
    expect(unknown.stderr).toContain(`\`${command} rubric show`);
    expect(unknown.stderr).not.toContain('{siap}');
    // rubric show: the other versions and the migration (finding 18).
    const older = await runCli(['rubric', 'show', 'kesiapan-kota-cerdas@1.0.0'], { cwd: dir, command });
    expect(older.stdout).toContain(`\`${command} rubric show kesiapan-kota-cerdas@<versi>\``);
    const newer = await runCli(['rubric', 'show', 'kesiapan-kota-cerdas@1.1.0'], { cwd: dir, command });
    expect(newer.stdout).toContain(`(\`${command} migrate\`)`);
    expect(`${older.stdout}${newer.stdout}`).not.toMatch(/`siap /);
    // Without a terminal, assess points to init and score.
    const assess = await runCli(['assess', 'b.yaml'], { cwd: dir, command });
    expect(assess.stderr).toContain(`\`${command} init --rubric`);
  });
});
