import { describe, expect, it } from 'vitest';
import {
  createPeriodInput,
  isLate,
  periodProblems,
  periodYear,
  periodYearShare,
  reportMoveAllowed,
  reportRight,
  reportStatuses,
  returnReportInput,
  saveReportInput,
  type ReportMove,
  type ReportStatus,
} from './reporting';

const round = { startYear: 2012, endYear: 2014 };
const firstHalf = { label: 'Primo semestre 2013', startsOn: '2013-01-01', endsOn: '2013-06-30' };
const period = (startsOn: string, endsOn: string, dueOn: string) => ({ startsOn, endsOn, dueOn });

describe('the rules of a new reporting period', () => {
  it('accepts a half year within the round, due after its end, beside no other period', () => {
    expect(periodProblems(period('2013-01-01', '2013-06-30', '2013-07-31'), round, [])).toEqual([]);
  });

  it('accepts a period of one day, due that same day', () => {
    expect(periodProblems(period('2013-05-15', '2013-05-15', '2013-05-15'), round, [])).toEqual([]);
  });

  it('refuses a period that ends before it starts', () => {
    expect(periodProblems(period('2013-06-30', '2013-01-01', '2013-07-31'), round, [])).toEqual([
      { field: 'endsOn', message: 'must not be before startsOn' },
    ]);
    // one day before is enough
    expect(periodProblems(period('2013-06-30', '2013-06-29', '2013-07-31'), round, [])).toEqual([
      { field: 'endsOn', message: 'must not be before startsOn' },
    ]);
  });

  it('refuses a period that starts in one year and ends in the next', () => {
    expect(periodProblems(period('2012-07-01', '2013-06-30', '2013-07-31'), round, [])).toEqual([
      { field: 'startsOn', message: 'must be in the same year as endsOn' },
    ]);
    // even across the first year of the round, only the year change is reported
    expect(periodProblems(period('2011-12-01', '2012-01-31', '2012-02-28'), round, [])).toEqual([
      { field: 'startsOn', message: 'must be in the same year as endsOn' },
    ]);
  });

  it("refuses a year outside the plan's round, and accepts its first and last years", () => {
    const outside = { field: 'endsOn', message: "must be within the plan's years 2012–2014" };
    expect(periodProblems(period('2015-01-01', '2015-06-30', '2015-07-31'), round, [])).toEqual([
      outside,
    ]);
    expect(periodProblems(period('2011-01-01', '2011-12-31', '2012-01-31'), round, [])).toEqual([
      outside,
    ]);
    expect(periodProblems(period('2012-01-01', '2012-12-31', '2013-01-31'), round, [])).toEqual([]);
    expect(periodProblems(period('2014-01-01', '2014-12-31', '2015-01-31'), round, [])).toEqual([]);
    // a round of a single year
    expect(
      periodProblems(
        period('2013-01-01', '2013-12-31', '2014-01-31'),
        {
          startYear: 2013,
          endYear: 2013,
        },
        [],
      ),
    ).toEqual([]);
  });

  it('refuses a due date before the end, and accepts one on the last day', () => {
    expect(periodProblems(period('2013-01-01', '2013-06-30', '2013-06-29'), round, [])).toEqual([
      { field: 'dueOn', message: 'must not be before endsOn' },
    ]);
    expect(periodProblems(period('2013-01-01', '2013-06-30', '2013-01-15'), round, [])).toEqual([
      { field: 'dueOn', message: 'must not be before endsOn' },
    ]);
    expect(periodProblems(period('2013-01-01', '2013-06-30', '2013-06-30'), round, [])).toEqual([]);
  });

  it('refuses a period that overlaps another, naming it', () => {
    const overlap = { field: 'startsOn', message: 'overlaps the period "Primo semestre 2013"' };
    const cases: [string, string][] = [
      ['2013-03-01', '2013-04-30'], // inside the other
      ['2013-01-01', '2013-12-31'], // around the other
      ['2013-01-01', '2013-06-30'], // the same days
      ['2013-04-01', '2013-09-30'], // across its end
    ];
    for (const [startsOn, endsOn] of cases) {
      expect(periodProblems(period(startsOn, endsOn, '2014-01-31'), round, [firstHalf])).toEqual([
        overlap,
      ]);
    }
  });

  it('counts a period that touches another on the same day as overlapping', () => {
    const overlap = { field: 'startsOn', message: 'overlaps the period "Primo semestre 2013"' };
    // starts on the day the other ends
    expect(
      periodProblems(period('2013-06-30', '2013-12-31', '2014-01-31'), round, [firstHalf]),
    ).toEqual([overlap]);
    // ends on the day the other starts
    const secondHalf = {
      label: 'Secondo semestre 2013',
      startsOn: '2013-07-01',
      endsOn: '2013-12-31',
    };
    expect(
      periodProblems(period('2013-01-01', '2013-07-01', '2013-07-31'), round, [secondHalf]),
    ).toEqual([{ field: 'startsOn', message: 'overlaps the period "Secondo semestre 2013"' }]);
  });

  it('accepts adjacent periods that share no day, and periods of other years', () => {
    expect(
      periodProblems(period('2013-07-01', '2013-12-31', '2014-01-31'), round, [firstHalf]),
    ).toEqual([]);
    const secondHalf = {
      label: 'Secondo semestre 2013',
      startsOn: '2013-07-01',
      endsOn: '2013-12-31',
    };
    expect(
      periodProblems(period('2013-01-01', '2013-06-30', '2013-07-31'), round, [secondHalf]),
    ).toEqual([]);
    const lastYear = { label: '2012', startsOn: '2012-01-01', endsOn: '2012-12-31' };
    expect(
      periodProblems(period('2013-01-01', '2013-12-31', '2014-01-31'), round, [
        lastYear,
        { label: '2014', startsOn: '2014-01-01', endsOn: '2014-12-31' },
      ]),
    ).toEqual([]);
  });

  it('names the first of several periods it overlaps, once', () => {
    const others = [
      { label: '2012', startsOn: '2012-01-01', endsOn: '2012-12-31' },
      { label: 'Primo trimestre', startsOn: '2013-01-01', endsOn: '2013-03-31' },
      { label: 'Secondo trimestre', startsOn: '2013-04-01', endsOn: '2013-06-30' },
    ];
    expect(periodProblems(period('2013-01-01', '2013-12-31', '2014-01-31'), round, others)).toEqual(
      [{ field: 'startsOn', message: 'overlaps the period "Primo trimestre"' }],
    );
  });

  it('reports every rule broken at once', () => {
    const problems = periodProblems(period('2015-03-01', '2014-12-31', '2014-12-01'), round, [
      { label: '2014', startsOn: '2014-01-01', endsOn: '2014-12-31' },
    ]);
    expect(problems.map((p) => p.field)).toEqual(['endsOn', 'startsOn', 'dueOn']);
    expect(problems).toContainEqual({ field: 'endsOn', message: 'must not be before startsOn' });
    expect(problems).toContainEqual({
      field: 'startsOn',
      message: 'must be in the same year as endsOn',
    });
    expect(problems).toContainEqual({ field: 'dueOn', message: 'must not be before endsOn' });

    const all = periodProblems(period('2014-07-01', '2015-06-30', '2015-06-01'), round, [
      { label: '2015', startsOn: '2015-01-01', endsOn: '2015-12-31' },
    ]);
    expect(all).toEqual([
      { field: 'startsOn', message: 'must be in the same year as endsOn' },
      { field: 'endsOn', message: "must be within the plan's years 2012–2014" },
      { field: 'dueOn', message: 'must not be before endsOn' },
      { field: 'startsOn', message: 'overlaps the period "2015"' },
    ]);
  });
});

