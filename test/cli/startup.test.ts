import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandFor } from '../../src/cli/context.js';
import { BIN, ROOT, runBin, runCli, tmpDir } from '../helpers/run-cli.js';

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
      'dist/messages/define.js',
      'dist/messages/help.js',
      'dist/version.js',
    ]);
  });

  it('siap --help through the bin prints the commands and examples in Bahasa Indonesia, or English with --lang en, as siap was started', { tags: ['slow'] }, () => {
    // Started as `node bin/siap.js` from the clone: usage and examples say so, so they can be typed as shown.
    const id = runBin(['--help']);
    expect(id.code).toBe(0);
    expect(id.stdout).toContain('Penggunaan: node bin/siap.js [opsi] [perintah]');
    expect(id.stdout).toContain('Contoh:\n  $ node bin/siap.js rubric list');
    const en = runBin(['--help', '--lang', 'en']);
    expect(en.stdout).toContain('Usage: node bin/siap.js [options] [command]');
    expect(en.stdout).toContain('Examples:');
  });

  it("hints name the command as it was started: the bin's path from the working folder", { tags: ['slow'] }, () => {
    const dir = tmpDir();
    const init = runBin(['init', '--rubric', 'kesiapan-kota-cerdas', '-o', 'gianyar.yaml'], { cwd: dir });
    expect(init.code).toBe(0);
    const shorter = [relative(dir, BIN), BIN].sort((a, b) => a.length - b.length)[0]!;
    expect(init.stderr).toContain(`periksa dengan: node ${shorter} score gianyar.yaml`);
  });

  it('every command has --help with an example', async () => {
    for (const command of [['rubric', 'list'], ['rubric', 'show'], ['rubric', 'validate'], ['rubric', 'schema'], ['init'], ['assess'], ['score'], ['report'], ['batch'], ['compare'], ['merge'], ['migrate']]) {
      const result = await runCli([...command, '--help']);
      expect(result.code, command.join(' ')).toBe(0);
      expect(result.stdout, command.join(' ')).toMatch(/Contoh:\n {2}\$ siap /);
    }
  });

  it('commandFor: `siap` through a link or an installed package, `node <path>` for the script of a clone', () => {
    expect(commandFor(undefined, '/home/budi')).toBe('siap');
    expect(commandFor('/usr/local/bin/siap', '/home/budi')).toBe('siap');
    expect(commandFor('/home/budi/proyek/node_modules/.bin/siap', '/home/budi/proyek')).toBe('npx siap');
    expect(commandFor('/usr/lib/node_modules/siap/bin/siap.js', '/home/budi')).toBe('siap');
    expect(commandFor('/home/budi/siap/bin/siap.js', '/home/budi/siap')).toBe('node bin/siap.js');
    expect(commandFor('/home/budi/siap/bin/siap.js', '/home/budi/asesmen')).toBe('node ../siap/bin/siap.js');
    expect(commandFor('/home/budi/siap/bin/siap.js', '/tmp/a/b/c/d/e/f')).toBe('node /home/budi/siap/bin/siap.js');
    expect(commandFor('/home/budi/alat kota/bin/siap.js', '/home/budi')).toBe('node "alat kota/bin/siap.js"');
  });
});
