import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const screenshotDir = join(repoRoot, '.test-results', 'screenshots');

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
  return context.newPage();
}

/** Fails listing every WCAG 2.1 A/AA violation axe finds on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  if (results.violations.length === 0) return;
  const lines = results.violations.map((v) => {
    const targets = v.nodes.map((n) => `    - ${n.target.join(' ')}`).join('\n');
    return `- ${v.id} (${v.impact ?? 'unknown'}): ${v.help}\n  ${v.helpUrl}\n${targets}`;
  });
  throw new Error(
    `axe found ${results.violations.length} violation(s) on ${page.url()}:\n${lines.join('\n')}`,
  );
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
