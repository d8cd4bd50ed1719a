import type { ReactNode } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, MemoryRouter, Route, Routes } from 'react-router';
import { I18nProvider } from '../i18n';
import { lazyPage, PageBoundary } from './PageBoundary';

function Frame({ children }: { children: ReactNode }) {
  return (
    <I18nProvider>
      <MemoryRouter initialEntries={['/broken']}>
        <nav>
          <Link to="/fine">fine</Link>
        </nav>
        <PageBoundary>{children}</PageBoundary>
      </MemoryRouter>
    </I18nProvider>
  );
}

describe('pages loaded on demand', () => {
  test('a page whose code cannot be fetched says so and offers to reload, not a blank page', async () => {
    // what the browser does when a chunk of an older release is no longer on the server
    const Broken = lazyPage<'Page', { Page: () => null }>(
      () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
      'Page',
    );
    const Fine = lazyPage(() => Promise.resolve({ Page: () => <h1>Pagina caricata</h1> }), 'Page');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <Frame>
        <Routes>
          <Route path="broken" element={<Broken />} />
          <Route path="fine" element={<Fine />} />
        </Routes>
      </Frame>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Questa pagina non si è caricata');
    expect(alert.textContent).toContain('Ricarica la pagina per continuare');
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload });
    await userEvent.click(screen.getByRole('button', { name: 'Ricarica la pagina' }));
    expect(reload).toHaveBeenCalled();
    // going elsewhere tries again: the other page shows
    await userEvent.click(screen.getByRole('link', { name: 'fine' }));
    expect(await screen.findByRole('heading', { name: 'Pagina caricata' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('a status says the page is loading while its code arrives', async () => {
    let arrive: (m: { Page: () => ReactNode }) => void = () => undefined;
    const Slow = lazyPage(
      () => new Promise<{ Page: () => ReactNode }>((resolve) => (arrive = resolve)),
      'Page',
    );
    render(
      <Frame>
        <Routes>
          <Route path="broken" element={<Slow />} />
        </Routes>
      </Frame>,
    );
    expect((await screen.findByRole('status')).textContent).toContain('Caricamento in corso…');
    arrive({ Page: () => <h1>Arrivata</h1> });
    expect(await screen.findByRole('heading', { name: 'Arrivata' })).toBeTruthy();
  });

  test('once a feature’s code is here, its other pages show at once, without a loading state', async () => {
    const feature = () =>
      Promise.resolve({ First: () => <h1>Prima</h1>, Second: () => <h1>Seconda</h1> });
    const First = lazyPage(feature, 'First');
    const Second = lazyPage(feature, 'Second');
    await First.preload();
    render(
      <Frame>
        <Routes>
          <Route path="broken" element={<Second />} />
        </Routes>
      </Frame>,
    );
    // synchronously: no status, no second trip through the loading state
    expect(screen.getByRole('heading', { name: 'Seconda' })).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  test('a page that fails while showing gets a message too', async () => {
    const Crashing = lazyPage(
      () =>
        Promise.resolve({
          Page: () => {
            throw new Error('boom');
          },
        }),
      'Page',
    );
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <Frame>
        <Routes>
          <Route path="broken" element={<Crashing />} />
        </Routes>
      </Frame>,
    );
    expect((await screen.findByRole('alert')).textContent).toContain(
      'Questa pagina ha avuto un problema',
    );
  });
});