describe('the year of a period and how much of it has gone by', () => {
  it('a period reports on the year it ends in', () => {
    expect(periodYear({ endsOn: '2013-06-30' })).toBe(2013);
    expect(periodYear({ endsOn: '2014-12-31' })).toBe(2014);
    expect(periodYear({ endsOn: '2012-01-01' })).toBe(2012);
  });

  it('the whole year has gone by on 31 December, leap or not', () => {
    expect(periodYearShare({ endsOn: '2013-12-31' })).toBe(1);
    expect(periodYearShare({ endsOn: '2012-12-31' })).toBe(1);
    expect(periodYearShare({ endsOn: '2000-12-31' })).toBe(1);
  });

  it('about half of a common year has gone by on 30 June: 181 days of 365', () => {
    expect(periodYearShare({ endsOn: '2013-06-30' })).toBeCloseTo(181 / 365, 12);
    expect(periodYearShare({ endsOn: '2013-06-30' })).toBeCloseTo(0.4959, 4);
  });

  it('a leap year has 366 days, and 29 February counts', () => {
    expect(periodYearShare({ endsOn: '2012-06-30' })).toBeCloseTo(182 / 366, 12);
    expect(periodYearShare({ endsOn: '2012-02-29' })).toBeCloseTo(60 / 366, 12);
    expect(periodYearShare({ endsOn: '2012-03-01' })).toBeCloseTo(61 / 366, 12);
    expect(periodYearShare({ endsOn: '2013-02-28' })).toBeCloseTo(59 / 365, 12);
    expect(periodYearShare({ endsOn: '2013-03-01' })).toBeCloseTo(60 / 365, 12);
    // 1900 and 2100 are not leap years, 2000 is
    expect(periodYearShare({ endsOn: '2000-06-30' })).toBeCloseTo(182 / 366, 12);
    expect(periodYearShare({ endsOn: '2100-06-30' })).toBeCloseTo(181 / 365, 12);
  });

  it('one day has gone by at the end of 1 January', () => {
    expect(periodYearShare({ endsOn: '2013-01-01' })).toBeCloseTo(1 / 365, 12);
    expect(periodYearShare({ endsOn: '2012-01-01' })).toBeCloseTo(1 / 366, 12);
    expect(periodYearShare({ endsOn: '2013-01-01' })).toBeGreaterThan(0);
  });

  it('grows day by day through the year', () => {
    const ends = ['2013-01-01', '2013-03-31', '2013-06-30', '2013-09-30', '2013-12-30'];
    const shares = ends.map((endsOn) => periodYearShare({ endsOn }));
    for (let i = 1; i < shares.length; i++) expect(shares[i]).toBeGreaterThan(shares[i - 1]!);
    expect(shares[1]).toBeCloseTo(90 / 365, 12);
    expect(shares[3]).toBeCloseTo(273 / 365, 12);
    expect(shares[4]).toBeCloseTo(364 / 365, 12);
    expect(shares[4]).toBeLessThan(1);
  });
});

