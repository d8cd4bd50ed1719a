import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, demo, type Client, type TestApp } from '../../testing/test-app';

/**
 * Monitoring on the demo plan, whose version 1 (2012–2014) is approved and monitored in 2012 and
 * the first half of 2013: the plan office opens the year 2014, the Comune di Pavia (the mayor's organization) reports on the actions it leads, the
 * plan office sends a report back and validates it, closes the period and reopens it.
 */
let t: TestApp;
let office: Client;
let mayor: Client;
let partner: Client;
let base: string;

interface Subject {
  kind: 'action' | 'objective';
  id: string;
  title: string;
  lead: { id: string; name: string } | null;
  mayReport: boolean;
  report: { status: string; version: number } | null;
}

const emptyReport = {
  progress: null,
  progressPercent: null,
  notes: '',
  milestonesReached: [],
  peopleReached: [],
  measures: [],
  spending: [],
};

beforeAll(async () => {
  t = await createTestApp();
  office = await t.login(demo.planOffice);
  mayor = await t.login(demo.mayor);
  partner = await t.login(demo.partner);
  const districtId = (await office.get('/api/districts')).json().items[0].id;
  const planId = (await office.get(`/api/districts/${districtId}/plans`)).json().items[0].id;
  base = `/api/districts/${districtId}/plans/${planId}/monitoring/periods`;
});
afterAll(async () => t.close());

const year2014 = {
  label: 'Anno 2014',
  startsOn: '2014-01-01',
  endsOn: '2014-12-31',
  dueOn: '2015-02-28',
};

describe('reporting periods', () => {
  it('opens a period on the approved version, refusing bad dates by field and other roles', async () => {
    const refused = await mayor.post(base, year2014);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail ?? refused.json().title).toBeTruthy();

    const backwards = await office.post(base, { ...year2014, endsOn: '2011-12-31' });
    expect(backwards.statusCode).toBe(400);
    const fields = backwards.json().issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['body.endsOn', 'body.startsOn']));

    const outside = await office.post(base, {
      label: 'Fuori',
      startsOn: '2020-01-01',
      endsOn: '2020-06-30',
      dueOn: '2020-07-31',
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().issues[0].field).toBe('body.endsOn');

    const made = await office.post(base, year2014);
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject({ planVersion: 1, status: 'open', version: 1 });

    const overlapping = await office.post(base, {
      ...year2014,
      label: 'Secondo semestre',
      startsOn: '2014-07-01',
    });
    expect(overlapping.statusCode).toBe(400);
    expect(overlapping.json().issues[0]).toMatchObject({ field: 'body.startsOn' });

    const list = (await partner.get(base)).json().items;
    // newest first: the demo's own periods (2012, first half of 2013) come after
    expect(list.map((p: { label: string }) => p.label)).toEqual([
      'Anno 2014',
      'Primo semestre 2013',
      'Anno 2012',
    ]);
    expect(list[0].reports.expected).toBeGreaterThan(10);
    expect(list[0].reports.missing).toBe(list[0].reports.expected);
    expect(list[2]).toMatchObject({ status: 'closed' });
    expect(list[2].reports.validated).toBe(list[2].reports.expected);
  });
});

