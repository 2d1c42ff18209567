/**
 * Functions a framework imports by itself (session 43, seen in a Swiss car-hire site on Nuxt 4, whose six mails all
 * went through `server/utils/email.ts` and whose routes call `sendReservationConfirmation(…)` with no import): Nuxt
 * and Nitro make every export of `server/utils/` available in server code, and of `utils/`, `composables/` (under
 * `app/` in Nuxt 4) in the app; `shared/utils/` in both (nuxt.com/docs/guide/concepts/auto-imports). In a project
 * with a `nuxt.config` those folders are where a name no file binds comes from.
 */
import { posix } from 'node:path';

const NUXT_CONFIGS = ['nuxt.config.ts', 'nuxt.config.js', 'nuxt.config.mjs', 'nuxt.config.mts'];

/**
 * The folders (relative to the root, POSIX) a file's unbound names may come from: none outside a Nuxt app. `exists`
 * says whether the project has a file.
 */
export function autoImportFolders(fromFile: string, exists: (path: string) => boolean): string[] {
  for (let dir = posix.dirname(fromFile); ; dir = posix.dirname(dir)) {
    const base = dir === '.' ? '' : `${dir}/`;
    if (NUXT_CONFIGS.some((config) => exists(`${base}${config}`))) {
      const inServer = fromFile.startsWith(`${base}server/`);
      const own = inServer ? ['server/utils'] : ['utils', 'composables', 'app/utils', 'app/composables'];
      return [...own, 'shared/utils'].map((folder) => `${base}${folder}`);
    }
    if (dir === '.' || dir === '') return [];
  }
}
