import { describe, expect, test } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, signedInServer } from '../../../testing/render';
import { ids } from '../../../testing/fixtures';

const base = `/districts/${ids.district}/plans/${ids.plan}`;

describe('plan navigator', { timeout: 20_000 }, () => {
  test('lists areas, objectives and actions and marks the page shown', async () => {
    signedInServer('mayor');
    renderApp(`${base}/actions/${ids.action2}`);
    const nav = await screen.findByRole(
      'navigation',
      { name: 'Contenuto del piano' },
      { timeout: 5000 },
    );
    const current = within(nav).getByRole('link', { name: 'Educativa domiciliare' });
    expect(current.getAttribute('aria-current')).toBe('page');
    expect(current.getAttribute('href')).toBe(`${base}/actions/${ids.action2}`);
    const objective = within(nav).getByRole('link', { name: /Sostenere le famiglie/ });
    expect(objective.getAttribute('href')).toBe(`${base}/objectives/${ids.objective1}`);
    expect(objective.getAttribute('aria-current')).toBeNull();
    expect(within(nav).getByRole('link', { name: /Domiciliarità/ })).toBeTruthy();
  });

  test('folds an area with a button that says whether it is open, by keyboard', async () => {
    signedInServer('mayor');
    renderApp(`${base}/objectives/${ids.objective2}`);
    const nav = await screen.findByRole(
      'navigation',
      { name: 'Contenuto del piano' },
      { timeout: 5000 },
    );
    const fold = within(nav).getByRole('button', { name: 'Comprimi «Minori e famiglia»' });
    expect(fold.getAttribute('aria-expanded')).toBe('true');
    fold.focus();
    await userEvent.keyboard('{Enter}');
    const unfold = within(nav).getByRole('button', { name: 'Espandi «Minori e famiglia»' });
    expect(unfold.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(unfold);
    expect(within(nav).queryByRole('link', { name: /Sostenere le famiglie/ })).toBeNull();
    expect(
      within(nav)
        .getByRole('link', { name: /Domiciliarità/ })
        .getAttribute('aria-current'),
    ).toBe('page');
    await userEvent.keyboard(' ');
    expect(within(nav).getByRole('link', { name: /Sostenere le famiglie/ })).toBeTruthy();
  });

  test('gives the whole width to wide sections such as the coherence panel: no navigator there', async () => {
    signedInServer('mayor');
    renderApp(`${base}/coherence`);
    await screen.findByRole('navigation', { name: 'Sezioni del piano' }, { timeout: 5000 });
    expect(screen.queryByRole('navigation', { name: 'Contenuto del piano' })).toBeNull();
  });
});
