import { describe, expect, it } from 'vitest';
import type { PlanSnapshot, SnapshotIndicator } from '../plan/plan-version';
import { periodSummary, type IndicatorOutcome, type PeriodSummary } from './period-summary';
import type { Report, ReportStatus } from './reporting';

const indicator = (
  id: string,
  name: string,
  fields: Pick<SnapshotIndicator, 'direction' | 'baselineValue' | 'targets'> &
    Partial<Pick<SnapshotIndicator, 'partialPercent' | 'achievedPercent' | 'unit'>>,
): SnapshotIndicator => ({
  id,
  code: id.toUpperCase(),
  name,
  kind: 'output',
  unit: 'persone',
  dataSource: '',
  frequency: 'annual',
  reportedBy: '',
  baselineYear: fields.baselineValue === null ? null : 2011,
  partialPercent: 60,
  achievedPercent: 100,
  ...fields,
});

/** families followed: 100 at the baseline, 200 by the end of 2013, 300 by the end of 2014 */
const families = indicator('i-fam', 'Famiglie seguite', {
  direction: 'increase',
  baselineValue: 100,
  targets: [
    { year: 2013, value: 200 },
    { year: 2014, value: 300 },
  ],
});
/** children in summer camps: no baseline, 80 in 2013 */
const children = indicator('i-kids', 'Bambini nei centri estivi', {
  direction: 'increase',
  baselineValue: null,
  targets: [{ year: 2013, value: 80 }],
  partialPercent: 50,
  achievedPercent: 90,
});
/** days of waiting: from 30 down to 20 in 2013 */
const waiting = indicator('i-wait', 'Giorni di attesa', {
  direction: 'decrease',
  baselineValue: 30,
  targets: [{ year: 2013, value: 20 }],
  unit: 'giorni',
  partialPercent: 50,
  achievedPercent: 90,
});
/** a target for 2014 only */
const noTarget = indicator('i-later', 'Sportelli aperti', {
  direction: 'increase',
  baselineValue: 0,
  targets: [{ year: 2014, value: 5 }],
});
/** places in day centres: from 40 to 50 in 2013 */
const places = indicator('i-places', 'Posti nei centri diurni', {
  direction: 'increase',
  baselineValue: 40,
  targets: [{ year: 2013, value: 50 }],
});
/** elderly people helped at home: from 10 to 20 in 2013 */
const home = indicator('i-home', 'Anziani assistiti a casa', {
  direction: 'increase',
  baselineValue: 10,
  targets: [{ year: 2013, value: 20 }],
  partialPercent: 40,
});

/** OB1 grades strictly: 95 and more is reached, below 50 not reached */
const strictGrading = [
  { fromPercent: 0, toPercent: 49, label: 'Non raggiunto' },
  { fromPercent: 50, toPercent: 94, label: 'Parzialmente raggiunto' },
  { fromPercent: 95, toPercent: 100, label: 'Raggiunto' },
];

function snapshot(): PlanSnapshot {
  return {
    format: 'pdz.plan-snapshot/2',
    district: { id: 'd', slug: 'pavia', name: 'Distretto' },
    plan: { id: 'p', title: 'Piano di Zona 2013–2015', period: { startYear: 2013, endYear: 2015 } },
    areas: [
      {
        id: 'a1',
        classificationCode: null,
        title: 'Minori e famiglie',
        description: '',
        objectives: [
          {
            id: 'o1',
            code: 'OB1',
            title: 'Sostenere le famiglie',
            description: '',
            grading: strictGrading,
            indicators: [families],
            actions: [
              {
                id: 'x1',
                title: 'Centri estivi',
                description: '',
                lead: { id: 'org1', name: 'Consorzio' },
                indicators: [children],
              },
              {
                id: 'x2',
                title: 'Spazio neutro',
                description: '',
                lead: { id: 'org2', name: 'Coop. Aurora' },
                indicators: [waiting],
              },
            ],
          },
          {
            // no indicator of its own, no grading (a version frozen before gradings)
            id: 'o2',
            code: 'OB2',
            title: 'Centri diurni',
            description: '',
            actions: [
              {
                id: 'x3',
                title: 'Nuovi posti',
                description: '',
                lead: { id: 'org1', name: 'Consorzio' },
                indicators: [noTarget, places],
              },
            ],
          },
        ],
      },
      {
        id: 'a2',
        classificationCode: null,
        title: 'Anziani',
        description: '',
        objectives: [
          {
            id: 'o3',
            code: 'OB3',
            title: 'Domiciliarità',
            description: '',
            grading: [],
            indicators: [home],
            actions: [{ id: 'x4', title: 'Trasporti', description: '', lead: null }],
          },
        ],
      },
    ],
    budget: {
      availability: [],
      allocations: [
        { actionId: 'x1', sourceCode: 'FNPS', year: 2013, amount: 10_000_00 },
        { actionId: 'x1', sourceCode: 'FNPS', year: 2014, amount: 12_000_00 },
        { actionId: 'x2', sourceCode: 'FNPS', year: 2013, amount: 5_000_01 },
        { actionId: 'x2', sourceCode: 'COM', year: 2013, amount: 3_000_00 },
        { actionId: 'x3', sourceCode: 'COM', year: 2014, amount: 4_000_00 },
        { actionId: 'x4', sourceCode: 'FNA', year: 2014, amount: 2_000_00 },
      ],
      municipalShare: null,
    },
  } as PlanSnapshot;
}

