import { DomainError, endsBeforeStart, repeatedAt, type FieldIssue } from '@pdz/core';
import type { Db } from '../../db/client';
import { listCatalogueItems } from '../classifications/index';
import { listOrganizationNames } from '../territory/index';

/**
 * Checks of the objective sheet and the action detail that need the database: codes must exist
 * in the classification catalogue, organizations must belong to the district, lists must not
 * name the same code twice, an action must not end before it starts. Every problem names the
 * exact field (`body.targetGroups.1.userAreaCode`) so that the form can point at it.
 */

type CodeRef = { scheme: string; field: string; code: string };

interface ObjectiveFields {
  macroAreaCode?: string | null | undefined;
  targetGroups?: { userAreaCode: string }[] | undefined;
  lepsCodes?: string[] | undefined;
  policyIntegration?: { sectorCode: string }[] | undefined;
  staff?: { profileCode: string }[] | undefined;
}

interface ActionFields {
  leadOrganizationId?: string | null | undefined;
  partners?: { organizationId: string }[] | undefined;
  targetGroups?: { userAreaCode: string }[] | undefined;
  startDate?: string | null | undefined;
  endDate?: string | null | undefined;
}

function duplicates(list: string[], field: (i: number) => string): FieldIssue[] {
  return repeatedAt(list).map((i) => ({ field: field(i), message: 'listed twice' }));
}

async function unknownCodes(db: Db, refs: CodeRef[]): Promise<FieldIssue[]> {
  if (refs.length === 0) return [];
  const rows = await listCatalogueItems(db, [...new Set(refs.map((r) => r.scheme))]);
  const known = new Set(rows.map((r) => `${r.scheme}\u0000${r.code}`));
  return refs
    .filter((r) => !known.has(`${r.scheme}\u0000${r.code}`))
    .map((r) => ({ field: r.field, message: `unknown ${r.scheme} code` }));
}

function fail(issues: FieldIssue[]): void {
  if (issues.length === 0) return;
  throw new DomainError('VALIDATION_FAILED', issues.map((i) => i.field).join(', '), { issues });
}

function targetGroupRefs(groups: { userAreaCode: string }[] | undefined): CodeRef[] {
  return (groups ?? []).map((g, i) => ({
    scheme: 'istatUserArea',
    field: `body.targetGroups.${i}.userAreaCode`,
    code: g.userAreaCode,
  }));
}

export async function validateObjectiveFields(db: Db, input: ObjectiveFields): Promise<void> {
  const refs: CodeRef[] = [...targetGroupRefs(input.targetGroups)];
  if (input.macroAreaCode) {
    refs.push({
      scheme: 'regionalMacroArea',
      field: 'body.macroAreaCode',
      code: input.macroAreaCode,
    });
  }
  (input.lepsCodes ?? []).forEach((code, i) =>
    refs.push({ scheme: 'leps', field: `body.lepsCodes.${i}`, code }),
  );
  (input.policyIntegration ?? []).forEach((p, i) =>
    refs.push({
      scheme: 'policySector',
      field: `body.policyIntegration.${i}.sectorCode`,
      code: p.sectorCode,
    }),
  );
  (input.staff ?? []).forEach((s, i) =>
    refs.push({
      scheme: 'staffProfile',
      field: `body.staff.${i}.profileCode`,
      code: s.profileCode,
    }),
  );
  fail([
    ...duplicates(
      (input.targetGroups ?? []).map((g) => g.userAreaCode),
      (i) => `body.targetGroups.${i}.userAreaCode`,
    ),
    ...duplicates(input.lepsCodes ?? [], (i) => `body.lepsCodes.${i}`),
    ...duplicates(
      (input.policyIntegration ?? []).map((p) => p.sectorCode),
      (i) => `body.policyIntegration.${i}.sectorCode`,
    ),
    ...duplicates(
      (input.staff ?? []).map((s) => s.profileCode),
      (i) => `body.staff.${i}.profileCode`,
    ),
  ]);
  fail(await unknownCodes(db, refs));
}

/**
 * `current` is the row as stored (for a partial update: a new end date is compared with the
 * stored start date, and the other way round).
 */
export async function validateActionFields(
  db: Db,
  districtId: string,
  input: ActionFields,
  current: { startDate: string | null; endDate: string | null } = {
    startDate: null,
    endDate: null,
  },
): Promise<void> {
  const issues: FieldIssue[] = [
    ...duplicates(
      (input.targetGroups ?? []).map((g) => g.userAreaCode),
      (i) => `body.targetGroups.${i}.userAreaCode`,
    ),
    ...duplicates(
      (input.partners ?? []).map((p) => p.organizationId),
      (i) => `body.partners.${i}.organizationId`,
    ),
  ];
  const start = input.startDate !== undefined ? input.startDate : current.startDate;
  const end = input.endDate !== undefined ? input.endDate : current.endDate;
  if (endsBeforeStart(start, end)) {
    issues.push(
      input.endDate !== undefined
        ? { field: 'body.endDate', message: 'endDate must not precede startDate' }
        : { field: 'body.startDate', message: 'startDate must not follow endDate' },
    );
  }
  fail(issues);

  const orgRefs: { field: string; id: string }[] = [];
  if (input.leadOrganizationId) {
    orgRefs.push({ field: 'body.leadOrganizationId', id: input.leadOrganizationId });
  }
  (input.partners ?? []).forEach((p, i) =>
    orgRefs.push({ field: `body.partners.${i}.organizationId`, id: p.organizationId }),
  );
  const orgIssues: FieldIssue[] = [];
  if (orgRefs.length > 0) {
    const known = new Set((await listOrganizationNames(db, districtId)).map((r) => r.id));
    for (const r of orgRefs) {
      if (!known.has(r.id))
        orgIssues.push({ field: r.field, message: 'not an organization of this district' });
    }
  }
  fail([...orgIssues, ...(await unknownCodes(db, targetGroupRefs(input.targetGroups)))]);
}
