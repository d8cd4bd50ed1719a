import { z } from 'zod';
import { defineContract } from '../shared/contract';
import { roleSchema } from './roles';

export const sessionSchema = z.object({
  user: z.object({ id: z.uuid(), email: z.string(), name: z.string(), isSystemAdmin: z.boolean() }),
  memberships: z.array(z.object({ districtId: z.uuid(), role: roleSchema })),
  /** send back as the `x-csrf-token` header on every write */
  csrfToken: z.string(),
  expiresAt: z.iso.datetime({ offset: true }),
});
export type Session = z.infer<typeof sessionSchema>;

export const login = defineContract({
  method: 'POST',
  path: '/api/auth/login',
  summary: 'Sign in with e-mail and password; sets the session cookie',
  tags: ['auth'],
  auth: false,
  body: z.object({
    email: z.string().trim().toLowerCase().pipe(z.email()),
    password: z.string().min(1).max(200),
  }),
  response: sessionSchema,
});

export const logout = defineContract({
  method: 'POST',
  path: '/api/auth/logout',
  summary: 'Sign out: ends the session',
  tags: ['auth'],
  status: 204,
  response: z.null(),
});

export const currentSession = defineContract({
  method: 'GET',
  path: '/api/auth/session',
  summary: 'The signed-in user, their memberships and the CSRF token',
  tags: ['auth'],
  response: sessionSchema,
});
