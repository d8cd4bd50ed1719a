import { z } from 'zod';
import { defineContract } from './contract';
import { textLimits } from './text';

/**
 * The health of the service as the Italian API guidelines ask it: a problem document (RFC 9457)
 * for a client or a monitor, 200 when the service and its database answer, 503 with
 * `Retry-After` when the database does not.
 */
export const statusMediaType = 'application/problem+json';

export const getStatus = defineContract({
  method: 'GET',
  path: '/api/status',
  operationId: 'getStatus',
  summary: 'Whether the service and its database answer',
  description:
    'Open to anyone, for monitors and clients. Answers 200 with a problem document ' +
    '(`application/problem+json`, status 200, title "OK") when the service and its database ' +
    'answer; 503 SERVICE_UNAVAILABLE with `Retry-After` (seconds) when the database does not. ' +
    "The process managers' probes stay at `/healthz` (the process) and `/readyz` (the database).",
  tags: ['platform'],
  auth: false,
  mediaType: statusMediaType,
  response: z.object({
    status: z.int().min(200).max(200),
    title: z.string().max(textLimits.name),
    detail: z.string().max(textLimits.short),
  }),
});
