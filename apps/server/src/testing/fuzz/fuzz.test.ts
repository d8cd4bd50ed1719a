import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../../demo/index';
import { fuzzRequests, fuzzSeed } from '../config';
import { createTestApp, demo, type TestApp } from '../test-app';
import { injectTransport } from './inject';
import { report } from './property';
import { runFuzz, type RunResult } from './run';

// The API driven by its own OpenAPI document (see document.ts): a fixed seed (FUZZ_SEED) and a
// budget (FUZZ_REQUESTS) that fits CI, on the database the suite runs on.
describe('fuzz: every operation of the API document, with valid and hostile requests', () => {
  const seed = fuzzSeed();
  const requests = fuzzRequests();
  let t: TestApp;
  let result: RunResult;

  beforeAll(async () => {
    // a global request limit, where the configuration has one, would answer 429 to the fuzzer
    t = await createTestApp({ RATE_LIMIT_PER_MINUTE: '0' });
    result = await runFuzz({
      transport: injectTransport(t.app),
      seed,
      requests,
      credentials: { email: demo.planOffice, password: demoPassword },
    });
  }, 240_000);
  afterAll(async () => t?.close());

  it('reaches the code behind the checks: most operations answer the plan office with success', () => {
    const reached = result.operations.filter((op) => result.reached.has(op));
    expect(result.sent).toBe(requests);
    expect(reached.length / result.operations.length).toBeGreaterThan(0.6);
  });

  it('answers no request with a 5xx, and every /api error as a problem document', () => {
    expect(
      result.failures.length,
      `${report(result.failures, { sent: result.sent, seed })}\nreproduce: FUZZ_SEED=${seed} FUZZ_REQUESTS=${requests}`,
    ).toBe(0);
  });
});
