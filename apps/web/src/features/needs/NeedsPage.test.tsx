import { describe, expect, test } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { needContracts, type NeedStatement } from '@pdz/core';
import { renderApp, signedInServer } from '../../testing/render';
import { ids } from '../../testing/fixtures';
import { json } from '../../testing/server';

const base = `/districts/${ids.district}/plans/${ids.plan}`;
const need = (over: Partial<NeedStatement> = {}): NeedStatement => ({
  id: '00000000-0000-4000-8000-000000000501',
  planId: ids.plan,
  areaId: ids.areaElderly,
  title: 'Più grandi anziani che vivono soli',
  statement: 'L’indice di vecchiaia passa da 185 a 194.',
  evidence: [
    { label: 'Indicatori 2014', url: '' },
    { label: 'Verbale del tavolo anziani', url: 'https://example.org/verbale.pdf' },
  ],
  position: 0,
  objectiveIds: [ids.objective2],
  version: 3,
  ...over,
});

describe('need statements of the plan', () => {
  test('lists the needs by area with their evidence and the objectives answering them', async () => {
    signedInServer('mayor').on(needContracts.list, { items: [need()] });
    renderApp(`${base}/needs`);
    const area = await screen.findByRole('region', { name: 'Anziani' });
    await within(area).findByRole('heading', { name: 'Più grandi anziani che vivono soli' });
    expect(
      within(area).getByRole('link', { name: 'Verbale del tavolo anziani' }).getAttribute('href'),
    ).toBe('https://example.org/verbale.pdf');
    expect(within(area).getByText('Indicatori 2014')).toBeTruthy();
    expect(
      within(area)
        .getByRole('link', { name: /OB2 · Domiciliarità/ })
        .getAttribute('href'),
    ).toBe(`/app${base}/objectives/${ids.objective2}`.replace('/app', ''));
    const minors = screen.getByRole('region', { name: 'Minori e famiglia' });
    expect(within(minors).getByText('Nessun bisogno per quest’area.')).toBeTruthy();
    // the mayor reads: no edit controls
    expect(screen.queryByRole('button', { name: /Modifica/ })).toBeNull();
  });

  test('the plan office adds a need to an area with its evidence, and edits one at the version read', async () => {
    const server = signedInServer('planOffice')
      .on(needContracts.list, { items: [need()] })
      .on(needContracts.create, (req) =>
        json(
          { ...need(), id: '00000000-0000-4000-8000-000000000502', ...(req.body as object) },
          201,
        ),
      )
      .on(needContracts.update, (req) => json({ ...need(), ...(req.body as object), version: 4 }));
    renderApp(`${base}/needs`);
    const minors = await screen.findByRole('region', { name: 'Minori e famiglia' });
    await userEvent.click(within(minors).getByText('Aggiungi un bisogno a «Minori e famiglia»'));
    await userEvent.type(within(minors).getByRole('textbox', { name: 'Bisogno' }), 'Nidi lontani');
    await userEvent.type(
      within(minors).getByLabelText(/^Evidenze, una per riga/),
      'Fascia 0–2 per comune{enter}Verbale | https://example.org/v.pdf',
    );
    await userEvent.click(within(minors).getByRole('button', { name: 'Salva' }));
    await waitFor(() => expect(server.requestsTo(needContracts.create)).toHaveLength(1));
    expect(server.requestsTo(needContracts.create)[0]!.body).toEqual({
      areaId: ids.areaMinors,
      title: 'Nidi lontani',
      statement: '',
      evidence: [
        { label: 'Fascia 0–2 per comune', url: '' },
        { label: 'Verbale', url: 'https://example.org/v.pdf' },
      ],
    });

    const elderly = screen.getByRole('region', { name: 'Anziani' });
    await userEvent.click(within(elderly).getByRole('button', { name: /^Modifica/ }));
    const form = within(elderly).getByRole('form', {
      name: 'Modifica «Più grandi anziani che vivono soli»',
    });
    const title = within(form).getByRole('textbox', { name: 'Bisogno' });
    await userEvent.clear(title);
    await userEvent.type(title, 'Anziani soli');
    await userEvent.click(within(form).getByRole('button', { name: 'Salva' }));
    await waitFor(() => expect(server.requestsTo(needContracts.update)).toHaveLength(1));
    expect(server.requestsTo(needContracts.update)[0]!.body).toMatchObject({
      version: 3,
      title: 'Anziani soli',
    });
  });
});