type SummaryReport = Pick<Report, 'subjectKind' | 'subjectId' | 'status' | 'measures' | 'spending'>;
const report = (
  subjectKind: 'action' | 'objective',
  subjectId: string,
  status: ReportStatus,
  measures: Record<string, number | null> = {},
  spending: [string, number, number][] = [],
): SummaryReport => ({
  subjectKind,
  subjectId,
  status,
  measures: Object.entries(measures).map(([indicatorId, value]) => ({
    indicatorId,
    value,
    note: '',
  })),
  spending: spending.map(([sourceCode, committed, paid]) => ({ sourceCode, committed, paid })),
});

/** one report per subject but x4's, in every status */
const reports: SummaryReport[] = [
  report('objective', 'o1', 'validated', { 'i-fam': 180 }),
  report('action', 'x1', 'submitted', { 'i-kids': 80 }, [
    ['FNPS', 6_000_00, 4_000_50],
    ['REG', 1_000_00, 0],
  ]),
  // a draft: what it says does not count
  report('action', 'x2', 'draft', { 'i-wait': 20 }, [['FNPS', 9_999_99, 9_999_99]]),
  report('objective', 'o2', 'returned'),
  report('action', 'x3', 'validated', { 'i-later': 7, 'i-places': 49 }, [
    ['COM', 1_234_56, 1_000_00],
  ]),
  // an objective has no money: whatever it says of money is left out
  report('objective', 'o3', 'submitted', { 'i-home': 15 }, [['FNA', 500_00, 500_00]]),
];

const backOffice: ReportStatus[] = ['submitted', 'validated'];
const wholeYear = { endsOn: '2013-12-31', dueOn: '2014-01-31' };
const firstHalf = { endsOn: '2013-06-30', dueOn: '2013-07-31' };

const indicatorsOf = (s: PeriodSummary): Map<string, IndicatorOutcome> =>
  new Map(s.areas.flatMap((a) => a.objectives.flatMap((o) => o.indicators)).map((i) => [i.id, i]));
const objectiveOf = (s: PeriodSummary, id: string) =>
  s.areas.flatMap((a) => a.objectives).find((o) => o.id === id)!;

