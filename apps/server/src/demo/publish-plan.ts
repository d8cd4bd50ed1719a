import { and, eq } from 'drizzle-orm';
import { DomainError, isDomainError } from '@pdz/core';
import type { Db } from '../db/client';
import { memberships, users } from '../db/schema/access';
import { plans } from '../db/schema/plan';
import { createChapterService } from '../modules/chapters/index';
import {
  createPlanContentService,
  createPlanService,
  findPlanTree,
  type Scope,
} from '../modules/plan/index';
import { createTerritoryService } from '../modules/territory/index';
import type { SessionActor } from '../platform/sessions';
import { planContentParts } from '../plan-content-parts';
import { demoAccounts } from './data/district';
import { seedDemoMonitoring } from './seed-monitoring';
import { demoApproval, demoPlan, demoUpdate2013 } from './data/plan';

/** The demo plan office, acting as itself: every step below goes through the product's rules. */
async function planOfficeActor(db: Db, districtId: string): Promise<SessionActor> {
  const email = demoAccounts.find((a) => a.role === 'planOffice')!.email;
  const [user] = await db.select().from(users).where(eq(users.email, email));
  if (!user) throw new Error(`demo: no account ${email}`);
  const roles = await db
    .select({ districtId: memberships.districtId, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.userId, user.id));
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    isSystemAdmin: user.isSystemAdmin,
    memberships: roles.filter((m) => m.districtId === districtId) as SessionActor['memberships'],
    csrfToken: '',
    expiresAt: new Date(Date.now() + 60_000),
    tokenHash: '',
  };
}

/**
 * The demo plan as a district lives it: approved by the Assemblea dei Sindaci on 26/03/2012 with
 * its resolution (frozen, published on the portal), then reopened for the annual update of 2013,
 * which is a draft in progress; meanwhile the year 2012 was monitored and the first half of
 * 2013 is being reported. Done once: a plan that already has an approved version, or a
 * demo plan someone has changed so that it can no longer be approved, is left as it is.
 */
export async function publishDemoPlan(db: Db, districtId: string): Promise<void> {
  const [row] = await db
    .select()
    .from(plans)
    .where(and(eq(plans.districtId, districtId), eq(plans.title, demoPlan.title)));
  if (!row || row.phase !== 'drafting') return;
  const actor = await planOfficeActor(db, districtId);
  const service = createPlanService(db, createTerritoryService(db), planContentParts);
  const scope: Scope = { districtId, planId: row.id };
  try {
    const approved = await service.transition(actor, districtId, row.id, {
      transition: 'approve',
      version: row.version,
      resolution: demoApproval.resolution,
      decisionDate: demoApproval.decisionDate,
    });
    await service.transition(actor, districtId, row.id, {
      transition: 'openRevision',
      version: approved.version,
    });
  } catch (e) {
    // an old demo edited into an incoherent plan stays a draft: the start must not fail on it
    if (isDomainError(e) && e.code === 'PLAN_INCOHERENT') return;
    throw e;
  }
  await seedDemoMonitoring(db, actor, scope);
  await startUpdate2013(db, actor, scope);
}

/** The first steps of the 2013 update: what the plan office has written so far. */
async function startUpdate2013(db: Db, actor: SessionActor, scope: Scope): Promise<void> {
  const chapters = createChapterService(db);
  const content = createPlanContentService(db);
  const list = await chapters.list(actor, scope);
  const chapter = list.find((c) => c.kind === demoUpdate2013.chapterKind);
  if (!chapter)
    throw new DomainError('NOT_FOUND', `demo: no ${demoUpdate2013.chapterKind} chapter`);
  await chapters.update(actor, scope, chapter.id, {
    body: `${chapter.body.trimEnd()}\n\n${demoUpdate2013.chapterAddition}\n`,
    version: chapter.version,
  });
  const tree = await findPlanTree(db, scope.districtId, scope.planId);
  const actions = tree?.areas.flatMap((a) => a.objectives.flatMap((o) => o.actions)) ?? [];
  for (const change of demoUpdate2013.actions) {
    const action = actions.find((a) => a.title === change.title);
    if (!action) throw new DomainError('NOT_FOUND', `demo: no action "${change.title}"`);
    await content.updateAction(actor, scope, action.id, {
      status: change.status,
      milestones: action.milestones.map((m) => ({
        ...m,
        done: m.done || change.milestonesDone.includes(m.title),
      })),
      version: action.version,
    });
  }
}
