import { defineConfig } from 'vitest/config';

// One project per workspace; scripts/test.mjs picks which to run and adds them up.
export default defineConfig({
  test: {
    projects: ['packages/core', 'apps/server', 'apps/web', 'e2e'],
  },
});
