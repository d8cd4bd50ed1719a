import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';

/**
 * `publiccode.yml` at the repository root describes the product for the Developers Italia
 * catalogue (standard 0.7). This check holds it to what the standard requires — the mandatory
 * keys, their allowed values, a short description of at most 150 characters and a long one of
 * 150 to 10,000, in Italian and in English — and to what package.json says: the licence and
 * the Node.js version.
 */
const root = new URL('../../../', import.meta.url);
const publiccode = readFileSync(new URL('publiccode.yml', root), 'utf8');
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as PackageFacts;

interface PackageFacts {
  license: string;
  engines: { node: string };
}

const developmentStatuses = ['concept', 'development', 'beta', 'stable', 'obsolete'];
const maintenanceTypes = ['internal', 'contract', 'community', 'none'];
const softwareTypes = [
  'standalone/mobile',
  'standalone/iot',
  'standalone/desktop',
  'standalone/web',
  'standalone/backend',
  'standalone/other',
  'addon',
  'library',
  'configurationFiles',
];
const languages = ['it', 'en'];

type Node = Record<string, unknown>;
const isRecord = (v: unknown): v is Node =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
/** characters as the standard counts them (code points, not UTF-16 units) */
const length = (v: string) => [...v].length;

function at(doc: unknown, path: string): unknown {
  let node = doc;
  for (const key of path.split('.')) node = isRecord(node) ? node[key] : undefined;
  return node;
}

