import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBin, runCli } from '../helpers/run-cli.js';

/** Every module `bin/siap.js` loads before a command runs: static imports only, followed through dist/. */
function eagerGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(file, 'utf8');
    // `import … from 'x'` and `export … from 'x'` are eager; `import('x')` is not matched.
    for (const match of code.matchAll(/^\s*(?:import|export)\s[^;()]*?from\s+['"]([^'"]+)['"]/gm)) {
      const spec = match[1]!;
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
      else if (!spec.startsWith('node:')) packages.add(spec);
    }
  };
  visit(entry);
  return { files: [...files].map((f) => f.slice(ROOT.length + 1)).sort(), packages: [...packages].sort() };
}

describe('startup', () => {
  it('the shipped bin runs compiled JavaScript and loads only commander eagerly', async () => {
    const graph = eagerGraph(join(ROOT, 'bin', 'siap.js'));
    expect(graph.packages).toEqual(['commander']);
    expect(graph.files).toEqual([
      'bin/siap.js',
      'dist/cli/context.js',
      'dist/cli/main.js',
      'dist/cli/program.js',
      'dist/errors.js',
      'dist/i18n.js',
      'dist/messages/help.js',
      'dist/version.js',
    ]);
  });

  it('siap --help through the bin prints the commands and examples in Bahasa Indonesia, or English with --lang en', () => {
    const id = runBin(['--help']);
    expect(id.code).toBe(0);
    expect(id.stdout).toContain('Penggunaan: siap [opsi] [perintah]');
    expect(id.stdout).toContain('Contoh:');
    const en = runBin(['--help', '--lang', 'en']);
    expect(en.stdout).toContain('Usage: siap [options] [command]');
    expect(en.stdout).toContain('Examples:');
  });

  it('every command has --help with an example', async () => {
    for (const command of [['rubric', 'list'], ['rubric', 'show'], ['rubric', 'validate'], ['rubric', 'schema'], ['init'], ['assess'], ['score'], ['report'], ['batch'], ['compare'], ['merge'], ['migrate']]) {
      const result = await runCli([...command, '--help']);
      expect(result.code, command.join(' ')).toBe(0);
      expect(result.stdout, command.join(' ')).toMatch(/Contoh:\n {2}\$ siap /);
    }
  });
});
