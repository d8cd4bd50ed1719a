import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { isDomainError } from '@pdz/core';
import { ConfigError, loadConfig, passwordFromEnvironment } from './config';
import { openDatabase } from './db/client';
import { openChangeFeed } from './platform/reuse/change-feed';
import { serverBuild } from './build-info';
import { runMigrations } from './db/migrate';
import { seedOnce } from './seed-once';
import { seedSyntheticPlan } from './demo/index';
import { districts } from './db/schema/index';
import { hashPassword } from './platform/passwords';
import { addMembership, createUser, removeMembership, setPassword } from './modules/access/index';
import { createDistrict } from './modules/territory/index';
import { importPopulationFromCli } from './modules/population/population.cli';

/**
 * Administration on a clean installation (run with DEMO_DATA=false for a real one):
 *   npm run cli -- create-district --slug ambito-pavia --name "Ambito di Pavia" --region Lombardia
 *   npm run cli -- create-admin --email a@b.it --name "Nome Cognome" [--district slug]
 *   npm run cli -- add-member --email a@b.it --district slug --role planOffice
 *   npm run cli -- remove-member --email a@b.it --district slug [--role planOffice]
 *   npm run cli -- set-password --email a@b.it   (signs the user out everywhere)
 * Passwords are read from the PDZ_PASSWORD variable or typed at the prompt, never from arguments.
 */
const usage = `usage: cli <create-district|create-admin|create-user|add-member|remove-member|set-password|seed-synthetic-plan|import-population> [options]
  create-district --slug S --name N --region R [--lead-body L]
  create-admin    --email E --name N [--district S]     (password: PDZ_PASSWORD or prompt)
  create-user     --email E --name N --district S --role R
  add-member      --email E --district S --role R
  remove-member   --email E --district S [--role R]     (every role in S without --role)
  set-password    --email E                            (password: PDZ_PASSWORD or prompt)
  seed-synthetic-plan --district S   (the large invented plan of the scale benchmark)
  import-population --district S --kind population|foreign|households --file F.csv [--year Y]`;

async function readPassword(): Promise<string> {
  const fromEnv = passwordFromEnvironment();
  if (fromEnv) return fromEnv;
  const { createInterface } = await import('node:readline/promises');
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  const answer = await rl.question('Password (at least 12 characters): ');
  rl.close();
  return answer;
}

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: {
      slug: { type: 'string' },
      name: { type: 'string' },
      region: { type: 'string' },
      'lead-body': { type: 'string' },
      email: { type: 'string' },
      district: { type: 'string' },
      role: { type: 'string' },
      kind: { type: 'string' },
      file: { type: 'string' },
      year: { type: 'string' },
    },
  });
  const need = (k: keyof typeof values): string => {
    const v = values[k];
    if (typeof v !== 'string' || !v) throw new Error(`missing --${k}\n${usage}`);
    return v;
  };
  const config = loadConfig();
  const database = await openDatabase(
    config.database.kind === 'postgres'
      ? config.database
      : {
          kind: 'pglite',
          dataDir: config.database.dataDir,
          template: serverBuild?.pgliteTemplate,
        },
  );
  try {
    await runMigrations(database);
    await seedOnce(database.db, {
      demo: config.demoData,
      hashPassword,
      build: serverBuild?.id,
    });
    // announces what it changes to the running servers (on PostgreSQL): it keeps nothing itself
    await openChangeFeed(database, { listen: false });
    const db = database.db;
    switch (command) {
      case 'create-district': {
        const id = await createDistrict(db, {
          slug: need('slug'),
          name: need('name'),
          region: need('region'),
          leadBody: values['lead-body'],
        });
        console.log(`district ${values.slug} created (${id})`);
        break;
      }
      case 'create-admin':
      case 'create-user': {
        const isAdmin = command === 'create-admin';
        const id = await createUser(db, {
          email: need('email'),
          name: need('name'),
          password: await readPassword(),
          isSystemAdmin: isAdmin,
        });
        if (values.district)
          await addMembership(db, {
            email: need('email'),
            districtSlug: values.district,
            role: isAdmin ? 'admin' : need('role'),
          });
        console.log(`user ${values.email} created (${id})`);
        break;
      }
      case 'add-member':
        await addMembership(db, {
          email: need('email'),
          districtSlug: need('district'),
          role: need('role'),
        });
        console.log(`${values.email} is ${values.role} in ${values.district}`);
        break;
      case 'remove-member': {
        const n = await removeMembership(db, {
          email: need('email'),
          districtSlug: need('district'),
          role: values.role,
        });
        console.log(
          n === 0
            ? `${values.email} had no such role in ${values.district}`
            : `${values.email}: ${n} role(s) removed in ${values.district}`,
        );
        break;
      }
      case 'set-password':
        await setPassword(db, { email: need('email'), password: await readPassword() });
        console.log(`${values.email}: password changed, every session ended`);
        break;
      case 'seed-synthetic-plan': {
        const slug = need('district');
        const [district] = await db.select().from(districts).where(eq(districts.slug, slug));
        if (!district) throw new Error(`no district ${slug}`);
        const { planId, created, counts } = await seedSyntheticPlan(db, district.id);
        console.log(
          created
            ? `plan ${planId} created in ${slug}: ${JSON.stringify(counts)}`
            : `plan ${planId} already in ${slug}: left as it is`,
        );
        break;
      }
      case 'import-population': {
        const out = await importPopulationFromCli(db, {
          district: need('district'),
          kind: need('kind'),
          file: need('file'),
          year: values.year,
        });
        for (const line of out.lines) (out.code === 0 ? console.log : console.error)(line);
        return out.code;
      }
      default:
        console.error(usage);
        return 64;
    }
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof ConfigError || isDomainError(err) || err instanceof Error)
      console.error(err.message);
    else console.error(err);
    process.exit(1);
  },
);
