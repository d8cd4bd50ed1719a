import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { apiLogin, createScratchPlan, demoDistrictId, logout } from '../support/api';
import { checkPage, launchBrowser, newPage } from '../support/browser';
import { openPlan, signIn } from '../support/backoffice';

const baseUrl = inject('baseUrl');
const laptop = { width: 1366, height: 768 };
const longWord =
  'Potenziamentodelservizioassistenzadomiciliareintegrataperglianzianinonautosufficienti';

/**
 * The element is in sight as the page opens: once the page is scrolled down to it (never
 * sideways, as a reader would not know to), it is on screen and neither covered nor clipped: the
 * point at its centre is its own.
 */
async function expectInSight(element: Locator, what: string) {
  const seen = await element.evaluate((el) => {
    // instant: bootstrap asks for smooth scrolling, which would still be under way
    window.scrollBy({
      top: el.getBoundingClientRect().top - window.innerHeight / 2,
      behavior: 'instant',
    });
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return { right: r.right, mine: hit !== null && (hit === el || el.contains(hit)) };
  });
  expect(seen.right, `${what} ends at ${seen.right} px`).toBeLessThanOrEqual(laptop.width);
  expect(seen.mine, `${what} is hidden`).toBe(true);
}

/** Every part of `box` lies inside `frame` horizontally. */
async function expectWithin(box: Locator, frame: Locator, what: string) {
  const inner = await box.boundingBox();
  const outer = await frame.boundingBox();
  expect(inner && outer, what).toBeTruthy();
  expect(inner!.x + inner!.width, what).toBeLessThanOrEqual(outer!.x + outer!.width + 1);
}

/**
 * The plan office on a laptop screen (1366 × 768): the budget's total column stays in sight
 * beside the many funding sources, the needs analysis' fields show their edges, and long titles
 * stay inside their boxes.
 */
describe('the plan office on a laptop screen', () => {
  let browser: Browser;
  let page: Page;
  let scratchBase: string;

  beforeAll(async () => {
    const session = await apiLogin(baseUrl, 'ufficio.piano@pavia.demo');
    const districtId = await demoDistrictId(baseUrl, session);
    const scratch = await createScratchPlan(
      baseUrl,
      session,
      districtId,
      `Piano ${longWord} ${Date.now().toString(36)}`,
      { title: `Obiettivo ${longWord}` },
    );
    scratchBase = `/app/districts/${districtId}/plans/${scratch.planId}`;
    await logout(baseUrl, session);
    browser = await launchBrowser();
    page = await newPage(browser, baseUrl, { viewport: laptop });
    await signIn(page, 'ufficio.piano@pavia.demo');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('sees the total of each action beside the allocation grid’s many funding sources', async () => {
    await openPlan(page);
    await page.getByRole('link', { name: 'Risorse', exact: true }).click();
    const grid = page.getByRole('table', { name: /Risorse assegnate alle azioni/ });
    await grid.waitFor();
    const region = page.locator('div[role="region"]', { has: grid });
    // more sources than the screen holds: the grid scrolls in its region…
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    // …and the total column stays in sight, for the header and for an action's row
    await expectInSight(grid.getByRole('columnheader', { name: 'Totale' }), 'the total header');
    const firstRow = grid.locator('tbody tr').filter({ has: page.locator('th[scope="row"]') });
    await expectInSight(firstRow.first().locator('td').last(), 'an action’s total');
    await checkPage(page, 'laptop-01-budget');
  });

  it('sees the edge of every field of the needs analysis', async () => {
    await page
      .getByRole('navigation', { name: 'Menu principale' })
      .getByRole('link', { name: 'Analisi dei bisogni' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Analisi dei bisogni' }).waitFor();
    const fields = page.locator('main').locator('input:not([type="hidden"]), select');
    await page.getByLabel('Anno', { exact: true }).first().waitFor();
    expect(await fields.count()).toBeGreaterThan(4);
    for (const field of await fields.all()) {
      const edge = await field.evaluate((el) => {
        const s = getComputedStyle(el);
        return {
          name: el.id,
          bottom: s.borderBottomStyle !== 'none' ? parseFloat(s.borderBottomWidth) : 0,
        };
      });
      expect(edge.bottom, `field ${edge.name} has no visible edge`).toBeGreaterThanOrEqual(1);
    }
    await checkPage(page, 'laptop-02-needs-analysis');
  });

  it('keeps a long title inside the heading, the navigator and the tree', async () => {
    await page.goto(scratchBase);
    const heading = page.getByRole('heading', { level: 1, name: new RegExp(longWord) });
    await heading.waitFor();
    const main = page.locator('main');
    await expectWithin(heading, main, 'the plan title');
    const navigator = page.getByRole('navigation', { name: 'Contenuto del piano' });
    await expectWithin(
      navigator.getByRole('link', { name: new RegExp(longWord) }),
      navigator,
      'the objective in the navigator',
    );
    const tree = main.locator('li.pdz-objective h4').first();
    await expectWithin(tree, main, 'the objective in the tree');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      laptop.width,
    );
    await checkPage(page, 'laptop-03-long-title');
  });
});
