import { z } from 'zod';

/** What a person does in a district (docs/domain.md, "Who does what"). A user may hold roles in several districts. */
export const roles = ['planOffice', 'mayor', 'partner', 'healthAgency', 'region', 'admin'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const organizationKinds = [
  'municipality',
  'healthAgency',
  'healthProvider',
  'thirdSector',
  'region',
  'consortium',
  'private',
  'other',
] as const;
export const organizationKindSchema = z.enum(organizationKinds);
export type OrganizationKind = z.infer<typeof organizationKindSchema>;

export interface Membership {
  districtId: string;
  role: Role;
}

/** Who is acting: the signed-in user and the districts they belong to. */
export interface Actor {
  userId: string;
  memberships: Membership[];
}
