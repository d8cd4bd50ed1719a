import { describe, expect, test } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { listAuditEvents } from '@pdz/core';
import { renderApp, signedInServer } from '../../testing/render';
import { auditEvent, ids } from '../../testing/fixtures';
import { json } from '../../testing/server';

describe('activity log', () => {
  test('lists events with dd/mm/yyyy hh:mm, shows before/after, and loads more with nextBefore', async () => {
    const server = signedInServer('planOffice');
    server.on(listAuditEvents, (req) =>
      req.query.get('before')
        ? json({ items: [auditEvent(2, '2012-03-01T08:00:00')], nextBefore: null })
        : json({
            items: [auditEvent(1, '2012-03-26T17:45:00')],
            nextBefore: '2012-03-26T17:45:00.000Z',
          }),
    );
    renderApp(`/districts/${ids.district}/audit`);
    const table = await screen.findByRole('table', { name: 'Eventi registrati, dal più recente' });
    expect(within(table).getByText('26/03/2012 17:45')).toBeTruthy();
    expect(within(table).getAllByText('Obiettivo modificato').length).toBeGreaterThan(0);

    const show = within(table).getByRole('button', { name: /Mostra prima e dopo/ });
    expect(show.getAttribute('aria-expanded')).toBe('false');
    await userEvent.click(show);
    expect(show.getAttribute('aria-expanded')).toBe('true');
    expect(within(table).getByText(/"title": "Titolo 1"/)).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Carica altri eventi' }));
    expect(await within(table).findByText('01/03/2012 08:00')).toBeTruthy();
    expect(server.requestsTo(listAuditEvents)[1]?.query.get('before')).toBe(
      '2012-03-26T17:45:00.000Z',
    );
    expect(screen.queryByRole('button', { name: 'Carica altri eventi' })).toBeNull();
  });

  test('the menu hides the activity log from roles that cannot read it', async () => {
    signedInServer('partner');
    renderApp(`/districts/${ids.district}`);
    await screen.findByRole('link', { name: 'Piani' });
    expect(screen.queryByRole('link', { name: 'Registro attività' })).toBeNull();
  });
});
