import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../errors.js';
import { POLICY_FILE_NAMES } from './find.js';

/** `templates/` sits at the package root; `src/policy` and `dist/policy` are both two levels below it. */
export const TEMPLATE_URL = new URL('../../templates/privacy.yml', import.meta.url);

/** Writes the commented template; never overwrites an existing policy. Returns the path written. */
export function initPolicy(dir: string): string {
  const target = join(resolve(dir), 'privacy.yml');
  const existing = POLICY_FILE_NAMES.map((name) => join(resolve(dir), name)).find((file) => existsSync(file));
  if (existing) throw new UsageError(`${existing} already exists; privmap init never overwrites a policy`);
  writeFileSync(target, readFileSync(TEMPLATE_URL, 'utf8'), { flag: 'wx' });
  return target;
}
