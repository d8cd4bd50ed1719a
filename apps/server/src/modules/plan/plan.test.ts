import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { canonicalJson, italianDate, sha256Hex } from '@pdz/core';
import { createTestApp, demo, type Client, type TestApp } from '../../testing/test-app';
import { newCoherentPlan } from '../../testing/scratch-plan';

let t: TestApp;
let office: Client;
let districtId: string;
let planId: string;
let base: string;

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login(demo.planOffice);
  districtId = (await office.get('/api/districts')).json().items[0].id;
  planId = (await office.get(`/api/districts/${districtId}/plans`)).json().items[0].id;
  base = `/api/districts/${districtId}/plans/${planId}`;
});
afterAll(async () => t.close());

const tree = async (c: Client = office) => (await c.get(base)).json();
const objectiveByCode = async (code: string) =>
  (await tree()).areas
    .flatMap((a: { objectives: { code: string }[] }) => a.objectives)
    .find((o: { code: string }) => o.code === code);

describe('reading the district and its plan', () => {
  it('shows the 12 municipalities with ISTAT codes, the census total and the lead body', async () => {
    const d = (await office.get(`/api/districts/${districtId}`)).json();
    expect(d.name).toBe('Distretto sociale di Pavia');
    expect(d.municipalities).toHaveLength(12);
    expect(d.population).toBe(99_958);
    expect(
      d.municipalities.find((m: { istatCode: string }) => m.istatCode === '018110'),
    ).toMatchObject({ name: 'Pavia', population: 68_280 });
    expect(d.leadBody.name).toBe('Consorzio Sociale Pavese');
  });

  it('lists the plan 2012–2014, approved and open for its 2013 update, with its areas, objectives and actions in order', async () => {
    const plans = (await office.get(`/api/districts/${districtId}/plans`)).json().items;
    expect(plans).toEqual([
      expect.objectContaining({
        title: 'Piano di Zona 2012–2014',
        phase: 'updating',
        latestApprovedVersion: 1,
        period: { startYear: 2012, endYear: 2014 },
      }),
    ]);
    const p = await tree();
    expect(p.areas.map((a: { classificationCode: string }) => a.classificationCode)).toEqual([
      'MIN',
      'ANZ',
      'DIS',
      'POV',
      'IMM',
      'DIP',
      'SMEN',
    ]);
    expect(p.areas[0].objectives.map((o: { code: string }) => o.code)).toEqual(['OB1', 'OB2']);
    expect(p.areas[0].objectives[0].actions.length).toBeGreaterThan(0);
  });

  it('lets every role read the plan', async () => {
    for (const email of [demo.mayor, demo.partner, demo.healthAgency, demo.region, demo.admin]) {
      const c = await t.login(email);
      expect((await c.get(base)).statusCode).toBe(200);
    }
  });

  it('lists the seeded areas of intervention as a classification', async () => {
    const res = await office.get('/api/classifications/interventionArea');
    expect(res.json().items.map((i: { code: string }) => i.code)).toEqual([
      'MIN',
      'ANZ',
      'DIP',
      'SMEN',
      'DIS',
      'IMM',
      'POV',
    ]);
  });
});

