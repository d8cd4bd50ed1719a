import { describe, it, expect } from 'vitest';
import { DomainError } from '../shared/errors';
import {
  assertCanAnywhere,
  assertCan,
  can,
  isMemberOf,
  permissionMatrix,
  permissions,
  permissionsIn,
  rolesIn,
} from './permissions';
import type { Permission } from './permissions';
import { roles } from './roles';
import type { Actor, Role } from './roles';

const districtA = '11111111-1111-4111-8111-111111111111';
const districtB = '22222222-2222-4222-8222-222222222222';

function actorWith(...memberships: { districtId: string; role: Role }[]): Actor {
  return { userId: '99999999-9999-4999-8999-999999999999', memberships };
}

const expected: Record<Role, Permission[]> = {
  planOffice: [
    'district.read',
    'plan.read',
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
    'district.read',
    'plan.read',
    'organization.create',
    'audit.read',
    'classification.extend',
    'services.edit',
    'population.import',
    'monitoring.readAll',
  ],
  mayor: ['district.read', 'plan.read', 'monitoring.report', 'monitoring.readAll'],
  partner: ['district.read', 'plan.read', 'monitoring.report'],
  healthAgency: ['district.read', 'plan.read', 'monitoring.report'],
  region: ['district.read', 'plan.read', 'classification.extend', 'monitoring.readAll'],
};

function caught(fn: () => void): DomainError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    return e as DomainError;
  }
  throw new Error('expected a DomainError, nothing was thrown');
}

describe('permission matrix', () => {
  it('defines an entry for every role', () => {
    expect(Object.keys(permissionMatrix).sort()).toEqual([...roles].sort());
  });

  for (const role of roles) {
    it(`${role} has exactly the expected permissions`, () => {
      const actor = actorWith({ districtId: districtA, role });
      for (const permission of permissions) {
        expect(can(actor, permission, { districtId: districtA }), `${role} / ${permission}`).toBe(
          expected[role].includes(permission),
        );
      }
      expect(permissionsIn(actor, districtA)).toEqual(expected[role]);
    });
  }

  it('only the plan office may edit, approve, create or reopen a plan', () => {
    for (const role of roles) {
      const actor = actorWith({ districtId: districtA, role });
      for (const p of ['plan.edit', 'plan.approve', 'plan.create', 'plan.openRevision'] as const) {
        expect(can(actor, p, { districtId: districtA })).toBe(role === 'planOffice');
      }
    }
  });

  it('read-only roles cannot see the audit log, admin and plan office can', () => {
    const audit = (role: Role) =>
      can(actorWith({ districtId: districtA, role }), 'audit.read', { districtId: districtA });
    expect(audit('planOffice')).toBe(true);
    expect(audit('admin')).toBe(true);
    expect(audit('mayor')).toBe(false);
    expect(audit('partner')).toBe(false);
    expect(audit('healthAgency')).toBe(false);
    expect(audit('region')).toBe(false);
  });
});

describe('can is scoped to the district of the membership', () => {
  it('a plan office of district A cannot edit or even read district B', () => {
    const actor = actorWith({ districtId: districtA, role: 'planOffice' });
    expect(can(actor, 'plan.edit', { districtId: districtA })).toBe(true);
    expect(can(actor, 'plan.edit', { districtId: districtB })).toBe(false);
    expect(can(actor, 'plan.read', { districtId: districtB })).toBe(false);
    expect(permissionsIn(actor, districtB)).toEqual([]);
  });

  it('a user with different roles in two districts gets each role only in its district', () => {
    const actor = actorWith(
      { districtId: districtA, role: 'planOffice' },
      { districtId: districtB, role: 'mayor' },
    );
    expect(can(actor, 'plan.approve', { districtId: districtA })).toBe(true);
    expect(can(actor, 'plan.approve', { districtId: districtB })).toBe(false);
    expect(can(actor, 'plan.read', { districtId: districtB })).toBe(true);
    expect(rolesIn(actor, districtA)).toEqual(['planOffice']);
    expect(rolesIn(actor, districtB)).toEqual(['mayor']);
  });

  it('an actor without memberships can do nothing', () => {
    const actor = actorWith();
    expect(isMemberOf(actor, districtA)).toBe(false);
    for (const p of permissions) expect(can(actor, p, { districtId: districtA })).toBe(false);
  });
});

describe('assertCan', () => {
  it('passes silently when the permission is held', () => {
    const actor = actorWith({ districtId: districtA, role: 'planOffice' });
    expect(() => assertCan(actor, 'plan.approve', { districtId: districtA })).not.toThrow();
  });

  it('gives NOT_FOUND (404) to a non-member, revealing nothing', () => {
    const actor = actorWith({ districtId: districtA, role: 'planOffice' });
    const err = caught(() => assertCan(actor, 'plan.read', { districtId: districtB }));
    expect(err.code).toBe('NOT_FOUND');
    expect(err.status).toBe(404);
    expect(err.details).toBeUndefined();
  });

  it('gives FORBIDDEN (403) to a member lacking the permission, naming it', () => {
    const actor = actorWith({ districtId: districtA, role: 'mayor' });
    const err = caught(() => assertCan(actor, 'plan.edit', { districtId: districtA }));
    expect(err.code).toBe('FORBIDDEN');
    expect(err.status).toBe(403);
    expect(err.details).toEqual({ permission: 'plan.edit' });
    expect(err.message).toContain('plan.edit');
  });

  it('a member may read but an admin may not approve', () => {
    const admin = actorWith({ districtId: districtA, role: 'admin' });
    expect(() => assertCan(admin, 'audit.read', { districtId: districtA })).not.toThrow();
    expect(caught(() => assertCan(admin, 'plan.approve', { districtId: districtA })).code).toBe(
      'FORBIDDEN',
    );
  });
});

describe('permissionsIn', () => {
  it('is the union of all roles held in the district, in matrix order, without duplicates', () => {
    const actor = actorWith(
      { districtId: districtA, role: 'mayor' },
      { districtId: districtA, role: 'admin' },
      { districtId: districtB, role: 'planOffice' },
    );
    expect(permissionsIn(actor, districtA)).toEqual([
      'district.read',
      'plan.read',
      'organization.create',
      'audit.read',
      'classification.extend',
      'services.edit',
      'population.import',
      'monitoring.report',
      'monitoring.readAll',
    ]);
  });

  it('a plan office plus a read-only role yields all permissions once', () => {
    const actor = actorWith(
      { districtId: districtA, role: 'region' },
      { districtId: districtA, role: 'planOffice' },
    );
    expect(permissionsIn(actor, districtA)).toEqual([...permissions]);
  });
});

describe('assertCanAnywhere (catalogues shared by every district)', () => {
  it('lets the region and the administrator of any district extend the classifications', () => {
    const region = actorWith({ districtId: districtB, role: 'region' });
    expect(() => assertCanAnywhere(region, 'classification.extend')).not.toThrow();
    const system = { ...actorWith(), isSystemAdmin: true };
    expect(() => assertCanAnywhere(system, 'classification.extend')).not.toThrow();
  });

  it('refuses the plan office and the mayor with FORBIDDEN', () => {
    const office = actorWith(
      { districtId: districtA, role: 'planOffice' },
      { districtId: districtB, role: 'mayor' },
    );
    expect(caught(() => assertCanAnywhere(office, 'classification.extend')).code).toBe('FORBIDDEN');
  });
});
