import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';
import { BIN } from '../helpers/run-cli.js';

function quote(arg: string): string {
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

/**
 * The built `siap` in a real pseudo-terminal, through util-linux `script`: stdin is a TTY, raw
 * keys go in, the screen comes out. Wait for each prompt before sending its keys.
 */
export class PtySession {
  private readonly child: ChildProcessWithoutNullStreams;
  private raw = '';
  /** Where the next `waitFor` starts looking, so a repeated prompt is not matched twice. */
  private mark = 0;
  private readonly exited: Promise<number | null>;

  constructor(args: string[], cwd: string) {
    const command = ['exec', quote(process.execPath), quote(BIN), ...args.map(quote)].join(' ');
    this.child = spawn('script', ['-q', '-e', '-E', 'never', '-c', command, '/dev/null'], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', SIAP_LANG: 'id', LANG: 'C', TERM: 'xterm' },
    });
    this.child.stdout.on('data', (chunk: Buffer) => (this.raw += chunk.toString('utf8')));
    this.child.stderr.on('data', (chunk: Buffer) => (this.raw += chunk.toString('utf8')));
    this.exited = new Promise((resolve) => this.child.on('close', (code) => resolve(code)));
  }

  /** Everything shown so far, without terminal control codes. */
  get text(): string {
    return stripVTControlCharacters(this.raw);
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
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  send(keys: string): void {
    this.child.stdin.write(keys);
  }

  /** The pid of siap itself (script's child, which `exec` made the node process). */
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
