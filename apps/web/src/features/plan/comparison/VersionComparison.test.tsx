import { describe, expect, test } from 'vitest';
import { screen, within } from '@testing-library/react';
import { comparisonContracts, planContracts, type PlanComparison } from '@pdz/core';
import { renderApp, signedInServer } from '../../../testing/render';
import { problem } from '../../../testing/server';
import { ids, planTree } from '../../../testing/fixtures';

const planPath = `/districts/${ids.district}/plans/${ids.plan}`;

const changes: PlanComparison = {
  plan: [],
  areas: [],
  objectives: [
    {
      kind: 'changed',
      id: ids.objective1,
      label: 'OB1 – Sostenere le famiglie',
      fields: [
        { field: 'title', from: '"Sostenere"', to: '"Sostenere le famiglie"' },
        { field: 'status', from: '"planned"', to: '"inProgress"' },
        { field: 'areaId', from: '"a1"', to: '"a2"' },
      ],
    },
  ],
  actions: [{ kind: 'added', id: 'x3', label: 'Sportello genitori', fields: [] }],
  indicators: [],
  money: {
    bySourceYear: [
      { sourceCode: 'FNPS', year: 2013, from: 100_000_00, to: 101_234_56, delta: 1_234_56 },
    ],
    byAction: [],
    total: { from: 100_000_00, to: 101_234_56, delta: 1_234_56 },
  },
  chapters: [
    {
      kind: 'changed',
      id: 'c1',
      label: 'Monitoraggio e valutazione',
      fields: [{ field: 'body', from: '"a"', to: '"b"' }],
      paragraphs: [
        { kind: 'same', text: 'Il primo anno.' },
        { kind: 'added', text: 'Aggiornamento annuale 2013 (bozza).' },
        { kind: 'removed', text: 'Testo di prima.' },
      ],
    },
  ],
};

describe('what an update changes', () => {
  test('shows the draft of the update against the version in force, in words and figures', async () => {
    const server = signedInServer('planOffice')
      .on(planContracts.get, planTree({ phase: 'updating', latestApprovedVersion: 1 }))
      .on(comparisonContracts.get, changes);
    renderApp(planPath);
    const section = (
      await screen.findByRole('heading', { name: 'Cosa cambia rispetto alla versione 1' })
    ).closest('section')!;
    const s = within(section);
    expect(
      await s.findByText(
        '1 obiettivo, 1 azione, 0 indicatori, 1 capitolo con differenze; risorse: +1.234,56 €.',
      ),
    ).toBeTruthy();
    expect(s.getByText('Titolo: da «Sostenere» a «Sostenere le famiglie»')).toBeTruthy();
    expect(s.getByText('Stato: da Programmato a In corso')).toBeTruthy();
    expect(s.getByText('Spostato in un’altra area')).toBeTruthy();
    expect(s.getByRole('row', { name: /Sportello genitori Aggiunto/ })).toBeTruthy();
    const money = s.getByRole('table', { name: /per fonte di finanziamento e anno/ });
    expect(
      within(money).getByRole('row', {
        name: /FNPS 2013 100\.000,00 € 101\.234,56 € \+1\.234,56 €/,
      }),
    ).toBeTruthy();
    expect(s.getByText('Aggiornamento annuale 2013 (bozza).').closest('ins')).toBeTruthy();
    expect(s.getByText('Testo di prima.').closest('del')).toBeTruthy();
    expect(server.requestsTo(comparisonContracts.get)[0]?.query.get('from')).toBe('1');
  });

  test('is not shown while a plan has no approved version', async () => {
    signedInServer('planOffice').on(planContracts.get, planTree({ phase: 'drafting' }));
    renderApp(planPath);
    await screen.findByRole('heading', { level: 1, name: 'Piano di Zona 2012–2014' });
    expect(screen.queryByRole('heading', { name: /Cosa cambia/ })).toBeNull();
  });

  test('an error is said in words', async () => {
    signedInServer('planOffice')
      .on(planContracts.get, planTree({ phase: 'updating', latestApprovedVersion: 1 }))
      .on(comparisonContracts.get, () => problem('NOT_FOUND'));
    renderApp(planPath);
    const heading = await screen.findByRole('heading', {
      name: 'Cosa cambia rispetto alla versione 1',
    });
    expect(await within(heading.closest('section')!).findByRole('alert')).toBeTruthy();
  });
});
