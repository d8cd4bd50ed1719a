import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { isApiPath } from './framework-errors';
import { SESSION_COOKIE } from './route';

/**
 * A per-minute request limit on every API operation, per signed-in session (each user of an
 * office behind one address has their own) and otherwise per client address. Every API answer
 * says where the client stands (`RateLimit-Limit`, `RateLimit-Remaining`, `RateLimit-Reset`, the
 * IETF draft's names); past the limit, 429 RATE_LIMITED with `Retry-After` (seconds). Routes
 * with a stricter limit of their own (login) keep it, per address. `perMinute` 0 turns the
 * API-wide limit off (load benchmarks); the stricter ones stay.
 *
 * The counters live in the process: several processes each count their own share.
 */
export function rateLimitKey(request: FastifyRequest): string {
  const raw = request.cookies[SESSION_COOKIE];
  if (raw) {
    // only a cookie this server signed counts as a session: made-up ones share the address
    const unsigned = request.unsignCookie(raw);
    if (unsigned.valid && unsigned.value) {
      return `session:${createHash('sha256').update(unsigned.value).digest('base64url')}`;
    }
  }
  return `address:${request.ip}`;
}

/** Registers the limit: before the routes it applies to (it attaches itself to each route). */
export async function registerRateLimit(
  app: FastifyInstance,
  opts: { perMinute: number },
): Promise<void> {
  const enabled = opts.perMinute > 0;
  await app.register(rateLimit, {
    global: enabled,
    ...(enabled ? { max: opts.perMinute } : {}),
    timeWindow: '1 minute',
    enableDraftSpec: true,
    keyGenerator: rateLimitKey,
    // the portal's pages and the files are not the API; the stricter per-route limits still run
    allowList: (request) => !isApiPath(request.url),
  });
}
