import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { Config } from '../config';

/** The generated secret of an embedded install, inside its data folder. */
export const SESSION_SECRET_FILE = 'session-secret';

const generate = () => randomBytes(48).toString('base64url');

/**
 * Without SESSION_SECRET the embedded install keeps a generated one in its data folder, so that
 * restarts keep sessions valid. A server install shares it through the environment instead.
 * Installs made before kept it beside the data folder (`data.session-secret`): it is moved in.
 * The data folder must exist (the database has been opened).
 */
export function resolveSessionSecret(config: Config, warn: (msg: string) => void): string {
  if (config.sessionSecret) return config.sessionSecret;
  if (config.database.kind === 'pglite' && !config.database.dataDir.startsWith('memory://')) {
    const dataDir = config.database.dataDir;
    const file = join(dataDir, SESSION_SECRET_FILE);
    if (existsSync(file)) return readFileSync(file, 'utf8').trim();
    const beside = join(dirname(dataDir), `${basename(dataDir)}.session-secret`);
    if (existsSync(beside)) {
      try {
        renameSync(beside, file);
      } catch {
        // another file system: copy, then remove
        writeFileSync(file, readFileSync(beside), { mode: 0o600 });
        rmSync(beside, { force: true });
      }
      return readFileSync(file, 'utf8').trim();
    }
    const secret = generate();
    writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
  warn('SESSION_SECRET is not set: using a random one; sessions end when this process stops');
  return generate();
}
