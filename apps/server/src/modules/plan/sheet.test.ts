import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, demo, type Client, type TestApp } from '../../testing/test-app';
import { createDistrict } from '../territory/index';

let t: TestApp;
let office: Client;
let districtId: string;
let base: string;
let objectiveId: string;
let actionId: string;
let otherObjectiveId: string;

async function objective() {
  const tree = (await office.get(base)).json();
  for (const a of tree.areas) for (const o of a.objectives) if (o.id === objectiveId) return o;
  throw new Error('objective not found');
}
async function action() {
  const tree = (await office.get(base)).json();
  for (const a of tree.areas)
    for (const o of a.objectives) for (const x of o.actions) if (x.id === actionId) return x;
  throw new Error('action not found');
}

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login(demo.planOffice);
  districtId = (await office.get('/api/districts')).json().items[0].id;
  const planId = (await office.get(`/api/districts/${districtId}/plans`)).json().items[0].id;
  base = `/api/districts/${districtId}/plans/${planId}`;
  const tree = (await office.get(base)).json();
  objectiveId = tree.areas[0].objectives[0].id;
  actionId = tree.areas[0].objectives[0].actions[0].id;
  otherObjectiveId = tree.areas[1].objectives[0].id;
});
afterAll(async () => t.close());

/** Each field of the sheet, sent alone, as the sheet page sends it. */
const objectiveFields: Record<string, unknown> = {
  code: 'OB-X',
  title: 'Sostenere le famiglie fragili',
  description: 'Descrizione aggiornata',
  macroAreaCode: 'FAM',
  kind: 'governance',
  sharedWithOtherDistricts: true,
  need: 'Cresce il numero di famiglie in difficoltà.',
  targetGroups: [
    { userAreaCode: 'FAM', expected: 120 },
    { userAreaCode: 'DIS', expected: null },
  ],
  lepsCodes: ['PIPPI', 'SSP'],
  policyIntegration: [{ sectorCode: 'EDU', note: 'Con le scuole del territorio' }],
  healthInvolvement: 'ASST per la neuropsichiatria infantile',
  coProgramming: true,
  coDesign: true,
  staff: [
    { profileCode: 'AS', fte: 2.5 },
    { profileCode: 'EDU', fte: 1 },
  ],
  grading: [
    { fromPercent: 0, toPercent: 59, label: 'Non raggiunto' },
    { fromPercent: 60, toPercent: 100, label: 'Raggiunto' },
  ],
  status: 'inProgress',
};

