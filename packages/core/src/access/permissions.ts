import { DomainError } from '../shared/errors';
import type { Actor, Role } from './roles';

/**
 * The permission matrix: which role may do what inside a district. Anything not listed is
 * refused. The server enforces it at the top of every use case; the web uses it to hide what a
 * user cannot do.
 */
export const permissions = [
  'district.read',
  'plan.read',
  'plan.create',
  'plan.edit',
  'plan.approve',
  'plan.openRevision',
  'organization.create',
  'audit.read',
  'classification.extend',
  'services.edit',
  'population.import',
  'monitoring.manage',
  'monitoring.report',
  'monitoring.readAll',
] as const;
export type Permission = (typeof permissions)[number];

const readOnly: Permission[] = ['district.read', 'plan.read'];

export const permissionMatrix: Record<Role, readonly Permission[]> = {
  planOffice: [
    ...readOnly,
    'plan.create',
    'plan.edit',
    'plan.approve',
    'plan.openRevision',
    'organization.create',
    'audit.read',
    'services.edit',
    'population.import',
    'monitoring.manage',
    'monitoring.report',
    'monitoring.readAll',
  ],
  admin: [
    ...readOnly,
    'organization.create',
    'audit.read',
    'classification.extend',
    'services.edit',
    'population.import',
    'monitoring.readAll',
  ],
  // the lead organizations of actions report on them (reportRight says which actions)
  // the mayors and the Region oversee: they read every report; a partner or the health agency
  // reads the reports of the actions it leads
  mayor: [...readOnly, 'monitoring.report', 'monitoring.readAll'],
  partner: [...readOnly, 'monitoring.report'],
  healthAgency: [...readOnly, 'monitoring.report'],
  region: [...readOnly, 'classification.extend', 'monitoring.readAll'],
};

export interface DistrictSubject {
  districtId: string;
}

export function rolesIn(actor: Actor, districtId: string): Role[] {
  return actor.memberships.filter((m) => m.districtId === districtId).map((m) => m.role);
}

export function isMemberOf(actor: Actor, districtId: string): boolean {
  return actor.memberships.some((m) => m.districtId === districtId);
}

export function can(actor: Actor, permission: Permission, subject: DistrictSubject): boolean {
  return rolesIn(actor, subject.districtId).some((role) =>
    permissionMatrix[role].includes(permission),
  );
}

/**
 * Throws when the actor may not act. A non-member gets NOT_FOUND rather than FORBIDDEN, so that
 * another district's identifiers reveal nothing about what exists.
 */
export function assertCan(actor: Actor, permission: Permission, subject: DistrictSubject): void {
  if (!isMemberOf(actor, subject.districtId)) throw new DomainError('NOT_FOUND');
  if (!can(actor, permission, subject)) {
    throw new DomainError('FORBIDDEN', `missing permission ${permission}`, {
      details: { permission },
    });
  }
}

/** The permissions an actor holds in a district, for the interface to show or hide controls. */
export function permissionsIn(actor: Actor, districtId: string): Permission[] {
  const set = new Set<Permission>();
  for (const role of rolesIn(actor, districtId)) for (const p of permissionMatrix[role]) set.add(p);
  return permissions.filter((p) => set.has(p));
}

/**
 * For what is shared by every district (the classification catalogues): the actor holds the
 * permission in at least one of its districts, or is a system administrator.
 */
export function assertCanAnywhere(
  actor: Actor & { isSystemAdmin?: boolean },
  permission: Permission,
): void {
  if (actor.isSystemAdmin) return;
  const roles = actor.memberships.map((m) => m.role);
  if (!roles.some((role) => permissionMatrix[role].includes(permission))) {
    throw new DomainError('FORBIDDEN', `missing permission ${permission}`, {
      details: { permission },
    });
  }
}
