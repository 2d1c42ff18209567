import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { POLICY_FILE_NAMES } from './find.js';

/** `templates/` sits at the package root; `src/policy` and `dist/policy` are both two levels below it. */
export const TEMPLATE_URL = new URL('../../templates/privacy.yml', import.meta.url);

/** Writes the commented template; never overwrites an existing policy. Returns the path written. */
export function initPolicy(dir: string): string {
  const root = resolve(dir);
  const target = join(root, 'privacy.yml');
  const existing = POLICY_FILE_NAMES.map((name) => join(root, name)).find((file) => existsSync(file));
  if (existing) throw new UsageError(`${existing} already exists; privmap init never overwrites a policy`);
  mkdirSync(root, { recursive: true });
  try {
    // `wx` also refuses a file created between the check above and this write.
    writeFileSync(target, readFileSync(TEMPLATE_URL, 'utf8'), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`${target} already exists; privmap init never overwrites a policy`);
    throw error;
  }
  return target;
}
