import { describe, expect, test } from 'vitest';
import { screen, within } from '@testing-library/react';
import { coherenceRules, planContracts, coherenceContracts } from '@pdz/core';
import { catalogues, isMessageKey } from '../../../i18n';
import { ids, interventionAreas } from '../../../testing/fixtures';
import { renderApp, signedInServer } from '../../../testing/render';
import { json, type FakeRequest } from '../../../testing/server';

const planPath = `/districts/${ids.district}/plans/${ids.plan}`;
const indicatorId = '00000000-0000-4000-8000-0000000000a1';

const fundingSources = {
  items: [
    {
      scheme: 'fundingSource',
      code: 'FNPS',
      labelIt: 'Fondo nazionale politiche sociali',
      labelEn: 'National social policy fund',
      position: 1,
    },
  ],
};

// as the server sends them: blocking first, but the page must not rely on it
const problems = [
  {
    code: 'ACTION_WITHOUT_LEAD',
    severity: 'warning',
    target: { kind: 'action', id: ids.action1 },
    data: { areaId: ids.areaMinors, objectiveId: ids.objective1 },
  },
  {
    code: 'INDICATOR_WITHOUT_TARGETS',
    severity: 'blocking',
    target: { kind: 'indicator', id: indicatorId },
    data: {
      name: 'Famiglie prese in carico',
      objectiveId: ids.objective1,
      missingYears: '2013, 2014',
      missing: 2,
    },
  },
  {
    code: 'ALLOCATION_EXCEEDS_AVAILABILITY',
    severity: 'blocking',
    target: { kind: 'allocation', sourceCode: 'FNPS', year: 2012 },
    data: {
      sourceCode: 'FNPS',
      year: 2012,
      allocated: 1_234_567,
      available: 1_000_000,
      excess: 234_567,
    },
  },
  {
    code: 'ALLOCATION_OUTSIDE_PERIOD',
    severity: 'blocking',
    target: { kind: 'allocation', id: ids.action2, sourceCode: 'FNPS', year: 2016 },
    data: {
      actionId: ids.action2,
      sourceCode: 'FNPS',
      year: 2016,
      amount: 50_000,
      startYear: 2012,
      endYear: 2014,
    },
  },
  {
    code: 'MUNICIPAL_SHARES_MISMATCH',
    severity: 'blocking',
    target: { kind: 'municipalShare', year: 2013 },
    data: { year: 2013, total: 100_000, sum: 99_999, difference: -1 },
  },
  {
    code: 'AVAILABILITY_OUTSIDE_PERIOD',
    severity: 'warning',
    target: { kind: 'availability', sourceCode: 'FNPS', year: 2011 },
    data: { sourceCode: 'FNPS', year: 2011, available: 500_000, startYear: 2012, endYear: 2014 },
  },
  {
    code: 'OBJECTIVE_WITHOUT_ACTIONS',
    severity: 'warning',
    target: { kind: 'objective', id: ids.objective2 },
    data: { areaId: ids.areaElderly },
  },
  {
    code: 'AREA_WITHOUT_OBJECTIVES',
    severity: 'warning',
    target: { kind: 'area', id: ids.areaElderly },
    data: {},
  },
];

function serverWith(list: unknown[]) {
  return signedInServer('mayor')
    .on(coherenceContracts.get, {
      problems: list,
      hasBlocking: list.some((p) => (p as { severity: string }).severity === 'blocking'),
    })
    .on(planContracts.classification, (req: FakeRequest) =>
      json(req.params.scheme === 'fundingSource' ? fundingSources : interventionAreas),
    );
}

/** Each item of a list as [its sentence, where its link goes]. */
function itemsOf(list: HTMLElement) {
  return within(list)
    .getAllByRole('listitem')
    .map((li) => [li.textContent, within(li).getByRole('link').getAttribute('href')]);
}

