import { join } from 'node:path';
import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/i18n.js';
import { HELP_VALUES } from '../../src/messages/help.js';
import { ROOT, runCli } from '../helpers/run-cli.js';

const LANGS: Lang[] = ['id', 'en'];

/** Every command of the program as it is built (nested ones too), so a command added later is checked without touching this test. */
async function commands(lang: Lang): Promise<{ path: string[]; command: Command }[]> {
  const { createProgram } = (await import(join(ROOT, 'dist', 'cli', 'program.js'))) as typeof import('../../src/cli/program.js');
  const program = createProgram(lang, async () => undefined, { out: () => undefined, err: () => undefined });
  const found: { path: string[]; command: Command }[] = [{ path: [], command: program }];
  const walk = (parent: Command, path: string[]): void => {
    for (const sub of parent.commands) {
      found.push({ path: [...path, sub.name()], command: sub });
      walk(sub, [...path, sub.name()]);
    }
  };
  walk(program, []);
  return found;
}

/** The names a help in this language may give what the user types. */
function valueNames(lang: Lang): Set<string> {
  return new Set(Object.values(HELP_VALUES).map((words) => words[lang]));
}

/** Words commander writes by itself, and the value names of the other language where they differ. */
function foreignWords(lang: Lang): RegExp[] {
  const other: Lang = lang === 'id' ? 'en' : 'id';
  const names = Object.values(HELP_VALUES)
    .filter((words) => words.id !== words.en)
    .map((words) => new RegExp(`[<\\[]${words[other]}(\\.\\.\\.|…)?[>\\]]`));
  const own =
    lang === 'id'
      ? [/\b(Usage|Options|Global Options|Arguments|Commands|Examples):/, /\((default|choices|preset|env):/, /\b(default|choices): /, /\[options\]|\[command\]/, /display help|output the version/]
      : [/\b(Penggunaan|Opsi|Opsi global|Argumen|Perintah|Contoh):/, /\b(pilihan|bawaan): /, /\[opsi\]|\[perintah\]/];
  return [...own, ...names];
}

describe('help in the chosen language', () => {
  it('names every argument and option value from HELP_VALUES, in the language of the help', async () => {
    for (const lang of LANGS) {
      const allowed = valueNames(lang);
      for (const { path, command } of await commands(lang)) {
        const where = `${lang}: siap ${path.join(' ')}`;
        for (const argument of command.registeredArguments) expect(allowed, `${where} argument ${argument.name()}`).toContain(argument.name());
        for (const option of command.options) {
          const value = /[<[]([^>\]]+)[>\]]/.exec(option.flags)?.[1]?.replace(/\.\.\.$/, '');
          if (value !== undefined) expect(allowed, `${where} ${option.flags}`).toContain(value);
        }
      }
    }
  });

  it("every command's --help has no word of the other language, commander's own pieces included", async () => {
    for (const lang of LANGS) {
      const list = await commands(lang);
      expect(list.length).toBeGreaterThan(12);
      for (const { path } of list) {
        const result = await runCli([...path, '--help'], { env: { SIAP_LANG: lang } });
        const where = `${lang}: siap ${path.join(' ')} --help`;
        expect(result.code, where).toBe(0);
        for (const pattern of foreignWords(lang)) expect(result.stdout, `${where} matches ${pattern}`).not.toMatch(pattern);
      }
    }
  });

  it('words choices, defaults and variadic arguments in each language', async () => {
    const id = (await runCli(['init', '--help'])).stdout;
    expect(id).toMatch(/--type <jenis> +jenis daerah \(pilihan: kabupaten, kota\)/);
    expect(id).toMatch(/-r, --rubric <rubrik> +id rubrik atau berkas \(bawaan: kesiapan-kota-cerdas\)/);
    expect(id).toMatch(/--kind <jenis> +jenis asesmen \(pilihan: self, assessor; bawaan: self\)/);
    // assess words its --kind like every other command: choices first, then the default (finding 20).
    const assess = (await runCli(['assess', '--help'])).stdout.replace(/\s+/g, ' ');
    expect(assess).toContain('--kind <jenis> jenis asesmen (pilihan: self, assessor; bawaan: assessor)');
    expect((await runCli(['assess', '--help', '--lang', 'en'])).stdout.replace(/\s+/g, ' ')).toContain('--kind <kind> assessment kind (choices: self, assessor; default: assessor)');
    const en = (await runCli(['merge', '--help', '--lang', 'en'])).stdout;
    expect(en).toContain('Usage: siap merge [options] <files…>');
    expect(en).toMatch(/--rule <rule> +consensus rule \(choices: median, min; default: median\)/);
    expect((await runCli(['batch', '--help'])).stdout).toContain('Penggunaan: siap batch [opsi] <berkas…>');
    expect((await runCli(['--help', '--lang', 'en'])).stdout).toMatch(/help \[command\] +show help for a command/);
  });

  it('usage errors name arguments and options as the help does', async () => {
    const id = await runCli(['score']);
    expect(id.code).toBe(2);
    expect(id.stderr).toContain('USAGE_MISSING_ARGUMENT  argumen wajib belum diisi: jawaban');
    const en = await runCli(['score', '--lang', 'en']);
    expect(en.stderr).toContain('USAGE_MISSING_ARGUMENT  missing required argument: answers');
    expect((await runCli(['compare', 'a.yaml'])).stderr).toContain('argumen wajib belum diisi: jawaban-b');
    expect((await runCli(['merge', 'a.yaml', 'b.yaml'])).stderr).toContain('opsi wajib belum diisi: -o, --output <berkas>');
    expect((await runCli(['init', '--type', 'desa'])).stderr).toContain('nilai "desa" untuk --type <jenis> tidak sah; pilihan: kabupaten, kota');
  });
});
