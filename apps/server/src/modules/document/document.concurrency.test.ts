import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Locale, PlanDocumentInput } from '@pdz/core';
import { openDatabase, type Database } from '../../db/client';
import { createTestApp, demo, type TestApp } from '../../testing/test-app';
import { planContentParts } from '../../plan-content-parts';
import { createPlanService, createPublishedPlans } from '../plan/index';
import { createTerritoryService } from '../territory/index';
import { createDocumentService } from './document.service';
import type { Renderer } from './renderer';

/**
 * The same document is never made twice at once: within a process the requests share one making;
 * with several processes on one PostgreSQL database (two services on two connection pools here)
 * the second waits for the first's lock and then reads the file it kept.
 */
let t: TestApp;
let second: Database | undefined;
const template = inject('dbTemplate');

/** a renderer that counts what it makes and takes its time, as a large plan would */
function countingRenderer(): Renderer & { made: number } {
  const r = {
    made: 0,
    async render(input: PlanDocumentInput, locale: Locale, format: 'pdf' | 'docx') {
      r.made += 1;
      await new Promise((resolve) => setTimeout(resolve, 300));
      return new TextEncoder().encode(`${format}:${locale}:${input.state.kind}`);
    },
    pending: () => 0,
    close: async () => undefined,
  };
  return r;
}

function service(database: Database, renderer: Renderer) {
  const db = database.db;
  const territory = createTerritoryService(db);
  return createDocumentService({
    db,
    plans: createPlanService(db, territory, planContentParts),
    published: createPublishedPlans(db),
    territory,
    renderer,
    sharedDatabase: database.kind === 'postgres',
  });
}

beforeAll(async () => {
  t = await createTestApp();
  if (template.kind === 'postgres') {
    const name = (await t.sql(sql`select current_database() as name`)).rows[0]!.name as string;
    const url = new URL(template.url);
    url.pathname = `/${name}`;
    second = await openDatabase({ kind: 'postgres', url: url.toString() });
  }
});
afterAll(async () => {
  await second?.close();
  await t?.close();
});

describe('making a kept document once', () => {
  it('makes it once for many requests at the same time, in every process', async () => {
    const office = await t.login(demo.planOffice);
    const districtId = (await office.get('/api/districts')).json().items[0].id as string;
    const planId = (await office.get(`/api/districts/${districtId}/plans`)).json().items[0]
      .id as string;
    const district = await createTerritoryService(t.database.db).findPublicBySlug('pavia');
    const renderers = [countingRenderer(), countingRenderer()];
    // one process holds one service; a second process is a second service on its own pool
    const first = service(t.database, renderers[0]!);
    const services = [first, second ? service(second, renderers[1]!) : first];
    const files = await Promise.all(
      [0, 1, 0, 1].map((i) =>
        services[i]!.published(district!, planId, 1, { format: 'pdf', lang: 'it' }),
      ),
    );
    expect(renderers[0]!.made + renderers[1]!.made).toBe(1);
    for (const f of files) expect(f.sha256).toBe(files[0]!.sha256);
    const rows = await t.sql(
      sql`select count(*)::int as n from plan_documents where plan_id = ${planId}`,
    );
    expect(rows.rows[0]!.n).toBe(1);
  });
});