describe('objective sheet', () => {
  it('saves every field alone, keeps the others, and audits before and after', async () => {
    const initial = await objective();
    let version = initial.version;
    const saved: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(objectiveFields)) {
      const res = await office.patch(`${base}/objectives/${objectiveId}`, {
        [field]: value,
        version,
      });
      expect(res.statusCode, `${field}: ${res.body}`).toBe(200);
      saved[field] = value;
      // the answer carries this field and every one saved before it
      expect(res.json()).toMatchObject(saved);
      expect(res.json().version).toBe(version + 1);
      version = res.json().version;
    }
    expect(await objective()).toMatchObject({ ...objectiveFields, version });

    const events = await t.sql(
      sql`select before, after from audit_events where action = 'objective.updated' and entity_id = ${objectiveId} order by at desc, id desc limit 1`,
    );
    // the last change was the status alone: the event shows it before and after
    const last = events.rows[0] as {
      before: Record<string, unknown>;
      after: Record<string, unknown>;
    };
    expect(last.after.status).toBe('inProgress');
    expect(last.before.grading).toEqual(objectiveFields.grading);
    expect(last.before.status).toBe(initial.status);
  });

  it('names the exact field of an unknown or repeated code', async () => {
    const { version } = await objective();
    const cases: [Record<string, unknown>, string][] = [
      [{ macroAreaCode: 'NOPE' }, 'body.macroAreaCode'],
      [
        {
          targetGroups: [
            { userAreaCode: 'FAM', expected: 1 },
            { userAreaCode: 'XXX', expected: 2 },
          ],
        },
        'body.targetGroups.1.userAreaCode',
      ],
      [{ lepsCodes: ['SSP', 'ZZZ'] }, 'body.lepsCodes.1'],
      [
        { policyIntegration: [{ sectorCode: 'MARS', note: '' }] },
        'body.policyIntegration.0.sectorCode',
      ],
      [{ staff: [{ profileCode: 'WIZ', fte: 1 }] }, 'body.staff.0.profileCode'],
      // a code of another scheme is not a code of this one
      [{ lepsCodes: ['FAM'] }, 'body.lepsCodes.0'],
      [
        {
          targetGroups: [
            { userAreaCode: 'FAM', expected: 1 },
            { userAreaCode: 'FAM', expected: 2 },
          ],
        },
        'body.targetGroups.1.userAreaCode',
      ],
      [{ lepsCodes: ['SSP', 'SSP'] }, 'body.lepsCodes.1'],
      [
        {
          staff: [
            { profileCode: 'AS', fte: 1 },
            { profileCode: 'AS', fte: 2 },
          ],
        },
        'body.staff.1.profileCode',
      ],
      [
        {
          policyIntegration: [
            { sectorCode: 'EDU', note: 'a' },
            { sectorCode: 'EDU', note: 'b' },
          ],
        },
        'body.policyIntegration.1.sectorCode',
      ],
    ];
    for (const [body, field] of cases) {
      const res = await office.patch(`${base}/objectives/${objectiveId}`, { ...body, version });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
      expect(res.json().issues.map((i: { field: string }) => i.field)).toEqual([field]);
    }
    // nothing was written: the version is unchanged
    expect((await objective()).version).toBe(version);
  });

  it('refuses grading ranges beyond 0–100 %, overlapping or leaving a gap (400 naming the bound)', async () => {
    const { version } = await objective();
    const r = (fromPercent: number, toPercent: number) => ({
      fromPercent,
      toPercent,
      label: 'Fascia',
    });
    const cases: [unknown[], string][] = [
      [[r(0, 49), r(50, 600)], 'body.grading.1.toPercent'],
      [[r(0, 60), r(50, 100)], 'body.grading.1.fromPercent'],
      [[r(0, 40), r(50, 100)], 'body.grading.1.fromPercent'],
      [[r(5, 100)], 'body.grading.0.fromPercent'],
      [[r(0, 49), r(50, 99)], 'body.grading.1.toPercent'],
    ];
    for (const [grading, field] of cases) {
      const res = await office.patch(`${base}/objectives/${objectiveId}`, { grading, version });
      expect(res.statusCode, JSON.stringify(grading)).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
      expect(new Set(res.json().issues.map((i: { field: string }) => i.field))).toEqual(
        new Set([field]),
      );
    }
    const area = (await office.get(base)).json().areas[0].id;
    const created = await office.post(`${base}/objectives`, {
      areaId: area,
      title: 'Con fasce sbagliate',
      grading: [r(0, 600)],
    });
    expect(created.statusCode).toBe(400);
    expect(created.json().issues.map((i: { field: string }) => i.field)).toContain(
      'body.grading.0.toPercent',
    );
    expect((await objective()).version).toBe(version);
  });

  it('answers 409 with the current sheet to a writer holding an old version', async () => {
    const current = await objective();
    const res = await office.patch(`${base}/objectives/${objectiveId}`, {
      need: 'Testo vecchio',
      version: current.version - 1,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().current).toMatchObject({
      need: objectiveFields.need,
      version: current.version,
    });
  });

  it('refuses read-only roles with 403', async () => {
    const { version } = await objective();
    for (const email of [demo.mayor, demo.partner, demo.healthAgency, demo.region, demo.admin]) {
      const reader = await t.login(email);
      const res = await reader.patch(`${base}/objectives/${objectiveId}`, {
        need: 'no',
        version,
      });
      expect(res.statusCode, email).toBe(403);
      const act2 = await reader.patch(`${base}/actions/${actionId}`, {
        status: 'completed',
        version: 1,
      });
      expect(act2.statusCode, email).toBe(403);
    }
  });
});

