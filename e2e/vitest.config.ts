import { defineProject } from 'vitest/config';

// End-to-end journeys: one real server (started by the global setup) and a real Chromium.
// Files run one after another because they share that server and its database.
export default defineProject({
  test: {
    name: 'e2e',
    include: ['*.test.ts', 'journeys/*.test.ts'],
    environment: 'node',
    globalSetup: './support/global-setup.ts',
    testTimeout: 60_000,
    // a state the page reaches through the server may take a while on a busy machine
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
