import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import xterm from '@xterm/headless';
import { BIN } from '../helpers/run-cli.js';

function quote(arg: string): string {
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

export interface PtyOptions {
  /** The terminal's size (set with `stty` inside the pseudo-terminal before siap starts); 80×24 by default. */
  cols?: number;
  rows?: number;
  env?: Record<string, string>;
}

/**
 * The built `siap` in a real pseudo-terminal, through util-linux `script`: stdin is a TTY, raw
 * keys go in, the screen comes out. Wait for each prompt before sending its keys. Everything shown
 * also goes through a terminal emulator of the same size (`screen()`), to see what the user sees.
 */
export class PtySession {
  private readonly child: ChildProcessWithoutNullStreams;
  private raw = '';
  /** Where the next `waitFor` starts looking, so a repeated prompt is not matched twice. */
  private mark = 0;
  private readonly exited: Promise<number | null>;
  private readonly term: InstanceType<typeof xterm.Terminal>;
  private pending = Promise.resolve();
  readonly cols: number;
  readonly rows: number;

  constructor(args: string[], cwd: string, options: PtyOptions = {}) {
    this.cols = options.cols ?? 80;
    this.rows = options.rows ?? 24;
    const siap = ['exec', quote(process.execPath), quote(BIN), ...args.map(quote)].join(' ');
    const command = `stty cols ${this.cols} rows ${this.rows}; ${siap}`;
    this.term = new xterm.Terminal({ cols: this.cols, rows: this.rows, allowProposedApi: true, scrollback: 2000 });
    this.child = spawn('script', ['-q', '-e', '-E', 'never', '-c', command, '/dev/null'], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', SIAP_LANG: 'id', LANG: 'C', TERM: 'xterm', ...options.env },
    });
    const take = (chunk: Buffer): void => {
      const text = chunk.toString('utf8');
      this.raw += text;
      this.pending = this.pending.then(() => new Promise<void>((resolve) => this.term.write(text, resolve)));
    };
    this.child.stdout.on('data', take);
    this.child.stderr.on('data', take);
    this.exited = new Promise((resolve) => this.child.on('close', (code) => resolve(code)));
  }

  /** Everything shown so far, without terminal control codes. */
  get text(): string {
    return stripVTControlCharacters(this.raw);
  }

  /** The rows of the terminal as the user sees them now (trailing spaces removed). */
  async screen(): Promise<string[]> {
    await this.pending;
    const buffer = this.term.buffer.active;
    const rows: string[] = [];
    for (let i = 0; i < this.rows; i++) rows.push(buffer.getLine(buffer.viewportY + i)?.translateToString(true) ?? '');
    return rows;
  }

  /** Wait until `text` appears after the previous match. */
  async waitFor(text: string, timeoutMs = 15_000): Promise<void> {
    const start = Date.now();
    for (;;) {
      const found = this.text.indexOf(text, this.mark);
      if (found >= 0) {
        this.mark = found + text.length;
        return;
      }
      if (Date.now() - start > timeoutMs) throw new Error(`"${text}" did not appear; the screen shows:\n${this.text.slice(-1500)}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** Wait until the terminal's screen shows `text` somewhere (the screen as it is, not the stream). */
  async waitForScreen(text: string, timeoutMs = 15_000): Promise<string[]> {
    const start = Date.now();
    for (;;) {
      const rows = await this.screen();
      if (rows.join('\n').includes(text)) return rows;
      if (Date.now() - start > timeoutMs) throw new Error(`"${text}" is not on the screen:\n${rows.join('\n')}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  send(keys: string): void {
    this.child.stdin.write(keys);
  }

  /** The pid of siap itself (script's child, the shell that `exec` made the node process). */
  siapPid(): number {
    const pid = this.child.pid!;
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
    if (children.length !== 1) throw new Error(`expected one child of script, found ${children.join(', ') || 'none'}`);
    return Number(children[0]);
  }

  /** The exit code `script -e` passes on from siap. */
  exit(): Promise<number | null> {
    return this.exited;
  }

  kill(): void {
    this.child.kill('SIGKILL');
  }
}
