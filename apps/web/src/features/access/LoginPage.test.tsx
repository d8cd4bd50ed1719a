import { describe, expect, test } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { getDistrict, listMyDistricts, login } from '@pdz/core';
import { renderApp, signedInServer } from '../../testing/render';
import { problem, json } from '../../testing/server';
import { sessionFor, ids } from '../../testing/fixtures';

async function signIn(email: string, password: string) {
  await userEvent.type(await screen.findByLabelText(/Indirizzo e-mail/), email);
  await userEvent.type(screen.getByLabelText(/^Password/), password);
  await userEvent.click(screen.getByRole('button', { name: 'Accedi' }));
}

describe('login page', () => {
  test('wrong e-mail or password is said plainly', async () => {
    const server = signedInServer(null).on(login, () => problem('INVALID_CREDENTIALS'));
    renderApp('/login');
    await signIn('sindaco@pavia.demo', 'sbagliata');
    expect((await screen.findByRole('alert')).textContent).toContain('E-mail o password errate.');
    expect(server.requestsTo(login)[0]?.body).toEqual({
      email: 'sindaco@pavia.demo',
      password: 'sbagliata',
    });
  });

  test('a locked account tells how many minutes to wait (from Retry-After)', async () => {
    signedInServer(null).on(login, () =>
      problem(
        'ACCOUNT_LOCKED',
        { detail: 'locked until 2030-01-01T10:15:00Z' },
        { 'retry-after': '840' },
      ),
    );
    renderApp('/login');
    await signIn('sindaco@pavia.demo', 'sbagliata');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('account è bloccato');
    expect(alert.textContent).toContain('Riprova tra 14 minuti');
  });

  test('rate limiting asks to wait', async () => {
    signedInServer(null).on(login, () => problem('RATE_LIMITED', {}, { 'retry-after': '30' }));
    renderApp('/login');
    await signIn('sindaco@pavia.demo', 'x');
    expect((await screen.findByRole('alert')).textContent).toContain('Attendi 30 secondi');
  });

  test('an invalid e-mail is flagged beside the field without calling the server', async () => {
    const server = signedInServer(null);
    renderApp('/login');
    await signIn('non-una-mail', 'x');
    const field = screen.getByLabelText(/Indirizzo e-mail/);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByText(
        'Il campo «Indirizzo e-mail» deve contenere un indirizzo e-mail valido, ad esempio nome@comune.it.',
      ),
    ).toBeTruthy();
    expect(server.requestsTo(login)).toHaveLength(0);
  });

  test('signing in opens the district, with the user and role in the header', async () => {
    const server = signedInServer('planOffice');
    // the session endpoint says "nobody" until the login succeeds
    let signedIn = false;
    server.on({ method: 'GET', path: '/api/auth/session' }, () =>
      signedIn ? json(sessionFor('planOffice')) : problem('UNAUTHENTICATED'),
    );
    server.on(login, () => {
      signedIn = true;
      return json(sessionFor('planOffice'));
    });
    renderApp('/login');
    await signIn('ufficio.piano@pavia.demo', 'demo-Pavia-2012');
    expect(
      await screen.findByRole('heading', { level: 1, name: /Distretto sociale di Pavia/ }),
    ).toBeTruthy();
    expect(screen.getByText('Giulia Bianchi')).toBeTruthy();
    expect(screen.getByText('Ufficio di Piano')).toBeTruthy();
    expect(server.requestsTo(getDistrict)[0]?.params.districtId).toBe(ids.district);
  });

  test('an expired session sends the user to sign in with a notice', async () => {
    signedInServer('mayor').on(getDistrict, () => problem('SESSION_EXPIRED'));
    renderApp(`/districts/${ids.district}`);
    expect((await screen.findByRole('alert')).textContent).toContain('La sessione è scaduta');
    expect(screen.getByRole('heading', { level: 1, name: 'Accedi' })).toBeTruthy();
  });

  test('the demo accounts are listed and labelled as demonstration data', async () => {
    // as in the browser: a signed-out visitor's other calls answer 401, which purges user data
    signedInServer(null).on(listMyDistricts, () => problem('UNAUTHENTICATED'));
    renderApp('/');
    expect(await screen.findByText('ufficio.piano@pavia.demo')).toBeTruthy();
    expect(screen.getAllByText('Dati dimostrativi').length).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole('button', { name: 'Usa l’account sindaco@pavia.demo' }));
    expect((screen.getByLabelText(/Indirizzo e-mail/) as HTMLInputElement).value).toBe(
      'sindaco@pavia.demo',
    );
  });

  test('an installation without demo data lists no demo accounts', async () => {
    signedInServer(null, { demoData: false });
    renderApp('/login');
    expect(await screen.findByRole('heading', { level: 1, name: 'Accedi' })).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByText('ufficio.piano@pavia.demo')).toBeNull();
  });
});
