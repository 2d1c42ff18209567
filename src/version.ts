import { readFileSync } from 'node:fs';

/** The package version, read once; `src/` and `dist/` are both one level below the package root. */
export const VERSION: string = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
