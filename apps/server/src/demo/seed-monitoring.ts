import type { ReportFrame } from '@pdz/core';
import type { Db } from '../db/client';
import { createMonitoringService } from '../modules/monitoring/index';
import type { Scope } from '../modules/plan/index';
import type { SessionActor } from '../platform/sessions';

/**
 * How far each demo indicator got, in turn: past its target, nearly there, half way, far behind.
 * The demo thus shows every status; the figures are invented (DEMONSTRATION DATA).
 */
const reach = [1.04, 0.93, 0.62, 0.3, 1, 0.85];
/** share of the allocated money committed and paid, in turn */
const spent = [
  [1, 0.92],
  [0.97, 0.81],
  [0.9, 0.64],
];

function reportOf(frame: ReportFrame, n: number, endsOn: string) {
  const f = reach[n % reach.length]!;
  const [committed, paid] = spent[n % spent.length]!;
  const value = (i: ReportFrame['indicators'][number]) => {
    if (i.expected === null) return null;
    const from = i.baselineValue ?? 0;
    const v = from + (i.expected - from) * f;
    // people, hours and projects are counted whole; rates keep one decimal
    const whole = Number.isInteger(from) && Number.isInteger(i.target ?? 0) && i.unit !== '%';
    return whole ? Math.round(v) : Math.round(v * 10) / 10;
  };
  return {
    progress: 'inProgress' as const,
    progressPercent: Math.min(100, Math.round(f * 80)),
    notes:
      f >= 0.9
        ? 'Attività svolte come previsto dal piano.'
        : 'Avvio più lento del previsto: recupero programmato nel semestre successivo.',
    milestonesReached: frame.milestones
      .filter((m) => m.dueDate !== null && m.dueDate <= endsOn)
      .map((m) => m.title),
    peopleReached: frame.targetGroups
      .filter((g) => g.expected !== null)
      .map((g) => ({ userAreaCode: g.userAreaCode, count: Math.round(g.expected! * f) })),
    measures: frame.indicators.map((i) => ({ indicatorId: i.id, value: value(i), note: '' })),
    spending: frame.allocations.map((a) => ({
      sourceCode: a.sourceCode,
      committed: Math.round(a.amount * committed!),
      paid: Math.round(a.amount * paid!),
    })),
  };
}

/**
 * The monitoring of the demo plan's approved version: the year 2012 reported, validated and
 * closed; the first half of 2013 open, with some reports in and some still drafts. Written by
 * the plan office through the product's own use cases.
 */
export async function seedDemoMonitoring(db: Db, actor: SessionActor, scope: Scope) {
  const monitoring = createMonitoringService(db);
  const year = await monitoring.createPeriod(actor, scope, {
    label: 'Anno 2012',
    startsOn: '2012-01-01',
    endsOn: '2012-12-31',
    dueOn: '2013-02-28',
  });
  const half = await monitoring.createPeriod(actor, scope, {
    label: 'Primo semestre 2013',
    startsOn: '2013-01-01',
    endsOn: '2013-06-30',
    dueOn: '2013-07-31',
  });
  const write = async (periodId: string, endsOn: string, take: (n: number) => string | null) => {
    const { subjects } = await monitoring.getPeriod(actor, scope, periodId);
    let n = 0;
    for (const s of subjects) {
      const goal = take(n);
      n += 1;
      if (goal === null) continue;
      const at = { periodId, kind: s.kind, subjectId: s.id };
      const view = await monitoring.getReport(actor, scope, periodId, s.kind, s.id);
      const saved = await monitoring.saveReport(actor, scope, at, {
        version: 0,
        ...reportOf(view.subject, n, endsOn),
      });
      if (goal === 'draft') continue;
      const submitted = await monitoring.moveReport(actor, scope, at, 'submit', saved);
      if (goal === 'validated')
        await monitoring.moveReport(actor, scope, at, 'validate', submitted);
    }
  };
  await write(year.id, year.endsOn, () => 'validated');
  await monitoring.movePeriod(actor, scope, year.id, { to: 'closed', version: year.version });
  // the first half of 2013: a third validated, a third handed in, some drafts, the rest missing
  await write(
    half.id,
    half.endsOn,
    (n) => ['validated', 'submitted', 'draft', null][n % 4] ?? null,
  );
}