describe('coherence panel', () => {
  test('lists blocking problems first, then warnings, counted in the headings, each linked to where it is fixed', async () => {
    serverWith(problems);
    renderApp(`${planPath}/coherence`);
    const blockingHeading = await screen.findByRole(
      'heading',
      { name: 'Problemi bloccanti (4)' },
      { timeout: 5000 },
    );
    const warningHeading = screen.getByRole('heading', { name: 'Avvisi (4)' });
    expect(
      blockingHeading.compareDocumentPosition(warningHeading) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(
      screen.getByText('Finché restano problemi bloccanti il piano non può essere approvato.'),
    ).toBeTruthy();

    const blocking = screen.getByRole('region', { name: 'Problemi bloccanti (4)' });
    expect(itemsOf(blocking)).toEqual([
      [
        'Bloccante: L’indicatore «Famiglie prese in carico» (obiettivo OB1 «Sostenere le famiglie») non ha il valore obiettivo per: 2013, 2014. Vai all’indicatore «Famiglie prese in carico»',
        `${planPath}/objectives/${ids.objective1}#indicator-${indicatorId}`,
      ],
      [
        'Bloccante: Per Fondo nazionale politiche sociali nel 2012 sono assegnati alle azioni 12.345,67 €, ma ne sono disponibili 10.000,00 €: 2.345,67 € in più. Vai al quadro delle risorse',
        `${planPath}/budget#source-FNPS-2012`,
      ],
      [
        'Bloccante: L’azione «Educativa domiciliare» riceve 500,00 € di Fondo nazionale politiche sociali nel 2016, fuori dal periodo del piano (2012–2014). Vai al quadro delle risorse',
        `${planPath}/budget#alloc-${ids.action2}-FNPS-2016`,
      ],
      [
        'Bloccante: Le quote dei comuni del 2013 sommano 999,99 € invece di 1.000,00 € (differenza -0,01 €). Vai alle quote dei comuni',
        `${planPath}/budget#municipal-shares`,
      ],
    ]);
    const warnings = screen.getByRole('region', { name: 'Avvisi (4)' });
    expect(itemsOf(warnings)).toEqual([
      [
        'Avviso: L’azione «Centro per la famiglia» non ha un ente capofila. Vai all’azione «Centro per la famiglia»',
        `${planPath}/actions/${ids.action1}`,
      ],
      [
        'Avviso: 5.000,00 € di Fondo nazionale politiche sociali sono indicati nel 2011, fuori dal periodo del piano (2012–2014): non finanziano il piano. Vai al quadro delle risorse',
        `${planPath}/budget#source-FNPS-2011`,
      ],
      [
        'Avviso: L’obiettivo OB2 «Domiciliarità» non ha azioni. Vai all’obiettivo OB2 «Domiciliarità»',
        `${planPath}/objectives/${ids.objective2}`,
      ],
      ['Avviso: L’area «Anziani» non ha obiettivi. Vai alla struttura del piano', planPath],
    ]);
  });

  test('an empty plan lists what it lacks, each linked to where it is added', async () => {
    serverWith([
      {
        code: 'PLAN_WITHOUT_OBJECTIVES',
        severity: 'blocking',
        target: { kind: 'plan' },
        data: { areas: 0 },
      },
      {
        code: 'PLAN_WITHOUT_ACTIONS',
        severity: 'blocking',
        target: { kind: 'plan' },
        data: { objectives: 2 },
      },
      {
        code: 'PLAN_WITHOUT_MONEY',
        severity: 'blocking',
        target: { kind: 'budget' },
        data: { available: 0, allocated: 0, startYear: 2012, endYear: 2014 },
      },
    ]);
    renderApp(`${planPath}/coherence`);
    await screen.findByRole('heading', { name: 'Problemi bloccanti (3)' }, { timeout: 5000 });
    expect(itemsOf(screen.getByRole('region', { name: 'Problemi bloccanti (3)' }))).toEqual([
      [
        'Bloccante: Il piano non ha obiettivi: prima dell’approvazione servono almeno un obiettivo e le sue azioni. Vai alla struttura del piano',
        planPath,
      ],
      [
        'Bloccante: Nessuno degli obiettivi del piano (2) ha azioni: prima dell’approvazione serve almeno un’azione. Vai alla struttura del piano',
        planPath,
      ],
      [
        'Bloccante: Il piano non ha risorse negli anni 2012–2014: disponibili 0,00 €, assegnati alle azioni 0,00 €. Vai al quadro delle risorse',
        `${planPath}/budget`,
      ],
    ]);
    expect(screen.queryByText('Il piano è coerente: nessun problema trovato.')).toBeNull();
  });

  test('with warnings only, no blocking section and no approval notice', async () => {
    serverWith(problems.filter((p) => p.severity === 'warning'));
    renderApp(`${planPath}/coherence`);
    expect(
      await screen.findByRole('heading', { name: 'Avvisi (4)' }, { timeout: 5000 }),
    ).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /Problemi bloccanti/ })).toBeNull();
    expect(screen.queryByText(/non può essere approvato/)).toBeNull();
  });

  test('an empty panel says the plan is coherent', async () => {
    serverWith([]);
    renderApp(`${planPath}/coherence`);
    expect(
      await screen.findByText('Il piano è coerente: nessun problema trovato.', undefined, {
        timeout: 5000,
      }),
    ).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /Avvisi|Problemi bloccanti/ })).toBeNull();
  });

  test('the plan overview shows the counts and links to the panel', async () => {
    serverWith(problems);
    renderApp(planPath);
    expect(
      await screen.findByText('bloccanti: 4, avvisi: 4', undefined, { timeout: 5000 }),
    ).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Apri il pannello della coerenza' }).getAttribute('href'),
    ).toBe(`${planPath}/coherence`);
  });
});

describe('coherence messages', () => {
  test('every rule of core has a sentence in both languages', () => {
    for (const rule of coherenceRules) {
      const key = `coherence.problem.${rule.code}`;
      expect(isMessageKey(key), key).toBe(true);
      if (!isMessageKey(key)) continue;
      expect(catalogues.it[key], key).not.toBe(catalogues.en[key]);
    }
  });
});
