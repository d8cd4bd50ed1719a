import {
  planContracts,
  type ClassificationItem,
  type Report,
  type ReportingPeriod,
  type Role,
} from '@pdz/core';
import { ids, interventionAreas, planTree } from '../../testing/fixtures';
import { signedInServer } from '../../testing/render';
import { json, type FakeRequest } from '../../testing/server';
import type { PeriodDetail, PeriodListItem, ReportFrameData, ReportView } from './queries';

// The fixture plan (2012–2014) approved and monitored: the first half of 2013 open.
const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const monitoringIds = {
  period: uuid(600),
  pastPeriod: uuid(601),
  report: uuid(610),
  indicator1: uuid(620),
  indicator2: uuid(621),
  partnerOrg: uuid(41),
};

export const planPath = `/districts/${ids.district}/plans/${ids.plan}`;

export function period(over: Partial<ReportingPeriod> = {}): ReportingPeriod {
  return {
    id: monitoringIds.period,
    planId: ids.plan,
    planVersion: 1,
    label: 'Primo semestre 2013',
    startsOn: '2013-01-01',
    endsOn: '2013-06-30',
    dueOn: '2013-07-31',
    status: 'open',
    closedAt: null,
    version: 3,
    ...over,
  };
}

export function periodItem(over: Partial<PeriodListItem> = {}): PeriodListItem {
  return {
    ...period(),
    reports: {
      expected: 4,
      draft: 1,
      submitted: 1,
      validated: 0,
      returned: 0,
      missing: 2,
      late: 1,
    },
    ...over,
  };
}

const item = (scheme: string, code: string, labelIt: string, position: number) =>
  ({ scheme, code, labelIt, labelEn: `${labelIt} (en)`, position }) satisfies ClassificationItem;

/** The catalogues the screens name things by: funding sources and ISTAT user areas. */
export function catalogue(req: FakeRequest) {
  if (req.params.scheme === 'fundingSource') {
    return json({
      items: [
        item('fundingSource', 'FNPS', 'Fondo nazionale politiche sociali', 1),
        item('fundingSource', 'FSR', 'Fondo sociale regionale', 2),
        item('fundingSource', 'COM', 'Risorse dei Comuni', 3),
      ],
    });
  }
  if (req.params.scheme === 'istatUserArea') {
    return json({
      items: [
        item('istatUserArea', 'FAM', 'Famiglia e minori', 1),
        item('istatUserArea', 'ANZ', 'Anziani', 2),
      ],
    });
  }
  return json(interventionAreas);
}

/** A signed-in user of `role` on the approved, monitored fixture plan. */
export function monitoringServer(role: Role) {
  return signedInServer(role)
    .on(planContracts.get, planTree({ phase: 'monitoring', latestApprovedVersion: 1 }))
    .on(planContracts.classification, catalogue);
}

export function report(over: Partial<Report> = {}): Report {
  return {
    id: monitoringIds.report,
    periodId: monitoringIds.period,
    subjectKind: 'action',
    subjectId: ids.action2,
    status: 'draft',
    progress: 'inProgress',
    progressPercent: 40,
    notes: 'Avviati i primi interventi.',
    milestonesReached: [],
    peopleReached: [{ userAreaCode: 'FAM', count: 12 }],
    measures: [{ indicatorId: monitoringIds.indicator1, value: 130, note: '' }],
    spending: [{ sourceCode: 'FNPS', committed: 500_000, paid: 123_456 }],
    reviewNote: null,
    updatedAt: '2013-05-02T10:00:00.000Z',
    updatedBy: ids.user,
    submittedAt: null,
    reviewedAt: null,
    version: 4,
    ...over,
  };
}

export function frame(over: Partial<ReportFrameData> = {}): ReportFrameData {
  return {
    kind: 'action',
    id: ids.action2,
    code: 'OB1.2',
    title: 'Educativa domiciliare',
    areaTitle: 'Minori e famiglia',
    objective: { id: ids.objective1, code: 'OB1', title: 'Sostenere le famiglie' },
    lead: { id: monitoringIds.partnerOrg, name: 'ATS di Pavia' },
    report: null,
    late: false,
    mayReport: true,
    milestones: [
      { title: 'Avvio del servizio', dueDate: '2013-02-01', done: false },
      { title: 'Prima verifica', dueDate: '2013-06-30', done: false },
    ],
    targetGroups: [
      { userAreaCode: 'FAM', expected: 40 },
      { userAreaCode: 'ANZ', expected: null },
    ],
    indicators: [
      {
        id: monitoringIds.indicator1,
        code: 'I1',
        name: 'Famiglie seguite',
        unit: 'famiglie',
        direction: 'increase',
        baselineValue: 100,
        target: 200,
        expected: 149.6,
      },
      {
        id: monitoringIds.indicator2,
        code: 'I2',
        name: 'Ore di educativa',
        unit: 'ore',
        direction: 'increase',
        baselineValue: null,
        target: 1000,
        expected: 496,
      },
    ],
    allocations: [{ sourceCode: 'FNPS', amount: 1_234_567 }],
    ...over,
  };
}

