/**
 * The browser journeys' only reader of the environment: what the server they start inherits.
 * Never a database setting: the journeys always run on a fresh embedded database.
 */
export function serverEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env.DATABASE_URL;
  delete env.TEST_DATABASE_URL;
  delete env.NODE_ENV;
  return env;
}

/**
 * What the build the journeys run inherits: built as `npm start` builds it. Under the test
 * runner NODE_ENV is `test`, and Vite would bundle the development build of React.
 */
export function buildEnvironment(): NodeJS.ProcessEnv {
  return { ...process.env, NODE_ENV: 'production' };
}