describe('a period summary: indicators against the year’s targets', () => {
  const summary = periodSummary(snapshot(), wholeYear, reports, backOffice, '2014-01-15');
  const byId = indicatorsOf(summary);

  it('is of the year the period ends in, all of it gone by on 31 December', () => {
    expect(summary.year).toBe(2013);
    expect(summary.share).toBe(1);
  });

  it('lists each objective’s own indicators, then its actions’, in the plan’s order', () => {
    expect(summary.areas.map((a) => [a.id, a.title])).toEqual([
      ['a1', 'Minori e famiglie'],
      ['a2', 'Anziani'],
    ]);
    expect(
      summary.areas.map((a) => a.objectives.map((o) => [o.code, o.indicators.map((i) => i.id)])),
    ).toEqual([
      [
        ['OB1', ['i-fam', 'i-kids', 'i-wait']],
        ['OB2', ['i-later', 'i-places']],
      ],
      [['OB3', ['i-home']]],
    ]);
    expect(objectiveOf(summary, 'o1')).toMatchObject({ title: 'Sostenere le famiglie' });
  });

  it('grades a submitted or validated measure against the year’s target', () => {
    expect(byId.get('i-fam')).toEqual({
      id: 'i-fam',
      code: 'I-FAM',
      name: 'Famiglie seguite',
      unit: 'persone',
      direction: 'increase',
      baselineValue: 100,
      target: 200,
      expected: 200,
      measured: 180,
      status: 'atRisk',
      percent: 80,
    });
    // no baseline: the way starts from zero
    expect(byId.get('i-kids')).toMatchObject({
      target: 80,
      measured: 80,
      status: 'onTrack',
      percent: 100,
    });
    expect(byId.get('i-places')).toMatchObject({ measured: 49, status: 'atRisk' });
    expect(byId.get('i-places')!.percent).toBeCloseTo(90, 10);
    expect(byId.get('i-home')).toMatchObject({ measured: 15, status: 'atRisk', percent: 50 });
  });

  it('ignores the measure of a draft: nothing to judge by', () => {
    expect(byId.get('i-wait')).toMatchObject({
      direction: 'decrease',
      unit: 'giorni',
      target: 20,
      expected: 20,
      measured: null,
      status: 'noData',
      percent: null,
    });
  });

  it('shows a measure without a target for the year, with nothing to judge it by', () => {
    expect(byId.get('i-later')).toMatchObject({
      baselineValue: 0,
      target: null,
      expected: null,
      measured: 7,
      status: 'noData',
      percent: null,
    });
  });

  it('counts the draft’s measure only when drafts are counted', () => {
    const withDrafts = periodSummary(
      snapshot(),
      wholeYear,
      reports,
      ['draft', 'submitted', 'validated'],
      '2014-01-15',
    );
    expect(indicatorsOf(withDrafts).get('i-wait')).toMatchObject({
      measured: 20,
      status: 'onTrack',
      percent: 100,
    });
  });

  it('the portal counts only validated reports', () => {
    const portal = periodSummary(snapshot(), wholeYear, reports, ['validated'], '2014-01-15');
    const i = indicatorsOf(portal);
    expect(i.get('i-fam')!.measured).toBe(180);
    expect(i.get('i-places')!.measured).toBe(49);
    // submitted, not yet validated
    expect(i.get('i-kids')).toMatchObject({ measured: null, status: 'noData' });
    expect(i.get('i-home')).toMatchObject({ measured: null, status: 'noData' });
  });

  it('a returned report’s figures do not count', () => {
    const back = periodSummary(
      snapshot(),
      wholeYear,
      [report('action', 'x1', 'returned', { 'i-kids': 80 }, [['FNPS', 1_00, 1_00]])],
      backOffice,
      '2014-01-15',
    );
    expect(indicatorsOf(back).get('i-kids')).toMatchObject({ measured: null, status: 'noData' });
    expect(back.spending.total).toMatchObject({ committed: 0, paid: 0 });
  });

  it('a measure left empty in a counted report is no data', () => {
    const empty = periodSummary(
      snapshot(),
      wholeYear,
      [report('objective', 'o1', 'validated', { 'i-fam': null })],
      backOffice,
      '2014-01-15',
    );
    expect(indicatorsOf(empty).get('i-fam')).toMatchObject({
      measured: null,
      status: 'noData',
      expected: 200,
    });
  });

  it('reads a decreasing indicator downwards', () => {
    const grade = (days: number) =>
      indicatorsOf(
        periodSummary(
          snapshot(),
          wholeYear,
          [report('action', 'x2', 'submitted', { 'i-wait': days })],
          backOffice,
          '2014-01-15',
        ),
      ).get('i-wait')!;
    expect(grade(20)).toMatchObject({ status: 'onTrack', percent: 100 });
    expect(grade(15)).toMatchObject({ status: 'onTrack', percent: 150 });
    expect(grade(25)).toMatchObject({ status: 'atRisk', percent: 50 });
    // waiting got longer: the wrong way
    expect(grade(35)).toMatchObject({ status: 'offTrack', percent: -50 });
  });

  it('measures the next year against the next year’s target', () => {
    const next = periodSummary(
      snapshot(),
      { endsOn: '2014-12-31', dueOn: '2015-01-31' },
      [report('objective', 'o1', 'validated', { 'i-fam': 250 })],
      backOffice,
      '2015-01-15',
    );
    expect(next.year).toBe(2014);
    expect(indicatorsOf(next).get('i-fam')).toMatchObject({
      target: 300,
      expected: 300,
      percent: 75,
      status: 'atRisk',
    });
    // no target for 2014
    expect(indicatorsOf(next).get('i-kids')).toMatchObject({ target: null, expected: null });
    expect(indicatorsOf(next).get('i-later')).toMatchObject({ target: 5, expected: 5 });
  });
});

