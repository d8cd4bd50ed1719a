import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, demo, type Client, type TestApp } from '../testing/test-app';

// The demo plan is what a newcomer sees first: it must be complete, coherent and publishable.
let t: TestApp;
let office: Client;
let base: string;
let districtId: string;
let planId: string;

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login(demo.planOffice);
  districtId = (await office.get('/api/districts')).json().items[0].id;
  planId = (await office.get(`/api/districts/${districtId}/plans`)).json().items[0].id;
  base = `/api/districts/${districtId}/plans/${planId}`;
});
afterAll(async () => t.close());

describe('the demo plan 2012–2014', () => {
  it('is a whole plan: 8 objectives with their sheets, about 25 actions with lead and partners', async () => {
    const tree = (await office.get(base)).json();
    const objectives = tree.areas.flatMap((a: { objectives: unknown[] }) => a.objectives);
    const actions = objectives.flatMap((o: { actions: unknown[] }) => o.actions);
    expect(objectives).toHaveLength(8);
    expect(actions.length).toBeGreaterThanOrEqual(22);
    for (const o of objectives) {
      expect(o.need.length, o.code).toBeGreaterThan(40);
      expect(o.targetGroups.length, o.code).toBeGreaterThan(0);
      expect(o.staff.length, o.code).toBeGreaterThan(0);
    }
    for (const x of actions) {
      expect(x.leadOrganizationId, x.title).not.toBeNull();
      expect(x.startDate, x.title).toMatch(/^201[2-4]-/);
    }
  });

  it('has three years of budget, about 30 indicators and nine chapters, and no blocking problem', async () => {
    const budget = (await office.get(`${base}/budget`)).json();
    const years = new Set(budget.availability.map((a: { year: number }) => a.year));
    expect([...years].sort()).toEqual([2012, 2013, 2014]);
    const total2012 = budget.availability
      .filter((a: { year: number }) => a.year === 2012)
      .reduce(
        (s: number, a: { amount: number; carryOver: number }) => s + a.amount + a.carryOver,
        0,
      );
    // a district of about 100,000 inhabitants: some 40 € each
    expect(total2012).toBeGreaterThan(350_000_000);
    expect(total2012).toBeLessThan(500_000_000);

    const indicators = (await office.get(`${base}/indicators`)).json().items;
    expect(indicators.length).toBeGreaterThanOrEqual(26);
    const chapters = (await office.get(`${base}/chapters`)).json().items;
    expect(chapters.map((c: { kind: string }) => c.kind)).toEqual([
      'normativeFramework',
      'previousEvaluation',
      'contextAndNeeds',
      'servicesSupply',
      'resources',
      'governance',
      'socialHealthIntegration',
      'monitoringEvaluation',
      'annexes',
    ]);

    const coherence = (await office.get(`${base}/coherence`)).json();
    expect(
      coherence.problems.filter((p: { severity: string }) => p.severity === 'blocking'),
    ).toEqual([]);
    expect(coherence.hasBlocking).toBe(false);
  });

  it('was approved by the Assemblea dei Sindaci on 26/03/2012: version 1 carries the budget, indicators and chapters, published whole', async () => {
    const versions = (await office.get(`${base}/versions`)).json().items;
    expect(versions).toEqual([
      expect.objectContaining({
        number: 1,
        decisionDate: '2012-03-26',
        resolution: expect.stringContaining('n. 3 del 26/03/2012'),
        approvedBy: expect.objectContaining({ name: 'Giulia Ferrari' }),
      }),
    ]);
    const v1 = (await office.get(`${base}/versions/1`)).json();
    expect(v1.snapshot.format).toBe('pdz.plan-snapshot/2');
    expect(v1.snapshot.chapters).toHaveLength(9);
    expect(v1.snapshot.budget.allocations.length).toBeGreaterThan(40);
    expect(v1.snapshot.budget.municipalShare.rows).toHaveLength(36); // 12 towns × 3 years
    const firstAction = v1.snapshot.areas[0].objectives[0].actions[0];
    expect(firstAction.lead.name).not.toBe('');

    const portal = await t.anonymous.get(`/distretti/pavia/piani/${planId}`);
    expect(portal.statusCode).toBe(200);
    expect(portal.body).toContain('Quadro normativo');
    expect(portal.body).toContain('Risorse disponibili per fonte di finanziamento e anno');
    expect(portal.body).toContain('Fondo sociale regionale');
    expect(portal.body).toContain('26/03/2012');
    expect(portal.body).not.toContain('{{tabella:');
    expect(portal.body).not.toMatch(/<script/i);
  });

  it('is open for its 2013 update: a draft that differs from the approved version and is not published', async () => {
    const plan = (await office.get(base)).json();
    expect(plan.phase).toBe('updating');
    const chapters = (await office.get(`${base}/chapters`)).json().items;
    const monitoring = chapters.find((c: { kind: string }) => c.kind === 'monitoringEvaluation');
    expect(monitoring.body).toContain('Aggiornamento annuale 2013 (bozza)');
    const v1 = (await office.get(`${base}/versions/1`)).json();
    const frozen = v1.snapshot.chapters.find(
      (c: { kind: string }) => c.kind === 'monitoringEvaluation',
    );
    expect(frozen.body).not.toContain('Aggiornamento annuale 2013');
    const portal = await t.anonymous.get(`/distretti/pavia/piani/${planId}`);
    expect(portal.body).not.toContain('Aggiornamento annuale 2013');
    // the steps of the update are in the activity log, by the plan office
    const trail = (await office.get(`/api/districts/${districtId}/audit-events?limit=200`)).json()
      .items;
    expect(trail.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining(['plan.approved', 'plan.phase_changed', 'chapter.updated']),
    );
  });

  it('approves again as version 2 once the update is coherent', async () => {
    const plan = (await office.get(base)).json();
    const res = await office.post(`${base}/transitions`, {
      transition: 'approve',
      version: plan.version,
      resolution: 'Deliberazione dell’Assemblea dei Sindaci n. 2 del 25/03/2013',
      decisionDate: '2013-03-25',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().latestApprovedVersion).toBe(2);
  });
});
