import { describe, it, expect } from 'vitest';
import {
  planSnapshotSchema,
  snapshotFormat,
  snapshotFormatV1,
  snapshotOf,
  type SnapshotContent,
} from './plan-version';
import type { PlanTree } from './plan';
import { emptyActionDetail, emptyObjectiveSheet } from './sheet';
import { hashSnapshot } from './snapshot';

const district = {
  id: 'd1',
  slug: 'garbagnate',
  name: 'Ambito di Garbagnate Milanese',
  isDemo: true,
};

function action(id: string, title: string, position: number) {
  return {
    id,
    objectiveId: 'o',
    title,
    description: `desc ${title}`,
    position,
    version: 3,
    ...emptyActionDetail,
  };
}

const content: SnapshotContent = {
  organizations: [],
  indicators: [],
  budget: { availability: [], allocations: [], municipalShare: null },
  chapters: [],
};

function tree(): PlanTree {
  return {
    id: 'p1',
    districtId: 'd1',
    title: 'Piano di Zona 2012–2014',
    period: { startYear: 2012, endYear: 2014 },
    phase: 'drafting',
    version: 7,
    isDemo: false,
    latestApprovedVersion: null,
    createdAt: '2012-01-01T00:00:00Z',
    updatedAt: '2012-01-01T00:00:00Z',
    areas: [
      {
        id: 'a2',
        planId: 'p1',
        classificationCode: 'MINORI',
        title: 'Minori e famiglie',
        description: '',
        position: 0,
        version: 2,
        objectives: [
          {
            id: 'o3',
            areaId: 'a2',
            code: 'M.2',
            title: 'Affido',
            description: 'd',
            position: 0,
            version: 1,
            ...emptyObjectiveSheet,
            actions: [action('x9', 'Sportello', 0), action('x1', 'Formazione', 1)],
          },
          {
            id: 'o1',
            areaId: 'a2',
            code: 'M.1',
            title: 'Tutela',
            description: '',
            position: 1,
            version: 5,
            ...emptyObjectiveSheet,
            actions: [],
          },
        ],
      },
      {
        id: 'a1',
        planId: 'p1',
        classificationCode: null,
        title: 'Anziani',
        description: 'Domiciliarità',
        position: 1,
        version: 4,
        objectives: [],
      },
    ],
  };
}

describe('snapshotOf', () => {
  it('keeps areas, objectives and actions in the given display order', () => {
    const s = snapshotOf(district, tree(), content);
    expect(s.areas.map((a) => a.id)).toEqual(['a2', 'a1']);
    expect(s.areas[0]!.objectives.map((o) => o.id)).toEqual(['o3', 'o1']);
    expect(s.areas[0]!.objectives[0]!.actions.map((x) => x.title)).toEqual([
      'Sportello',
      'Formazione',
    ]);
  });

  it('carries content only: no row versions, positions, parent ids, phase or timestamps', () => {
    const s = snapshotOf(district, tree(), content);
    expect(s).toMatchObject({
      format: snapshotFormat,
      district: { id: 'd1', slug: 'garbagnate', name: 'Ambito di Garbagnate Milanese' },
      plan: {
        id: 'p1',
        title: 'Piano di Zona 2012–2014',
        period: { startYear: 2012, endYear: 2014 },
      },
      areas: [
        {
          id: 'a2',
          classificationCode: 'MINORI',
          title: 'Minori e famiglie',
          description: '',
          objectives: [
            {
              id: 'o3',
              code: 'M.2',
              title: 'Affido',
              description: 'd',
              kind: 'strategic',
              status: 'planned',
              actions: [
                { id: 'x9', title: 'Sportello', description: 'desc Sportello', lead: null },
                { id: 'x1', title: 'Formazione', description: 'desc Formazione', lead: null },
              ],
            },
            { id: 'o1', code: 'M.1', title: 'Tutela', description: '', actions: [] },
          ],
        },
        {
          id: 'a1',
          classificationCode: null,
          title: 'Anziani',
          description: 'Domiciliarità',
          objectives: [],
        },
      ],
      budget: { availability: [], allocations: [], municipalShare: null },
      chapters: [],
    });
    const text = JSON.stringify(s);
    for (const key of [
      '"version"',
      '"position"',
      '"planId"',
      '"areaId"',
      '"objectiveId"',
      '"phase"',
      '"isDemo"',
    ]) {
      expect(text).not.toContain(key);
    }
  });

  it('parses with planSnapshotSchema', () => {
    const s = snapshotOf(district, tree(), content);
    const parsed = planSnapshotSchema.safeParse(s);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual(s);
  });

  it('gives the same hash when only row versions and positions differ', async () => {
    const edited = tree();
    edited.version = 99;
    edited.areas[0]!.version = 42;
    edited.areas[0]!.objectives[0]!.actions[0]!.version = 10;
    edited.areas[1]!.position = 17;
    const a = await hashSnapshot(snapshotOf(district, tree(), content));
    const b = await hashSnapshot(snapshotOf(district, edited, content));
    expect(b.sha256).toBe(a.sha256);
  });

  it('gives a different hash when the content order changes', async () => {
    const reordered = tree();
    reordered.areas.reverse();
    const a = await hashSnapshot(snapshotOf(district, tree(), content));
    const b = await hashSnapshot(snapshotOf(district, reordered, content));
    expect(b.sha256).not.toBe(a.sha256);
  });
});

