import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { childProcessEnvironment } from './config';

/**
 * The built server and CLI (scripts/build.mjs) as separate processes, as `npm start` and
 * `npm run cli` run them: for the tests of the entry points and of several processes on one
 * database. Every process started is stopped by `stopAll` (afterAll).
 */
const serverDir = fileURLToPath(new URL('../..', import.meta.url));

/** a start or a CLI command, with the time its processes may take on a busy 2-core machine */
export const PROCESSES_TIMEOUT = 120_000;

const children = new Set<ChildProcess>();

function launch(entry: string, args: string[], envOf: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [entry, ...args], {
    cwd: serverDir,
    env: envOf,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

/** SIGTERM, SIGKILL after 15 s; resolves the exit code once the process is gone */
export function stopProcess(child: ChildProcess): Promise<number | null> {
  if (hasExited(child)) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', (code) => {
      clearTimeout(kill);
      resolve(code);
    });
    child.kill('SIGTERM');
  });
}

export const stopAll = () => Promise.all([...children].map(stopProcess));

export interface Running {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** starts dist/main.js with `env` on a free port; resolves once it says where it listens */
export function startServer(env: Record<string, string>): Promise<Running> {
  const child = launch('dist/main.js', [], {
    ...childProcessEnvironment(),
    PORT: '0',
    LOG_LEVEL: 'info',
    ...env,
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start in 90 s:\n${out}`)), 90_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(Object.assign(new Error(`exited ${code}:\n${out}`), { code, out }));
    });
    const poll = setInterval(() => {
      const m = out.match(/Public portal:\s+(http:\/\/\S+?)\/\s/);
      if (m) {
        clearInterval(poll);
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve({ child, url: m[1]!, output: () => out });
      }
    }, 100);
    child.on('exit', () => clearInterval(poll));
  });
}

/** runs dist/cli.js with `env`; resolves its exit code and output */
export function runCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; out: string }> {
  const child = launch('dist/cli.js', args, {
    ...childProcessEnvironment(),
    LOG_LEVEL: 'warn',
    ...env,
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, out })));
}