describe('a late report', () => {
  const dueOn = '2013-07-31';
  const before = '2013-07-30';
  const after = '2013-08-01';

  it('is never late before or on the due date, whatever its status', () => {
    for (const status of [null, ...reportStatuses]) {
      expect(isLate(status, dueOn, before)).toBe(false);
      expect(isLate(status, dueOn, dueOn)).toBe(false);
      expect(isLate(status, dueOn, '2013-01-01')).toBe(false);
    }
  });

  it('is late after the due date when not started, a draft or sent back', () => {
    expect(isLate(null, dueOn, after)).toBe(true);
    expect(isLate('draft', dueOn, after)).toBe(true);
    expect(isLate('returned', dueOn, after)).toBe(true);
    expect(isLate('draft', dueOn, '2014-01-01')).toBe(true);
  });

  it('is not late after the due date once with the plan office', () => {
    expect(isLate('submitted', dueOn, after)).toBe(false);
    expect(isLate('validated', dueOn, after)).toBe(false);
    expect(isLate('submitted', dueOn, '2020-12-31')).toBe(false);
  });
});

describe('what may be done with a report, and by whom', () => {
  const moves: ReportMove[] = ['save', 'submit', 'validate', 'return'];
  type Row = Record<ReportMove, boolean>;
  const row = (save: boolean, submit: boolean, validate: boolean, ret: boolean): Row => ({
    save,
    submit,
    validate,
    return: ret,
  });
  const statusName = (s: ReportStatus | null) => s ?? 'not started';

  // what a lead (not the plan office) may do
  const byLead: [ReportStatus | null, Row][] = [
    [null, row(true, false, false, false)],
    ['draft', row(true, true, false, false)],
    ['submitted', row(false, false, false, false)],
    ['validated', row(false, false, false, false)],
    ['returned', row(true, true, false, false)],
  ];
  // what the plan office may do
  const byPlanOffice: [ReportStatus | null, Row][] = [
    [null, row(true, false, false, false)],
    ['draft', row(true, true, true, false)],
    ['submitted', row(true, false, true, true)],
    ['validated', row(false, false, false, true)],
    ['returned', row(true, true, true, false)],
  ];

  for (const [status, allowed] of byLead) {
    for (const move of moves) {
      it(`a lead ${allowed[move] ? 'may' : 'may not'} ${move} a report ${statusName(status)}`, () => {
        expect(reportMoveAllowed(status, move, false)).toBe(allowed[move]);
      });
    }
  }
  for (const [status, allowed] of byPlanOffice) {
    for (const move of moves) {
      it(`the plan office ${allowed[move] ? 'may' : 'may not'} ${move} a report ${statusName(status)}`, () => {
        expect(reportMoveAllowed(status, move, true)).toBe(allowed[move]);
      });
    }
  }

  it('a lead cannot change a submitted report; the plan office can correct it', () => {
    expect(reportMoveAllowed('submitted', 'save', false)).toBe(false);
    expect(reportMoveAllowed('submitted', 'save', true)).toBe(true);
  });

  it('only the plan office validates or sends back', () => {
    for (const status of [null, ...reportStatuses]) {
      expect(reportMoveAllowed(status, 'validate', false)).toBe(false);
      expect(reportMoveAllowed(status, 'return', false)).toBe(false);
    }
  });

  it('a validated report can only be sent back, and only by the plan office', () => {
    for (const byPlanOffice of [false, true]) {
      expect(reportMoveAllowed('validated', 'save', byPlanOffice)).toBe(false);
      expect(reportMoveAllowed('validated', 'submit', byPlanOffice)).toBe(false);
      expect(reportMoveAllowed('validated', 'validate', byPlanOffice)).toBe(false);
    }
    expect(reportMoveAllowed('validated', 'return', true)).toBe(true);
  });

  it('a report must be written before it is handed in, and handed in only once', () => {
    expect(reportMoveAllowed(null, 'submit', false)).toBe(false);
    expect(reportMoveAllowed(null, 'submit', true)).toBe(false);
    expect(reportMoveAllowed('submitted', 'submit', false)).toBe(false);
    expect(reportMoveAllowed('submitted', 'submit', true)).toBe(false);
  });
});