describe('reports', () => {
  let periodId: string;
  let own: Subject;
  let other: Subject;

  beforeAll(async () => {
    periodId = (await office.get(base))
      .json()
      .items.find((p: { label: string }) => p.label === 'Anno 2014').id;
    const subjects: Subject[] = (await mayor.get(`${base}/${periodId}`)).json().subjects;
    // an action of the Comune di Pavia that has indicators to measure
    const candidates = subjects.filter(
      (s) => s.kind === 'action' && s.lead?.name === 'Comune di Pavia',
    );
    for (const s of candidates) {
      const view = (await mayor.get(`${base}/${periodId}/reports/action/${s.id}`)).json();
      if (view.subject.indicators.length > 0) {
        own = s;
        break;
      }
    }
    other = subjects.find((s) => s.kind === 'action' && s.lead?.name === 'ATS di Pavia')!;
    expect(own.mayReport).toBe(true);
    expect(other.mayReport).toBe(false);
    expect(
      subjects.filter((s) => s.mayReport).every((s) => s.lead?.name === 'Comune di Pavia'),
    ).toBe(true);
  });

  const url = (s: Subject, move = '') => `${base}/${periodId}/reports/${s.kind}/${s.id}${move}`;

  it('lets a lead write only its own actions, and says why not', async () => {
    const foreign = await mayor.put(url(other), { version: 0, ...emptyReport });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().detail).toContain('lead organization');
    const byPartner = await partner.put(url(own), { version: 0, ...emptyReport });
    expect(byPartner.statusCode).toBe(403);
    // a partner reads only the reports of what it leads; a mayor oversees them all
    const peek = await partner.get(url(own));
    expect(peek.statusCode).toBe(403);
    expect(peek.json().detail).toContain('lead organization');
    expect((await mayor.get(url(other))).statusCode).toBe(200);
    const objective = (await mayor.get(`${base}/${periodId}`))
      .json()
      .subjects.find((s: Subject) => s.kind === 'objective');
    const onObjective = await mayor.put(url(objective), { version: 0, ...emptyReport });
    expect(onObjective.statusCode).toBe(403);
    expect(onObjective.json().detail).toContain('plan office');
  });

  it('keeps a draft at the version read, refuses what the action does not have by row', async () => {
    const view = (await mayor.get(url(own))).json();
    expect(view.report).toBeNull();
    expect(view.subject.mayReport).toBe(true);
    const source = view.subject.allocations[0]?.sourceCode ?? 'COM';

    const wrong = await mayor.put(url(own), {
      version: 0,
      ...emptyReport,
      measures: [{ indicatorId: '11111111-1111-4111-8111-111111111111', value: 3, note: '' }],
      spending: [{ sourceCode: source, committed: 100, paid: 200 }],
    });
    expect(wrong.statusCode).toBe(400);
    const fields = wrong.json().issues.map((i: { field: string }) => i.field);
    expect(fields).toEqual(['body.measures.0.indicatorId', 'body.spending.0.paid']);

    const measures = view.subject.indicators.map((i: { id: string; target: number | null }) => ({
      indicatorId: i.id,
      value: i.target,
      note: 'dato dei servizi comunali',
    }));
    const first = await mayor.put(url(own), {
      version: 0,
      ...emptyReport,
      progress: 'inProgress',
      progressPercent: 60,
      notes: 'Avviato in tutti i comuni',
      measures,
      spending: [{ sourceCode: source, committed: 5_000_000, paid: 3_000_000 }],
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ status: 'draft', version: 1, progressPercent: 60 });

    const twice = await mayor.put(url(own), { version: 0, ...emptyReport });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('VERSION_CONFLICT');
    const stale = await office.put(url(own), { version: 7, ...emptyReport });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current ?? stale.json().details?.current).toBeTruthy();
  });

  it('goes to the plan office and back with a note, then is validated and counted', async () => {
    const submitted = await mayor.post(url(own, '/submit'), { version: 1 });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json().status).toBe('submitted');

    const locked = await mayor.put(url(own), { version: 2, ...emptyReport });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().code).toBe('INVALID_TRANSITION');
    const selfValidated = await mayor.post(url(own, '/validate'), { version: 2 });
    expect(selfValidated.statusCode).toBe(403);

    const returned = await office.post(url(own, '/return'), {
      version: 2,
      note: 'Manca la spesa pagata del secondo semestre',
    });
    expect(returned.json()).toMatchObject({
      status: 'returned',
      reviewNote: 'Manca la spesa pagata del secondo semestre',
    });

    const current = (await mayor.get(url(own))).json().report;
    const fixed = await mayor.put(url(own), {
      version: current.version,
      progress: current.progress,
      progressPercent: 100,
      notes: current.notes,
      milestonesReached: current.milestonesReached,
      peopleReached: current.peopleReached,
      measures: current.measures,
      spending: current.spending.map((s: { sourceCode: string; committed: number }) => ({
        ...s,
        paid: s.committed,
      })),
    });
    expect(fixed.json()).toMatchObject({ status: 'draft', progressPercent: 100 });
    await mayor.post(url(own, '/submit'), { version: fixed.json().version });
    const validated = await office.post(url(own, '/validate'), {
      version: fixed.json().version + 1,
    });
    expect(validated.json()).toMatchObject({ status: 'validated', reviewNote: null });

    const period = (await office.get(`${base}/${periodId}`)).json();
    expect(period.summary.reports.validated).toBe(1);
    expect(period.summary.spending.total.paid).toBe(5_000_000);
    const measured = period.summary.areas
      .flatMap((a: { objectives: { indicators: { measured: number | null }[] }[] }) =>
        a.objectives.flatMap((o) => o.indicators),
      )
      .filter((i: { measured: number | null }) => i.measured !== null);
    expect(measured.length).toBeGreaterThan(0);
    expect(measured.every((i: { status: string }) => i.status === 'onTrack')).toBe(true);
  });

  it('locks a closed period, and reopening it needs a reason kept in the activity log', async () => {
    const period = (await office.get(`${base}/${periodId}`)).json().period;
    expect(
      (await mayor.post(`${base}/${periodId}/close`, { version: period.version })).statusCode,
    ).toBe(403);
    const closed = await office.post(`${base}/${periodId}/close`, { version: period.version });
    expect(closed.json()).toMatchObject({ status: 'closed' });
    expect(closed.json().closedAt).toBeTruthy();

    const late = await mayor.put(url(other), { version: 0, ...emptyReport });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('PERIOD_CLOSED');
    const subjects: Subject[] = (await mayor.get(`${base}/${periodId}`)).json().subjects;
    expect(subjects.some((s) => s.mayReport)).toBe(false);

    const noReason = await office.post(`${base}/${periodId}/reopen`, {
      version: period.version + 1,
    });
    expect(noReason.statusCode).toBe(400);
    const reopened = await office.post(`${base}/${periodId}/reopen`, {
      version: period.version + 1,
      reason: 'Correzione della spesa segnalata dalla Regione',
    });
    expect(reopened.json()).toMatchObject({ status: 'open', closedAt: null });

    const districtId = base.split('/')[3];
    const log = (
      await office.get(`/api/districts/${districtId}/audit-events?entityType=reporting_period`)
    ).json();
    const event = log.items.find(
      (e: { action: string }) => e.action === 'reporting_period.reopened',
    );
    expect(event.after.reason).toBe('Correzione della spesa segnalata dalla Regione');
  });
});
