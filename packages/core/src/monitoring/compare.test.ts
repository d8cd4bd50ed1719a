import { describe, expect, it } from 'vitest';
import type { PlanSnapshot } from '../plan/plan-version';
import { comparePlanVersions, diffParagraphs, paragraphsOf } from './compare';

const indicator = (id: string, name: string, target: number) => ({
  id,
  code: '',
  name,
  kind: 'output' as const,
  unit: 'persone',
  dataSource: '',
  frequency: 'annual' as const,
  reportedBy: '',
  direction: 'increase' as const,
  baselineValue: 10,
  baselineYear: 2011,
  targets: [{ year: 2013, value: target }],
  partialPercent: 60,
  achievedPercent: 100,
});

function version(): PlanSnapshot {
  return {
    format: 'pdz.plan-snapshot/2',
    district: { id: 'd', slug: 'pavia', name: 'Distretto' },
    plan: { id: 'p', title: 'Piano di Zona 2012–2014', period: { startYear: 2012, endYear: 2014 } },
    areas: [
      {
        id: 'a1',
        classificationCode: null,
        title: 'Minori',
        description: '',
        objectives: [
          {
            id: 'o1',
            code: 'OB1',
            title: 'Sostenere le famiglie',
            description: 'Testo',
            indicators: [indicator('i1', 'Famiglie seguite', 20)],
            actions: [
              { id: 'x1', title: 'Centri estivi', description: '', indicators: [] },
              { id: 'x2', title: 'Spazio neutro', description: '' },
            ],
          },
        ],
      },
      { id: 'a2', classificationCode: null, title: 'Anziani', description: '', objectives: [] },
    ],
    budget: {
      availability: [],
      allocations: [
        { actionId: 'x1', sourceCode: 'FNPS', year: 2013, amount: 50_000_00 },
        { actionId: 'x2', sourceCode: 'FNPS', year: 2013, amount: 30_000_00 },
      ],
      municipalShare: null,
    },
    chapters: [
      {
        id: 'c1',
        kind: 'normativeFramework',
        title: 'Premessa',
        body: 'Primo.\n\nSecondo.\n\nTerzo.',
      },
    ],
  } as PlanSnapshot;
}

describe('comparing two versions of a plan', () => {
  it('finds nothing between a version and itself', () => {
    const c = comparePlanVersions(version(), version());
    expect(c).toEqual({
      plan: [],
      areas: [],
      objectives: [],
      actions: [],
      indicators: [],
      money: {
        bySourceYear: [],
        byAction: [],
        total: { from: 80_000_00, to: 80_000_00, delta: 0 },
      },
      chapters: [],
    });
  });

  it('names what was added, removed and changed, field by field', () => {
    const from = version();
    const to = version();
    to.plan.title = 'Piano di Zona 2012–2014 – aggiornamento 2013';
    const ob = to.areas[0]!.objectives[0]!;
    ob.title = 'Sostenere le famiglie e i bambini';
    ob.actions.splice(1, 1); // Spazio neutro removed
    ob.actions.push({ id: 'x3', title: 'Sportello genitori', description: '' });
    ob.indicators = [indicator('i1', 'Famiglie seguite', 25)];
    // the objective moves to the second area
    to.areas[1]!.objectives.push(ob);
    to.areas[0]!.objectives = [];
    const c = comparePlanVersions(from, to);
    expect(c.plan).toEqual([
      {
        field: 'title',
        from: '"Piano di Zona 2012–2014"',
        to: '"Piano di Zona 2012–2014 – aggiornamento 2013"',
      },
    ]);
    expect(c.objectives).toEqual([
      {
        kind: 'changed',
        id: 'o1',
        label: 'OB1 – Sostenere le famiglie e i bambini',
        fields: [
          { field: 'areaId', from: '"a1"', to: '"a2"' },
          {
            field: 'title',
            from: '"Sostenere le famiglie"',
            to: '"Sostenere le famiglie e i bambini"',
          },
        ],
      },
    ]);
    expect(c.actions.map((a) => [a.kind, a.label])).toEqual([
      ['added', 'Sportello genitori'],
      ['removed', 'Spazio neutro'],
    ]);
    expect(c.indicators).toEqual([
      {
        kind: 'changed',
        id: 'i1',
        label: 'Famiglie seguite',
        fields: [
          {
            field: 'targets',
            from: '[{"value":20,"year":2013}]',
            to: '[{"value":25,"year":2013}]',
          },
        ],
      },
    ]);
  });

  it('compares the money cell by cell, per action, and in total', () => {
    const to = version();
    to.budget!.allocations = [
      { actionId: 'x1', sourceCode: 'FNPS', year: 2013, amount: 30_000_00 },
      { actionId: 'x2', sourceCode: 'FNPS', year: 2013, amount: 50_000_00 },
      { actionId: 'x2', sourceCode: 'COM', year: 2014, amount: 1_234_56 },
    ];
    const { money } = comparePlanVersions(version(), to);
    // 20.000 € moved from one action to the other: the source's cell did not change
    expect(money.bySourceYear).toEqual([
      { sourceCode: 'COM', year: 2014, from: 0, to: 1_234_56, delta: 1_234_56 },
    ]);
    expect(money.byAction).toEqual([
      { actionId: 'x1', label: 'Centri estivi', from: 50_000_00, to: 30_000_00, delta: -20_000_00 },
      { actionId: 'x2', label: 'Spazio neutro', from: 30_000_00, to: 51_234_56, delta: 21_234_56 },
    ]);
    expect(money.total).toEqual({ from: 80_000_00, to: 81_234_56, delta: 1_234_56 });
  });

  it('shows a chapter’s text by paragraph: kept, removed, added', () => {
    const to = version();
    to.chapters![0]!.body = 'Primo.\n\nSecondo, riscritto.\n\nTerzo.\n\nQuarto.';
    to.chapters!.push({ id: 'c2', kind: 'resources', title: 'Le risorse', body: '' });
    const [premise, added] = comparePlanVersions(version(), to).chapters;
    expect(premise!.paragraphs).toEqual([
      { kind: 'same', text: 'Primo.' },
      { kind: 'added', text: 'Secondo, riscritto.' },
      { kind: 'removed', text: 'Secondo.' },
      { kind: 'same', text: 'Terzo.' },
      { kind: 'added', text: 'Quarto.' },
    ]);
    expect(added).toMatchObject({ kind: 'added', label: 'Le risorse', paragraphs: [] });
  });

  it('splits paragraphs on blank lines and diffs empty texts', () => {
    expect(paragraphsOf('  a\n b \n\n\n\nc  \n')).toEqual(['a\n b', 'c']);
    expect(diffParagraphs([], [])).toEqual([]);
    expect(diffParagraphs(['x'], [])).toEqual([{ kind: 'removed', text: 'x' }]);
  });
});
