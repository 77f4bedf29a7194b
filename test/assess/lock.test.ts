import { chmodSync, existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, uptime } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnswersLock, checkWritable, lockPathFor } from '../../src/io/lock.js';
import { tmpDir } from '../helpers/run-cli.js';

const now = new Date();

function answersFile(): string {
  const file = join(tmpDir('siap-lock-'), 'gianyar.yaml');
  writeFileSync(file, 'x: 1\n');
  return file;
}

describe('the lock note beside an answers file', () => {
  it('is taken once: a second walk (even in the same process) is refused, with who holds it', () => {
    const file = answersFile();
    const first = AnswersLock.acquire(file, now);
    expect(first.ok).toBe(true);
    expect(lockPathFor(file)).toBe(join(file, '..', '.gianyar.yaml.lock'));
    const note = JSON.parse(readFileSync(lockPathFor(file), 'utf8')) as { pid: number; host: string };
    expect(note).toMatchObject({ pid: process.pid, host: hostname() });
    const second = AnswersLock.acquire(file, now);
    expect(second).toMatchObject({ ok: false, sameHost: true, holder: { pid: process.pid } });
    if (first.ok) first.lock.release();
    expect(existsSync(lockPathFor(file))).toBe(false);
    const third = AnswersLock.acquire(file, now);
    expect(third.ok).toBe(true);
    if (third.ok) third.lock.release();
  });

  it('recognises a stale note: its process is gone, or the computer restarted since', () => {
    const file = answersFile();
    // A pid far above any pid_max: no such process.
    writeFileSync(lockPathFor(file), JSON.stringify({ pid: 2 ** 30, host: hostname(), since: now.toISOString() }));
    const gone = AnswersLock.acquire(file, now);
    expect(gone).toMatchObject({ ok: true, replaced: { pid: 2 ** 30 } });
    if (gone.ok) gone.lock.release();

    // This very process, but written before the machine booted: a pid reused after a restart.
    const beforeBoot = new Date(now.getTime() - uptime() * 1000 - 3_600_000).toISOString();
    writeFileSync(lockPathFor(file), JSON.stringify({ pid: process.pid, host: hostname(), since: beforeBoot }));
    const restarted = AnswersLock.acquire(file, now);
    expect(restarted.ok).toBe(true);
    if (restarted.ok) restarted.lock.release();
  });

  it('cannot check another computer: its note holds until taken over on the user\'s word', () => {
    const file = answersFile();
    writeFileSync(lockPathFor(file), JSON.stringify({ pid: 4242, host: 'laptop-ayu', since: now.toISOString() }));
    expect(AnswersLock.acquire(file, now)).toMatchObject({ ok: false, sameHost: false, holder: { host: 'laptop-ayu' } });
    const lock = AnswersLock.takeOver(file, now);
    expect(JSON.parse(readFileSync(lockPathFor(file), 'utf8'))).toMatchObject({ pid: process.pid });
    lock.release();
  });

  it('treats an unreadable note as a walk starting now, and as debris once it is old', () => {
    const file = answersFile();
    writeFileSync(lockPathFor(file), '');
    expect(AnswersLock.acquire(file, now).ok).toBe(false);
    const old = new Date(now.getTime() - 60_000);
    utimesSync(lockPathFor(file), old, old);
    const taken = AnswersLock.acquire(file, now);
    expect(taken.ok).toBe(true);
    if (taken.ok) taken.lock.release();
  });

  it('release leaves a note that is no longer its own', () => {
    const file = answersFile();
    const mine = AnswersLock.acquire(file, now);
    if (!mine.ok) throw new Error('not locked');
    writeFileSync(lockPathFor(file), JSON.stringify({ pid: 4242, host: 'laptop-ayu', since: now.toISOString() }));
    mine.lock.release();
    expect(existsSync(lockPathFor(file))).toBe(true);
  });
});

describe('checkWritable', () => {
  it('refuses a file marked read-only (even for root), before any work', () => {
    const file = answersFile();
    chmodSync(file, 0o444);
    expect(() => checkWritable(file, 'gianyar.yaml')).toThrow(expect.objectContaining({ code: 'ASSESS_READ_ONLY', params: { file: 'gianyar.yaml' } }));
    chmodSync(file, 0o644);
    expect(() => checkWritable(file, 'gianyar.yaml')).not.toThrow();
  });
});
