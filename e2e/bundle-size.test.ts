import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIRST_LOAD_BUDGET, measureBundle, WEB_DIST } from '../scripts/bench/bundle.mjs';

/**
 * The back office's first load (login and home page: the entry chunk and what it imports
 * statically) stays under its budget of gzipped JavaScript; every other page arrives with its
 * route. Measured on the build the journeys use (scripts/test.mjs builds it first), with the
 * function that writes the "Back office size" section of docs/benchmarks.md.
 */
describe('the size of the back office', () => {
  const size = measureBundle();

  it(`loads less than ${FIRST_LOAD_BUDGET / 1000} kB of gzipped JavaScript before the first page`, () => {
    const files = size.firstLoad.files.map((f) => `${f.file} ${(f.gzip / 1000).toFixed(1)} kB`);
    expect(size.firstLoad.gzip, `first load: ${files.join(', ')}`).toBeLessThan(FIRST_LOAD_BUDGET);
  });

  it('fetches the pages behind the sign-in with their routes, not all at once', () => {
    expect(size.largestLater).not.toBeNull();
    expect(size.total.gzip).toBeGreaterThan(size.firstLoad.gzip);
    // the charts of the needs analysis (recharts draws a .recharts-wrapper) come with their page
    for (const f of size.firstLoad.files) {
      expect(readFileSync(join(WEB_DIST, f.file), 'utf8'), f.file).not.toContain(
        'recharts-wrapper',
      );
    }
  });
});
