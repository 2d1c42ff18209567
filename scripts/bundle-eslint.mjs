// Part of `npm run build`, after tsc: the ESLint plugin's entry (dist/eslint/index.js) as one file instead of 255
// ES modules and yaml's 72 CommonJS files (issue 12: `recommended` at most 1.15x plain typescript-eslint). Every
// `eslint` process loads the plugin, and Node resolving, reading, compiling and linking each module cost about
// 0.3 s of CPU per process, before any file was linted. Bundled as the CLI is (bundle-entry.mjs): TypeScript,
// ESLint and typescript-eslint stay external, as they are the user's and shared with ESLint's own process. The
// plugin's types stay tsc's (dist/eslint/index.d.ts), and every other entry point is untouched.
import { join } from 'node:path';
import { bundleEntry, dist } from './bundle-entry.mjs';

await bundleEntry(join(dist, 'eslint'), 'index.js', '/* privmap eslint bundle */');
