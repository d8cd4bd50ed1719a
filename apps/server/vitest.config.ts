import { defineProject } from 'vitest/config';

// Each test file opens its own database cloned from a migrated, seeded template. PGlite costs
// ~0.7 GB per instance, hence two workers at most.
export default defineProject({
  test: {
    name: 'server',
    include: ['src/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['src/testing/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