describe('a half-year period', () => {
  const half = periodSummary(
    snapshot(),
    firstHalf,
    [
      report('objective', 'o1', 'validated', { 'i-fam': 150 }),
      report('action', 'x1', 'submitted', { 'i-kids': 20 }),
      report('action', 'x2', 'submitted', { 'i-wait': 25 }),
    ],
    backOffice,
    '2013-07-15',
  );
  const byId = indicatorsOf(half);

  it('has gone about half of the year: 181 days of 365', () => {
    expect(half.year).toBe(2013);
    expect(half.share).toBeCloseTo(181 / 365, 12);
  });

  it('expects about half the way from the baseline to the year’s target', () => {
    const fam = byId.get('i-fam')!;
    expect(fam.target).toBe(200);
    expect(fam.expected).toBeCloseTo(100 + (100 * 181) / 365, 9);
    expect(fam.expected).toBeGreaterThan(149);
    expect(fam.expected).toBeLessThan(150);
    // 150 is just past the half-way mark: on track
    expect(fam.status).toBe('onTrack');
    expect(fam.percent).toBeGreaterThan(100);
    expect(fam.percent).toBeCloseTo((50 / ((100 * 181) / 365)) * 100, 9);
  });

  it('from zero without a baseline, downwards for a decreasing indicator', () => {
    const kids = byId.get('i-kids')!;
    expect(kids.expected).toBeCloseTo((80 * 181) / 365, 9);
    // 20 of an expected ~39.7: about half the way
    expect(kids.status).toBe('atRisk');
    expect(kids.percent).toBeCloseTo((20 / ((80 * 181) / 365)) * 100, 9);

    const wait = byId.get('i-wait')!;
    expect(wait.target).toBe(20);
    expect(wait.expected).toBeCloseTo(30 - (10 * 181) / 365, 9);
    // 25 days: about as far down as half a year asks
    expect(wait.expected).toBeGreaterThan(25);
    expect(wait.status).toBe('onTrack');
  });
});

