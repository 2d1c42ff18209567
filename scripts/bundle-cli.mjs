// Part of `npm run build`, after tsc: the CLI as a few files instead of 240 ES modules (issue 14: a warm scan
// is mostly start-up, and about a quarter of it was Node resolving, reading, compiling and linking each module).
// rolldown bundles dist/cli/main.js and everything of privmap's own it imports into dist/cli/main.js again; each
// command's module and what only it imports stay a separate chunk loaded on demand (src/cli/program.ts), so
// `scan` still never loads PGlite or the reporters it does not use. Most packages are bundled too (bundle-entry.mjs
// says which are not and why). The library entry point is tsc's output, untouched; the ESLint plugin's entry is
// bundled the same way by bundle-eslint.mjs.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleEntry, dist } from './bundle-entry.mjs';

const cliDir = join(dist, 'cli');
await bundleEntry(cliDir, 'main.js', '/* privmap bundle */');
const entry = join(cliDir, 'main.js');
const shebang = readFileSync(entry, 'utf8');
if (!shebang.startsWith('#!')) writeFileSync(entry, `#!/usr/bin/env node\n${shebang}`);
