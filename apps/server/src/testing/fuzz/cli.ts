// The fuzz test against a running server, with a large budget (scripts/fuzz.mjs; see
// document.ts): `--url http://127.0.0.1:3000 --requests 100000 --seed 1`. Signs in as the demo
// plan office (or --email/--password), prints the failures by class and, with --report FILE,
// writes every failure as JSON. Exit status 1 when the property broke, 2 when it could not run.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { demoAccounts, demoPassword } from '../../demo/data/district';
import { httpTransport } from './http';
import { classify, report } from './property';
import { runFuzz } from './run';

const usage = `usage: node scripts/fuzz.mjs --url URL [--requests N] [--seed N] [--concurrency N]
                             [--email E --password P] [--report FILE]`;

export async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        url: { type: 'string' },
        requests: { type: 'string', default: '20000' },
        seed: { type: 'string', default: '1' },
        concurrency: { type: 'string', default: '4' },
        email: { type: 'string' },
        password: { type: 'string', default: demoPassword },
        report: { type: 'string' },
        'timeout-ms': { type: 'string', default: '30000' },
      },
    }).values;
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : err}\n${usage}`);
    return 2;
  }
  const requests = Number(args.requests);
  const seed = Number(args.seed);
  const concurrency = Number(args.concurrency);
  if (!args.url || !Number.isInteger(requests) || !Number.isInteger(seed) || !(concurrency >= 1)) {
    console.error(usage);
    return 2;
  }
  const email = args.email ?? demoAccounts.find((a) => a.role === 'planOffice')!.email;
  const { transport, close } = httpTransport(args.url, {
    sockets: concurrency,
    timeoutMs: Number(args['timeout-ms']),
  });
  const started = Date.now();
  let lastPrint = started;
  try {
    const result = await runFuzz({
      transport,
      seed,
      requests,
      concurrency,
      credentials: { email, password: args.password },
      onProgress: (sent, total, failures) => {
        if (Date.now() - lastPrint < 10_000 && sent < total) return;
        lastPrint = Date.now();
        console.error(`  ${sent} / ${total} requests, ${failures} failures`);
      },
    });
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    const statuses = [...result.statuses].sort((a, b) => a[0] - b[0]);
    console.log(report(result.failures, { sent: result.sent, seed, listed: 0 }));
    console.log(
      `${result.sent} requests over ${result.operations.length} operations and the portal in ${seconds} s; ` +
        `answers by status: ${statuses.map(([s, n]) => `${s || 'none'}: ${n}`).join(', ')}`,
    );
    const server = result.failures.filter((f) => f.status >= 500).length;
    const notProblem = result.failures.filter((f) => f.status > 0 && f.status < 500).length;
    const none = result.failures.filter((f) => f.status === 0).length;
    console.log(
      `5xx: ${server} on ${new Set(result.failures.filter((f) => f.status >= 500).map((f) => f.request.operation)).size} operations; ` +
        `4xx not problem details: ${notProblem}; no answer: ${none}`,
    );
    const limited = result.statuses.get(429) ?? 0;
    if (limited > 0)
      console.warn(
        `warning: ${limited} answers were 429 Too Many Requests: the server limits requests, and the ` +
          'limited requests tested nothing else. Start it with RATE_LIMIT_PER_MINUTE=0 (and a high ' +
          'LOGIN_RATE_LIMIT_PER_MINUTE) for a meaningful run.',
      );
    if (result.unsent.length)
      console.warn(
        `warning: ${result.unsent.length} requests could not be sent, e.g. ${result.unsent[0]}`,
      );
    if (args.report) {
      const classes = classify(result.failures).map((c) => ({
        class: c.key,
        count: c.count,
        operations: [...c.operations],
      }));
      writeFileSync(
        args.report,
        JSON.stringify({ seed, sent: result.sent, classes, failures: result.failures }, null, 1),
      );
      console.log(`every failure written to ${args.report}`);
    }
    return result.failures.length > 0 ? 1 : 0;
  } catch (err) {
    console.error(`fuzz: ${err instanceof Error ? err.message : err}`);
    if (/429/.test(String(err)))
      console.error(
        'the server refused to sign in for now (rate limit): wait a minute or raise LOGIN_RATE_LIMIT_PER_MINUTE',
      );
    return 2;
  } finally {
    close();
  }
}