describe('statuses and percents rolled up to objective, area and plan', () => {
  const summary = periodSummary(snapshot(), wholeYear, reports, backOffice, '2014-01-15');

  it('an objective averages its indicators with data, graded by its own ranges', () => {
    // 80 (families) and 100 (children); waiting has no data
    const ob1 = objectiveOf(summary, 'o1');
    expect(ob1.progress.percent).toBe(90);
    // 90 is below OB1's top range (95–100), though the default grading would call it reached
    expect(ob1.progress.status).toBe('atRisk');
    expect(ob1.progress.counts).toEqual({ onTrack: 1, atRisk: 1, offTrack: 0, noData: 1 });
  });

  it('an objective without a grading is graded by the default one', () => {
    // OB2 has no grading: 90 reaches the default's top range (90–100)
    const ob2 = objectiveOf(summary, 'o2');
    expect(ob2.progress.percent).toBeCloseTo(90, 10);
    expect(ob2.progress.status).toBe('onTrack');
    // its indicator itself (achieved at 100) is only at risk
    expect(ob2.indicators.find((i) => i.id === 'i-places')!.status).toBe('atRisk');
    expect(ob2.progress.counts).toEqual({ onTrack: 0, atRisk: 1, offTrack: 0, noData: 1 });
    // an empty grading too
    const ob3 = objectiveOf(summary, 'o3');
    expect(ob3.progress).toEqual({
      status: 'atRisk',
      percent: 50,
      counts: { onTrack: 0, atRisk: 1, offTrack: 0, noData: 0 },
    });
  });

  it('an area averages its objectives, the plan its areas, by the default grading', () => {
    const [minors, elderly] = summary.areas;
    expect(minors!.progress.percent).toBeCloseTo(90, 10);
    expect(minors!.progress.status).toBe('onTrack');
    expect(minors!.progress.counts).toEqual({ onTrack: 1, atRisk: 1, offTrack: 0, noData: 0 });
    expect(elderly!.progress).toEqual({
      status: 'atRisk',
      percent: 50,
      counts: { onTrack: 0, atRisk: 1, offTrack: 0, noData: 0 },
    });
    // (90 + 50) / 2, each area weighing the same whatever its number of objectives
    expect(summary.plan.percent).toBeCloseTo(70, 10);
    expect(summary.plan.status).toBe('atRisk');
    expect(summary.plan.counts).toEqual({ onTrack: 1, atRisk: 1, offTrack: 0, noData: 0 });
  });

  it('a target passed does not make up for another missed', () => {
    const s = periodSummary(
      snapshot(),
      wholeYear,
      [
        report('objective', 'o1', 'validated', { 'i-fam': 110 }), // 10%
        report('action', 'x1', 'validated', { 'i-kids': 160 }), // 200%
      ],
      backOffice,
      '2014-01-15',
    );
    const ob1 = objectiveOf(s, 'o1');
    expect(indicatorsOf(s).get('i-kids')!.percent).toBe(200);
    expect(ob1.progress.percent).toBeCloseTo(55, 10);
    expect(ob1.progress.status).toBe('atRisk');
  });

  it('a measure gone the wrong way counts as nothing done', () => {
    const s = periodSummary(
      snapshot(),
      wholeYear,
      [report('objective', 'o3', 'validated', { 'i-home': 5 })],
      backOffice,
      '2014-01-15',
    );
    expect(indicatorsOf(s).get('i-home')).toMatchObject({ percent: -50, status: 'offTrack' });
    expect(objectiveOf(s, 'o3').progress).toMatchObject({ percent: 0, status: 'offTrack' });
    expect(s.areas[1]!.progress).toMatchObject({ percent: 0, status: 'offTrack' });
    // the other area has no data: the plan is the one area that has
    expect(s.areas[0]!.progress).toMatchObject({ percent: null, status: 'noData' });
    expect(s.plan).toEqual({
      status: 'offTrack',
      percent: 0,
      counts: { onTrack: 0, atRisk: 0, offTrack: 1, noData: 1 },
    });
  });

  it('with nothing counted, nothing to judge by, at every level', () => {
    const none = periodSummary(snapshot(), wholeYear, [], backOffice, '2014-01-15');
    for (const o of none.areas.flatMap((a) => a.objectives)) {
      expect(o.progress.status).toBe('noData');
      expect(o.progress.percent).toBeNull();
      for (const i of o.indicators) expect(i).toMatchObject({ measured: null, status: 'noData' });
    }
    expect(none.areas.map((a) => a.progress.status)).toEqual(['noData', 'noData']);
    expect(none.plan).toEqual({
      status: 'noData',
      percent: null,
      counts: { onTrack: 0, atRisk: 0, offTrack: 0, noData: 2 },
    });
  });

  it('an objective without any indicator has no data', () => {
    const bare = snapshot();
    bare.areas[1]!.objectives.push({
      id: 'o4',
      code: 'OB4',
      title: 'Rete',
      description: '',
      actions: [],
    });
    const s = periodSummary(bare, wholeYear, reports, backOffice, '2014-01-15');
    const ob4 = objectiveOf(s, 'o4');
    expect(ob4.indicators).toEqual([]);
    expect(ob4.progress).toEqual({
      status: 'noData',
      percent: null,
      counts: { onTrack: 0, atRisk: 0, offTrack: 0, noData: 0 },
    });
    // the area still reads OB3, and counts OB4 as no data
    expect(s.areas[1]!.progress).toMatchObject({ status: 'atRisk', percent: 50 });
    expect(s.areas[1]!.progress.counts.noData).toBe(1);
  });
});

