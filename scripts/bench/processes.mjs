// Child processes of the bench: launch, readiness, stop, ports, RSS, and the cleanup that makes
// sure nothing the bench started outlives it (normal end, errors, signals, exit).
/* global AbortSignal */
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  CLEANUP_DEADLINE_MS,
  LOG_LEVEL,
  READY_DEADLINE_MS,
  READY_POLL_MS,
  ROOT,
  SERVER_ENTRY,
  STOP_DEADLINE_MS,
} from './config.mjs';

// ---------------------------------------------------------------------------------------------
// Cleanup

/** every child still running, so that nothing outlives the bench */
const children = new Set();
/** every temporary folder, removed at the end */
const tempDirs = new Set();
/** asynchronous cleanups (dropping the PostgreSQL database), run once each */
const asyncCleanups = new Set();
/** synchronous last resorts for the same, run on `exit` if the asynchronous one did not run */
const exitCleanups = new Set();

function killAll() {
  for (const child of children) {
    try {
      child.kill('SIGKILL');
    } catch {
      // already gone
    }
  }
  children.clear();
}

function removeTempDirs() {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  tempDirs.clear();
}

/**
 * Registers a cleanup: `run` (async) on the normal path, on errors and on signals; `onExit`
 * (synchronous) only if the process exits before `run` was done. Returns the unregister function.
 */
export function addCleanup(run, onExit) {
  const entry = { run, onExit };
  asyncCleanups.add(entry);
  if (onExit) exitCleanups.add(entry);
  return () => {
    asyncCleanups.delete(entry);
    exitCleanups.delete(entry);
  };
}

/** kills what is left, runs the registered cleanups (each bounded), removes the temp folders */
export async function cleanupAll() {
  killAll();
  for (const entry of [...asyncCleanups]) {
    asyncCleanups.delete(entry);
    // unref'd: the drop's own client keeps the loop alive while it runs
    const timeout = sleep(CLEANUP_DEADLINE_MS, 'timeout', { ref: false });
    try {
      if ((await Promise.race([entry.run(), timeout])) === 'timeout') {
        console.error(`bench: a cleanup took over ${CLEANUP_DEADLINE_MS} ms; left behind`);
        continue; // the `exit` fallback still gets a go
      }
      exitCleanups.delete(entry);
    } catch (err) {
      console.error('bench: cleanup failed:', err instanceof Error ? err.message : err);
    }
  }
  removeTempDirs();
}

process.on('exit', () => {
  killAll();
  for (const entry of exitCleanups) {
    try {
      entry.onExit();
    } catch {
      // best effort: the process is ending
    }
  }
  exitCleanups.clear();
  removeTempDirs();
});
let signalled = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (signalled) process.exit(130); // a second signal: the `exit` handler does the rest
    signalled = true;
    console.error(`\nbench: ${signal}, stopping the servers it started`);
    cleanupAll().finally(() => process.exit(130));
  });
}

export function makeTempDir(prefix) {
  const dir = mkdtempSync(join(os.tmpdir(), prefix));
  tempDirs.add(dir);
  return dir;
}

// ---------------------------------------------------------------------------------------------
// Processes

/** a free TCP port on 127.0.0.1 (asked from the kernel, then released) */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });
}

/**
 * Spawns a child, keeping the last 64 KB of its output for error messages and resolving
 * `exited` when it ends.
 */
export function launch(args, env) {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk.toString('utf8')).slice(-65_536);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((resolveExit) => {
    child.on('exit', (code, signal) => {
      children.delete(child);
      resolveExit({ code, signal });
    });
  });
  let exitedNow = false;
  exited.then(() => {
    exitedNow = true;
  });
  return {
    child,
    exited,
    hasExited: () => exitedNow,
    output: () => output,
  };
}

/** polls `url` until it answers 200, the child dies or the deadline passes */
export async function waitFor200(proc, url, what) {
  const deadline = performance.now() + READY_DEADLINE_MS;
  while (performance.now() < deadline) {
    if (proc.hasExited()) {
      throw new Error(`${what} exited before it was ready:\n${proc.output().slice(-4000)}`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(READY_POLL_MS);
  }
  throw new Error(
    `${what} was not ready within ${READY_DEADLINE_MS} ms:\n${proc.output().slice(-4000)}`,
  );
}

/** SIGTERM, wait for the exit (SIGKILL after the deadline) */
export async function stop(proc) {
  if (proc.hasExited()) return proc.exited;
  proc.child.kill('SIGTERM');
  // unref'd, so that a finished bench does not wait for the deadline to pass
  const timeout = sleep(STOP_DEADLINE_MS, 'timeout', { ref: false });
  if ((await Promise.race([proc.exited, timeout])) === 'timeout') {
    console.error(
      `bench: pid ${proc.child.pid} ignored SIGTERM for ${STOP_DEADLINE_MS} ms; killing it`,
    );
    proc.child.kill('SIGKILL');
  }
  const exit = await proc.exited;
  if (exit.code !== 0) {
    console.error(
      `bench: pid ${proc.child.pid} exited with ${exit.code ?? exit.signal} on SIGTERM`,
    );
  }
  return exit;
}

/** resident memory of a process in MiB, from /proc/<pid>/status */
export function rssMiB(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1]);
    return Number.isFinite(kb) ? kb / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** the pid whose VmRSS is read: the child itself, unless it is a launcher with one node child */
function serverPid(pid) {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (cmdline.includes(SERVER_ENTRY)) return pid;
    const kids = execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' })
      .trim()
      .split('\n');
    return kids.length === 1 && kids[0] ? Number(kids[0]) : pid;
  } catch {
    return pid;
  }
}

// ---------------------------------------------------------------------------------------------
// The server under test

/**
 * A development-mode demo install, whatever the caller's shell says: on the embedded database
 * in `database.dataDir`, or on the PostgreSQL server at `database.url` with `database.secret`.
 * The API-wide request limit is off: the load runs send thousands of requests a second from
 * one session.
 */
export function serverEnv(database, port) {
  const env = { ...process.env };
  for (const name of [
    'DATABASE_URL',
    'DATA_DIR',
    'NODE_ENV',
    'SESSION_SECRET',
    'PUBLIC_URL',
    'COOKIE_SECURE',
  ]) {
    delete env[name];
  }
  const db = database.url
    ? { DATABASE_URL: database.url, SESSION_SECRET: database.secret }
    : { DATA_DIR: database.dataDir };
  return {
    ...env,
    ...db,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL,
    DEMO_DATA: 'true',
    RATE_LIMIT_PER_MINUTE: '0',
  };
}

/** starts the server and measures spawn → first 200 of /readyz */
export async function startServer(database, what) {
  const port = await freePort();
  const t0 = performance.now();
  const proc = launch([SERVER_ENTRY], serverEnv(database, port));
  try {
    await waitFor200(proc, `http://127.0.0.1:${port}/readyz`, what);
  } catch (err) {
    await stop(proc);
    throw err;
  }
  const readyMs = performance.now() - t0;
  const selfReported = Number(/is ready in (\d+) ms/.exec(proc.output())?.[1]);
  const pid = serverPid(proc.child.pid);
  return { proc, port, pid, readyMs, selfReportedMs: selfReported, rssMiB: rssMiB(pid) };
}
