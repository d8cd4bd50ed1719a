import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { apiLogin, demoDistrictId, demoPlan, logout, transition } from './support/api';
import { checkPage, launchBrowser, newPage } from './support/browser';
import {
  districtName,
  editObjectiveTitle,
  objectiveHeading,
  openPlan,
  phaseBadge,
  planTitle,
  signIn,
} from './support/backoffice';

const baseUrl = inject('baseUrl');
const editablePhases = ['startUp', 'knowledge', 'concertation', 'drafting', 'updating'];
const resolution = 'Delibera n. 1 del 26/03/2012';
const stamp = Date.now().toString(36);
const approvedTitle = `Obiettivo approvato e2e ${stamp}`;
const revisedTitle = `Obiettivo in aggiornamento e2e ${stamp}`;

describe('the plan office edits, approves and revises the plan', () => {
  let browser: Browser;
  let office: Page;
  let expectedVersion: number;

  beforeAll(async () => {
    // whatever ran before, start from a plan that can be edited
    const session = await apiLogin(baseUrl, 'ufficio.piano@pavia.demo');
    const districtId = await demoDistrictId(baseUrl, session);
    let plan = await demoPlan(baseUrl, session, districtId);
    if (!editablePhases.includes(plan.phase)) {
      await transition(baseUrl, session, districtId, plan, 'openRevision');
      plan = await demoPlan(baseUrl, session, districtId);
    }
    expect(editablePhases).toContain(plan.phase);
    expectedVersion = (plan.latestApprovedVersion ?? 0) + 1;
    await logout(baseUrl, session);

    browser = await launchBrowser();
    office = await newPage(browser, baseUrl);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('signs in through the login form and sees the district', async () => {
    // the way in a user finds: the public portal's link to the staff area
    await office.goto('/');
    await office.getByRole('link', { name: 'Area riservata' }).click();
    await office.getByRole('heading', { level: 1, name: 'Accedi' }).waitFor();
    expect(office.url()).toMatch(/\/app\/login$/);
    // a demo installation lists its demo accounts
    await office.getByRole('cell', { name: 'ufficio.piano@pavia.demo', exact: true }).waitFor();
    await checkPage(office, 'office-01-login');

    await signIn(office, 'ufficio.piano@pavia.demo');
    expect(office.url()).toMatch(/\/app\/districts\/[0-9a-f-]{36}$/);

    const municipalities = office
      .locator('table')
      .filter({ has: office.locator('caption', { hasText: 'Comuni del distretto' }) });
    await expect.poll(() => municipalities.locator('tbody tr').count()).toBe(12);
    await expect
      .poll(async () => (await municipalities.locator('tfoot td').innerText()).trim())
      .toBe('99.958');
    const population = office.locator('dt', { hasText: 'Popolazione residente' }).locator('+ dd');
    await expect.poll(async () => (await population.innerText()).trim()).toBe('99.958');
    await checkPage(office, 'office-02-district');
  });

  it('opens the plan 2012–2014 in an editable phase', async () => {
    await openPlan(office);
    await expect.poll(() => office.locator('li.pdz-objective').count()).toBe(8);
    await office.getByRole('button', { name: 'Approva il piano' }).waitFor();
    await checkPage(office, 'office-03-plan-editable');
  });

  it('edits the title of objective OB1', async () => {
    await editObjectiveTitle(office, 'OB1', approvedTitle, async () => {
      await checkPage(office, 'office-04-objective-form');
    });
    await expect.poll(() => objectiveHeading(office, 'OB1').innerText()).toContain(approvedTitle);
    await checkPage(office, 'office-05-objective-saved');
  });

  it('approves the plan with the resolution of the assembly of mayors', async () => {
    await office.getByRole('button', { name: 'Approva il piano' }).click();
    const dialog = office.getByRole('alertdialog', { name: 'Conferma l’approvazione' });
    await dialog.waitFor();
    await dialog.getByLabel(/^Deliberazione dell/).fill(resolution);
    // the day the Assembly decided, which is not the day it is entered; a day to come is refused
    const decided = dialog.getByRole('textbox', { name: /^Data della deliberazione/ });
    await decided.fill('31/12/2999');
    await dialog.getByRole('button', { name: 'Approva e congela la versione' }).click();
    await dialog.getByText('non può essere successiva a oggi').waitFor();
    await decided.fill('25/03/2013');
    await checkPage(office, 'office-06-approve-confirm');
    await dialog.getByRole('button', { name: 'Approva e congela la versione' }).click();

    await phaseBadge(office, 'Approvato').waitFor();
    const versionLink = office.getByRole('link', {
      name: `Visualizza la versione ${expectedVersion}`,
    });
    await versionLink.waitFor();
    const row = office.locator('tr', { has: versionLink });
    await expect.poll(() => row.innerText()).toContain(resolution);
    await expect.poll(() => row.innerText()).toContain('25/03/2013');
    // an approved plan is read-only: no more edit buttons, a revision may be opened
    await office.getByRole('button', { name: 'Apri un aggiornamento' }).waitFor();
    await expect.poll(() => office.getByRole('button', { name: /^Modifica/ }).count()).toBe(0);
    await expect.poll(() => objectiveHeading(office, 'OB1').innerText()).toContain(approvedTitle);
    await checkPage(office, 'office-07-plan-approved');
  });

  it('shows the frozen version in the back office', async () => {
    await office.getByRole('link', { name: `Visualizza la versione ${expectedVersion}` }).click();
    await office
      .getByRole('heading', { level: 1, name: `${planTitle} – versione ${expectedVersion}` })
      .waitFor();
    await expect.poll(() => office.locator('main').innerText()).toContain(approvedTitle);
    await expect.poll(() => office.locator('main').innerText()).toContain(resolution);
    await checkPage(office, 'office-08-version');
    await office.getByRole('link', { name: 'Torna al piano' }).click();
    await office.getByRole('heading', { level: 1, name: planTitle }).waitFor();
  });

  it('publishes the approved version on the public portal', async () => {
    const visitor = await newPage(browser, baseUrl);
    try {
      await visitor.goto('/distretti/pavia');
      await visitor.getByRole('heading', { level: 1, name: districtName }).waitFor();
      await checkPage(visitor, 'office-09-public-district');
      await visitor.getByRole('link', { name: planTitle }).click();
      await visitor.getByRole('heading', { level: 1, name: planTitle }).waitFor();
      const main = await visitor.locator('main').innerText();
      expect(main).toContain(approvedTitle);
      expect(main).toContain(`Versione ${expectedVersion}`);
      expect(main).toContain(resolution);
      await checkPage(visitor, 'office-10-public-plan');
    } finally {
      await visitor.context().close();
    }
  });

  it('opens a revision, edits again, and the public version stays frozen', async () => {
    await office.getByRole('button', { name: 'Apri un aggiornamento' }).click();
    await phaseBadge(office, 'Aggiornamento').waitFor();
    await editObjectiveTitle(office, 'OB1', revisedTitle);
    await expect.poll(() => objectiveHeading(office, 'OB1').innerText()).toContain(revisedTitle);
    // the versions list still has the approved version
    await office.getByRole('link', { name: `Visualizza la versione ${expectedVersion}` }).waitFor();
    await checkPage(office, 'office-11-plan-updating');

    const visitor = await newPage(browser, baseUrl);
    try {
      await visitor.goto('/distretti/pavia');
      await visitor.getByRole('link', { name: planTitle }).click();
      await visitor.getByRole('heading', { level: 1, name: planTitle }).waitFor();
      const main = await visitor.locator('main').innerText();
      expect(main).toContain(approvedTitle);
      expect(main).not.toContain(revisedTitle);
      expect(main).toContain(`Versione ${expectedVersion}`);
      await checkPage(visitor, 'office-12-public-plan-after-revision');
    } finally {
      await visitor.context().close();
    }
  });

  it('reads in the activity log, in words, who changed the objective and how', async () => {
    await office.getByRole('link', { name: 'Registro attività' }).click();
    await office.getByRole('heading', { level: 1, name: 'Registro attività' }).waitFor();
    const log = office.getByRole('list', { name: 'Eventi registrati, dal più recente' });
    const sentence = `Giulia Ferrari ha modificato l’obiettivo «OB1 – ${revisedTitle}».`;
    await log.getByText(sentence, { exact: true }).first().waitFor();
    await log
      .getByText(`Titolo: da «${approvedTitle}» a «${revisedTitle}»`, { exact: true })
      .waitFor();
    await log
      .getByText(/ha approvato il piano «Piano di Zona 2012–2014»/)
      .first()
      .waitFor();
    const text = await office.locator('main').innerText();
    expect(text).not.toContain('{"');
    await checkPage(office, 'office-13-activity-log');

    // only the objectives, by the same person: the filter keeps what was asked
    const filters = office.getByRole('group', { name: 'Filtra gli eventi' });
    await filters.getByLabel('Persona').selectOption({ label: 'Giulia Ferrari' });
    await filters.getByLabel('Tipo di elemento').selectOption({ label: 'Obiettivi' });
    await filters.getByRole('button', { name: 'Applica i filtri' }).click();
    await office.waitForURL(/entityType=objective/);
    await log.getByText(sentence, { exact: true }).first().waitFor();
    expect(await log.getByText(/ha approvato il piano/).count()).toBe(0);
    await office
      .getByRole('status')
      .filter({ hasText: /eventi? mostrat/ })
      .waitFor();

    // on a phone the log reads the same and nothing runs off the screen
    await office.setViewportSize({ width: 390, height: 844 });
    await log.getByText(sentence, { exact: true }).first().waitFor();
    const overflow = await office.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await checkPage(office, 'office-14-activity-log-phone');
  });
});
