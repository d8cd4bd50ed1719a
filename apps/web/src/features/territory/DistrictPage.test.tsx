import { describe, expect, test } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { planContracts } from '@pdz/core';
import { renderApp, signedInServer } from '../../testing/render';
import { ids, plan } from '../../testing/fixtures';
import { problem } from '../../testing/server';

const districtPath = `/districts/${ids.district}`;

describe('district page', () => {
  test('shows the district, its 12 municipalities with Italian grouping and its plans', async () => {
    signedInServer('mayor');
    renderApp(districtPath);
    expect(
      await screen.findByRole('heading', { level: 1, name: /Distretto sociale di Pavia/ }),
    ).toBeTruthy();
    expect(screen.getByText('Consorzio Sociale Pavese', { selector: 'dd' })).toBeTruthy();
    const table = screen.getByRole('table', {
      name: /Comuni del distretto con popolazione al 2011/,
    });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(1 + 12 + 1);
    const pavia = within(table)
      .getByRole('rowheader', { name: 'Pavia' })
      .closest('tr') as HTMLElement;
    expect(within(pavia).getByText('018110')).toBeTruthy();
    expect(within(pavia).getByText('68.280')).toBeTruthy();
    expect(within(table).getByText('99.958')).toBeTruthy();
    const plans = await screen.findByRole('table', { name: 'Piani di zona del distretto' });
    expect(within(plans).getByRole('link', { name: 'Piano di Zona 2012–2014' })).toBeTruthy();
    expect(within(plans).getByText('2012–2014')).toBeTruthy();
    expect(within(plans).getByText('Stesura')).toBeTruthy();
    expect(document.title).toBe('Distretto sociale di Pavia · Piano di Zona');
  });

  test('only the plan office sees the "new plan" form', async () => {
    signedInServer('partner');
    const { unmount } = renderApp(districtPath);
    await screen.findByRole('table', { name: 'Piani di zona del distretto' });
    expect(screen.queryByRole('form', { name: 'Nuovo piano' })).toBeNull();
    unmount();

    signedInServer('planOffice');
    renderApp(districtPath);
    expect(await screen.findByRole('form', { name: 'Nuovo piano' })).toBeTruthy();
  });

  test('a new plan is created and opened; a bad period is explained beside the field', async () => {
    const server = signedInServer('planOffice');
    const created = {
      ...plan,
      id: '00000000-0000-4000-8000-000000000099',
      title: 'Piano di Zona 2015–2017',
      period: { startYear: 2015, endYear: 2017 },
      phase: 'startUp',
    };
    server.on(planContracts.create, created);
    server.on(planContracts.get, { ...created, areas: [] });
    server.on(planContracts.versions, { items: [] });
    renderApp(districtPath);
    const form = await screen.findByRole('form', { name: 'Nuovo piano' });
    await userEvent.type(
      within(form).getByLabelText(/Titolo del piano/),
      'Piano di Zona 2015–2017',
    );
    const start = within(form).getByLabelText(/Anno di inizio/);
    const end = within(form).getByLabelText(/Anno di fine/);
    await userEvent.clear(start);
    await userEvent.type(start, '2015');
    await userEvent.clear(end);
    await userEvent.type(end, '2014');
    await userEvent.click(within(form).getByRole('button', { name: 'Crea il piano' }));
    expect(
      within(form).getByText(
        'L’anno di fine non può precedere l’anno di inizio: indica un anno uguale o successivo.',
      ),
    ).toBeTruthy();
    await userEvent.clear(end);
    await userEvent.type(end, '2025');
    await userEvent.click(within(form).getByRole('button', { name: 'Crea il piano' }));
    expect(
      within(form).getByText(
        'Il periodo di programmazione può durare al massimo sei anni, compresi l’anno di inizio e quello di fine: indica un anno di fine più vicino.',
      ),
    ).toBeTruthy();
    expect(server.requestsTo(planContracts.create)).toHaveLength(0);

    await userEvent.clear(end);
    await userEvent.type(end, '2017');
    await userEvent.click(within(form).getByRole('button', { name: 'Crea il piano' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Piano di Zona 2015–2017' }),
    ).toBeTruthy();
    expect(server.requestsTo(planContracts.create)[0]?.body).toEqual({
      title: 'Piano di Zona 2015–2017',
      period: { startYear: 2015, endYear: 2017 },
    });
  });

  test('switching to English translates the page, regroups numbers and sets <html lang>', async () => {
    signedInServer('mayor');
    renderApp(districtPath);
    await screen.findByRole('heading', { level: 1, name: /Distretto sociale di Pavia/ });
    await userEvent.click(screen.getByRole('button', { name: 'English' }));
    expect(
      screen.getByRole('heading', { level: 2, name: 'Municipalities of the district' }),
    ).toBeTruthy();
    expect(screen.getAllByText('99,958').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('pdz.locale')).toBe('en');
  });

  test('an unknown district says so instead of showing an empty page', async () => {
    signedInServer('mayor').on({ method: 'GET', path: '/api/districts/:districtId' }, () =>
      problem('NOT_FOUND'),
    );
    renderApp(districtPath);
    expect((await screen.findByRole('alert')).textContent).toContain('Elemento non trovato');
  });
});