describe('who may write a report', () => {
  const action = { kind: 'action' as const, leadId: 'org-lead' };
  const objective = { kind: 'objective' as const, leadId: null };
  const leadRefusal = {
    allowed: false,
    reason: 'only the lead organization of this action reports on it',
  };

  it('the plan office may write any report', () => {
    const office = { planOffice: true, organizationIds: [] };
    expect(reportRight(action, office)).toEqual({ allowed: true });
    expect(reportRight(objective, office)).toEqual({ allowed: true });
    expect(reportRight({ kind: 'action', leadId: null }, office)).toEqual({ allowed: true });
    expect(reportRight(action, { planOffice: true, organizationIds: ['org-other'] })).toEqual({
      allowed: true,
    });
  });

  it('a member of the lead organization may write its action’s report', () => {
    expect(reportRight(action, { planOffice: false, organizationIds: ['org-lead'] })).toEqual({
      allowed: true,
    });
    expect(
      reportRight(action, { planOffice: false, organizationIds: ['org-other', 'org-lead'] }),
    ).toEqual({ allowed: true });
  });

  it('a member of another organization, or of none, is refused with the reason', () => {
    expect(reportRight(action, { planOffice: false, organizationIds: ['org-other'] })).toEqual(
      leadRefusal,
    );
    expect(reportRight(action, { planOffice: false, organizationIds: [] })).toEqual(leadRefusal);
  });

  it('only the plan office writes an objective’s report', () => {
    const refusal = { allowed: false, reason: 'only the plan office reports on an objective' };
    expect(reportRight(objective, { planOffice: false, organizationIds: [] })).toEqual(refusal);
    // not even the organization that leads one of its actions
    expect(
      reportRight(
        { kind: 'objective', leadId: 'org-lead' },
        { planOffice: false, organizationIds: ['org-lead'] },
      ),
    ).toEqual(refusal);
  });

  it('an action without a lead can be reported on only by the plan office', () => {
    const noLead = { kind: 'action' as const, leadId: null };
    expect(reportRight(noLead, { planOffice: false, organizationIds: ['org-lead'] })).toEqual(
      leadRefusal,
    );
    expect(reportRight(noLead, { planOffice: false, organizationIds: [] })).toEqual(leadRefusal);
  });
});

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  (result.error?.issues ?? []).map((i) => i.path.join('.'));

