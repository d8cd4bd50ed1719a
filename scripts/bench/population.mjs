// The population import of `npm run bench`: a synthetic national file (every Italian
// municipality, ~7,900, by single year of age 0–100 and sex: ≈1.6 million rows, long format)
// streamed to the import endpoint of each running app; the Pavia district keeps its 12
// municipalities and skips the others. Measured: wall time of the upload + import, the server's
// peak resident memory during it (VmHWM, reset just before through /proc/<pid>/clear_refs), and
// the district indicators endpoint afterwards (median of sequential requests).
//
//   BENCH_POPULATION_MUNICIPALITIES=7900   municipalities in the file (a small number for a quick check)
/* global AbortSignal */
import {
  createReadStream,
  createWriteStream,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { once } from 'node:events';
import { DEMO } from './config.mjs';
import { makeTempDir } from './processes.mjs';
import { median } from './report.mjs';

const raw = process.env.BENCH_POPULATION_MUNICIPALITIES;
export const POPULATION_MUNICIPALITIES = raw ? Number(raw) : 7900;
if (!Number.isInteger(POPULATION_MUNICIPALITIES) || POPULATION_MUNICIPALITIES < 12) {
  throw new Error('BENCH_POPULATION_MUNICIPALITIES must be an integer of at least 12');
}
const YEAR = 2016;
const INDICATOR_RUNS = 10;
const IMPORT_DEADLINE_MS = 600_000;
/** the demo district's municipalities: their rows are imported, every other one is skipped */
const PAVIA = [
  '018030',
  '018041',
  '018091',
  '018110',
  '018135',
  '018137',
  '018151',
  '018159',
  '018162',
  '018179',
  '018189',
  '018190',
];

/** writes the file with backpressure; returns its path, size and row count */
export async function writeNationalFile(municipalities = POPULATION_MUNICIPALITIES) {
  const path = join(makeTempDir('pdz-bench-pop-'), `popolazione-${YEAR}.csv`);
  const out = createWriteStream(path);
  const codes = new Set(PAVIA);
  // 107 provinces × up to 100 municipalities each, like ISTAT codes (PPPMMM)
  for (let p = 1; codes.size < municipalities; p++) {
    for (let m = 1; m <= 100 && codes.size < municipalities; m++) {
      codes.add(`${String(p).padStart(3, '0')}${String(m).padStart(3, '0')}`);
    }
  }
  let rows = 0;
  let chunk = 'codice_istat;anno;sesso;eta;conteggio\n';
  for (const code of codes) {
    const seed = Number(code) % 97;
    for (let age = 0; age <= 100; age++) {
      const base = Math.max(1, Math.round((120 + seed) * (1 - age / 130)));
      const label = age === 100 ? '100 e più' : String(age);
      chunk += `${code};${YEAR};M;${label};${base}\n${code};${YEAR};F;${label};${base + (age > 60 ? 7 : 1)}\n`;
      rows += 2;
    }
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
  return { path, bytes: statSync(path).size, rows, municipalities: codes.size };
}

async function session(base) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(DEMO),
    signal: AbortSignal.timeout(30_000),
  });
  if (res.status !== 200) throw new Error(`login answered ${res.status}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const { csrfToken } = await res.json();
  const districts = await (
    await fetch(`${base}/api/districts`, {
      headers: { cookie },
      signal: AbortSignal.timeout(30_000),
    })
  ).json();
  const district = districts.items.find((d) => d.slug === 'pavia');
  if (!district) throw new Error(`${base}: no pavia district`);
  return { cookie, csrfToken, districtId: district.id };
}

const kib = (pid, field) => {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(status)?.[1]) / 1024;
  } catch {
    return NaN;
  }
};

/** imports the file into one running app and times the district indicators */
async function measureOne(server, file, name) {
  const base = `http://127.0.0.1:${server.port}`;
  const s = await session(base);
  const headers = { cookie: s.cookie, 'x-csrf-token': s.csrfToken };
  let peakReset = true;
  try {
    writeFileSync(`/proc/${server.pid}/clear_refs`, '5');
  } catch {
    peakReset = false;
  }
  const rssBefore = kib(server.pid, 'VmRSS');
  const t0 = performance.now();
  const res = await fetch(
    `${base}/api/districts/${s.districtId}/population/imports?kind=population`,
    {
      method: 'POST',
      headers: { ...headers, 'content-type': 'text/csv' },
      body: Readable.toWeb(createReadStream(file.path)),
      duplex: 'half',
      signal: AbortSignal.timeout(IMPORT_DEADLINE_MS),
    },
  );
  const answer = await res.json();
  const importMs = performance.now() - t0;
  if (res.status !== 201)
    throw new Error(
      `${name}: import answered ${res.status}: ${JSON.stringify(answer).slice(0, 500)}`,
    );
  const peak = kib(server.pid, 'VmHWM');
  const times = [];
  for (let i = 0; i < INDICATOR_RUNS + 2; i++) {
    const t = performance.now();
    const r = await fetch(
      `${base}/api/districts/${s.districtId}/population/indicators?year=${YEAR}`,
      {
        headers,
        signal: AbortSignal.timeout(60_000),
      },
    );
    const body = await r.json();
    if (r.status !== 200 || body.year !== YEAR)
      throw new Error(`${name}: indicators answered ${r.status}`);
    if (i >= 2) times.push(performance.now() - t);
  }
  console.log(
    `  ${name}: ${file.rows.toLocaleString('en-US')} rows in ${(importMs / 1000).toFixed(1)} s, ${answer.rows} imported, ${answer.skippedRows} skipped; peak RSS ${peak.toFixed(0)} MiB; indicators ${median(times).toFixed(1)} ms`,
  );
  return {
    name,
    importMs,
    imported: answer.rows,
    skipped: answer.skippedRows,
    rssBeforeMiB: rssBefore,
    peakMiB: peak,
    peakReset,
    indicatorsMs: median(times),
  };
}

/** `servers`: { pglite, postgres } as started by the bench (postgres may be null) */
export async function measurePopulation(servers) {
  const t0 = performance.now();
  const file = await writeNationalFile();
  const writeMs = performance.now() - t0;
  console.log(
    `  file: ${file.municipalities} municipalities, ${file.rows.toLocaleString('en-US')} rows, ${(file.bytes / 1024 / 1024).toFixed(1)} MiB (written in ${(writeMs / 1000).toFixed(1)} s)`,
  );
  const results = [await measureOne(servers.pglite, file, 'PGlite')];
  if (servers.postgres) results.push(await measureOne(servers.postgres, file, 'PostgreSQL'));
  return { file, results };
}