export function reportView(
  over: {
    report?: Report | null;
    subject?: Partial<ReportFrameData>;
    period?: ReportingPeriod;
  } = {},
): ReportView {
  return {
    period: over.period ?? period(),
    subject: frame(over.subject),
    report: over.report === undefined ? report() : over.report,
  };
}

const rolled = (status: 'onTrack' | 'atRisk' | 'offTrack' | 'noData', percent: number | null) => ({
  status,
  percent,
  counts: { onTrack: 0, atRisk: status === 'atRisk' ? 1 : 0, offTrack: 0, noData: 0 },
});

const subject = (
  over: Partial<PeriodDetail['subjects'][number]>,
): PeriodDetail['subjects'][number] => ({
  kind: 'action',
  id: ids.action1,
  code: 'OB1.1',
  title: 'Centro per la famiglia',
  areaTitle: 'Minori e famiglia',
  objective: { id: ids.objective1, code: 'OB1', title: 'Sostenere le famiglie' },
  lead: { id: ids.leadBody, name: 'Consorzio Sociale Pavese' },
  report: null,
  late: false,
  mayReport: false,
  ...over,
});

export function periodDetail(): PeriodDetail {
  return {
    period: period(),
    subjects: [
      subject({
        kind: 'objective',
        id: ids.objective1,
        code: 'OB1',
        title: 'Sostenere le famiglie',
        lead: null,
      }),
      subject({
        report: {
          id: uuid(611),
          status: 'submitted',
          updatedAt: '2013-07-10T08:00:00.000Z',
          version: 2,
        },
      }),
      subject({
        id: ids.action2,
        code: 'OB1.2',
        title: 'Educativa domiciliare',
        lead: { id: monitoringIds.partnerOrg, name: 'ATS di Pavia' },
        late: true,
        mayReport: true,
      }),
      subject({
        kind: 'objective',
        id: ids.objective2,
        code: 'OB2',
        title: 'Domiciliarità',
        areaTitle: 'Anziani',
        objective: { id: ids.objective2, code: 'OB2', title: 'Domiciliarità' },
        lead: null,
      }),
    ],
    summary: {
      year: 2013,
      share: 0.496,
      plan: rolled('atRisk', 72.4),
      areas: [
        {
          id: ids.areaMinors,
          title: 'Minori e famiglia',
          progress: rolled('atRisk', 72.4),
          objectives: [
            {
              id: ids.objective1,
              code: 'OB1',
              title: 'Sostenere le famiglie',
              progress: rolled('atRisk', 72.4),
              indicators: [
                {
                  id: monitoringIds.indicator1,
                  code: 'I1',
                  name: 'Famiglie seguite',
                  unit: 'famiglie',
                  direction: 'increase',
                  baselineValue: 100,
                  target: 200,
                  expected: 149.6,
                  measured: 136,
                  status: 'atRisk',
                  percent: 72.4,
                },
              ],
            },
          ],
        },
        {
          id: ids.areaElderly,
          title: 'Anziani',
          progress: rolled('noData', null),
          objectives: [
            {
              id: ids.objective2,
              code: 'OB2',
              title: 'Domiciliarità',
              progress: rolled('noData', null),
              indicators: [],
            },
          ],
        },
      ],
      spending: {
        lines: [
          {
            sourceCode: 'FNPS',
            year: 2013,
            allocated: 1_234_567,
            committed: 500_000,
            paid: 123_456,
            paidPercent: 10,
            unallocated: false,
          },
          {
            sourceCode: 'COM',
            year: 2013,
            allocated: 0,
            committed: 10_000,
            paid: 0,
            paidPercent: null,
            unallocated: true,
          },
        ],
        total: { allocated: 1_234_567, committed: 510_000, paid: 123_456, paidPercent: 10 },
      },
      reports: periodItem().reports,
    },
  };
}