describe('the input of a new period', () => {
  const valid = {
    label: 'Primo semestre 2013',
    startsOn: '2013-01-01',
    endsOn: '2013-06-30',
    dueOn: '2013-07-31',
  };

  it('takes a label and three dates, the label trimmed', () => {
    expect(createPeriodInput.parse(valid)).toEqual(valid);
    expect(createPeriodInput.parse({ ...valid, label: '  Primo semestre 2013 \n' }).label).toBe(
      'Primo semestre 2013',
    );
  });

  it('requires every field, and a label that is more than blanks', () => {
    for (const field of ['label', 'startsOn', 'endsOn', 'dueOn'] as const) {
      const { [field]: _left, ...rest } = valid;
      expect(issuesOf(createPeriodInput.safeParse(rest))).toEqual([field]);
    }
    const blank = createPeriodInput.safeParse({ ...valid, label: '   ' });
    expect(issuesOf(blank)).toEqual(['label']);
    expect(blank.error?.issues[0]?.message).toBe('required');
    expect(issuesOf(createPeriodInput.safeParse({ ...valid, label: '' }))).toEqual(['label']);
  });

  it('bounds the label and refuses control characters', () => {
    expect(createPeriodInput.safeParse({ ...valid, label: 'x'.repeat(300) }).success).toBe(true);
    expect(issuesOf(createPeriodInput.safeParse({ ...valid, label: 'x'.repeat(301) }))).toEqual([
      'label',
    ]);
    expect(issuesOf(createPeriodInput.safeParse({ ...valid, label: 'a\u0000b' }))).toEqual([
      'label',
    ]);
  });

  it('takes calendar days as yyyy-mm-dd only', () => {
    for (const bad of [
      '2013-6-30',
      '30/06/2013',
      '2013-06-31',
      '2013-02-29',
      '2013-06-30T00:00:00Z',
      '',
    ]) {
      expect(issuesOf(createPeriodInput.safeParse({ ...valid, endsOn: bad }))).toEqual(['endsOn']);
    }
    expect(createPeriodInput.safeParse({ ...valid, startsOn: '2012-02-29' }).success).toBe(true);
    expect(issuesOf(createPeriodInput.safeParse({ ...valid, dueOn: 20130731 }))).toEqual(['dueOn']);
  });

  it('refuses unknown fields', () => {
    const result = createPeriodInput.safeParse({ ...valid, status: 'closed' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });
});

describe('the input of a report', () => {
  const uuid = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';
  const valid = {
    version: 0,
    progress: 'inProgress',
    progressPercent: 40,
    notes: 'Avviati due centri.',
    milestonesReached: ['Bando pubblicato'],
    peopleReached: [{ userAreaCode: 'MIN', count: 120 }],
    measures: [{ indicatorId: uuid, value: 42.5, note: '' }],
    spending: [{ sourceCode: 'FNPS', committed: 1_000_000, paid: 250_050 }],
  };

  it('takes a whole report, version 0 to start it', () => {
    expect(saveReportInput.parse(valid)).toEqual(valid);
    expect(saveReportInput.safeParse({ ...valid, version: 7 }).success).toBe(true);
  });

  it('takes an empty report: no progress, nothing measured or spent', () => {
    const empty = {
      version: 0,
      progress: null,
      progressPercent: null,
      notes: '',
      milestonesReached: [],
      peopleReached: [],
      measures: [{ indicatorId: uuid, value: null, note: '' }],
      spending: [],
    };
    expect(saveReportInput.parse(empty)).toEqual(empty);
  });

  it('trims what is typed', () => {
    const parsed = saveReportInput.parse({
      ...valid,
      notes: '  Avviati due centri.  ',
      milestonesReached: ['  Bando pubblicato '],
      peopleReached: [{ userAreaCode: ' MIN ', count: 120 }],
      measures: [{ indicatorId: uuid, value: 3, note: '  stima ' }],
      spending: [{ sourceCode: ' FNPS ', committed: 10, paid: 5 }],
    });
    expect(parsed.notes).toBe('Avviati due centri.');
    expect(parsed.milestonesReached).toEqual(['Bando pubblicato']);
    expect(parsed.peopleReached[0]!.userAreaCode).toBe('MIN');
    expect(parsed.measures[0]!.note).toBe('stima');
    expect(parsed.spending[0]!.sourceCode).toBe('FNPS');
  });

  it('requires every field', () => {
    for (const field of Object.keys(valid) as (keyof typeof valid)[]) {
      const { [field]: _left, ...rest } = valid;
      expect(issuesOf(saveReportInput.safeParse(rest))).toEqual([field]);
    }
  });

  it('refuses unknown fields, in the report and in its rows', () => {
    expect(saveReportInput.safeParse({ ...valid, status: 'validated' }).success).toBe(false);
    expect(
      saveReportInput.safeParse({
        ...valid,
        measures: [{ indicatorId: uuid, value: 1, note: '', unit: 'persone' }],
      }).success,
    ).toBe(false);
    expect(
      saveReportInput.safeParse({
        ...valid,
        spending: [{ sourceCode: 'FNPS', committed: 1, paid: 1, year: 2013 }],
      }).success,
    ).toBe(false);
    expect(
      saveReportInput.safeParse({
        ...valid,
        peopleReached: [{ userAreaCode: 'MIN', count: 1, expected: 3 }],
      }).success,
    ).toBe(false);
  });

  it('bounds the version, the progress and its percent', () => {
    expect(issuesOf(saveReportInput.safeParse({ ...valid, version: -1 }))).toEqual(['version']);
    expect(issuesOf(saveReportInput.safeParse({ ...valid, version: 1.5 }))).toEqual(['version']);
    expect(saveReportInput.safeParse({ ...valid, version: 2_147_483_647 }).success).toBe(true);
    expect(issuesOf(saveReportInput.safeParse({ ...valid, version: 2_147_483_648 }))).toEqual([
      'version',
    ]);
    expect(issuesOf(saveReportInput.safeParse({ ...valid, progress: 'done' }))).toEqual([
      'progress',
    ]);
    for (const p of ['planned', 'inProgress', 'completed', 'suspended', 'cancelled']) {
      expect(saveReportInput.safeParse({ ...valid, progress: p }).success).toBe(true);
    }
    expect(saveReportInput.safeParse({ ...valid, progressPercent: 0 }).success).toBe(true);
    expect(saveReportInput.safeParse({ ...valid, progressPercent: 100 }).success).toBe(true);
    for (const bad of [-1, 101, 50.5]) {
      expect(issuesOf(saveReportInput.safeParse({ ...valid, progressPercent: bad }))).toEqual([
        'progressPercent',
      ]);
    }
  });

  it('bounds the notes and the lists', () => {
    expect(saveReportInput.safeParse({ ...valid, notes: 'x'.repeat(10_000) }).success).toBe(true);
    expect(issuesOf(saveReportInput.safeParse({ ...valid, notes: 'x'.repeat(10_001) }))).toEqual([
      'notes',
    ]);
    const many = (n: number, f: (i: number) => unknown) =>
      Array.from({ length: n }, (_, i) => f(i));
    expect(
      saveReportInput.safeParse({ ...valid, milestonesReached: many(50, (i) => `m${i}`) }).success,
    ).toBe(true);
    expect(
      issuesOf(
        saveReportInput.safeParse({ ...valid, milestonesReached: many(51, (i) => `m${i}`) }),
      ),
    ).toEqual(['milestonesReached']);
    expect(
      issuesOf(
        saveReportInput.safeParse({
          ...valid,
          peopleReached: many(21, (i) => ({ userAreaCode: `U${i}`, count: 1 })),
        }),
      ),
    ).toEqual(['peopleReached']);
    expect(
      issuesOf(
        saveReportInput.safeParse({
          ...valid,
          measures: many(101, () => ({ indicatorId: uuid, value: 1, note: '' })),
        }),
      ),
    ).toEqual(['measures']);
    expect(
      issuesOf(
        saveReportInput.safeParse({
          ...valid,
          spending: many(51, (i) => ({ sourceCode: `S${i}`, committed: 1, paid: 1 })),
        }),
      ),
    ).toEqual(['spending']);
  });

  it('counts people as whole numbers from 0 to ten million, in a named target group', () => {
    const people = (userAreaCode: string, count: number) => ({
      ...valid,
      peopleReached: [{ userAreaCode, count }],
    });
    expect(saveReportInput.safeParse(people('MIN', 0)).success).toBe(true);
    expect(saveReportInput.safeParse(people('MIN', 10_000_000)).success).toBe(true);
    expect(issuesOf(saveReportInput.safeParse(people('MIN', 10_000_001)))).toEqual([
      'peopleReached.0.count',
    ]);
    expect(issuesOf(saveReportInput.safeParse(people('MIN', -1)))).toEqual([
      'peopleReached.0.count',
    ]);
    expect(issuesOf(saveReportInput.safeParse(people('MIN', 2.5)))).toEqual([
      'peopleReached.0.count',
    ]);
    expect(issuesOf(saveReportInput.safeParse(people('  ', 3)))).toEqual([
      'peopleReached.0.userAreaCode',
    ]);
    expect(issuesOf(saveReportInput.safeParse(people('X'.repeat(41), 3)))).toEqual([
      'peopleReached.0.userAreaCode',
    ]);
  });

  it('measures an indicator by its id with a finite value, or none', () => {
    const measure = (indicatorId: string, value: number | null) => ({
      ...valid,
      measures: [{ indicatorId, value, note: '' }],
    });
    expect(saveReportInput.safeParse(measure(uuid, -3.25)).success).toBe(true);
    expect(saveReportInput.safeParse(measure(uuid, 1e12)).success).toBe(true);
    expect(saveReportInput.safeParse(measure(uuid, -1e12)).success).toBe(true);
    expect(issuesOf(saveReportInput.safeParse(measure('i1', 3)))).toEqual([
      'measures.0.indicatorId',
    ]);
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, 1e12 + 1, -1e12 - 1]) {
      expect(issuesOf(saveReportInput.safeParse(measure(uuid, bad)))).toEqual(['measures.0.value']);
    }
    expect(
      issuesOf(
        saveReportInput.safeParse({
          ...valid,
          measures: [{ indicatorId: uuid, value: 1, note: 'x'.repeat(1_001) }],
        }),
      ),
    ).toEqual(['measures.0.note']);
  });

  it('takes money as whole cents, from 0 to ten thousand million euros, from a named source', () => {
    const money = (sourceCode: string, committed: number, paid: number) => ({
      ...valid,
      spending: [{ sourceCode, committed, paid }],
    });
    expect(saveReportInput.safeParse(money('FNPS', 0, 0)).success).toBe(true);
    expect(saveReportInput.safeParse(money('FNPS', 1_000_000_000_000, 1)).success).toBe(true);
    expect(issuesOf(saveReportInput.safeParse(money('FNPS', 1_000_000_000_001, 0)))).toEqual([
      'spending.0.committed',
    ]);
    expect(issuesOf(saveReportInput.safeParse(money('FNPS', 10.5, 0)))).toEqual([
      'spending.0.committed',
    ]);
    expect(issuesOf(saveReportInput.safeParse(money('FNPS', 10, -1)))).toEqual(['spending.0.paid']);
    expect(issuesOf(saveReportInput.safeParse(money(' ', 10, 1)))).toEqual([
      'spending.0.sourceCode',
    ]);
  });
});

