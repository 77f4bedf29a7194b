import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium, installed by `.ci/run` (`apt-get install chromium`). */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Start the system Chromium headless, with no background traffic of its own. Fails at once,
 * saying what to install, when the browser is not there (rather than waiting for a timeout).
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: the form's browser tests need Debian's Chromium (apt-get install -y chromium; .ci/run installs it)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    timeout: 30_000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** What a page did that it should not: requests beyond its own file, script errors, CSP violations; and the dialogs it opened. */
export interface PageWatch {
  requests: string[];
  errors: string[];
  dialogs: string[];
}

/**
 * One browser profile and one tab for a whole test file (a new tab costs about as much CPU as
 * the form itself): every request that is not for a local file is refused and recorded, so a
 * page that tried to reach the network fails its test; a "leave this page?" question is
 * recorded and answered yes, so the next test can open its page.
 */
export async function offlineTab(browser: Browser): Promise<{ context: BrowserContext; page: Page; watch: PageWatch }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true, locale: 'id-ID' });
  const watch: PageWatch = { requests: [], errors: [], dialogs: [] };
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    watch.requests.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => watch.errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(`console: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    watch.dialogs.push(dialog.type());
    void (dialog.type() === 'beforeunload' ? dialog.accept() : dialog.dismiss());
  });
  return { context, page, watch };
}

/** Open a generated form from disk in the tab and wait for its first drawing. */
export async function openForm(page: Page, file: string): Promise<void> {
  await page.goto(`file://${file}`);
  await page.waitForSelector('[data-score="index"]');
}