describe('money spent in the period’s year', () => {
  const summary = periodSummary(snapshot(), wholeYear, reports, backOffice, '2014-01-15');

  it('sets what counted action reports spent beside the year’s allocations, by source', () => {
    expect(summary.spending.lines).toEqual([
      {
        sourceCode: 'COM',
        year: 2013,
        allocated: 3_000_00,
        committed: 1_234_56,
        paid: 1_000_00,
        paidPercent: (1_000_00 / 3_000_00) * 100,
        unallocated: false,
      },
      {
        sourceCode: 'FNPS',
        year: 2013,
        // two actions' allocations, to the cent
        allocated: 15_000_01,
        // the draft's 9 999,99 left out
        committed: 6_000_00,
        paid: 4_000_50,
        paidPercent: (4_000_50 / 15_000_01) * 100,
        unallocated: false,
      },
      {
        // spent from a source the plan gave this year nothing from
        sourceCode: 'REG',
        year: 2013,
        allocated: 0,
        committed: 1_000_00,
        paid: 0,
        paidPercent: null,
        unallocated: true,
      },
    ]);
  });

  it('adds the totals up exactly in cents, other years and objectives’ money left out', () => {
    expect(summary.spending.total).toEqual({
      allocated: 18_000_01,
      committed: 8_234_56,
      paid: 5_000_50,
      paidPercent: (5_000_50 / 18_000_01) * 100,
    });
    for (const n of [
      summary.spending.total.allocated,
      summary.spending.total.committed,
      summary.spending.total.paid,
    ]) {
      expect(Number.isInteger(n)).toBe(true);
    }
    // FNA was allocated only for 2014, and only an objective report named it
    expect(summary.spending.lines.some((l) => l.sourceCode === 'FNA')).toBe(false);
    expect(summary.spending.lines.every((l) => l.year === 2013)).toBe(true);
  });

  it('puts spending on a source allocated only in another year on an unallocated line', () => {
    const s = periodSummary(
      snapshot(),
      wholeYear,
      [report('action', 'x4', 'validated', {}, [['FNA', 2_000_00, 1_999_99]])],
      backOffice,
      '2014-01-15',
    );
    expect(s.spending.lines.find((l) => l.sourceCode === 'FNA')).toEqual({
      sourceCode: 'FNA',
      year: 2013,
      allocated: 0,
      committed: 2_000_00,
      paid: 1_999_99,
      paidPercent: null,
      unallocated: true,
    });
  });

  it('adds the cents of several actions exactly', () => {
    const s = periodSummary(
      snapshot(),
      wholeYear,
      [
        report('action', 'x1', 'validated', {}, [['FNPS', 3_333_33, 1_111_11]]),
        report('action', 'x2', 'submitted', {}, [['FNPS', 3_333_33, 1_111_11]]),
        report('action', 'x3', 'validated', {}, [['FNPS', 3_333_34, 1_111_12]]),
      ],
      backOffice,
      '2014-01-15',
    );
    expect(s.spending.lines).toEqual([
      expect.objectContaining({ sourceCode: 'COM', allocated: 3_000_00, committed: 0, paid: 0 }),
      expect.objectContaining({
        sourceCode: 'FNPS',
        allocated: 15_000_01,
        committed: 10_000_00,
        paid: 3_333_34,
        unallocated: false,
      }),
    ]);
    expect(s.spending.total).toEqual({
      allocated: 18_000_01,
      committed: 10_000_00,
      paid: 3_333_34,
      paidPercent: (3_333_34 / 18_000_01) * 100,
    });
  });

  it('the portal counts only validated spending; with none, only the allocations', () => {
    const portal = periodSummary(snapshot(), wholeYear, reports, ['validated'], '2014-01-15');
    expect(portal.spending.total).toMatchObject({
      allocated: 18_000_01,
      committed: 1_234_56,
      paid: 1_000_00,
    });
    expect(portal.spending.lines.map((l) => l.sourceCode)).toEqual(['COM', 'FNPS']);
    const none = periodSummary(snapshot(), wholeYear, [], backOffice, '2014-01-15');
    expect(none.spending.total).toEqual({
      allocated: 18_000_01,
      committed: 0,
      paid: 0,
      paidPercent: 0,
    });
    expect(none.spending.lines.every((l) => !l.unallocated)).toBe(true);
  });

  it('reads the next year’s allocations in a period of the next year', () => {
    const next = periodSummary(
      snapshot(),
      { endsOn: '2014-06-30', dueOn: '2014-07-31' },
      [report('action', 'x1', 'submitted', {}, [['FNPS', 3_000_00, 3_000_00]])],
      backOffice,
      '2014-07-15',
    );
    expect(next.spending.lines.map((l) => [l.sourceCode, l.year, l.allocated, l.paid])).toEqual([
      ['COM', 2014, 4_000_00, 0],
      ['FNA', 2014, 2_000_00, 0],
      ['FNPS', 2014, 12_000_00, 3_000_00],
    ]);
    expect(next.spending.total.paidPercent).toBeCloseTo(
      (3_000_00 / (4_000_00 + 2_000_00 + 12_000_00)) * 100,
      10,
    );
  });

  it('a version without a budget has only what was spent, all of it unallocated', () => {
    const noBudget = snapshot();
    delete noBudget.budget;
    const s = periodSummary(noBudget, wholeYear, reports, backOffice, '2014-01-15');
    expect(s.spending.lines.every((l) => l.unallocated && l.allocated === 0)).toBe(true);
    expect(s.spending.total).toEqual({
      allocated: 0,
      committed: 8_234_56,
      paid: 5_000_50,
      paidPercent: null,
    });
  });
});

