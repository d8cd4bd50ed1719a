/**
 * The test harness's only reader of the environment (the application's is src/config.ts):
 * TEST_DATABASE_URL selects a PostgreSQL server for the server suite; without it, PGlite.
 */
export function testDatabaseUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || undefined;
}

/** The variables a spawned server or CLI process inherits (nothing about databases). */
export function childProcessEnvironment(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const k of ['PATH', 'HOME', 'TMPDIR', 'LANG']) {
    const v = process.env[k];
    if (v) env[k] = v;
  }
  return env;
}

/** CI sets CI=true: there a check that cannot run (a reference file missing) fails instead. */
export function runningInCi(): boolean {
  return process.env.CI === 'true';
}
