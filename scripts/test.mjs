// The README's test command: every suite, then one closing line `tests: N passed, N failed`.
//   core + web + server on the embedded PGlite, always;
//   server again on a PostgreSQL server when DATABASE_URL is set (the suite clones its own
//   databases there and drops them afterwards);
//   e2e journeys in Debian's Chromium against the built server (scripts/build.mjs, as npm start
//   runs it) started on a fresh embedded database.
// Options: --only=core,web,server,server-pg,e2e to run a subset.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const results = `${root}.test-results`;
mkdirSync(results, { recursive: true });

const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const wanted = (name) => !only || only.includes(name);
const postgresUrl = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL;

const withoutDatabase = { ...process.env };
delete withoutDatabase.DATABASE_URL;
delete withoutDatabase.TEST_DATABASE_URL;

const runs = [];
// One vitest run per project: their worker settings differ (PGlite allows two workers at most).
for (const project of ['core', 'web', 'server'].filter(wanted)) {
  runs.push({
    name: project === 'server' ? 'server on PGlite' : project,
    projects: [project],
    env: withoutDatabase,
  });
}
if (wanted('server-pg') && postgresUrl) {
  runs.push({
    name: 'server on PostgreSQL',
    projects: ['server'],
    env: { ...withoutDatabase, TEST_DATABASE_URL: postgresUrl },
  });
} else if (wanted('server-pg') && only) {
  console.error('server-pg asked for but neither DATABASE_URL nor TEST_DATABASE_URL is set');
  process.exit(2);
}
if (wanted('e2e'))
  runs.push({ name: 'e2e', projects: ['e2e'], env: withoutDatabase, needsBuild: true });

let passed = 0;
let failed = 0;
let broken = false;

for (const run of runs) {
  if (run.needsBuild) {
    // what npm start runs (reused when up to date): the browser journeys start the built server
    console.log('\n▶ building the back office and the server for the browser journeys');
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], {
      cwd: root,
      stdio: 'inherit',
      env: run.env,
    });
    if (build.status !== 0) {
      console.error('build failed');
      broken = true;
      failed += 1;
      continue;
    }
  }
  const file = `${results}/${run.name.replace(/[^a-z0-9]+/gi, '-')}.json`;
  rmSync(file, { force: true });
  console.log(`\n▶ ${run.name}`);
  const args = [
    'vitest',
    'run',
    ...run.projects.flatMap((p) => ['--project', p]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
  ];
  const res = spawnSync('npx', args, { cwd: root, stdio: 'inherit', env: run.env });
  if (!existsSync(file)) {
    console.error(`${run.name}: no results (exit ${res.status})`);
    broken = true;
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  // A file that failed to load counts as a failure even though none of its tests ran.
  const brokenFiles = report.testResults.filter(
    (f) => f.status === 'failed' && f.assertionResults.length === 0,
  ).length;
  failed += brokenFiles;
  if (res.status !== 0 && report.numFailedTests === 0 && brokenFiles === 0) {
    console.error(`${run.name}: vitest exited ${res.status}`);
    broken = true;
    failed += 1;
  }
  console.log(
    `  ${run.name}: ${report.numPassedTests} passed, ${report.numFailedTests + brokenFiles} failed`,
  );
}

console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || broken || passed === 0 ? 1 : 0);
