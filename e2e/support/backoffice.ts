import type { Locator, Page } from 'playwright-core';
import { demoPassword } from './api';

export const districtName = 'Distretto sociale di Pavia';
export const planTitle = 'Piano di Zona 2012–2014';

/** Signs in through the back office's login form, as a person would. */
export async function fillLoginForm(page: Page, email: string, password = demoPassword) {
  await page.goto('/app/login');
  await page.getByRole('heading', { level: 1, name: 'Accedi' }).waitFor();
  await page.getByLabel(/^Indirizzo e-mail/).fill(email);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Accedi', exact: true }).click();
}

/** Signs in and waits for the district page (a user of one district lands there). */
export async function signIn(page: Page, email: string): Promise<void> {
  await fillLoginForm(page, email);
  await page.getByRole('heading', { level: 1, name: districtName }).waitFor();
  await page.getByRole('link', { name: planTitle }).waitFor();
}

/** From the district page to the plan page, waiting until the content has loaded. */
export async function openPlan(page: Page): Promise<void> {
  await page.getByRole('link', { name: planTitle }).click();
  await page.getByRole('heading', { level: 1, name: planTitle }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Versioni approvate' }).waitFor();
  await objective(page, 'OB1').waitFor();
  // the versions table or its "none" sentence: the page has finished loading
  await page.locator('section[aria-labelledby="versions"]').locator('table, p').first().waitFor();
}

/** The list item of one objective, found by its code (OB1…OB8). */
export function objective(page: Page, code: string): Locator {
  return page
    .locator('li.pdz-objective')
    .filter({ has: page.locator('h4 .pdz-code', { hasText: new RegExp(`^${code}$`) }) });
}

export function objectiveHeading(page: Page, code: string): Locator {
  return objective(page, code).locator('h4').first();
}

/** Edits an objective's title through its inline form and waits for the saved title. */
export async function editObjectiveTitle(
  page: Page,
  code: string,
  title: string,
  beforeSave?: () => Promise<void>,
): Promise<void> {
  await objective(page, code)
    .getByRole('button', { name: /^Modifica obiettivo/ })
    .click();
  // while editing, the objective's heading gives way to the form (one form open at a time)
  const form = page.getByRole('form', { name: 'Modifica obiettivo' });
  await form.getByLabel(/^Titolo dell.obiettivo/).fill(title);
  if (beforeSave) await beforeSave();
  await form.getByRole('button', { name: 'Salva', exact: true }).click();
  await form.waitFor({ state: 'detached' });
  await objective(page, code).locator('h4', { hasText: title }).waitFor();
}

/** The phase badge of the plan page (the first badge after the title). */
export function phaseBadge(page: Page, phase: string): Locator {
  return page.locator('main p .badge', { hasText: new RegExp(`^${phase}$`) });
}