describe('the reports of a period counted', () => {
  it('expects one report per objective and per action, and counts them by status', () => {
    const s = periodSummary(snapshot(), wholeYear, reports, backOffice, '2014-01-15');
    expect(s.reports).toEqual({
      expected: 7, // 3 objectives, 4 actions
      draft: 1,
      submitted: 2,
      validated: 2,
      returned: 1,
      missing: 1, // x4
      late: 0, // not due yet
    });
  });

  it('counts reports whatever statuses count for the figures', () => {
    const portal = periodSummary(snapshot(), wholeYear, reports, ['validated'], '2014-01-15');
    const none = periodSummary(snapshot(), wholeYear, reports, [], '2014-01-15');
    const back = periodSummary(snapshot(), wholeYear, reports, backOffice, '2014-01-15');
    expect(portal.reports).toEqual(back.reports);
    expect(none.reports).toEqual(back.reports);
  });

  it('is not late on the due date', () => {
    const s = periodSummary(snapshot(), wholeYear, reports, backOffice, '2014-01-31');
    expect(s.reports.late).toBe(0);
  });

  it('after the due date, the missing, drafts and returned are late; not the handed in', () => {
    const s = periodSummary(snapshot(), wholeYear, reports, backOffice, '2014-02-01');
    // x4 missing, x2 a draft, o2 returned
    expect(s.reports.late).toBe(3);
    expect(s.reports.missing).toBe(1);

    const allIn = periodSummary(
      snapshot(),
      wholeYear,
      ['o1', 'o2', 'o3']
        .map((id) => report('objective', id, 'validated'))
        .concat(['x1', 'x2', 'x3', 'x4'].map((id) => report('action', id, 'submitted'))),
      backOffice,
      '2014-12-31',
    );
    expect(allIn.reports).toEqual({
      expected: 7,
      draft: 0,
      submitted: 4,
      validated: 3,
      returned: 0,
      missing: 0,
      late: 0,
    });
  });

  it('with no report at all, every one is missing, and late once due', () => {
    expect(periodSummary(snapshot(), wholeYear, [], backOffice, '2014-01-15').reports).toEqual({
      expected: 7,
      draft: 0,
      submitted: 0,
      validated: 0,
      returned: 0,
      missing: 7,
      late: 0,
    });
    expect(
      periodSummary(snapshot(), wholeYear, [], backOffice, '2014-02-01').reports,
    ).toMatchObject({ missing: 7, late: 7 });
  });

  it('tells an objective’s report from an action’s of the same id', () => {
    const s = periodSummary(
      snapshot(),
      wholeYear,
      // a report on an action named like an objective does not stand for the objective's
      [report('action', 'o1', 'validated')],
      backOffice,
      '2014-01-15',
    );
    expect(s.reports).toMatchObject({ expected: 7, validated: 0, missing: 7 });
  });

  it('a plan without areas expects nothing and has no data', () => {
    const empty = snapshot();
    empty.areas = [];
    const s = periodSummary(empty, wholeYear, [], backOffice, '2014-02-01');
    expect(s.reports).toEqual({
      expected: 0,
      draft: 0,
      submitted: 0,
      validated: 0,
      returned: 0,
      missing: 0,
      late: 0,
    });
    expect(s.plan).toMatchObject({ status: 'noData', percent: null });
    expect(s.areas).toEqual([]);
  });
});