describe('the input that sends a report back', () => {
  it('takes the version read and a trimmed note', () => {
    expect(returnReportInput.parse({ version: 3, note: '  Mancano i pagamenti. ' })).toEqual({
      version: 3,
      note: 'Mancano i pagamenti.',
    });
  });

  it('requires a note that is more than blanks, of at most a thousand characters', () => {
    const blank = returnReportInput.safeParse({ version: 3, note: ' \n ' });
    expect(issuesOf(blank)).toEqual(['note']);
    expect(blank.error?.issues[0]?.message).toBe('required');
    expect(issuesOf(returnReportInput.safeParse({ version: 3 }))).toEqual(['note']);
    expect(returnReportInput.safeParse({ version: 3, note: 'x'.repeat(1_000) }).success).toBe(true);
    expect(issuesOf(returnReportInput.safeParse({ version: 3, note: 'x'.repeat(1_001) }))).toEqual([
      'note',
    ]);
  });

  it('requires a version of a report that exists (1 or more)', () => {
    expect(issuesOf(returnReportInput.safeParse({ version: 0, note: 'x' }))).toEqual(['version']);
    expect(issuesOf(returnReportInput.safeParse({ note: 'x' }))).toEqual(['version']);
    expect(issuesOf(returnReportInput.safeParse({ version: '3', note: 'x' }))).toEqual(['version']);
  });

  it('refuses unknown fields', () => {
    const result = returnReportInput.safeParse({ version: 3, note: 'x', status: 'draft' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });
});
