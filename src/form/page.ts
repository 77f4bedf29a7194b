import { createHash } from 'node:crypto';
import type { Lang } from '../i18n.js';
import type { FormPayload } from './payload.js';

export interface FormPageParts {
  /** The bundled browser script (dist/browser/form.js). */
  script: string;
  style: string;
  payload: FormPayload;
  lang: Lang;
  /** The page title and the line shown when scripts are off, in `lang`. */
  title: string;
  noScript: string;
}

/** Text for an HTML text node or a double-quoted attribute. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Inline script or style text that cannot end its element early: `</script` becomes `<\/script`
 * (the same text in a JS string or pattern). `<!--` would change how the parser reads the rest,
 * and the bundle never holds one; should it ever, the page is not made.
 */
function rawText(text: string, tag: 'script' | 'style'): string {
  if (text.includes('<!--')) throw new Error(`the form's inline ${tag} holds "<!--"`);
  return text.replace(new RegExp(`</${tag}`, 'gi'), `<\\/${tag}`);
}

function hash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * One self-contained HTML page: styles and script inline, the rubric and answers as JSON data
 * (every `<` escaped, so nothing in them can close the element), and a Content-Security-Policy
 * that runs only this script and this style and lets the page fetch nothing at all.
 */
export function buildFormPage(parts: FormPageParts): string {
  const script = rawText(parts.script, 'script');
  const style = rawText(parts.style, 'style');
  const data = JSON.stringify(parts.payload).replace(/</g, '\\u003c');
  const csp = [
    "default-src 'none'",
    `script-src ${hash(script)}`,
    `style-src ${hash(style)}`,
    "connect-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
  return [
    '<!doctype html>',
    `<html lang="${parts.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="siap ${escapeHtml(parts.payload.generator)}">`,
    `<title>${escapeHtml(parts.title)}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    `<noscript><p>${escapeHtml(parts.noScript)}</p></noscript>`,
    '<div id="app"></div>',
    `<script type="application/json" id="siap-form-data">${data}</script>`,
    `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