describe('action detail', () => {
  let leadId: string;
  let partnerId: string;

  it('lets the plan office add an organization once per district, audited', async () => {
    const created = await office.post(`/api/districts/${districtId}/organizations`, {
      name: 'Cooperativa Sociale Il Sentiero',
      kind: 'thirdSector',
      taxCode: '01234567890',
      registryNumber: 'RUNTS 12345',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      name: 'Cooperativa Sociale Il Sentiero',
      kind: 'thirdSector',
      taxCode: '01234567890',
      registryNumber: 'RUNTS 12345',
    });
    partnerId = created.json().id;
    const district = (await office.get(`/api/districts/${districtId}`)).json();
    expect(district.organizations.find((o: { id: string }) => o.id === partnerId)).toMatchObject({
      registryNumber: 'RUNTS 12345',
    });
    leadId = district.leadBody.id;

    const again = await office.post(`/api/districts/${districtId}/organizations`, {
      name: '  cooperativa sociale il sentiero ',
      kind: 'thirdSector',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'DUPLICATE' });
    expect(again.json().issues[0].field).toBe('body.name');

    const empty = await office.post(`/api/districts/${districtId}/organizations`, {
      name: ' ',
      kind: 'thirdSector',
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().issues[0].field).toBe('body.name');

    const audit = await t.sql(
      sql`select count(*)::int as n from audit_events where action = 'organization.created' and entity_id = ${partnerId}`,
    );
    expect(audit.rows[0]!.n).toBe(1);

    const mayor = await t.login(demo.mayor);
    const refused = await mayor.post(`/api/districts/${districtId}/organizations`, {
      name: 'Associazione del sindaco',
      kind: 'thirdSector',
    });
    expect(refused.statusCode).toBe(403);
  });

  it('saves every detail field alone and keeps the others', async () => {
    let version = (await action()).version;
    const fields: Record<string, unknown> = {
      title: 'Centro per la famiglia rinnovato',
      description: 'Apertura serale',
      leadOrganizationId: leadId,
      partners: [{ organizationId: partnerId, role: 'Gestione delle attività' }],
      startDate: '2012-03-01',
      endDate: '2014-12-31',
      milestones: [
        { title: 'Apertura', dueDate: '2012-04-01', done: true },
        { title: 'Verifica', dueDate: null, done: false },
      ],
      targetGroups: [{ userAreaCode: 'FAM', expected: 300 }],
      status: 'inProgress',
    };
    const saved: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(fields)) {
      const res = await office.patch(`${base}/actions/${actionId}`, { [field]: value, version });
      expect(res.statusCode, `${field}: ${res.body}`).toBe(200);
      saved[field] = value;
      expect(res.json()).toMatchObject(saved);
      version = res.json().version;
    }
    expect(await action()).toMatchObject({ ...fields, version });

    // moving the action to another objective keeps its detail
    const moved = await office.patch(`${base}/actions/${actionId}`, {
      objectiveId: otherObjectiveId,
      version,
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ ...fields, objectiveId: otherObjectiveId });
    const back = await office.patch(`${base}/actions/${actionId}`, {
      objectiveId,
      version: moved.json().version,
    });
    expect(back.statusCode).toBe(200);
  });

  it('refuses an end before the start, even against the stored start', async () => {
    const { version } = await action();
    const alone = await office.patch(`${base}/actions/${actionId}`, {
      endDate: '2011-12-31',
      version,
    });
    expect(alone.statusCode).toBe(400);
    expect(alone.json().issues[0].field).toBe('body.endDate');
    const start = await office.patch(`${base}/actions/${actionId}`, {
      startDate: '2015-01-01',
      version,
    });
    expect(start.statusCode).toBe(400);
    expect(start.json().issues[0].field).toBe('body.startDate');
    const both = await office.patch(`${base}/actions/${actionId}`, {
      startDate: '2013-01-01',
      endDate: '2012-01-01',
      version,
    });
    expect(both.json().issues[0].field).toBe('body.endDate');
  });

  it('refuses organizations of another district, unknown user areas and repeated partners', async () => {
    const otherDistrict = await createDistrict(t.database.db, {
      slug: 'voghera-sheet',
      name: 'Distretto di Voghera',
      region: 'Lombardia',
      leadBody: 'Consorzio di Voghera',
    });
    const foreign = await t.sql(
      sql`select id from organizations where district_id = ${otherDistrict} limit 1`,
    );
    const foreignId = foreign.rows[0]!.id as string;
    const { version } = await action();
    const cases: [Record<string, unknown>, string][] = [
      [{ leadOrganizationId: foreignId }, 'body.leadOrganizationId'],
      [
        {
          partners: [
            { organizationId: partnerId, role: '' },
            { organizationId: foreignId, role: 'intruso' },
          ],
        },
        'body.partners.1.organizationId',
      ],
      [
        {
          partners: [
            { organizationId: partnerId, role: 'a' },
            { organizationId: partnerId, role: 'b' },
          ],
        },
        'body.partners.1.organizationId',
      ],
      [
        { targetGroups: [{ userAreaCode: 'NOPE', expected: 1 }] },
        'body.targetGroups.0.userAreaCode',
      ],
    ];
    for (const [body, field] of cases) {
      const res = await office.patch(`${base}/actions/${actionId}`, { ...body, version });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().issues.map((i: { field: string }) => i.field)).toEqual([field]);
    }
    // another district's organizations cannot be added to from here either
    const elsewhere = await office.post(`/api/districts/${otherDistrict}/organizations`, {
      name: 'Intrusa',
      kind: 'other',
    });
    expect(elsewhere.statusCode).toBe(404);
    const create = await office.post(`${base}/actions`, {
      objectiveId,
      title: 'Azione con capofila estraneo',
      leadOrganizationId: foreignId,
    });
    expect(create.statusCode).toBe(400);
    expect(create.json().issues[0].field).toBe('body.leadOrganizationId');
  });

  it('answers 409 with the current action to a writer holding an old version', async () => {
    const current = await action();
    const res = await office.patch(`${base}/actions/${actionId}`, {
      status: 'suspended',
      version: current.version - 1,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().current).toMatchObject({ status: 'inProgress', version: current.version });
  });
});
