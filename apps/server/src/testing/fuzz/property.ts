// The property of the fuzz test (see document.ts) and its report: no answer is a 5xx, and every
// 4xx/5xx answer under /api is application/problem+json whose `code` is a string and whose
// `status` is the HTTP status. Failures are grouped by what went wrong, where and how.
import type { FuzzRequest } from './requests';

export interface Answer {
  status: number;
  /** lower-case names; several values joined by ", " */
  headers: Record<string, string>;
  body: string;
}

export interface Failure {
  request: FuzzRequest;
  /** the HTTP status, or 0 when no answer came (the connection was closed) */
  status: number;
  /** what is wrong with the answer */
  problem: string;
  /** the `code` of the answer when it is JSON (the problem's, or the framework's own) */
  code: string;
  /** the answer, cut short */
  body: string;
}

const isApi = (url: string) => /^\/api(\/|\?|$)/.test(url);

/** What is wrong with an answer, or undefined when it keeps the property. */
export function check(request: FuzzRequest, answer: Answer): string | undefined {
  if (answer.status >= 500) return 'server error';
  if (answer.status < 400 || !isApi(request.url)) return undefined;
  const type = answer.headers['content-type'] ?? '';
  if (!type.startsWith('application/problem+json'))
    return `not problem+json (${type.split(';')[0] || 'no content type'})`;
  let problem: unknown;
  try {
    problem = JSON.parse(answer.body);
  } catch {
    return 'problem that is not JSON';
  }
  const p = (problem ?? {}) as { code?: unknown; status?: unknown };
  if (typeof p.code !== 'string') return 'problem without a code';
  if (p.status !== answer.status) return 'problem status is not the HTTP status';
  return undefined;
}

/** A string safe to print on one line: control characters shown as escapes, cut at `max`. */
export function printable(text: string, max = 160): string {
  const cut = text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
  return JSON.stringify(cut).slice(1, -1);
}

export function describeRequest(r: FuzzRequest): string {
  const type = r.headers['content-type'];
  const body =
    r.body === undefined
      ? ''
      : typeof r.body === 'string'
        ? ` body ${printable(r.body, 120)}`
        : ` body ${r.body.length} bytes`;
  return `${r.method} ${printable(r.url, 200)}${type ? ` [${type}]` : ''}${body}${r.as === 'planOffice' ? '' : ` as ${r.as}`}`;
}

export interface FailureClass {
  key: string;
  count: number;
  operations: Set<string>;
  example: Failure;
}

/** The `code` of an answer that is JSON (the problem's, or the framework's own). */
export function codeOf(body: string): string {
  try {
    const code = (JSON.parse(body) as { code?: unknown }).code;
    return typeof code === 'string' ? code : '';
  } catch {
    return '';
  }
}

/** Failures grouped by what is wrong, the status, the answer's code and the mutation. */
export function classify(failures: Failure[]): FailureClass[] {
  const classes = new Map<string, FailureClass>();
  for (const f of failures) {
    const key = `${f.problem} · ${f.status || 'no answer'}${f.code ? ` ${f.code}` : ''} · ${f.request.mutation}`;
    const c = classes.get(key) ?? { key, count: 0, operations: new Set<string>(), example: f };
    c.count += 1;
    c.operations.add(f.request.operation);
    classes.set(key, c);
  }
  return [...classes.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** The report of a run: every class with an example, then (up to `listed`) every failure. */
export function report(
  failures: Failure[],
  run: { sent: number; seed: number; listed?: number },
): string {
  if (failures.length === 0) return `fuzz: ${run.sent} requests (seed ${run.seed}), no failure`;
  const classes = classify(failures);
  const lines = [
    `fuzz: ${failures.length} of ${run.sent} requests broke the property (seed ${run.seed}), in ${classes.length} classes:`,
  ];
  for (const c of classes) {
    const e = c.example;
    const ops = [...c.operations];
    lines.push(
      `  ${c.count}× ${c.key} — ${ops.length} operation${ops.length > 1 ? 's' : ''}: ${ops.slice(0, 6).join(', ')}${ops.length > 6 ? ', …' : ''}`,
      `      e.g. ${printable(e.request.detail, 120)}: ${describeRequest(e.request)}`,
      `      → ${e.status || 'no answer'} ${printable(e.body, 200)}`,
    );
  }
  const listed = run.listed ?? failures.length;
  if (listed === 0) return lines.join('\n');
  lines.push('every failure:');
  for (const f of failures.slice(0, listed)) {
    lines.push(
      `  ${f.status || 'no answer'} ${f.problem} · ${f.request.mutation} ${printable(f.request.detail, 80)} · ${describeRequest(f.request)}`,
    );
  }
  if (failures.length > listed) lines.push(`  … and ${failures.length - listed} more`);
  return lines.join('\n');
}
