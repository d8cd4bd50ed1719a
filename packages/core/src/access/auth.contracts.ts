import { z } from 'zod';
import { defineContract } from '../shared/contract';
import { textLimits } from '../shared/text';
import { roleSchema } from './roles';

export const sessionSchema = z.object({
  user: z.object({ id: z.uuid(), email: z.string(), name: z.string(), isSystemAdmin: z.boolean() }),
  memberships: z.array(z.object({ districtId: z.uuid(), role: roleSchema })),
  /** send back as the `x-csrf-token` header on every write */
  csrfToken: z.string(),
  expiresAt: z.iso.datetime({ offset: true }),
});
export type Session = z.infer<typeof sessionSchema>;

/** The sign-in form: the e-mail as typed (spaces and capitals do not matter) and the password. */
export const loginInput = z.strictObject({
  email: z.string().trim().toLowerCase().check(z.email()).max(textLimits.email),
  password: z.string().min(1).max(textLimits.password),
});

export const login = defineContract({
  method: 'POST',
  path: '/api/auth/login',
  operationId: 'login',
  summary: 'Sign in with e-mail and password; sets the session cookie',
  description:
    'Checks the e-mail and password of an account and opens a session: the answer sets the signed `pdz_session` cookie and carries the CSRF token to send back on every write. Anyone may call it. A wrong e-mail or password gives 401 INVALID_CREDENTIALS; after repeated failures the account is locked for a while (423 ACCOUNT_LOCKED with `Retry-After`), and too many attempts from one address give 429.',
  tags: ['auth'],
  auth: false,
  body: loginInput,
  response: sessionSchema,
});

export const logout = defineContract({
  method: 'POST',
  path: '/api/auth/logout',
  operationId: 'logout',
  summary: 'Sign out: ends the session',
  description:
    'Ends the current session and clears its cookie. Any signed-in user may call it, with the `x-csrf-token` header; without a session it answers 401.',
  tags: ['auth'],
  status: 204,
  response: z.null(),
});

export const currentSession = defineContract({
  method: 'GET',
  path: '/api/auth/session',
  operationId: 'getSession',
  summary: 'The signed-in user, their memberships and the CSRF token',
  description:
    'Returns the signed-in user, the districts they belong to with their role in each, the CSRF token of the session and when it expires. Any signed-in user may call it; without a valid session it answers 401 (UNAUTHENTICATED, or SESSION_EXPIRED when the session has ended).',
  tags: ['auth'],
  response: sessionSchema,
});
