import { describe, expect, it } from 'vitest';
import type { Cents } from '../shared/money';
import { buildLiveTable, buildLiveTables, formatLiveCell, type LivePlanData } from './live-tables';

const c = (n: number) => n as Cents;

function data(overrides: Partial<LivePlanData> = {}): LivePlanData {
  return {
    period: { startYear: 2012, endYear: 2014 },
    areas: [
      {
        id: 'a1',
        title: 'Minori e famiglia',
        objectives: [
          {
            id: 'o1',
            code: 'OB1',
            title: 'Sostenere le famiglie',
            kind: 'strategic',
            status: 'inProgress',
            targetGroups: [
              { userAreaCode: 'FAM', expected: 1200 },
              { userAreaCode: 'XYZ', expected: null },
            ],
            actions: [{ id: 'x1', title: 'Centro per la famiglia' }],
          },
        ],
      },
      {
        id: 'a2',
        title: 'Anziani',
        objectives: [
          { id: 'o2', code: 'OB2', title: 'Domiciliarità', actions: [{ id: 'x2', title: 'SAD' }] },
        ],
      },
    ],
    availability: [
      { sourceCode: 'FNPS', year: 2012, amount: c(10_000_000), carryOver: c(50_000) },
      { sourceCode: 'COM', year: 2012, amount: c(3_000_000), carryOver: c(0) },
      { sourceCode: 'COM', year: 2013, amount: c(3_000_001), carryOver: c(0) },
    ],
    allocations: [
      { actionId: 'x1', sourceCode: 'FNPS', year: 2012, amount: c(6_000_000) },
      { actionId: 'x2', sourceCode: 'COM', year: 2013, amount: c(2_000_000) },
      { actionId: 'x2', sourceCode: 'FNPS', year: 2012, amount: c(1_000_000) },
    ],
    sourceLabels: { FNPS: 'Fondo nazionale per le politiche sociali', COM: 'Risorse dei comuni' },
    userAreaLabels: { FAM: 'Famiglia e minori' },
    ...overrides,
  };
}

