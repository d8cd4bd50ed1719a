import { ConfigError, loadConfig, type Config } from './config';
import { openDatabase } from './db/client';
import { serverBuild } from './build-info';
import { runMigrations } from './db/migrate';
import { demoAccounts, demoPassword } from './demo/index';
import { seedOnce } from './seed-once';
import { buildApp } from './app';
import { hashPassword } from './platform/passwords';
import { deleteExpiredSessions } from './platform/sessions';
import { resolveSessionSecret } from './platform/session-secret';

async function main(): Promise<void> {
  const started = performance.now();
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78);
    }
    throw err;
  }
  const database = await openDatabase(
    config.database.kind === 'postgres'
      ? config.database
      : {
          kind: 'pglite',
          dataDir: config.database.dataDir,
          template: serverBuild?.pgliteTemplate,
        },
  );
  await runMigrations(database);
  await seedOnce(database.db, {
    demo: config.demoData,
    hashPassword,
    build: serverBuild?.id,
  });
  await deleteExpiredSessions(database.db);

  const warnings: string[] = [];
  const sessionSecret = resolveSessionSecret(config, (m) => warnings.push(m));
  const app = await buildApp({ config, database, sessionSecret });
  for (const w of warnings) app.log.warn(w);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    const timer = setTimeout(() => {
      app.log.error('shutdown timed out');
      process.exit(1);
    }, config.shutdownTimeoutMs);
    timer.unref();
    try {
      await app.close();
      await database.close();
      app.log.info('stopped cleanly');
      process.exit(0);
    } catch (err) {
      app.log.error({ err }, 'error during shutdown');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  const address = await app.listen({ port: config.port, host: config.host });
  const readyMs = Math.round(performance.now() - started);
  const where =
    config.database.kind === 'postgres'
      ? 'PostgreSQL server'
      : `embedded PostgreSQL in ${config.database.dataDir}`;
  const lines = [
    '',
    `  Piano di Zona is ready in ${readyMs} ms on ${where}`,
    `  Public portal:  ${address}/`,
    `  Back office:    ${address}/app/`,
    `  API docs:       ${address}/api/docs`,
  ];
  if (config.demoData) {
    lines.push('', `  Demo accounts (password: ${demoPassword}):`);
    for (const a of demoAccounts) lines.push(`    ${a.role.padEnd(13)} ${a.email}`);
  }
  console.log(lines.join('\n') + '\n');
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
