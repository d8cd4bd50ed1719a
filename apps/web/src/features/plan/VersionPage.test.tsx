import { describe, expect, test } from 'vitest';
import { screen } from '@testing-library/react';
import { planContracts } from '@pdz/core';
import { renderApp, signedInServer } from '../../testing/render';
import { ids, version } from '../../testing/fixtures';

describe('approved version page', () => {
  test('shows the frozen content read-only with its fingerprint and approval data', async () => {
    signedInServer('planOffice').on(planContracts.version, version);
    renderApp(`/districts/${ids.district}/plans/${ids.plan}/versions/1`);
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Piano di Zona 2012–2014 – versione 1',
      }),
    ).toBeTruthy();
    expect(screen.getByText(version.sha256)).toBeTruthy();
    expect(screen.getByText('26/03/2012')).toBeTruthy();
    expect(screen.getByText('Deliberazione n. 3 del 26/03/2012')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Minori e famiglia' })).toBeTruthy();
    expect(screen.getByText('Centro per la famiglia')).toBeTruthy();
    // frozen: even the plan office gets no edit control here
    expect(screen.queryByRole('button', { name: /Modifica|Elimina|Aggiungi/ })).toBeNull();
    expect(document.title).toBe(
      'Piano di Zona 2012–2014 – versione 1 · Distretto sociale di Pavia · Piano di Zona',
    );
  });
});
