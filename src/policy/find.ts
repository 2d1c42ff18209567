import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const POLICY_FILE_NAMES = ['privacy.yml', 'privacy.yaml', '.privacy.yml'];

/** The nearest policy file from `startDir` upward, like ESLint and git find their configuration. */
export function findPolicy(startDir: string): string | undefined {
  let dir = resolve(startDir);
  for (;;) {
    for (const name of POLICY_FILE_NAMES) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
