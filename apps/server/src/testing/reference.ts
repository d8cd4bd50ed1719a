import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runningInCi } from './config';

/**
 * Third-party reference material (specifications' schemas, rulesets) is never copied into the
 * repository: tests read it from the reference folder beside it, `<repository>/../shared/
 * reference/`. A folder that is missing fails the check in CI and is reported as not checked
 * elsewhere.
 */
export const referenceRoot = fileURLToPath(
  new URL('../../../../../shared/reference/', import.meta.url),
);

export interface ReferenceFolder {
  path: string;
  /** every file the check needs is there */
  present: boolean;
  /** its absence must fail the run (CI) */
  required: boolean;
}

export function referenceFolder(name: string, files: string[]): ReferenceFolder {
  const path = join(referenceRoot, name);
  return {
    path,
    present: files.every((f) => existsSync(join(path, f))),
    required: runningInCi(),
  };
}
