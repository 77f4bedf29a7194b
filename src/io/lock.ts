import { accessSync, closeSync, constants, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname, uptime } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { kill, pid } from 'node:process';
import { SiapError } from '../errors.js';

/**
 * Who may write an answers file during `siap assess`: one walk-through at a time. The walk that
 * opens a file leaves a small note beside it (`.gianyar.yaml.lock`: process id, computer, since
 * when) and removes it when it ends. A second walk finds the note and is told before its first
 * question; a note left by a process that no longer runs (killed, or from before a restart) is
 * recognised as stale and replaced.
 */

/** What the lock note says about the walk holding the file. */
export interface LockNote {
  pid: number;
  host: string;
  /** ISO time the walk opened the file. */
  since: string;
}

export type LockAttempt =
  | { ok: true; lock: AnswersLock; /** A stale note that was replaced (its process is gone). */ replaced?: LockNote }
  | {
      ok: false;
      holder: LockNote;
      /** Whether the holder runs on this computer (and so was checked to be running). */
      sameHost: boolean;
    };

/** The note's path beside the answers file. */
export function lockPathFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.lock`);
}

export class AnswersLock {
  readonly path: string;
  private readonly note: LockNote;
  private released = false;

  private constructor(path: string, note: LockNote) {
    this.path = path;
    this.note = note;
  }

  /**
   * Claim `file` (an absolute path) for this process. Fails with the holder when another walk that
   * is still running (or that cannot be checked: another computer) holds it.
   */
  static acquire(file: string, now: Date): LockAttempt {
    const path = lockPathFor(file);
    const note: LockNote = { pid, host: hostname(), since: now.toISOString() };
    const text = `${JSON.stringify(note)}\n`;
    try {
      const fd = openSync(path, 'wx', 0o644);
      try {
        writeSync(fd, text);
      } finally {
        closeSync(fd);
      }
      return { ok: true, lock: new AnswersLock(path, note) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw lockError(error, file);
    }
    const holder = readNote(path, now);
    if (holder && !isStale(holder, now)) return { ok: false, holder, sameHost: holder.host === note.host };
    // A stale note: replace it in one step, then check that this process's note is the one that stayed.
    const tmp = `${path}.${pid}.tmp`;
    try {
      const fd = openSync(tmp, 'w', 0o644);
      try {
        writeSync(fd, text);
      } finally {
        closeSync(fd);
      }
      renameSync(tmp, path);
    } catch (error) {
      try {
        unlinkSync(tmp);
      } catch {
        // not created
      }
      throw lockError(error, file);
    }
    const now2 = readNote(path, now);
    if (!now2 || now2.pid !== note.pid || now2.since !== note.since || now2.host !== note.host) {
      return { ok: false, holder: now2 ?? holder ?? note, sameHost: (now2 ?? holder)?.host === note.host };
    }
    return { ok: true, lock: new AnswersLock(path, note), ...(holder ? { replaced: holder } : {}) };
  }

  /** Take the file over from a holder that cannot be checked (another computer), on the user's word. */
  static takeOver(file: string, now: Date): AnswersLock {
    const path = lockPathFor(file);
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
    const attempt = AnswersLock.acquire(file, now);
    if (!attempt.ok) throw new SiapError('ASSESS_FILE_LOCKED', { file: basename(file), pid: attempt.holder.pid, host: attempt.holder.host }, { source: { file } });
    return attempt.lock;
  }

  /** Remove the note, when it is still this walk's own. */
  release(): void {
    if (this.released) return;
    this.released = true;
    try {
      const current = JSON.parse(readFileSync(this.path, 'utf8')) as Partial<LockNote>;
      if (current.pid !== this.note.pid || current.since !== this.note.since || current.host !== this.note.host) return;
      unlinkSync(this.path);
    } catch {
      // gone already, or replaced by something we should not touch
    }
  }
}

/** The note in a lock file; a note that cannot be read is treated as a walk just starting (unless old). */
function readNote(path: string, now: Date): LockNote | undefined {
  let text: string;
  let mtime: number;
  try {
    text = readFileSync(path, 'utf8');
    mtime = statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
  try {
    const data = JSON.parse(text) as Partial<LockNote>;
    if (typeof data.pid === 'number' && typeof data.host === 'string' && typeof data.since === 'string') return { pid: data.pid, host: data.host, since: data.since };
  } catch {
    // half-written or not ours
  }
  // Unreadable: a walk writing its note this very moment, or debris; after 10 s it is debris.
  if (now.getTime() - mtime > 10_000) return undefined;
  return { pid: 0, host: hostname(), since: new Date(mtime).toISOString() };
}

/**
 * A note is stale when its walk cannot be running: on this computer, its process is gone, or the
 * computer restarted since the note was written. Notes from another computer cannot be checked.
 */
function isStale(note: LockNote, now: Date): boolean {
  if (note.host !== hostname()) return false;
  if (note.pid === 0) return false;
  const bootedAt = now.getTime() - uptime() * 1000;
  const since = Date.parse(note.since);
  if (Number.isFinite(since) && since < bootedAt - 60_000) return true;
  try {
    kill(note.pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function lockError(error: unknown, file: string): SiapError {
  const code = (error as NodeJS.ErrnoException).code;
  return new SiapError('FILE_WRITE_FAILED', { reason: code ?? String(error) }, { source: { file }, cause: error });
}

/**
 * Refuse, before any question, an answers file that could not be saved: a file marked read-only
 * (no write permission for its owner, or none for this user), or a folder where the temporary file
 * of an atomic save cannot be created.
 */
export function checkWritable(path: string, file: string): void {
  const at = { source: { file } };
  let mode: number;
  try {
    mode = statSync(path).mode;
  } catch {
    return; // a new file: the folder is checked when it is created
  }
  let writable = (mode & 0o200) !== 0;
  if (writable) {
    try {
      accessSync(path, constants.W_OK);
    } catch {
      writable = false;
    }
  }
  if (!writable) throw new SiapError('ASSESS_READ_ONLY', { file }, at);
  try {
    accessSync(dirname(path), constants.W_OK);
  } catch {
    throw new SiapError('ASSESS_FOLDER_READ_ONLY', { file, folder: dirname(file) || '.' }, at);
  }
}
