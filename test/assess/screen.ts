import { screen } from '@inquirer/testing/vitest';
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
