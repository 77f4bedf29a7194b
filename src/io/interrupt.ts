/** What must stop before an interrupted run cleans up (e.g. PDF worker threads still writing). */
const hooks = new Set<() => unknown>();

/** Register a hook to run on Ctrl-C; returns a function that removes it again. */
export function onInterrupt(hook: () => unknown): () => void {
  hooks.add(hook);
  return () => void hooks.delete(hook);
}

/** Run every registered hook (awaiting those that return promises). */
export async function runInterruptHooks(): Promise<void> {
  await Promise.allSettled([...hooks].map(async (hook) => hook()));
}
