import { build, type Plugin } from 'esbuild';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../io/bundled.js';
import { FORM_ASSETS } from '../io/form-assets.js';
import { markDone, upToDate } from './up-to-date.js';

/**
 * Build step: bundle the offline form's browser code (src/form/browser, which imports the CLI's
 * own rubric, answers, scoring and message modules) and its styles into dist/browser, for
 * `siap form` to inline into every page. The build fails when the bundle would pull in anything
 * that only runs in Node (a `node:` module, the CLI or the file-system layer).
 */
const SRC = join(PACKAGE_ROOT, 'src');
const zodShim = join(SRC, 'form', 'browser', 'zod.ts');

/** `import { z } from 'zod'` → the few zod functions the answers schema uses (see zod.ts). */
const namedZod: Plugin = {
  name: 'siap-named-zod',
  setup(b) {
    b.onResolve({ filter: /^zod$/ }, (args) => (args.importer === zodShim ? undefined : { path: zodShim }));
  },
};

async function bundleForm(): Promise<void> {
  const script = await build({
    entryPoints: [join(SRC, 'form', 'browser', 'main.ts')],
    outfile: join(FORM_ASSETS, 'form.js'),
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome109', 'edge109', 'firefox115', 'safari15'],
    charset: 'utf8',
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
    plugins: [namedZod],
  });
  const inputs = Object.keys(script.metafile.inputs);
  const nodeOnly = inputs.filter((file) => file.startsWith('node:') || /^src\/(cli|io|batch|report|tools)\//.test(file));
  if (nodeOnly.length > 0) throw new Error(`the form's browser bundle pulls in Node-only code: ${nodeOnly.join(', ')}`);

  await build({
    entryPoints: [join(SRC, 'form', 'form.css')],
    outfile: join(FORM_ASSETS, 'form.css'),
    bundle: true,
    minify: true,
    charset: 'utf8',
    logLevel: 'warning',
  });
}

if (!upToDate('form', [SRC, join(PACKAGE_ROOT, 'package-lock.json')], [join(FORM_ASSETS, 'form.js'), join(FORM_ASSETS, 'form.css')])) {
  await bundleForm();
  markDone('form');
}
