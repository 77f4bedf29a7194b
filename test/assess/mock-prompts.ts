import { vi } from 'vitest';

/**
 * Set-up of the prompts project (vitest.config.ts): the question prompt of `siap assess` is built on
 * @inquirer/core, so it is routed through @inquirer/testing's screen, like the ready-made prompts
 * @inquirer/testing already wraps. Every file of that project drives `runAssess` on that screen.
 */
vi.mock('@inquirer/core', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@inquirer/core')>();
  const { wrapPrompt } = await import('@inquirer/testing/vitest');
  return { ...actual, createPrompt: (view: Parameters<typeof actual.createPrompt>[0]) => wrapPrompt(actual.createPrompt(view)) };
});
