import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import * as core from '@pdz/core';
import {
  buildPath,
  chapterContracts,
  comparisonContracts,
  populationContracts,
  spreadsheetContracts,
  wordImportMediaType,
  type Contract,
} from '@pdz/core';
import { createTestApp, demo, type Client, type TestApp } from '../testing/test-app';
import { addMembership, createUser } from './access/index';
import { createDistrict } from './territory/index';

/**
 * A user of one district can never read or change another district's data: every district-scoped
 * endpoint is called by a plan office user of district B with the identifiers of district A.
 */
let t: TestApp;
let outsider: Client;
let ids: Record<string, string | number>;

const planBodies: Record<string, (i: typeof ids) => unknown> = {
  'plan.create': () => ({ title: 'Intruso', period: { startYear: 2030, endYear: 2032 } }),
  'plan.update': () => ({ title: 'Intruso', version: 1 }),
  'plan.transition': () => ({ transition: 'approve', version: 1 }),
  'plan.createArea': () => ({ title: 'Intrusa' }),
  'plan.updateArea': () => ({
    title: 'Intrusa',
    description: '',
    classificationCode: null,
    version: 1,
  }),
  'plan.reorderAreas': (i) => ({ ids: [i.areaId] }),
  'plan.createObjective': (i) => ({ areaId: i.areaId, title: 'Intruso' }),
  'plan.updateObjective': (i) => ({
    code: '',
    title: 'Intruso',
    description: '',
    areaId: i.areaId,
    version: 1,
  }),
  'plan.reorderObjectives': (i) => ({ ids: [i.objectiveId] }),
  'plan.createAction': (i) => ({ objectiveId: i.objectiveId, title: 'Intrusa' }),
  'plan.updateAction': (i) => ({
    title: 'Intrusa',
    description: '',
    objectiveId: i.objectiveId,
    version: 1,
  }),
  'plan.reorderActions': (i) => ({ ids: [i.actionId] }),
};

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  await createDistrict(db, { slug: 'voghera', name: 'Distretto di Voghera', region: 'Lombardia' });
  await createUser(db, {
    email: 'udp@voghera.test',
    name: 'UdP Voghera',
    password: 'password-voghera-1',
  });
  await addMembership(db, {
    email: 'udp@voghera.test',
    districtSlug: 'voghera',
    role: 'planOffice',
  });
  outsider = await t.login('udp@voghera.test', 'password-voghera-1');

  const office = await t.login(demo.planOffice);
  const districtId = (await office.get('/api/districts')).json().items[0].id as string;
  const planId = (await office.get(`/api/districts/${districtId}/plans`)).json().items[0]
    .id as string;
  const tree = (await office.get(`/api/districts/${districtId}/plans/${planId}`)).json();
  // give district A an approved version so that the version endpoints have something to hide
  await office.post(`/api/districts/${districtId}/plans/${planId}/transitions`, {
    transition: 'approve',
    version: tree.version,
  });
  await office.post(`/api/districts/${districtId}/plans/${planId}/transitions`, {
    transition: 'openRevision',
    version: tree.version + 1,
  });
  ids = {
    districtId,
    planId,
    areaId: tree.areas[0].id,
    objectiveId: tree.areas[0].objectives[0].id,
    actionId: tree.areas[0].objectives[0].actions[0].id,
    number: 1,
    needId: tree.areas[0].id,
    indicatorId: (
      await office.get(`/api/districts/${districtId}/plans/${planId}/indicators`)
    ).json().items[0].id,
    chapterId: (await office.get(`/api/districts/${districtId}/plans/${planId}/chapters`)).json()
      .items[0].id,
    serviceId: (await office.get(`/api/districts/${districtId}/services?perPage=1`)).json().items[0]
      .id,
    subjectKind: 'action',
    subjectId: tree.areas[0].objectives[0].actions[0].id,
  };
  const period = await office.post(
    `/api/districts/${districtId}/plans/${planId}/monitoring/periods`,
    {
      label: 'Primo semestre 2014',
      startsOn: '2014-01-01',
      endsOn: '2014-06-30',
      dueOn: '2014-07-31',
    },
  );
  expect(period.statusCode).toBe(201);
  ids.periodId = period.json().id;
});
afterAll(async () => t.close());

async function call(c: Client, contract: Contract, body: unknown) {
  let url = buildPath(contract.path, ids);
  if (contract.method === 'DELETE') url += '?version=1';
  if (contract === spreadsheetContracts.export) url += '?format=xlsx';
  if (contract === comparisonContracts.get) url += '?from=1';
  if (contract === populationContracts.import) {
    return t.app.inject({
      method: 'POST',
      url: `${url}?kind=foreign`,
      headers: { cookie: c.cookie ?? '', 'x-csrf-token': c.csrf ?? '', 'content-type': 'text/csv' },
      payload: 'codice_istat;anno;stranieri\r\n018110;2014;1\r\n',
    });
  }
  if (contract === spreadsheetContracts.import) {
    // the import takes the file itself as the body
    return t.app.inject({
      method: 'POST',
      url: `${url}?format=csv&sheet=objectives`,
      headers: {
        cookie: c.cookie ?? '',
        'x-csrf-token': c.csrf ?? '',
        'content-type': 'text/csv',
      },
      payload: 'Codice;Titolo\r\nOB1;Intruso\r\n',
    });
  }
  if (contract === chapterContracts.importWord) {
    // the Word import takes the DOCX itself as the body (refused before it is read)
    return t.app.inject({
      method: 'POST',
      url,
      headers: {
        cookie: c.cookie ?? '',
        'x-csrf-token': c.csrf ?? '',
        'content-type': wordImportMediaType,
      },
      payload: Buffer.from('PK\u0003\u0004 intruso'),
    });
  }
  switch (contract.method) {
    case 'GET':
      return c.get(url);
    case 'POST':
      return c.post(url, body);
    case 'PATCH':
      return c.patch(url, body);
    case 'PUT':
      return c.put(url, body);
    case 'DELETE':
      return c.delete(url);
  }
}

