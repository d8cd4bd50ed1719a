import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The server serves the built SPA under /app/ and answers /api and the icons; in development
// vite forwards them to a server running locally so that cookies stay same-origin. The manifest
// (dist/.vite/manifest.json) lets scripts/bench/bundle.mjs tell the first load from the chunks
// the routes fetch later.
export default defineConfig({
  base: '/app/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, manifest: true },
  server: {
    proxy: Object.fromEntries(
      ['/api', '/favicon.ico', '/favicon.svg', '/apple-touch-icon.png'].map((path) => [
        path,
        { target: 'http://127.0.0.1:3000', changeOrigin: false },
      ]),
    ),
  },
});
