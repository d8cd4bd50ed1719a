import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Run from the repository root: npx vitest run --config apps/web/vitest.config.ts
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  test: {
    name: 'web',
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/testing/setup.ts'],
    // the whole app renders in jsdom: on a busy machine a test takes seconds, not milliseconds
    testTimeout: 20_000,
    restoreMocks: true,
    unstubGlobals: true,
  },
});
