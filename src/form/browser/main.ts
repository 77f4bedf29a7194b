/// <reference lib="dom" />
import { startForm } from './app.js';

/**
 * Entry of the offline form's script, bundled by esbuild at build time (`npm run build`) into
 * dist/browser/form.js and inlined into every page `siap form` writes.
 */
try {
  startForm(document, window);
} catch (error) {
  // Nothing else can show it: say what broke in the page itself, as text.
  const box = document.getElementById('app') ?? document.body;
  const p = document.createElement('p');
  p.className = 'fatal';
  p.textContent = `siap form: ${error instanceof Error ? error.message : String(error)}`;
  box.appendChild(p);
  throw error;
}
