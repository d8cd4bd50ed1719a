import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('defaults to the embedded demo on localhost:3000 with data in ./data', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      database: { kind: 'pglite', dataDir: join(process.cwd(), 'data') },
      demoData: true,
      cookieSecure: false,
      rateLimitPerMinute: 1200,
      loginRateLimitPerMinute: 20,
    });
  });

  it('takes the API-wide request limit per minute, 0 turning it off, and refuses a bad one', () => {
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE: '300' }).rateLimitPerMinute).toBe(300);
    expect(loadConfig({ RATE_LIMIT_PER_MINUTE: '0' }).rateLimitPerMinute).toBe(0);
    for (const bad of ['-1', 'many', '1.5', '2000000']) {
      expect(() => loadConfig({ RATE_LIMIT_PER_MINUTE: bad }), bad).toThrow(
        /RATE_LIMIT_PER_MINUTE/,
      );
    }
  });

  it('places a relative data folder where npm was run, not inside the workspace', () => {
    expect(loadConfig({ INIT_CWD: '/srv/pdz', DATA_DIR: 'db' }).database).toEqual({
      kind: 'pglite',
      dataDir: '/srv/pdz/db',
    });
    expect(loadConfig({ INIT_CWD: '/srv/pdz', DATA_DIR: '/var/lib/pdz' }).database).toEqual({
      kind: 'pglite',
      dataDir: '/var/lib/pdz',
    });
  });

  it('runs on a PostgreSQL server when DATABASE_URL is set', () => {
    expect(loadConfig({ DATABASE_URL: 'postgresql://u@db:5432/pdz' }).database).toEqual({
      kind: 'postgres',
      url: 'postgresql://u@db:5432/pdz',
    });
  });

  it('refuses to start listing every problem at once', () => {
    try {
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://x',
        LOG_LEVEL: 'chatty',
        SESSION_SECRET: 'short',
      });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const problems = (err as ConfigError).problems.join('\n');
      for (const name of ['PORT', 'DATABASE_URL', 'LOG_LEVEL', 'SESSION_SECRET'])
        expect(problems).toContain(name);
    }
  });

  it('requires a session secret in production and secure cookies there by default', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
    expect(
      loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) }).cookieSecure,
    ).toBe(true);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).port).toBe(3000);
  });

  it('reads the facts of the body publishing the portal, each optional and checked', () => {
    expect(loadConfig({}).portal).toEqual({
      owner: undefined,
      contactEmail: undefined,
      dpoEmail: undefined,
      logRetentionDays: undefined,
      accessibilityUrl: undefined,
    });
    expect(
      loadConfig({
        PORTAL_OWNER: 'Consorzio Sociale Pavese',
        PORTAL_CONTACT_EMAIL: 'urp@example.it',
        PORTAL_DPO_EMAIL: 'rpd@example.it',
        PORTAL_LOG_RETENTION_DAYS: '180',
        PORTAL_ACCESSIBILITY_URL: 'https://form.agid.gov.it/view/x',
      }).portal,
    ).toEqual({
      owner: 'Consorzio Sociale Pavese',
      contactEmail: 'urp@example.it',
      dpoEmail: 'rpd@example.it',
      logRetentionDays: 180,
      accessibilityUrl: 'https://form.agid.gov.it/view/x',
    });
    expect(() =>
      loadConfig({ PORTAL_CONTACT_EMAIL: 'not an address', PORTAL_LOG_RETENTION_DAYS: '0' }),
    ).toThrow(/PORTAL_CONTACT_EMAIL[\s\S]*PORTAL_LOG_RETENTION_DAYS/);
  });
});