describe('editing the content', () => {
  it('refuses every write to the read-only roles with 403 FORBIDDEN, changing nothing', async () => {
    const ob1 = await objectiveByCode('OB1');
    for (const email of [demo.mayor, demo.partner, demo.healthAgency, demo.region, demo.admin]) {
      const c = await t.login(email);
      const res = await c.patch(`${base}/objectives/${ob1.id}`, {
        title: 'Hijacked',
        version: ob1.version,
      });
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
      expect((await c.post(`${base}/areas`, { title: 'Nuova' })).statusCode).toBe(403);
    }
    expect((await objectiveByCode('OB1')).title).toBe(ob1.title);
  });

  it('creates an area, an objective in it and an action in that, each at the end of its list', async () => {
    const area = await office.post(`${base}/areas`, {
      title: 'Politiche abitative',
      classificationCode: null,
    });
    expect(area.statusCode).toBe(201);
    const obj = await office.post(`${base}/objectives`, {
      areaId: area.json().id,
      code: 'OB9',
      title: 'Ridurre l’emergenza abitativa',
    });
    expect(obj.statusCode).toBe(201);
    const act = await office.post(`${base}/actions`, {
      objectiveId: obj.json().id,
      title: 'Agenzia per l’affitto',
    });
    expect(act.statusCode).toBe(201);
    const p = await tree();
    const last = p.areas.at(-1);
    expect(last.title).toBe('Politiche abitative');
    expect(last.objectives[0].actions[0].title).toBe('Agenzia per l’affitto');
  });

  it('edits an objective and bumps its version and the plan version', async () => {
    const before = await tree();
    const ob1 = await objectiveByCode('OB1');
    const res = await office.patch(`${base}/objectives/${ob1.id}`, {
      code: 'OB1',
      title: 'Sostenere le famiglie con figli piccoli',
      description: ob1.description,
      areaId: ob1.areaId,
      version: ob1.version,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      title: 'Sostenere le famiglie con figli piccoli',
      version: ob1.version + 1,
    });
    expect((await tree()).version).toBe(before.version + 1);
  });

  it('answers 409 with the current record to a writer who edited an old version: nothing is overwritten', async () => {
    const ob2 = await objectiveByCode('OB2');
    const first = await office.patch(`${base}/objectives/${ob2.id}`, {
      ...pick(ob2),
      title: 'Prima modifica',
      version: ob2.version,
    });
    expect(first.statusCode).toBe(200);
    const second = await office.patch(`${base}/objectives/${ob2.id}`, {
      ...pick(ob2),
      title: 'Seconda modifica',
      version: ob2.version,
    });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({
      code: 'VERSION_CONFLICT',
      current: { title: 'Prima modifica', version: ob2.version + 1 },
    });
    expect((await objectiveByCode('OB2')).title).toBe('Prima modifica');
  });

  it('names the field of invalid input', async () => {
    const ob1 = await objectiveByCode('OB1');
    const res = await office.patch(`${base}/objectives/${ob1.id}`, {
      ...pick(ob1),
      title: '   ',
      version: ob1.version,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toEqual([expect.objectContaining({ field: 'body.title' })]);
    const orphan = await office.post(`${base}/objectives`, {
      areaId: '00000000-0000-4000-8000-000000000000',
      title: 'Senza area',
    });
    expect(orphan.statusCode).toBe(400);
    expect(orphan.json().issues[0].field).toBe('body.areaId');
  });

  it('moves an objective to another area, at the end of it', async () => {
    const p = await tree();
    const ob3 = await objectiveByCode('OB3');
    const target = p.areas.find(
      (a: { classificationCode: string }) => a.classificationCode === 'DIS',
    );
    const res = await office.patch(`${base}/objectives/${ob3.id}`, {
      ...pick(ob3),
      areaId: target.id,
      version: ob3.version,
    });
    expect(res.statusCode).toBe(200);
    const moved = (await tree()).areas.find((a: { id: string }) => a.id === target.id);
    expect(moved.objectives.map((o: { code: string }) => o.code)).toEqual(['OB4', 'OB3']);
  });

  it('reorders areas, and refuses an order that does not list exactly the current areas', async () => {
    const ids = (await tree()).areas.map((a: { id: string }) => a.id);
    const reversed = [...ids].reverse();
    const res = await office.put(`${base}/areas/order`, { ids: reversed });
    expect(res.statusCode).toBe(200);
    expect((await tree()).areas.map((a: { id: string }) => a.id)).toEqual(reversed);
    const stale = await office.put(`${base}/areas/order`, { ids: ids.slice(1) });
    expect(stale.statusCode).toBe(409);
    await office.put(`${base}/areas/order`, { ids });
  });

  it('reorders the actions of an objective', async () => {
    const ob1 = await objectiveByCode('OB1');
    const ids = ob1.actions.map((a: { id: string }) => a.id).reverse();
    const res = await office.put(`${base}/objectives/${ob1.id}/actions/order`, { ids });
    expect(res.json().items.map((a: { id: string }) => a.id)).toEqual(ids);
  });

  it('deletes an area with its objectives and actions, only at the version last read', async () => {
    const area = (await office.post(`${base}/areas`, { title: 'Da eliminare' })).json();
    const obj = (
      await office.post(`${base}/objectives`, { areaId: area.id, title: 'Obiettivo' })
    ).json();
    await office.post(`${base}/actions`, { objectiveId: obj.id, title: 'Azione' });
    expect(
      (await office.delete(`${base}/areas/${area.id}?version=${area.version + 5}`)).statusCode,
    ).toBe(409);
    expect(
      (await office.delete(`${base}/areas/${area.id}?version=${area.version}`)).statusCode,
    ).toBe(204);
    const left = await t.sql(
      sql`select count(*)::int as n from objectives where area_id = ${area.id}`,
    );
    expect((left.rows[0] as { n: number }).n).toBe(0);
    expect(
      (await office.delete(`${base}/areas/${area.id}?version=${area.version}`)).statusCode,
    ).toBe(404);
  });
});

describe('approval and frozen versions', () => {
  let approvedSha: string;

  it('refuses to approve a plan that changed since the approver read it', async () => {
    const p = await tree();
    const res = await office.post(`${base}/transitions`, {
      transition: 'approve',
      version: p.version - 1,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().current.version).toBe(p.version);
  });

  it('refuses approval to roles other than the plan office', async () => {
    const mayor = await t.login(demo.mayor);
    const res = await mayor.post(`${base}/transitions`, {
      transition: 'approve',
      version: (await tree()).version,
    });
    expect(res.statusCode).toBe(403);
  });

  it('refuses a decision date after today, naming the field, and freezes nothing', async () => {
    const res = await office.post(`${base}/transitions`, {
      transition: 'approve',
      version: (await tree()).version,
      decisionDate: '2999-01-01',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().issues).toEqual([expect.objectContaining({ field: 'body.decisionDate' })]);
    expect((await office.get(`${base}/versions`)).json().items).toHaveLength(1);
  });

  it('approves the update: records who, when it was entered and the day the body decided, and freezes version 2 as canonical JSON with its SHA-256', async () => {
    const p = await tree();
    const before = Date.now();
    const res = await office.post(`${base}/transitions`, {
      transition: 'approve',
      version: p.version,
      resolution: 'Delibera n. 1 del 26/03/2013',
      decisionDate: '2013-03-26',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ phase: 'approved', latestApprovedVersion: 2 });
    const versions = (await office.get(`${base}/versions`)).json().items;
    expect(versions[0]).toEqual(
      expect.objectContaining({
        number: 2,
        resolution: 'Delibera n. 1 del 26/03/2013',
        decisionDate: '2013-03-26',
        approvedBy: expect.objectContaining({ name: expect.stringContaining('Giulia') }),
      }),
    );
    expect(Date.parse(versions[0].approvedAt)).toBeGreaterThanOrEqual(before - 1000);
    const v2 = (await office.get(`${base}/versions/2`)).json();
    approvedSha = v2.sha256;
    expect(await sha256Hex(canonicalJson(v2.snapshot))).toBe(v2.sha256);
    expect(v2.snapshot.areas.map((a: { title: string }) => a.title)).toEqual(
      p.areas.map((a: { title: string }) => a.title),
    );
    expect(v2.snapshot.areas[0].objectives[0].title).toBe(
      'Sostenere le famiglie con figli piccoli',
    );
  });

  it('without a decision date, records the day in Italy the approval is entered', async () => {
    const { base: scratch } = await newCoherentPlan(office, districtId, 2030);
    const res = await office.post(`${scratch}/transitions`, {
      transition: 'approve',
      version: (await office.get(scratch)).json().version,
    });
    expect(res.statusCode).toBe(200);
    const [v1] = (await office.get(`${scratch}/versions`)).json().items;
    expect(v1.decisionDate).toBe(italianDate(new Date(v1.approvedAt)));
  });

  it('refuses content edits once approved (409 PLAN_NOT_EDITABLE), and a second approval', async () => {
    const ob1 = await objectiveByCode('OB1');
    const res = await office.patch(`${base}/objectives/${ob1.id}`, {
      ...pick(ob1),
      title: 'Dopo approvazione',
      version: ob1.version,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('PLAN_NOT_EDITABLE');
    const again = await office.post(`${base}/transitions`, {
      transition: 'approve',
      version: (await tree()).version,
    });
    expect(again.json().code).toBe('INVALID_TRANSITION');
  });

  it('opens a new draft whose edits leave the approved version exactly as it was', async () => {
    const open = await office.post(`${base}/transitions`, {
      transition: 'openRevision',
      version: (await tree()).version,
    });
    expect(open.json().phase).toBe('updating');
    const ob1 = await objectiveByCode('OB1');
    const edit = await office.patch(`${base}/objectives/${ob1.id}`, {
      ...pick(ob1),
      title: 'Aggiornamento 2013',
      version: ob1.version,
    });
    expect(edit.statusCode).toBe(200);
    const v2 = (await office.get(`${base}/versions/2`)).json();
    expect(v2.sha256).toBe(approvedSha);
    expect(v2.snapshot.areas[0].objectives[0].title).toBe(
      'Sostenere le famiglie con figli piccoli',
    );
  });

  it('approves the next update as version 3 with a different hash', async () => {
    const res = await office.post(`${base}/transitions`, {
      transition: 'approve',
      version: (await tree()).version,
      resolution: 'Aggiornamento 2013',
    });
    expect(res.json().latestApprovedVersion).toBe(3);
    const v3 = (await office.get(`${base}/versions/3`)).json();
    expect(v3.sha256).not.toBe(approvedSha);
    expect(v3.snapshot.areas[0].objectives[0].title).toBe('Aggiornamento 2013');
  });

  it('is append-only in the database itself: a frozen version cannot be altered or deleted', async () => {
    await expect(
      t.database.db.execute(
        sql`update plan_versions set canonical = '{}' where plan_id = ${planId}`,
      ),
    ).rejects.toThrow();
    await expect(
      t.database.db.execute(sql`delete from plan_versions where plan_id = ${planId}`),
    ).rejects.toThrow();
    const v2 = (await office.get(`${base}/versions/2`)).json();
    expect(v2.sha256).toBe(approvedSha);
  });
});

describe('new plans', () => {
  it('starts a new planning round, refusing a second plan for the same period', async () => {
    const created = await office.post(`/api/districts/${districtId}/plans`, {
      title: 'Piano di Zona 2015–2017',
      period: { startYear: 2015, endYear: 2017 },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().phase).toBe('startUp');
    const dup = await office.post(`/api/districts/${districtId}/plans`, {
      title: 'Doppio',
      period: { startYear: 2015, endYear: 2017 },
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('DUPLICATE');
    const bad = await office.post(`/api/districts/${districtId}/plans`, {
      title: 'Rovesciato',
      period: { startYear: 2017, endYear: 2015 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues[0].field).toBe('body.period.endYear');
  });
});

describe('audit trail', () => {
  it('records every write with who, what, before and after, newest first', async () => {
    const res = await office.get(`/api/districts/${districtId}/audit-events?limit=200`);
    expect(res.statusCode).toBe(200);
    const events = res.json().items as {
      action: string;
      actor: { name: string } | null;
      before: unknown;
      after: unknown;
    }[];
    const actions = events.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'area.created',
        'objective.created',
        'action.created',
        'objective.updated',
        'area.reordered',
        'area.deleted',
        'plan.approved',
        'plan.phase_changed',
        'plan.created',
      ]),
    );
    const update = events.find((e) => e.action === 'objective.updated')!;
    expect(update.actor?.name).toContain('Giulia');
    expect(update.before).toHaveProperty('title');
    expect(update.after).toHaveProperty('title');
    expect(actions[0]).toBe('plan.created');
  });

  it('pages through the trail with nextBefore', async () => {
    const first = (await office.get(`/api/districts/${districtId}/audit-events?limit=3`)).json();
    expect(first.items).toHaveLength(3);
    const second = (
      await office.get(
        `/api/districts/${districtId}/audit-events?limit=3&before=${encodeURIComponent(first.nextBefore)}`,
      )
    ).json();
    expect(second.items[0].id).not.toBe(first.items[2].id);
    expect(new Date(second.items[0].at).getTime()).toBeLessThan(
      new Date(first.items[2].at).getTime(),
    );
  });

  it('is open to the plan office and the administrator only', async () => {
    expect(
      (await (await t.login(demo.admin)).get(`/api/districts/${districtId}/audit-events`))
        .statusCode,
    ).toBe(200);
    expect(
      (await (await t.login(demo.mayor)).get(`/api/districts/${districtId}/audit-events`))
        .statusCode,
    ).toBe(403);
  });
});

function pick(o: { code: string; title: string; description: string; areaId: string }) {
  return { code: o.code, title: o.title, description: o.description, areaId: o.areaId };
}
