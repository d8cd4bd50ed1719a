import type { z } from 'zod';
import { and, asc, eq, sql } from 'drizzle-orm';
import {
  DomainError,
  assertCanAnywhere,
  type ClassificationItem,
  type extendClassificationInput,
} from '@pdz/core';
import type { Db } from '../../db/client';
import { classificationItems } from '../../db/schema/classifications';
import { recordAudit } from '../../platform/audit';
import type { SessionActor } from '../../platform/sessions';

type Row = typeof classificationItems.$inferSelect;

const toItem = (r: Row): ClassificationItem => ({
  scheme: r.scheme,
  code: r.code,
  labelIt: r.labelIt,
  labelEn: r.labelEn,
  position: r.position,
  edition: r.edition,
  validFrom: r.validFrom,
  validTo: r.validTo,
});

/** Reading the catalogues (every signed-in user) and extending them (region, administrators). */
export function createClassificationService(db: Db) {
  return {
    async schemes() {
      const rows = await db
        .select({ scheme: classificationItems.scheme, count: sql<number>`count(*)::int` })
        .from(classificationItems)
        .groupBy(classificationItems.scheme)
        .orderBy(asc(classificationItems.scheme));
      return rows.map((r) => ({ scheme: r.scheme, count: Number(r.count) }));
    },

    async list(scheme: string): Promise<ClassificationItem[]> {
      const rows = await db
        .select()
        .from(classificationItems)
        .where(eq(classificationItems.scheme, scheme))
        .orderBy(asc(classificationItems.position), asc(classificationItems.code));
      if (rows.length === 0) throw new DomainError('NOT_FOUND', `no classification ${scheme}`);
      return rows.map(toItem);
    },

    /** Adds an item at the end of its scheme; a code is unique within its scheme. */
    async extend(
      actor: SessionActor,
      scheme: string,
      input: z.output<typeof extendClassificationInput>,
      requestId?: string,
    ): Promise<ClassificationItem> {
      assertCanAnywhere(actor, 'classification.extend');
      return db.transaction(async (raw) => {
        const tx = raw as unknown as Db;
        const existing = await tx
          .select({ code: classificationItems.code, position: classificationItems.position })
          .from(classificationItems)
          .where(eq(classificationItems.scheme, scheme));
        if (existing.length === 0)
          throw new DomainError('NOT_FOUND', `no classification ${scheme}`);
        if (existing.some((r) => r.code === input.code)) {
          throw new DomainError('DUPLICATE', `${input.code} exists in ${scheme}`, {
            issues: [{ field: 'body.code', message: 'already exists in this classification' }],
          });
        }
        const position = Math.max(...existing.map((r) => r.position)) + 1;
        const [row] = await tx
          .insert(classificationItems)
          .values({ scheme, ...input, position })
          .onConflictDoNothing()
          .returning();
        if (!row) {
          // the same code added at the same moment by someone else
          const [other] = await tx
            .select()
            .from(classificationItems)
            .where(
              and(eq(classificationItems.scheme, scheme), eq(classificationItems.code, input.code)),
            );
          throw new DomainError('DUPLICATE', `${input.code} exists in ${scheme}`, {
            issues: [{ field: 'body.code', message: 'already exists in this classification' }],
            ...(other ? { details: { current: toItem(other) } } : {}),
          });
        }
        const item = toItem(row);
        await recordAudit(tx, {
          districtId: null,
          actor: { userId: actor.userId, name: actor.name },
          action: 'classification.extended',
          entityType: 'classification',
          entityId: `${scheme}:${item.code}`,
          after: item,
          requestId,
        });
        return item;
      });
    },
  };
}
