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
  /** Those waiting for something to be shown: woken by every chunk of output and by the exit. */
  private readonly waiters = new Set<() => void>();
  private closed = false;
  /** Chunks the terminal emulator has taken in so far. */
  private drawn = 0;
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
      this.pending = this.pending
        .then(() => new Promise<void>((resolve) => this.term.write(text, resolve)))
        .then(() => {
          this.drawn++;
          this.wake();
        });
      this.wake();
    };
    this.child.stdout.on('data', take);
    this.child.stderr.on('data', take);
    this.exited = new Promise((resolve) =>
      this.child.on('close', (code) => {
        this.closed = true;
        resolve(code);
        void this.pending.then(() => this.wake());
      }),
    );
  }

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  /**
   * Until the next output, the exit, or `ms` (no polling: a waiting test uses no CPU); at once
   * when the emulator has drawn more than `drawn` chunks (a screen read before that is stale).
   */
  private change(ms: number, drawn = this.drawn): Promise<void> {
    if (drawn !== this.drawn) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiters.add(done);
    });
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

  /** Wait until `text` appears after the previous match (fails at once when siap has ended without it). */
  async waitFor(text: string, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.text.indexOf(text, this.mark);
      if (found >= 0) {
        this.mark = found + text.length;
        return;
      }
      const left = deadline - Date.now();
      if (left <= 0 || this.closed) throw new Error(`"${text}" did not appear${this.closed ? ' before siap ended' : ''}; the screen shows:\n${this.text.slice(-1500)}`);
      await this.change(left);
    }
  }

  /** Wait until the terminal's screen shows `text` somewhere (the screen as it is, not the stream). */
  async waitForScreen(text: string, timeoutMs = 15_000): Promise<string[]> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const drawn = this.drawn;
      const rows = await this.screen();
      if (rows.join('\n').includes(text)) return rows;
      const left = deadline - Date.now();
      if (left <= 0 || (this.closed && drawn === this.drawn)) throw new Error(`"${text}" is not on the screen${this.closed ? ' (siap has ended)' : ''}:\n${rows.join('\n')}`);
      await this.change(left, drawn);
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
