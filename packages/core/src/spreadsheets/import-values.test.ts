import { describe, expect, it } from 'vitest';
import { emptyActionDetail, emptyObjectiveSheet } from '../plan/sheet';
import type { Cell } from './cells';
import { sheetColumns, type SheetKey } from './columns';
import { planToRows, type SpreadsheetContext } from './export';
import { planImport } from './plan-import';

// Every value the import reads is checked by the rule the API and the forms check it with: a
// value the grid, the sheet or the indicator form refuses is refused by the import too, on its
// sheet, row and column, with the limit.

const planId = '30000000-0000-4000-8000-000000000001';
const areaId = '10000000-0000-4000-8000-000000000001';
const objectiveId = '20000000-0000-4000-8000-000000000001';
const actionId = '50000000-0000-4000-8000-000000000001';
const indicatorId = '60000000-0000-4000-8000-000000000001';
const stamp = { position: 0, version: 1 };

const ctx: SpreadsheetContext = {
  tree: {
    id: planId,
    districtId: '40000000-0000-4000-8000-000000000001',
    title: 'Piano',
    period: { startYear: 2024, endYear: 2026 },
    phase: 'drafting',
    version: 1,
    isDemo: false,
    latestApprovedVersion: null,
    createdAt: '2024-01-01T00:00:00Z',
    updatedAt: '2024-01-01T00:00:00Z',
    areas: [
      {
        id: areaId,
        planId,
        classificationCode: null,
        title: 'Anziani',
        description: '',
        ...stamp,
        objectives: [
          {
            id: objectiveId,
            areaId,
            code: 'OB1',
            title: 'Domiciliarità',
            description: '',
            ...stamp,
            ...emptyObjectiveSheet,
            actions: [
              {
                id: actionId,
                objectiveId,
                title: 'Assistenza domiciliare',
                description: '',
                ...stamp,
                ...emptyActionDetail,
              },
            ],
          },
        ],
      },
    ],
  },
  allocations: [{ actionId, sourceCode: 'FNPS', year: 2024, amount: 100_000, version: 1 }],
  indicators: [
    {
      id: indicatorId,
      planId,
      objectiveId,
      actionId: null,
      code: 'I1',
      name: 'Anziani assistiti',
      kind: 'output',
      unit: 'persone',
      dataSource: '',
      frequency: 'annual',
      reportedBy: '',
      direction: 'increase',
      baselineValue: 10,
      baselineYear: 2023,
      targets: [{ year: 2024, value: 12 }],
      partialPercent: 60,
      achievedPercent: 100,
      ...stamp,
    },
  ],
  organizations: [],
  classifications: {
    istatUserArea: [{ code: 'ELD', labelIt: 'Anziani' }],
    leps: [{ code: 'SSP', labelIt: 'Servizio sociale professionale' }],
    staffProfile: [{ code: 'AS', labelIt: 'Assistente sociale' }],
    fundingSource: [
      { code: 'FNPS', labelIt: 'Fondo nazionale politiche sociali', validFrom: 1998 },
      { code: 'PNRR', labelIt: 'PNRR', validFrom: 2025, validTo: 2026 },
    ],
  },
};

/** The exported row of a sheet with some cells changed (by header), imported alone. */
function importWith(sheet: SheetKey, change: Record<string, Cell>) {
  const columns = sheetColumns[sheet];
  const cells = [...planToRows(ctx)[sheet][0]!];
  for (const [header, value] of Object.entries(change)) {
    const at = columns.findIndex((c) => c.header === header);
    if (at < 0) throw new Error(`no column ${header}`);
    cells[at] = value;
  }
  const result = planImport(ctx, {
    [sheet]: { headers: columns.map((c) => c.header), rows: [{ row: 2, cells }] },
  });
  return result.errors.map((e) => ({
    at: `${e.sheet}!${e.columnLetter}${e.row}`,
    column: e.column,
    code: e.code,
    ...(e.data ? { data: e.data } : {}),
  }));
}