describe('live tables', () => {
  it('lays out the money available by source and year, every year of the period, with totals', () => {
    const t = buildLiveTable('budgetBySource', data());
    expect(t.columns.map((col) => col.label)).toEqual([
      'Fonte di finanziamento',
      '2012',
      '2013',
      '2014',
      'Totale',
    ]);
    expect(t.rows).toEqual([
      ['Risorse dei comuni', 3_000_000, 3_000_001, 0, 6_000_001],
      ['Fondo nazionale per le politiche sociali', 10_050_000, 0, 0, 10_050_000],
    ]);
    expect(t.totals).toEqual(['Totale', 13_050_000, 3_000_001, 0, 16_050_001]);
    expect(t.columns[1]!.money).toBe(true);
  });

  it('adds up the money allocated per area and year', () => {
    const t = buildLiveTable('budgetByArea', data());
    expect(t.rows).toEqual([
      ['Minori e famiglia', 6_000_000, 0, 0, 6_000_000],
      ['Anziani', 1_000_000, 2_000_000, 0, 3_000_000],
    ]);
    expect(t.totals).toEqual(['Totale', 7_000_000, 2_000_000, 0, 9_000_000]);
  });

  it('keeps money of actions no longer in the plan in a row of its own, so totals stay true', () => {
    const d = data();
    const t = buildLiveTable('budgetByArea', {
      ...d,
      allocations: [
        ...d.allocations,
        { actionId: 'gone', sourceCode: 'COM', year: 2014, amount: c(500) },
      ],
    });
    expect(t.rows[2]).toEqual(['Azioni non più nel piano', 0, 0, 500, 500]);
    expect(t.totals).toEqual(['Totale', 7_000_000, 2_000_000, 500, 9_000_500]);
  });

  it('crosses objectives with funding sources, codes as headers with the full name', () => {
    const t = buildLiveTable('budgetByObjective', data());
    expect(t.columns.map((col) => col.label)).toEqual(['Obiettivo', 'COM', 'FNPS', 'Totale']);
    expect(t.columns[2]!.description).toBe('Fondo nazionale per le politiche sociali');
    expect(t.rows).toEqual([
      ['OB1 – Sostenere le famiglie', 0, 6_000_000, 6_000_000],
      ['OB2 – Domiciliarità', 2_000_000, 1_000_000, 3_000_000],
    ]);
    expect(t.totals).toEqual(['Totale', 2_000_000, 7_000_000, 9_000_000]);
  });

  it('lists the objectives with area, kind, status and target groups in words', () => {
    const t = buildLiveTable('objectives', data());
    expect(t.rows[0]).toEqual([
      'OB1',
      'Sostenere le famiglie',
      'Minori e famiglia',
      'Strategico',
      'In corso',
      'Famiglia e minori (1.200); XYZ',
    ]);
    expect(buildLiveTable('objectives', data(), 'en').rows[0]![4]).toBe('In progress');
  });

  it('shows indicators with their baseline and one target per year of the period', () => {
    const t = buildLiveTable(
      'indicators',
      data({
        indicators: [
          {
            code: 'I1',
            name: 'Famiglie prese in carico',
            unit: 'famiglie',
            objectiveId: 'o1',
            actionId: null,
            baselineValue: 1500,
            baselineYear: 2011,
            targets: [
              { year: 2012, value: 1600 },
              { year: 2014, value: 1800.5 },
            ],
          },
        ],
      }),
    );
    expect(t.columns.map((col) => col.label).slice(3)).toEqual([
      'Valore di partenza',
      'Atteso 2012',
      'Atteso 2013',
      'Atteso 2014',
    ]);
    expect(t.rows).toEqual([
      [
        'I1 – Famiglie prese in carico',
        'OB1 – Sostenere le famiglie',
        'famiglie',
        '1.500 (2011)',
        1600,
        null,
        1800.5,
      ],
    ]);
  });

  it('splits the municipalities’ source among them each year, to the cent', () => {
    const t = buildLiveTable(
      'municipalShares',
      data({
        municipalShares: {
          sourceCode: 'COM',
          rule: { kind: 'perInhabitant' },
          municipalities: [
            { id: 'm1', name: 'Pavia', population: 2 },
            { id: 'm2', name: 'Zinasco', population: 1 },
          ],
        },
      }),
    );
    expect(t.caption).toBe('Quote dei comuni per anno – Risorse dei comuni');
    expect(t.rows).toEqual([
      ['Pavia', 2, 2_000_000, 2_000_001, 0, 4_000_001],
      ['Zinasco', 1, 1_000_000, 1_000_000, 0, 2_000_000],
    ]);
    expect(t.totals).toEqual(['Totale', 3, 3_000_000, 3_000_001, 0, 6_000_001]);
  });

  it('says so instead of failing when there is no rule or the rule cannot split', () => {
    expect(buildLiveTable('municipalShares', data()).rows).toEqual([]);
    expect(buildLiveTable('municipalShares', data()).empty).toBe(
      'Nessuna regola di riparto tra i comuni.',
    );
    const broken = buildLiveTable(
      'municipalShares',
      data({
        municipalShares: {
          sourceCode: 'COM',
          rule: { kind: 'fixed', shares: { m1: 5000 } },
          municipalities: [{ id: 'm1', name: 'Pavia', population: 2 }],
        },
      }),
    );
    expect(broken.rows).toEqual([]);
    expect(broken.empty).toMatch(/non si possono calcolare/);
  });

  it('leaves the indicators out of the set when they could not be read', () => {
    expect(Object.keys(buildLiveTables(data()))).not.toContain('indicators');
    expect(Object.keys(buildLiveTables(data({ indicators: [] })))).toContain('indicators');
  });

  it('formats cents as euro and other numbers with Italian grouping', () => {
    const money = { key: 'k', label: 'k', numeric: true, money: true };
    const plain = { key: 'k', label: 'k', numeric: true };
    expect(formatLiveCell(123456, money)).toBe('1.234,56 €');
    expect(formatLiveCell(68280, plain)).toBe('68.280');
    expect(formatLiveCell(null, plain)).toBe('–');
  });
});