describe('snapshot content beyond the tree', () => {
  it('names the lead and partners, nests indicators under their owner, sorts the budget', () => {
    const t = tree();
    const x9 = t.areas[0]!.objectives[0]!.actions[0]!;
    x9.leadOrganizationId = 'org-a';
    x9.partners = [{ organizationId: 'org-b', role: 'Accoglienza' }];
    const indicator = {
      planId: 'p1',
      code: 'I1',
      name: 'Famiglie seguite',
      kind: 'output' as const,
      unit: 'famiglie',
      dataSource: 'Cartella sociale',
      frequency: 'annual' as const,
      reportedBy: 'Ufficio di Piano',
      direction: 'increase' as const,
      baselineValue: 40,
      baselineYear: 2011,
      targets: [
        { year: 2013, value: 60 },
        { year: 2012, value: 50 },
      ],
      partialPercent: 60,
      achievedPercent: 100,
      position: 0,
      version: 4,
    };
    const s = snapshotOf(district, t, {
      ...content,
      organizations: [
        { id: 'org-a', name: 'Cooperativa Alfa' },
        { id: 'org-b', name: 'Associazione Beta' },
      ],
      indicators: [
        { ...indicator, id: 'i1', objectiveId: null, actionId: 'x9' },
        { ...indicator, id: 'i2', objectiveId: 'o1', actionId: null },
      ],
      budget: {
        availability: [
          { sourceCode: 'FSR', year: 2012, amount: 100, carryOver: 0 },
          { sourceCode: 'COM', year: 2013, amount: 200, carryOver: 5 },
          { sourceCode: 'COM', year: 2012, amount: 300, carryOver: 0 },
        ],
        allocations: [],
        municipalShare: null,
      },
    });
    const action = s.areas[0]!.objectives[0]!.actions[0]!;
    expect(action.lead).toEqual({ id: 'org-a', name: 'Cooperativa Alfa' });
    expect(action.partners).toEqual([
      { id: 'org-b', name: 'Associazione Beta', role: 'Accoglienza' },
    ]);
    expect(action.indicators!.map((i) => i.id)).toEqual(['i1']);
    expect(action.indicators![0]!.targets.map((x) => x.year)).toEqual([2012, 2013]);
    expect(s.areas[0]!.objectives[1]!.indicators!.map((i) => i.id)).toEqual(['i2']);
    expect(JSON.stringify(action.indicators)).not.toContain('"version"');
    expect(s.budget!.availability.map((r) => `${r.sourceCode}${r.year}`)).toEqual([
      'COM2012',
      'COM2013',
      'FSR2012',
    ]);
  });
});

describe('planSnapshotSchema', () => {
  it('refuses a snapshot of an unknown format', () => {
    const s = { ...snapshotOf(district, tree(), content), format: 'pdz.plan-snapshot/9' };
    expect(planSnapshotSchema.safeParse(s).success).toBe(false);
  });

  it('still reads versions frozen in format 1, without the later parts', () => {
    const v1 = {
      format: snapshotFormatV1,
      district: { id: 'd1', slug: 'garbagnate', name: 'Ambito' },
      plan: { id: 'p1', title: 'Piano', period: { startYear: 2012, endYear: 2014 } },
      areas: [
        {
          id: 'a1',
          classificationCode: null,
          title: 'Anziani',
          description: '',
          objectives: [
            {
              id: 'o1',
              code: 'A.1',
              title: 'Domiciliarità',
              description: '',
              actions: [{ id: 'x1', title: 'SAD', description: '' }],
            },
          ],
        },
      ],
    };
    expect(planSnapshotSchema.safeParse(v1).success).toBe(true);
  });
});
