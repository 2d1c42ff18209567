// Part of `npm run build`, after tsc: the CLI as a few files instead of 240 ES modules (issue 14: a warm scan
// is mostly start-up, and about a quarter of it was Node resolving, reading, compiling and linking each module).
// rolldown bundles dist/cli/main.js and everything of privmap's own it imports into dist/cli/main.js again; each
// command's module and what only it imports stay a separate chunk loaded on demand (src/cli/program.ts), so
// `scan` still never loads PGlite or the reporters it does not use. Most packages are bundled too (EXTERNAL
// below says which are not and why). The library and ESLint plugin entry points are tsc's output, untouched:
// only the `privmap` binary is bundled.
//
// A module that finds a file next to itself (`new URL('../../rules/', import.meta.url)`) keeps finding it: its
// `import.meta.url` is rewritten to the URL of its own tsc output, which stays in dist/ beside the bundle.
import { readFileSync, renameSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const cliDir = join(dist, 'cli');
const entry = join(cliDir, 'main.js');
/** Chunks sit beside the entry, so a rewritten `import.meta.url` is relative to one folder. */
const CHUNK_PREFIX = 'bundle-';

// A rebuild without a fresh tsc run would bundle the bundle: tsc rewrites main.js, and the chunks go.
for (const name of readdirSync(cliDir)) if (name.startsWith(CHUNK_PREFIX)) rmSync(join(cliDir, name));
if (readFileSync(entry, 'utf8').includes('/* privmap bundle */')) throw new Error('dist/cli/main.js is already a bundle: run tsc first (npm run build)');

/**
 * Packages loaded from node_modules at run time rather than bundled: TypeScript (loaded through its V8 code
 * cache and registered as the one copy in the process), what loads WebAssembly or native code or files beside
 * itself (libpg-query, PGlite, pg), what runs in worker threads (piscina), and what ESLint's own process shares
 * (ESLint, typescript-eslint). The rest (commander, yaml, cli-table3, minimatch, ...) is bundled: Node resolved,
 * read, lexed (for CommonJS named exports) and compiled each of their files at every start.
 */
const EXTERNAL = ['typescript', 'libpg-query', '@electric-sql/', 'pg', 'pg-', 'piscina', 'eslint', '@typescript-eslint/', '@mrleebo/prisma-ast', 'ajv'];
const isExternal = (id) => id.startsWith('node:') || EXTERNAL.some((name) => (name.endsWith('/') || name.endsWith('-') ? id.startsWith(name) : id === name || id.startsWith(`${name}/`)));
const ownModule = (id) => id.startsWith(`${dist}/`) && id.endsWith('.js');
const bundle = await rolldown({
  input: entry,
  platform: 'node',
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && isExternal(id),
  treeshake: true,
  plugins: [
    {
      name: 'privmap-own-import-meta-url',
      transform(code, id) {
        if (!ownModule(id) || !code.includes('import.meta.url')) return null;
        const own = relative(cliDir, id).split('\\').join('/');
        return { code: code.replaceAll('import.meta.url', `new URL(${JSON.stringify(own)}, import.meta.url).href`), map: null };
      },
    },
  ],
});
const out = join(dist, '.cli-bundle');
rmSync(out, { recursive: true, force: true });
await bundle.write({
  dir: out,
  format: 'esm',
  entryFileNames: 'main.js',
  chunkFileNames: `${CHUNK_PREFIX}[name]-[hash].js`,
  // The entry's hashbang is kept on the first line by rolldown.
  banner: '/* privmap bundle */',
  sourcemap: false,
});
await bundle.close();
for (const name of readdirSync(out)) renameSync(join(out, name), join(cliDir, name));
rmSync(out, { recursive: true, force: true });
const shebang = readFileSync(entry, 'utf8');
if (!shebang.startsWith('#!')) writeFileSync(entry, `#!/usr/bin/env node\n${shebang}`);