/** The lowest Node.js version a `engines.node` range allows (`^20.19.0 || >=22.13.0` → 20.19.0). */
function lowestNodeVersion(range: string): string {
  const bounds = range.split('||').map((r) => r.trim().replace(/^(\^|~|>=)/, ''));
  const parts = (v: string) => v.split('.').map(Number);
  return bounds.sort((a, b) => {
    const [x, y] = [parts(a), parts(b)];
    for (let i = 0; i < 3; i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
    return 0;
  })[0]!;
}

/** Every way `text` falls short of the standard and of package.json; empty when it is right. */
function publiccodeProblems(text: string, facts: PackageFacts): string[] {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (err) {
    return [`not YAML: ${(err as Error).message}`];
  }
  if (!isRecord(doc)) return ['not a YAML mapping'];
  const problems: string[] = [];
  const need = (ok: boolean, problem: string) => {
    if (!ok) problems.push(problem);
  };

  need(doc.publiccodeYmlVersion === '0.7', 'publiccodeYmlVersion must be the string "0.7"');
  need(isText(doc.name), 'name is required');
  need(isText(doc.url) && /^https:\/\/[^\s/]+\/\S+$/.test(doc.url), 'url: an https URL');
  const platforms = doc.platforms;
  need(
    Array.isArray(platforms) && platforms.includes('web') && platforms.every(isText),
    'platforms: a list including web',
  );
  need(developmentStatuses.includes(doc.developmentStatus as string), 'developmentStatus');
  need(doc.softwareType === 'standalone/web', 'softwareType must be standalone/web');
  need(softwareTypes.includes(doc.softwareType as string), 'softwareType: a value of the standard');

  for (const lang of languages) {
    const d = at(doc, `description.${lang}`);
    const where = `description.${lang}`;
    if (!isRecord(d)) {
      problems.push(`${where} is required`);
      continue;
    }
    const short = d.shortDescription;
    need(isText(short) && length(short) <= 150, `${where}.shortDescription: 1 to 150 characters`);
    const long = d.longDescription;
    need(
      isText(long) && length(long) >= 150 && length(long) <= 10_000,
      `${where}.longDescription: 150 to 10,000 characters`,
    );
    const features = d.features;
    need(
      Array.isArray(features) && features.length > 0 && features.every(isText),
      `${where}.features: a list of at least one feature`,
    );
  }

  need(at(doc, 'legal.license') === facts.license, `legal.license must be ${facts.license}`);

  const type = at(doc, 'maintenance.type') as string;
  need(maintenanceTypes.includes(type), 'maintenance.type');
  const contacts = at(doc, 'maintenance.contacts');
  if (type === 'internal' || type === 'community') {
    need(
      Array.isArray(contacts) &&
        contacts.length > 0 &&
        contacts.every((c) => isRecord(c) && isText(c.name)),
      'maintenance.contacts: each with a name, required for internal or community maintenance',
    );
  }
  const contractors = at(doc, 'maintenance.contractors');
  need(
    (type === 'contract') === (contractors !== undefined),
    'maintenance.contractors: required for contract maintenance, and only then',
  );

  need(typeof at(doc, 'localisation.localisationReady') === 'boolean', 'localisationReady');
  const available = at(doc, 'localisation.availableLanguages');
  need(
    Array.isArray(available) && languages.every((l) => available.includes(l)),
    `localisation.availableLanguages: ${languages.join(', ')}`,
  );

  const open = at(doc, 'dependsOn.open');
  const dependency = (name: string) =>
    Array.isArray(open) ? open.find((d) => isRecord(d) && d.name === name) : undefined;
  need(
    at(dependency('Node.js'), 'versionMin') === lowestNodeVersion(facts.engines.node),
    `dependsOn.open Node.js versionMin must be ${lowestNodeVersion(facts.engines.node)} (engines)`,
  );
  need(at(dependency('PostgreSQL'), 'optional') === true, 'dependsOn.open: PostgreSQL, optional');

  const countries = at(doc, 'intendedAudience.countries');
  need(
    countries === undefined ||
      (Array.isArray(countries) && countries.every((c) => /^[A-Z]{2}$/.test(String(c)))),
    'intendedAudience.countries: uppercase ISO 3166-1 alpha-2 codes',
  );
  const supports = doc.supports;
  need(
    supports === undefined ||
      (Array.isArray(supports) &&
        supports.every(
          (s) => isRecord(s) && /^(alias:[a-z0-9]+|https:\/\/\S+|urn:\S+)$/.test(String(s.id)),
        )),
    'supports: each with an id, an alias or a URI',
  );
  return problems;
}

describe('publiccode.yml', () => {
  it('has every key the standard requires, within its limits, and agrees with package.json', () => {
    expect(publiccodeProblems(publiccode, pkg)).toEqual([]);
  });

  const base = parse(publiccode) as Node;
  const broken = (change: (doc: Node) => void) => {
    const copy = structuredClone(base);
    change(copy);
    return publiccodeProblems(stringify(copy), pkg);
  };
  const description = (doc: Node, lang: string) => (doc.description as Record<string, Node>)[lang]!;

  it.each<[string, (doc: Node) => void, string]>([
    ['no name', (d) => delete d.name, 'name is required'],
    ['no url', (d) => delete d.url, 'url'],
    ['an older version', (d) => (d.publiccodeYmlVersion = '0.4'), 'publiccodeYmlVersion'],
    ['no platforms', (d) => delete d.platforms, 'platforms'],
    ['an unknown status', (d) => (d.developmentStatus = 'finished'), 'developmentStatus'],
    ['no English', (d) => delete (d.description as Node).en, 'description.en is required'],
    [
      'an Italian short description of 151 characters',
      (d) => (description(d, 'it').shortDescription = 'è'.repeat(151)),
      'description.it.shortDescription',
    ],
    [
      'an English long description of 149 characters',
      (d) => (description(d, 'en').longDescription = 'x'.repeat(149)),
      'description.en.longDescription',
    ],
    [
      'an Italian long description of 10,001 characters',
      (d) => (description(d, 'it').longDescription = 'x'.repeat(10_001)),
      'description.it.longDescription',
    ],
    ['no features', (d) => (description(d, 'en').features = []), 'description.en.features'],
    ['another licence', (d) => ((d.legal as Node).license = 'MIT'), 'legal.license'],
    ['no contacts', (d) => delete (d.maintenance as Node).contacts, 'maintenance.contacts'],
    [
      'another Node.js version',
      (d) => {
        const open = (d.dependsOn as { open: Node[] }).open;
        open.find((x) => x.name === 'Node.js')!.versionMin = '18.0.0';
      },
      'Node.js versionMin',
    ],
    ['a lowercase country', (d) => ((d.intendedAudience as Node).countries = ['it']), 'countries'],
  ])('finds %s', (_name, change, problem) => {
    const problems = broken(change);
    expect(problems.join('\n')).toContain(problem);
  });

  it('finds a file that is not YAML', () => {
    expect(publiccodeProblems('name: [unclosed', pkg)[0]).toMatch(/^not YAML/);
  });

  it('reads the lowest Node.js version package.json engines allow', () => {
    expect(lowestNodeVersion('^20.19.0 || >=22.13.0')).toBe('20.19.0');
    expect(lowestNodeVersion('>=22.13.0 || ^20.19.0')).toBe('20.19.0');
    expect(lowestNodeVersion('>=24')).toBe('24');
  });
});
