import { screen } from '@inquirer/testing/vitest';
import xterm from '@xterm/headless';
import { expect } from 'vitest';

/**
 * Driving `siap assess` through @inquirer/testing's screen (the test file must route
 * @inquirer/core's createPrompt through wrapPrompt, see flow.test.ts).
 */

/** The next render or prompt; a flow that stops waiting for input fails with what is on screen. */
export async function next(): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const stuck = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no new screen after 20 s; showing:\n${screen.getScreen()}`)), 20_000);
  });
  try {
    await Promise.race([screen.next(), stuck]);
  } finally {
    clearTimeout(timer);
  }
}

/** Type a line and press Enter, then wait for the next prompt (or the next render). */
export async function enter(text = ''): Promise<void> {
  if (text) screen.type(text);
  screen.keypress('enter');
  await next();
}

/** Wait until the screen shows `text` (the first prompt may start a tick after the command). */
export async function until(text: string): Promise<void> {
  // A generous limit: on a loaded machine the first prompt can take seconds (this is no timing check).
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline && !screen.getScreen().includes(text)) await new Promise((r) => setTimeout(r, 5));
  expect(screen.getScreen()).toContain(text);
}

export async function press(key: string | { name: string; ctrl?: boolean }, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) {
    screen.keypress(key);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** The screen's words, whatever the line breaks between them. */
export function shownWords(): string {
  return screen.getScreen().replace(/\s+/g, ' ');
}

/**
 * Everything shown so far, as a terminal shows it: one string, a line per row. (@inquirer/testing's
 * own getFullOutput() replays it on a 10,000 × 4,000 terminal, about 2 s of CPU per call; a line
 * here is never wider than the 80 columns the flow was drawn for, so a terminal of 400 columns and
 * one row per line shown gives the same text.)
 */
export async function fullOutput(): Promise<string> {
  const raw = await screen.getFullOutput({ raw: true });
  const term = new xterm.Terminal({ cols: 400, rows: raw.split('\n').length + 1, allowProposedApi: true, convertEol: true });
  await new Promise<void>((resolve) => term.write(raw, resolve));
  const lines: string[] = [];
  for (let i = 0; i < term.rows; i++) lines.push(term.buffer.active.getLine(i)?.translateToString(true) ?? '');
  term.dispose();
  while (lines.length > 0 && lines.at(-1) === '') lines.pop();
  return lines.join('\n');
}
