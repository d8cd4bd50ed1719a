import { DomainError, currentSession, login, logout } from '@pdz/core';
import type { ModuleContext } from '../../platform/module';
import { SESSION_COOKIE } from '../../platform/http/route';
import { findSession } from '../../platform/sessions';
import { createAuthService, toSession } from './auth.service';

export function registerAuthRoutes({ router, db, config }: ModuleContext): void {
  const service = createAuthService({ db, sessionTtlMinutes: config.sessionTtlMinutes });

  router.publicRoute(
    login,
    async ({ body, request, reply }) => {
      const { token } = await service.login({
        email: body.email,
        password: body.password,
        ip: request.ip,
        userAgent: request.headers['user-agent'],
        requestId: request.id,
      });
      reply.setCookie(SESSION_COOKIE, token, {
        signed: true,
        httpOnly: true,
        sameSite: 'lax',
        secure: config.cookieSecure,
        path: '/',
      });
      const found = await findSession(db, token, config.sessionTtlMinutes);
      if (found.status !== 'valid') throw new DomainError('INTERNAL');
      return toSession(found.actor);
    },
    // Brute-force brake per client address, on top of the per-account lock kept in the database.
    { rateLimit: { max: config.loginRateLimitPerMinute, timeWindow: '1 minute' } },
  );

  router.route(logout, async ({ actor, reply }) => {
    await service.logout(actor);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return null;
  });

  router.route(currentSession, async ({ actor }) => toSession(actor));
}
