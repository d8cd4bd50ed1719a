import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import {
  DomainError,
  assertCan,
  socialWorkerCoverageByYear,
  type SocialWorkers,
  type putSocialWorkersInput,
} from '@pdz/core';
import type { Db } from '../../db/client';
import { socialWorkerStaff } from '../../db/schema/population';
import { districts } from '../../db/schema/territory';
import { changingDistrict, touchDistrict } from '../territory/index';
import { recordAudit } from '../../platform/audit';
import type { SessionActor } from '../../platform/sessions';
import { residentsByYear } from './population.repository';

type Row = typeof socialWorkerStaff.$inferSelect;
const toItem = (r: Row) => ({
  year: r.year,
  permanentFte: r.permanentFte,
  otherFte: r.otherFte,
  version: r.version,
});

/**
 * The LEPS panel: social workers (FTE) per year, entered by the plan office, against the
 * district's residents of the same year (from the imported population).
 */
export function createSocialWorkerService(db: Db) {
  async function read(d: Db, districtId: string): Promise<SocialWorkers> {
    const rows = await d
      .select()
      .from(socialWorkerStaff)
      .where(eq(socialWorkerStaff.districtId, districtId))
      .orderBy(asc(socialWorkerStaff.year));
    const items = rows.map(toItem);
    // the LEPS counts social workers employed (permanent + other contracts)
    const staff = items.map((i) => ({ year: i.year, fte: i.permanentFte + i.otherFte }));
    const { years, yearsWithoutData } = socialWorkerCoverageByYear(
      staff,
      await residentsByYear(d, districtId),
    );
    return { items, coverage: years, yearsWithoutData };
  }

  async function exists(districtId: string) {
    const [d] = await db
      .select({ id: districts.id })
      .from(districts)
      .where(eq(districts.id, districtId));
    if (!d) throw new DomainError('NOT_FOUND');
  }

  return {
    async get(actor: SessionActor, districtId: string) {
      assertCan(actor, 'district.read', { districtId });
      await exists(districtId);
      return read(db, districtId);
    },

    async put(
      actor: SessionActor,
      districtId: string,
      input: z.output<typeof putSocialWorkersInput>,
      requestId?: string,
    ) {
      assertCan(actor, 'population.import', { districtId });
      await exists(districtId);
      return changingDistrict(db, districtId, async (tx) => {
        const where = and(
          eq(socialWorkerStaff.districtId, districtId),
          eq(socialWorkerStaff.year, input.year),
        );
        const [before] = await tx.select().from(socialWorkerStaff).where(where).for('update');
        const conflict = (current: unknown) =>
          new DomainError('VERSION_CONFLICT', 'the record was changed by someone else', {
            details: { current },
          });
        const values = { permanentFte: input.permanentFte, otherFte: input.otherFte };
        if (before) {
          if (before.version !== input.version) throw conflict(toItem(before));
          await tx
            .update(socialWorkerStaff)
            .set({ ...values, version: before.version + 1, updatedAt: new Date() })
            .where(where);
        } else {
          if (input.version !== 0) throw conflict(null);
          await tx.insert(socialWorkerStaff).values({ districtId, year: input.year, ...values });
        }
        await touchDistrict(tx, districtId);
        await recordAudit(tx, {
          districtId,
          actor: { userId: actor.userId, name: actor.name },
          action: 'population.social_workers_changed',
          entityType: 'social_worker_staff',
          entityId: String(input.year),
          before: before ? toItem(before) : null,
          after: { year: input.year, ...values },
          requestId,
        });
        return read(tx, districtId);
      });
    },
  };
}
