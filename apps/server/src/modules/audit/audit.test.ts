import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { auditChanges, auditSubject, type AuditEvent } from '@pdz/core';
import { createTestApp, demo, type Client, type TestApp } from '../../testing/test-app';
import { newPlan } from '../../testing/scratch-plan';
import { addMembership, createUser } from '../access/index';
import { createDistrict } from '../territory/index';

let t: TestApp;
let office: Client;
let outsider: Client;
let districtId: string;
let otherDistrictId: string;
let base: string;
const officeUser = '00000000-0000-4000-8000-00000000a001';
const adminUser = '00000000-0000-4000-8000-00000000a002';

async function events(client: Client, query: string, id = districtId) {
  const res = await client.get(`/api/districts/${id}/audit-events?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: AuditEvent[]; nextBefore: string | null };
}

/** An event at a known moment, as a use case would have written it. */
async function recorded(at: string, actorId: string, actorName: string, entityType: string) {
  await t.sql(sql`insert into audit_events
    (district_id, actor_id, actor_name, action, entity_type, entity_id, before, after, at)
    values (${districtId}, ${actorId}, ${actorName}, ${`${entityType}.updated`}, ${entityType},
      null, ${JSON.stringify({ title: 'Prima' })}::jsonb, ${JSON.stringify({ title: 'Dopo' })}::jsonb,
      ${at}::timestamptz)`);
}

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login(demo.planOffice);
  districtId = (await office.get('/api/districts')).json().items[0].id;
  otherDistrictId = await createDistrict(t.database.db, {
    slug: 'voghera',
    name: 'Distretto di Voghera',
    region: 'Lombardia',
  });
  await createUser(t.database.db, {
    email: 'udp@voghera.test',
    name: 'UdP Voghera',
    password: 'password-voghera-1',
  });
  await addMembership(t.database.db, {
    email: 'udp@voghera.test',
    districtSlug: 'voghera',
    role: 'planOffice',
  });
  outsider = await t.login('udp@voghera.test', 'password-voghera-1');
  // district B writes too: its events must never show in district A's log
  await outsider.post(`/api/districts/${otherDistrictId}/plans`, {
    title: 'Piano di Voghera',
    period: { startYear: 2030, endYear: 2032 },
  });
  base = (await newPlan(office, districtId, 2080)).base;
  await recorded('2012-03-25T23:30:00+02:00', officeUser, 'Giulia Bianchi', 'objective');
  await recorded('2012-03-26T09:00:00+02:00', officeUser, 'Giulia Bianchi', 'objective');
  await recorded('2012-03-26T23:59:00+02:00', adminUser, 'Marco Verdi', 'chapter');
  await recorded('2012-03-27T00:01:00+02:00', adminUser, 'Marco Verdi', 'objective');
});
afterAll(async () => t.close());

describe('activity log filters', () => {
  it('keeps the days asked, both included, in Italian time', async () => {
    const day = await events(office, 'from=2012-03-26&to=2012-03-26');
    expect(day.items.map((e) => e.at)).toEqual([
      '2012-03-26T21:59:00.000Z',
      '2012-03-26T07:00:00.000Z',
    ]);
    const since = await events(office, 'from=2012-03-27&to=2012-03-27');
    expect(since.items).toHaveLength(1);
  });

  it('keeps one person, or one item type, and pages within the filter', async () => {
    const giulia = await events(office, `actorId=${officeUser}&to=2012-12-31`);
    expect(giulia.items.map((e) => e.actor?.name)).toEqual(['Giulia Bianchi', 'Giulia Bianchi']);
    const objectives = await events(office, 'entityType=objective&to=2012-12-31&limit=2');
    expect(objectives.items).toHaveLength(2);
    expect(objectives.nextBefore).not.toBeNull();
    const next = await events(
      office,
      `entityType=objective&to=2012-12-31&limit=2&before=${encodeURIComponent(objectives.nextBefore!)}`,
    );
    expect(next.items.map((e) => e.at)).toEqual(['2012-03-25T21:30:00.000Z']);
    expect(next.nextBefore).toBeNull();
  });

  it('lists the people who appear in the log, never those of another district', async () => {
    const res = await office.get(`/api/districts/${districtId}/audit-events/actors`);
    expect(res.statusCode).toBe(200);
    const names = (res.json().items as { name: string }[]).map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Giulia Bianchi', 'Marco Verdi']));
    expect(names).not.toContain('UdP Voghera');
    const other = await outsider.get(`/api/districts/${districtId}/audit-events/actors`);
    expect(other.statusCode).toBe(404);
  });

  it('never shows another district’s events, whatever the filters', async () => {
    const all = await events(office, 'limit=200');
    expect(all.items.some((e) => e.actor?.name === 'UdP Voghera')).toBe(false);
    const asked = await events(office, 'entityType=plan&limit=200');
    expect(asked.items.some((e) => auditSubject(e).name === 'Piano di Voghera')).toBe(false);
    const outsiders = await outsider.get(`/api/districts/${districtId}/audit-events`);
    expect(outsiders.statusCode).toBe(404);
    const own = await events(outsider, 'entityType=plan', otherDistrictId);
    expect(own.items.map((e) => auditSubject(e).name)).toEqual(['Piano di Voghera']);
  });

  it.each([
    ['from=26/03/2012', 'query.from', 'invalid_format'],
    ['to=2012-02-30x', 'query.to', 'invalid_format'],
    ['from=2012-03-27&to=2012-03-26', 'query.to', 'custom'],
    ['entityType=budget', 'query.entityType', 'invalid_value'],
    ['actorId=giulia', 'query.actorId', 'invalid_format'],
    ['limit=500', 'query.limit', 'too_big'],
    ['entityType=plan%00', 'query.entityType', 'invalid_format'],
    ['before=2012-03-26T10:00:00Z%00', 'query.before', 'invalid_format'],
    ['actorId=%00', 'query.actorId', 'invalid_format'],
  ])('%s: 400 naming %s', async (query, field, code) => {
    const res = await office.get(`/api/districts/${districtId}/audit-events?${query}`);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
    expect(res.json().issues[0]).toMatchObject({ field, code });
  });

  it('names the limit of the page size it refuses', async () => {
    const res = await office.get(`/api/districts/${districtId}/audit-events?limit=201`);
    expect(res.json().issues[0]).toMatchObject({ field: 'query.limit', maximum: 200 });
  });
});

describe('events say what they are about', () => {
  it('a reorder records the parent and the children by name', async () => {
    const tree = (await office.get(base)).json();
    const objective = tree.areas[0].objectives[0];
    const ids = objective.actions.map((a: { id: string }) => a.id).reverse();
    const res = await office.put(`${base}/objectives/${objective.id}/actions/order`, { ids });
    expect(res.statusCode, res.body).toBe(200);
    const [event] = (await events(office, 'entityType=objective&limit=1')).items;
    expect(event?.action).toBe('action.reordered');
    expect(auditSubject(event!)).toMatchObject({ code: 'OB1', name: 'Obiettivo' });
    expect(auditChanges(event!)).toEqual([
      {
        field: 'order',
        before: {
          kind: 'list',
          items: [
            { kind: 'text', text: 'Prima azione', long: false },
            { kind: 'text', text: 'Seconda azione', long: false },
          ],
        },
        after: {
          kind: 'list',
          items: [
            { kind: 'text', text: 'Seconda azione', long: false },
            { kind: 'text', text: 'Prima azione', long: false },
          ],
        },
      },
    ]);
  });

  it('an allocation is named by source, year and the action it finances', async () => {
    const tree = (await office.get(base)).json();
    const action = tree.areas[0].objectives[0].actions[0];
    const res = await office.put(`${base}/budget/allocations`, {
      actionId: action.id,
      sourceCode: 'FNPS',
      year: 2080,
      amount: 123_456,
      version: null,
    });
    expect(res.statusCode, res.body).toBe(200);
    const [event] = (await events(office, 'entityType=allocation&limit=1')).items;
    expect(auditSubject(event!)).toMatchObject({ name: 'FNPS 2080', context: action.title });
    expect(auditChanges(event!).map((c) => c.field)).toEqual([
      'actionId',
      'sourceCode',
      'year',
      'amount',
    ]);
  });

  it('a change of phase names the plan', async () => {
    const [event] = (await events(office, 'entityType=plan&limit=50')).items.filter(
      (e) => e.action === 'plan.phase_changed',
    );
    expect(auditSubject(event!).name).toBe('Piano di prova 2080');
    expect(auditChanges(event!).map((c) => c.field)).toEqual(['phase']);
  });
});
