import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from 'playwright-core';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const screenshotDir = join(repoRoot, '.test-results', 'screenshots');

// Contexts opened with JavaScript disabled: axe cannot run inside them (its injected script
// never answers), so their pages are checked in a twin page with JavaScript on.
const noScriptContexts = new WeakSet<BrowserContext>();

/** The Chromium of the system (Debian package): nothing is downloaded. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A new page in a new context (axe needs a context of its own; no shared cookies). */
export async function newPage(
  browser: Browser,
  baseURL: string,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: 'it-IT',
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  if (options.javaScriptEnabled === false) noScriptContexts.add(context);
  return context.newPage();
}

/** Fails listing every WCAG 2.1 A/AA violation axe finds on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = noScriptContexts.has(page.context())
    ? await analyzeTwin(page)
    : await analyze(page);
  if (results.violations.length === 0) return;
  const lines = results.violations.map((v) => {
    const targets = v.nodes.map((n) => `    - ${n.target.join(' ')}`).join('\n');
    return `- ${v.id} (${v.impact ?? 'unknown'}): ${v.help}\n  ${v.helpUrl}\n${targets}`;
  });
  throw new Error(
    `axe found ${results.violations.length} violation(s) on ${page.url()}:\n${lines.join('\n')}`,
  );
}

function analyze(page: Page) {
  return new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
}

/** The same URL, loaded in a context with JavaScript on (for pages that have no script). */
async function analyzeTwin(page: Page) {
  const browser = page.context().browser();
  if (!browser) throw new Error('The page has no browser');
  const context = await browser.newContext({ viewport: page.viewportSize() ?? undefined });
  try {
    const twin = await context.newPage();
    await twin.goto(page.url());
    return await analyze(twin);
  } finally {
    await context.close();
  }
}

/** Saves a full-page screenshot to .test-results/screenshots/<name>.png at the repository root. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Every page a journey visits: an accessibility check and a screenshot. */
export async function checkPage(page: Page, name: string): Promise<void> {
  await saveScreenshot(page, name);
  await expectNoAxeViolations(page);
}
