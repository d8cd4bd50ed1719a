/**
 * The test harness's only reader of the environment (the application's is src/config.ts):
 * TEST_DATABASE_URL selects a PostgreSQL server for the server suite; without it, PGlite.
 * FUZZ_SEED and FUZZ_REQUESTS change the fuzz test's seed and budget.
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

/** The fuzz test's seed (FUZZ_SEED, 1 unless set): the same seed sends the same requests. */
export function fuzzSeed(): number {
  const seed = Number(process.env.FUZZ_SEED ?? '1');
  return Number.isInteger(seed) ? seed : 1;
}

/** The fuzz test's budget of requests (FUZZ_REQUESTS, 1,500 unless set). */
export function fuzzRequests(): number {
  const requests = Number(process.env.FUZZ_REQUESTS ?? '1500');
  return Number.isInteger(requests) && requests > 0 ? requests : 1500;
}

/** CI sets CI=true: there a check that cannot run (a reference file missing) fails instead. */
export function runningInCi(): boolean {
  return process.env.CI === 'true';
}
