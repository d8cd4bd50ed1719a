import { describe, it, expect } from 'vitest';
import { planSnapshotSchema, snapshotFormat, snapshotOf } from './plan-version';
import { hashSnapshot } from './snapshot';

const district = {
  id: 'd1',
  slug: 'garbagnate',
  name: 'Ambito di Garbagnate Milanese',
  isDemo: true,
};

function action(id: string, title: string, position: number) {
  return { id, objectiveId: 'o', title, description: `desc ${title}`, position, version: 3 };
}

function tree() {
  return {
    id: 'p1',
    districtId: 'd1',
    title: 'Piano di Zona 2012–2014',
    period: { startYear: 2012, endYear: 2014 },
    phase: 'drafting',
    version: 7,
    createdAt: '2012-01-01T00:00:00Z',
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
    const s = snapshotOf(district, tree());
    expect(s.areas.map((a) => a.id)).toEqual(['a2', 'a1']);
    expect(s.areas[0]!.objectives.map((o) => o.id)).toEqual(['o3', 'o1']);
    expect(s.areas[0]!.objectives[0]!.actions.map((x) => x.title)).toEqual([
      'Sportello',
      'Formazione',
    ]);
  });

  it('carries content only: no row versions, positions, parent ids, phase or timestamps', () => {
    const s = snapshotOf(district, tree());
    expect(s).toEqual({
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
              actions: [
                { id: 'x9', title: 'Sportello', description: 'desc Sportello' },
                { id: 'x1', title: 'Formazione', description: 'desc Formazione' },
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
    const s = snapshotOf(district, tree());
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
    const a = await hashSnapshot(snapshotOf(district, tree()));
    const b = await hashSnapshot(snapshotOf(district, edited));
    expect(b.sha256).toBe(a.sha256);
  });

  it('gives a different hash when the content order changes', async () => {
    const reordered = tree();
    reordered.areas.reverse();
    const a = await hashSnapshot(snapshotOf(district, tree()));
    const b = await hashSnapshot(snapshotOf(district, reordered));
    expect(b.sha256).not.toBe(a.sha256);
  });
});

describe('planSnapshotSchema', () => {
  it('refuses a snapshot of another format', () => {
    const s = { ...snapshotOf(district, tree()), format: 'pdz.plan-snapshot/2' };
    expect(planSnapshotSchema.safeParse(s).success).toBe(false);
  });
});
