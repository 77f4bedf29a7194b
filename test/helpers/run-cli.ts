import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { Readable, Writable } from 'node:stream';
import type { Context } from '../../src/cli/context.js';
import { langFromEnv } from '../../src/i18n.js';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'siap.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface InProcessResult extends CliResult {
  code: number;
  /** Files created or changed under `cwd` by the run (paths relative to it, sorted); only for a cwd other than the repository. */
  written: string[];
}

export interface RunOptions {
  /** The working folder (default: the repository). */
  cwd?: string;
  env?: Record<string, string>;
  /** What stdin holds (never a terminal). */
  input?: string;
  /** Terminal width and height the command sees (default: no terminal size). */
  columns?: number;
  rows?: number;
  /** The clock the command sees (default: the real one). */
  now?: () => Date;
  /** How siap was started, as hints show it (default: no value, i.e. `siap`). */
  command?: string;
}

/** The environment every test run starts from: no colour, Bahasa Indonesia, no locale. */
function testEnv(extra: Record<string, string> = {}): Record<string, string | undefined> {
  return { ...process.env, NO_COLOR: '1', SIAP_LANG: 'id', LANG: 'C', ...extra };
}

/**
 * Run siap in this process, as `siap ARGS` would run in `cwd`: `main(argv, ctx)` of the built
 * code (dist/, built by `npm test`; the PDF worker threads need compiled JavaScript) with a
 * context that captures what is printed. Returns the exit code, stdout, stderr and the files it
 * wrote.
 */
export async function runCli(args: string[], options: RunOptions = {}): Promise<InProcessResult> {
  const { main } = (await import(join(ROOT, 'dist', 'cli', 'main.js'))) as typeof import('../../src/cli/main.js');
  const cwd = options.cwd ?? ROOT;
  const env = testEnv(options.env);
  const out: string[] = [];
  const err: string[] = [];
  const sink = (into: string[]): Writable =>
    new Writable({
      write(chunk: Buffer | string, _encoding, done) {
        into.push(String(chunk));
        done();
      },
    });
  const ctx: Context = {
    lang: langFromEnv(env),
    debug: false,
    env,
    cwd,
    out: (text) => void out.push(text),
    err: (text) => void err.push(text),
    stdin: Readable.from(options.input ? [options.input] : []),
    stdout: sink(out),
    stdinIsTTY: false,
    stdoutIsTTY: false,
    stderrIsTTY: false,
    ...(options.columns ? { columns: options.columns } : {}),
    ...(options.rows ? { rows: options.rows } : {}),
    colorOut: false,
    colorErr: false,
    now: options.now ?? (() => new Date()),
    onInterrupt: () => () => undefined,
    exit: (code) => {
      throw new Error(`siap asked to exit with ${code} in a test`);
    },
    ...(options.command ? { command: options.command } : {}),
  };
  const watch = cwd !== ROOT;
  const before = watch ? snapshot(cwd) : new Map<string, string>();
  const code = await main(args, ctx);
  const after = watch ? snapshot(cwd) : new Map<string, string>();
  const written = [...after].filter(([file, stamp]) => before.get(file) !== stamp).map(([file]) => file).sort();
  return { code, stdout: out.join(''), stderr: err.join(''), written };
}

/** Every file under a folder with its size and modification time (skipping node_modules and .git). */
function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string): void => {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return;
    }
    for (const name of names) {
      if (name === 'node_modules' || name === '.git') continue;
      const path = join(folder, name);
      try {
        const stat = statSync(path);
        if (stat.isDirectory()) walk(path);
        else files.set(relative(dir, path), `${stat.size}:${stat.mtimeMs}`);
      } catch {
        // removed while walking
      }
    }
  };
  walk(dir);
  return files;
}

/**
 * Run the built binary in a child process: only for what needs a real process (start-up and
 * lazy imports, help through the bin, signals, terminals, worker threads).
 */
export function runBin(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env: testEnv(options.env),
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function tmpDir(prefix = 'siap-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function fixture(...parts: string[]): string {
  return join(ROOT, 'test', 'fixtures', ...parts);
}
