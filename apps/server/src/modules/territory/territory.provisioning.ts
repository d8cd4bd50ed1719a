import { eq } from 'drizzle-orm';
import { DomainError } from '@pdz/core';
import type { Db } from '../../db/client';
import { districts, municipalities, organizations } from '../../db/schema/territory';
import { recordAudit } from '../../platform/audit';
import { findDistrictBySlug } from './territory.repository';

export interface NewDistrict {
  slug: string;
  name: string;
  region: string;
  isDemo?: boolean;
  leadBody?: string;
  municipalities?: {
    istatCode: string;
    name: string;
    province: string;
    cadastralCode: string;
    postalCode: string;
    population: number;
    populationYear: number;
  }[];
}

/** Creates a district (a tenant) with its lead body and municipalities: used by the CLI. */
export async function createDistrict(db: Db, input: NewDistrict): Promise<string> {
  if (!/^[a-z0-9-]{2,60}$/.test(input.slug)) {
    throw new DomainError('VALIDATION_FAILED', 'slug: lower-case letters, digits and dashes', {
      issues: [{ field: 'slug', message: 'lower-case letters, digits and dashes (2–60)' }],
    });
  }
  return db.transaction(async (raw) => {
    const tx = raw as unknown as Db;
    if (await findDistrictBySlug(tx, input.slug))
      throw new DomainError('DUPLICATE', `district ${input.slug} exists`);
    const [d] = await tx
      .insert(districts)
      .values({
        slug: input.slug,
        name: input.name,
        region: input.region,
        isDemo: input.isDemo ?? false,
      })
      .returning();
    const districtId = d!.id;
    if (input.leadBody) {
      const [lead] = await tx
        .insert(organizations)
        .values({ districtId, name: input.leadBody, kind: 'consortium' })
        .returning();
      await tx.update(districts).set({ leadBodyId: lead!.id }).where(eq(districts.id, districtId));
    }
    for (const m of input.municipalities ?? []) {
      const [org] = await tx
        .insert(organizations)
        .values({ districtId, name: `Comune di ${m.name}`, kind: 'municipality' })
        .returning();
      await tx.insert(municipalities).values({ ...m, districtId, organizationId: org!.id });
    }
    await recordAudit(tx, {
      districtId,
      actor: null,
      action: 'district.created',
      entityType: 'district',
      entityId: districtId,
      after: input,
    });
    return districtId;
  });
}
