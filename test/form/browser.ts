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

/** What a page did that it should not: requests beyond its own file, script errors, CSP violations. */
export interface PageWatch {
  requests: string[];
  errors: string[];
}

/**
 * A fresh browser profile (its own storage) where every request that is not for a local file is
 * refused and recorded, so a page that tried to reach the network fails its test.
 */
export async function offlineContext(browser: Browser, viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; watch: PageWatch }> {
  const context = await browser.newContext({ viewport, acceptDownloads: true, locale: 'id-ID' });
  const watch: PageWatch = { requests: [], errors: [] };
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    watch.requests.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('page', (page) => watchPage(page, watch));
  return { context, watch };
}

function watchPage(page: Page, watch: PageWatch): void {
  page.on('pageerror', (error) => watch.errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(`console: ${message.text()}`);
  });
}

/** Open a generated form from disk and wait for its first drawing. */
export async function openForm(context: BrowserContext, file: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`file://${file}`);
  await page.waitForSelector('[data-score="index"]');
  return page;
}