describe('the import checks every value by the rule of every write', () => {
  it('finds nothing wrong in the plan as exported', () => {
    for (const sheet of ['objectives', 'actions', 'allocations', 'indicators'] as const)
      expect(importWith(sheet, {}), sheet).toEqual([]);
  });

  it('refuses an amount above one billion euro, as text or as a workbook number', () => {
    const tooLarge = {
      at: 'allocations!F2',
      column: 'Importo',
      code: 'tooLarge',
      data: { value: '1.000.000.000.000,00', max: '1.000.000.000,00 €' },
    };
    expect(importWith('allocations', { Importo: '1.000.000.000.000,00' })).toEqual([tooLarge]);
    expect(importWith('allocations', { Importo: 1e12 })).toEqual([
      { ...tooLarge, data: { value: '1000000000000', max: '1.000.000.000,00 €' } },
    ]);
    expect(importWith('allocations', { Importo: '1.000.000.000,01' })[0]!.code).toBe('tooLarge');
    expect(importWith('allocations', { Importo: '1.000.000.000,00' })).toEqual([]);
  });

  it('refuses a negative amount and one with more than two decimals', () => {
    expect(importWith('allocations', { Importo: '-5,00' })).toEqual([
      { at: 'allocations!F2', column: 'Importo', code: 'negative', data: { value: '-5,00' } },
    ]);
    expect(importWith('allocations', { Importo: -5 })[0]!.code).toBe('negative');
    expect(importWith('allocations', { Importo: '12,345' })).toEqual([
      {
        at: 'allocations!F2',
        column: 'Importo',
        code: 'tooManyDecimals',
        data: { value: '12,345', max: 2 },
      },
    ]);
    expect(importWith('allocations', { Importo: 12.345 })[0]!.code).toBe('tooManyDecimals');
    expect(importWith('allocations', { Importo: '12.34' })[0]!.code).toBe('notMoney');
  });

  it('refuses an unknown funding source, an unknown action and a year outside the plan', () => {
    expect(importWith('allocations', { 'Codice fonte': 'NOPE' })).toEqual([
      {
        at: 'allocations!C2',
        column: 'Codice fonte',
        code: 'unknownCode',
        data: { value: 'NOPE' },
      },
    ]);
    expect(importWith('allocations', { 'ID azione': 'non-un-id' })[0]!.code).toBe('unknownAction');
    expect(importWith('allocations', { Anno: 2031 })[0]).toMatchObject({
      code: 'yearOutsidePlan',
      data: { value: 2031, from: 2024, to: 2026 },
    });
  });

  it('refuses a funding source in a year it is not valid in, with the years it is', () => {
    expect(importWith('allocations', { 'Codice fonte': 'PNRR' })).toEqual([
      {
        at: 'allocations!C2',
        column: 'Codice fonte',
        code: 'sourceNotValid',
        data: { value: 'PNRR', year: 2024, from: 2025, to: 2026 },
      },
    ]);
    expect(importWith('allocations', { 'Codice fonte': 'PNRR', Anno: 2025 })).toEqual([]);
  });

  it('refuses an indicator threshold above 100 % or below 0 %, with the limit', () => {
    expect(importWith('indicators', { 'Soglia raggiunto %': 600 })).toEqual([
      {
        at: 'indicators!P2',
        column: 'Soglia raggiunto %',
        code: 'tooLarge',
        data: { value: '600', max: 100 },
      },
    ]);
    expect(importWith('indicators', { 'Soglia parziale %': '-1' })).toEqual([
      {
        at: 'indicators!O2',
        column: 'Soglia parziale %',
        code: 'tooSmall',
        data: { value: '-1', min: 0 },
      },
    ]);
    expect(importWith('indicators', { 'Soglia parziale %': '50,5' })[0]!.code).toBe('notInteger');
  });

  it('refuses indicator values and years beyond what the indicator form accepts', () => {
    expect(importWith('indicators', { 'Valore di partenza': 1e13 })[0]).toMatchObject({
      column: 'Valore di partenza',
      code: 'tooLarge',
      data: { max: 1e12 },
    });
    expect(importWith('indicators', { 'Anno di partenza': 1999 })[0]).toMatchObject({
      column: 'Anno di partenza',
      code: 'tooSmall',
      data: { min: 2000 },
    });
    expect(importWith('indicators', { 'Valori attesi': '2027:5' })[0]).toMatchObject({
      column: 'Valori attesi',
      code: 'yearOutsidePlan',
    });
  });

  it('refuses a date that does not exist and an end before the start', () => {
    expect(importWith('actions', { Inizio: '31/02/2024' })).toEqual([
      { at: 'actions!G2', column: 'Inizio', code: 'notDate', data: { value: '31/02/2024' } },
    ]);
    expect(importWith('actions', { Inizio: '01/06/2025', Fine: '31/05/2025' })).toEqual([
      { at: 'actions!H2', column: 'Fine', code: 'endBeforeStart' },
    ]);
    expect(importWith('actions', { Inizio: '01/06/2025', Fine: '01/06/2025' })).toEqual([]);
  });

  it('refuses unknown or repeated codes, expected people and staff beyond the sheet’s limits', () => {
    expect(importWith('objectives', { LEPS: 'SSP; XYZ' })).toEqual([
      { at: 'objectives!J2', column: 'LEPS', code: 'unknownCode', data: { value: 'XYZ' } },
    ]);
    expect(importWith('objectives', { LEPS: 'SSP; SSP' })[0]!.code).toBe('listedTwice');
    expect(importWith('objectives', { Destinatari: 'ELD:20000000' })[0]).toMatchObject({
      column: 'Destinatari',
      code: 'tooLarge',
      data: { max: 10_000_000 },
    });
    expect(importWith('objectives', { 'Personale (ETP)': 'AS:1,125' })[0]).toMatchObject({
      column: 'Personale (ETP)',
      code: 'tooManyDecimals',
      data: { max: 2 },
    });
    expect(importWith('objectives', { 'Macro-area': 'NOPE' })[0]!.code).toBe('unknownCode');
    expect(importWith('objectives', { Titolo: 'x'.repeat(301) })[0]).toMatchObject({
      column: 'Titolo',
      code: 'tooLong',
      data: { max: 300 },
    });
  });
});
