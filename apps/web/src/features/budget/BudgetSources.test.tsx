import { describe, expect, test } from 'vitest';
import { screen, within } from '@testing-library/react';
import {
  budgetContracts,
  coherenceContracts,
  municipalShareContracts,
  planContracts,
  type ClassificationItem,
} from '@pdz/core';
import { renderApp, signedInServer } from '../../testing/render';
import { ids, interventionAreas } from '../../testing/fixtures';
import { json, type FakeRequest } from '../../testing/server';

// The demo plan of the fixtures runs 2012–2014: a source that starts later cannot fund it.

const source = (
  code: string,
  labelIt: string,
  position: number,
  years: Pick<ClassificationItem, 'validFrom' | 'validTo'> = {},
): ClassificationItem => ({
  scheme: 'fundingSource',
  code,
  labelIt,
  labelEn: labelIt,
  position,
  ...years,
});
const fundingSources = [
  source('FNPS', 'Fondo nazionale per le politiche sociali', 0, { validFrom: 1998 }),
  source('PNRR-M5C2', 'PNRR Missione 5 Componente 2', 1, { validFrom: 2021, validTo: 2026 }),
  source('DDN', 'Dopo di noi', 2, { validFrom: 2016, validTo: null }),
  source('FAD', 'Fondo ormai chiuso', 3, { validFrom: 2000, validTo: 2011 }),
  source('COM', 'Risorse proprie dei comuni', 4),
];

function server(availability: { sourceCode: string; year: number }[] = []) {
  return signedInServer('planOffice')
    .on(planContracts.classification, (req: FakeRequest) =>
      json(req.params.scheme === 'fundingSource' ? { items: fundingSources } : interventionAreas),
    )
    .on(budgetContracts.get, {
      availability: availability.map((a) => ({ ...a, amount: 100, carryOver: 0, version: 1 })),
      allocations: [],
    })
    .on(coherenceContracts.get, { problems: [], hasBlocking: false })
    .on(municipalShareContracts.rule, { rule: null })
    .on(municipalShareContracts.table, { rule: null, years: [], issues: [] });
}

const rowHeaders = (grid: HTMLElement) =>
  within(grid)
    .getAllByRole('rowheader')
    .map((h) => h.textContent);

describe('funding sources on the budget page', () => {
  test('offers only the sources valid in a year of the plan', async () => {
    server();
    renderApp(`/districts/${ids.district}/plans/${ids.plan}/budget`);
    const grid = await screen.findByRole('table', { name: /Risorse disponibili/ });
    const names = rowHeaders(grid).join(' | ');
    expect(names).toContain('Fondo nazionale per le politiche sociali');
    expect(names).toContain('Risorse proprie dei comuni');
    expect(names).not.toContain('PNRR');
    expect(names).not.toContain('Dopo di noi');
    expect(names).not.toContain('Fondo ormai chiuso');
  });

  test('still shows a source outside the plan’s years that already holds money in it', async () => {
    server([{ sourceCode: 'PNRR-M5C2', year: 2013 }]);
    renderApp(`/districts/${ids.district}/plans/${ids.plan}/budget`);
    const grid = await screen.findByRole('table', { name: /Risorse disponibili/ });
    expect(rowHeaders(grid).join(' | ')).toContain('PNRR Missione 5 Componente 2');
  });
});