const isContract = (v: unknown): v is Contract =>
  typeof v === 'object' && v !== null && 'method' in v && 'path' in v && 'response' in v;

/**
 * Every endpoint of a district, found in the contracts themselves: a new endpoint is covered the
 * day it is declared. Names are `<group>.<operation>` (`budget.setAllocation`) or the contract's.
 */
const scoped = Object.entries(core)
  .flatMap(([exported, value]): [string, Contract][] => {
    if (isContract(value)) return [[exported, value]];
    if (!exported.endsWith('Contracts') || typeof value !== 'object' || value === null) return [];
    const group = exported.slice(0, -'Contracts'.length);
    return Object.entries(value)
      .filter((e): e is [string, Contract] => isContract(e[1]))
      .map(([name, c]) => [`${group}.${name}`, c]);
  })
  .filter(([, c]) => c.path.includes(':districtId'));

const otherBodies: Record<string, (i: typeof ids) => unknown> = {
  'budget.setAvailability': () => ({
    sourceCode: 'FNPS',
    year: 2012,
    amount: 1,
    carryOver: 0,
    version: null,
  }),
  'municipalShare.setRule': () => ({
    sourceCode: 'COM',
    populationYear: 2011,
    rule: { kind: 'perInhabitant' },
    version: null,
  }),
  'indicator.create': (i) => ({ objectiveId: i.objectiveId, name: 'Intruso' }),
  'indicator.update': () => ({ name: 'Intruso', version: 1 }),
  'chapter.create': () => ({ title: 'Intruso' }),
  'chapter.update': () => ({ title: 'Intruso', version: 1 }),
  'chapter.reorder': (i) => ({ ids: [i.chapterId] }),
  createOrganization: () => ({ name: 'Intrusi (demo)', kind: 'thirdSector' }),
  'need.create': (i) => ({ areaId: i.areaId, title: 'Intruso' }),
  'need.update': () => ({ title: 'Intruso', version: 1 }),
  'need.setObjectiveNeeds': () => ({ needIds: [] }),
  'population.putSocialWorkers': () => ({ year: 2014, permanentFte: 1 }),
  'service.create': () => ({ name: 'Intruso', providerId: '11111111-1111-4111-8111-111111111111' }),
  'service.update': () => ({
    name: 'Intruso',
    providerId: '11111111-1111-4111-8111-111111111111',
    version: 1,
  }),
  'reporting.createPeriod': () => ({
    label: 'Intruso',
    startsOn: '2014-07-01',
    endsOn: '2014-12-31',
    dueOn: '2015-01-31',
  }),
  'reporting.closePeriod': () => ({ version: 1 }),
  'reporting.reopenPeriod': () => ({ version: 1, reason: 'Intruso' }),
  'reporting.saveReport': () => ({
    version: 0,
    progress: 'inProgress',
    progressPercent: 10,
    notes: 'Intruso',
    milestonesReached: [],
    peopleReached: [],
    measures: [],
    spending: [],
  }),
  'reporting.submitReport': () => ({ version: 1 }),
  'reporting.validateReport': () => ({ version: 1 }),
  'reporting.returnReport': () => ({ version: 1, note: 'Intruso' }),
  'budget.setAllocation': (i) => ({
    actionId: i.actionId,
    sourceCode: 'FNPS',
    year: 2012,
    amount: 1,
    version: null,
  }),
};

describe('district isolation', () => {
  it.each(scoped)('%s: another district gets 404 NOT_FOUND', async (name, contract) => {
    const body = (planBodies[name] ?? otherBodies[name])?.(ids);
    const res = await call(outsider, contract, body);
    expect(res.statusCode, `${contract.method} ${contract.path}`).toBe(404);
    expect(res.json().code).toBe('NOT_FOUND');
  });

  it('left district A exactly as it was (no write went through)', async () => {
    const rows = await t.sql(
      sql`select count(*)::int as n from audit_events where actor_name = 'UdP Voghera' and district_id = ${ids.districtId as string}`,
    );
    expect((rows.rows[0] as { n: number }).n).toBe(0);
    const titles = await t.sql(
      sql`select count(*)::int as n from objectives where title like 'Intrus%'`,
    );
    expect((titles.rows[0] as { n: number }).n).toBe(0);
    const others = await t.sql(
      sql`select (select count(*) from indicators where name like 'Intrus%')
        + (select count(*) from chapters where title like 'Intrus%')
        + (select count(*) from organizations where name like 'Intrus%')
        + (select count(*) from reporting_periods where label like 'Intrus%')
        + (select count(*) from reports where notes = 'Intruso') as n`,
    );
    expect(Number((others.rows[0] as { n: number }).n)).toBe(0);
  });

  it('lists only the districts the user belongs to', async () => {
    const items = (await outsider.get('/api/districts')).json().items;
    expect(items.map((d: { slug: string }) => d.slug)).toEqual(['voghera']);
    expect(items[0].permissions).toContain('plan.edit');
  });

  it('refuses a plan of district A addressed through district B', async () => {
    const own = (await outsider.get('/api/districts')).json().items[0].id;
    const res = await outsider.get(`/api/districts/${own}/plans/${ids.planId}`);
    expect(res.statusCode).toBe(404);
  });
});
