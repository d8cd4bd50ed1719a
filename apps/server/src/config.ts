import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';

/**
 * The only reader of the environment. Validates everything once and refuses to start listing
 * every problem. Without configuration the defaults serve the embedded demo on localhost.
 */
const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
      .optional(),
    DATA_DIR: z.string().min(1).default('./data'),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    SESSION_TTL_MINUTES: z.coerce
      .number()
      .int()
      .min(5)
      .max(7 * 24 * 60)
      .default(480),
    COOKIE_SECURE: boolean.optional(),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    DEMO_DATA: boolean.default(true),
    LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
    // API requests per session (or per address without one) per minute; 0 turns the limit off
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(1200),
    PUBLIC_URL: z.url().optional(),
    // set by npm to the folder the command was typed in (npm start runs inside apps/server)
    INIT_CWD: z.string().optional(),
    SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    // facts of the body that publishes the portal, shown on its legal pages
    PORTAL_OWNER: z.string().trim().min(2).max(200).optional(),
    PORTAL_CONTACT_EMAIL: z.email().optional(),
    PORTAL_DPO_EMAIL: z.email().optional(),
    PORTAL_LOG_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).optional(),
    PORTAL_ACCESSIBILITY_URL: z.url().optional(),
    // check every answer against its contract (on in tests, off in production: it costs CPU)
    VALIDATE_RESPONSES: boolean.optional(),
    // memory for answers reused until the plan changes (plan reads, portal pages); 0: none
    READ_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(64),
  })
  .superRefine((e, ctx) => {
    if (e.NODE_ENV === 'production' && !e.SESSION_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message: 'required when NODE_ENV=production',
      });
    }
  });

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };
  sessionSecret: string | undefined;
  sessionTtlMinutes: number;
  cookieSecure: boolean;
  logLevel: string;
  demoData: boolean;
  loginRateLimitPerMinute: number;
  /** API requests per session, or per client address without one, per minute; 0: no limit */
  rateLimitPerMinute: number;
  publicUrl: string | undefined;
  shutdownTimeoutMs: number;
  /** every answer checked against its contract (tests); production writes it as it is */
  validateResponses: boolean;
  /** bytes of answers and pages kept for reuse, least recently used out; 0 keeps none */
  readCacheBytes: number;
  /** who publishes the portal; what is not set is named as missing on the legal pages */
  portal: {
    owner: string | undefined;
    contactEmail: string | undefined;
    dpoEmail: string | undefined;
    logRetentionDays: number | undefined;
    accessibilityUrl: string | undefined;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** A relative DATA_DIR means relative to where the user ran the command, not to apps/server. */
function resolveDataDir(dataDir: string, initCwd: string | undefined): string {
  if (dataDir.startsWith('memory://') || isAbsolute(dataDir)) return dataDir;
  return resolve(initCwd ?? process.cwd(), dataDir);
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings mean "not set", as shells and .env files often produce them.
  const cleaned = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL
      ? { kind: 'postgres', url: e.DATABASE_URL }
      : { kind: 'pglite', dataDir: resolveDataDir(e.DATA_DIR, e.INIT_CWD) },
    sessionSecret: e.SESSION_SECRET,
    sessionTtlMinutes: e.SESSION_TTL_MINUTES,
    cookieSecure: e.COOKIE_SECURE ?? e.NODE_ENV === 'production',
    logLevel: e.LOG_LEVEL,
    demoData: e.DEMO_DATA,
    loginRateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    publicUrl: e.PUBLIC_URL,
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    validateResponses: e.VALIDATE_RESPONSES ?? e.NODE_ENV === 'test',
    readCacheBytes: e.READ_CACHE_MB * 1024 * 1024,
    portal: {
      owner: e.PORTAL_OWNER,
      contactEmail: e.PORTAL_CONTACT_EMAIL,
      dpoEmail: e.PORTAL_DPO_EMAIL,
      logRetentionDays: e.PORTAL_LOG_RETENTION_DAYS,
      accessibilityUrl: e.PORTAL_ACCESSIBILITY_URL,
    },
  };
}

/** The CLI reads a new user's password from PDZ_PASSWORD (never from its arguments). */
export function passwordFromEnvironment(
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  return env.PDZ_PASSWORD || undefined;
}
