import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/test-app';

/**
 * The served API document keeps the rules of .spectral.yaml (the Italian interoperability
 * guidelines as we follow them, and every input bounded): a new endpoint that breaks one fails
 * here. Spectral runs as its CLI does in a supplier's pipeline.
 */
const root = fileURLToPath(new URL('../../../../../', import.meta.url));
const spectral = join(root, 'node_modules/@stoplight/spectral-cli/dist/index.js');
const run = promisify(execFile);

interface Finding {
  code: string;
  severity: number;
  path: string[];
  message: string;
}

let t: TestApp;
let dir: string;
// the parts of the document the broken copy changes
interface Doc {
  paths: Record<
    string,
    {
      patch?: {
        operationId?: string;
        requestBody: {
          content: Record<string, { schema: { properties: Record<string, unknown> } }>;
        };
      };
    }
  >;
}
let doc: Doc;
beforeAll(async () => {
  t = await createTestApp();
  dir = mkdtempSync(join(tmpdir(), 'pdz-api-rules-'));
  doc = (await t.anonymous.get('/api/openapi.json')).json();
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await t.close();
});

async function lint(document: unknown, name: string): Promise<Finding[]> {
  const file = join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(document));
  // exit code 1 means "findings": the JSON on stdout says which
  const result = await run(
    process.execPath,
    [spectral, 'lint', '-r', join(root, '.spectral.yaml'), file, '-f', 'json', '-q'],
    { maxBuffer: 64 * 1024 * 1024 },
  ).catch((error: { stdout?: string; stderr?: string }) => {
    if (!error.stdout) throw new Error(`spectral did not run: ${error.stderr}`);
    return { stdout: error.stdout };
  });
  return (JSON.parse(result.stdout || '[]') as Finding[]).filter((f) => f.severity <= 1);
}

const show = (findings: Finding[]) =>
  findings.map((f) => `${f.code} at ${f.path.join('.')}: ${f.message}`).join('\n');

describe('the API document keeps our rules', () => {
  it('has no error and no warning under .spectral.yaml', async () => {
    const findings = await lint(doc, 'served');
    expect(show(findings)).toBe('');
  }, 180_000);

  it('fails an operation without a name, an integer without a format, a JSON PATCH, an unbounded text', async () => {
    const broken = structuredClone(doc);
    const [path, item] = Object.entries(broken.paths).find(([, ops]) => ops.patch)!;
    const patch = item.patch!;
    delete patch.operationId;
    const body = patch.requestBody.content;
    body['application/json'] = body['application/merge-patch+json']!;
    const schema = body['application/json'].schema;
    schema.properties.extra = { type: 'string' };
    schema.properties.count = { type: 'integer', minimum: 0, maximum: 3 };
    const codes = new Set((await lint(broken, 'broken')).map((f) => f.code));
    expect([...codes], path).toEqual(
      expect.arrayContaining([
        'operation-operationId',
        'pdz-patch-is-merge-patch',
        'pdz-bounded-strings',
        'pdz-integer-format-present',
      ]),
    );
  }, 180_000);
});
