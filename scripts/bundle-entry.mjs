// The one way `npm run build` bundles an entry of tsc's output (used by bundle-cli.mjs and bundle-eslint.mjs):
// rolldown over the entry and everything of privmap's own it imports, written back into the entry's folder, with
// chunks beside it. A module that finds a file next to itself (`new URL('../../rules/', import.meta.url)`) keeps
// finding it: its `import.meta.url` is rewritten to the URL of its own tsc output, which stays in dist/.
import { readFileSync, renameSync, rmSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

export const dist = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'dist');
/** Chunks sit beside the entry, so a rewritten `import.meta.url` is relative to one folder. */
const CHUNK_PREFIX = 'bundle-';

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

/** Bundles `dir/file` (tsc's output) into itself; `mark` is the banner that says a file is already a bundle. */
export async function bundleEntry(dir, file, mark) {
  const entry = join(dir, file);
  // A rebuild without a fresh tsc run would bundle the bundle: tsc rewrites the entry, and the chunks go.
  for (const name of readdirSync(dir)) if (name.startsWith(CHUNK_PREFIX)) rmSync(join(dir, name));
  if (readFileSync(entry, 'utf8').includes(mark)) throw new Error(`${relative(dist, entry)} is already a bundle: run tsc first (npm run build)`);
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
          const own = relative(dir, id).split('\\').join('/');
          return { code: code.replaceAll('import.meta.url', `new URL(${JSON.stringify(own)}, import.meta.url).href`), map: null };
        },
      },
    ],
  });
  const out = join(dist, `.bundle-${file}`);
  rmSync(out, { recursive: true, force: true });
  // An entry's hashbang is kept on the first line by rolldown.
  await bundle.write({ dir: out, format: 'esm', entryFileNames: file, chunkFileNames: `${CHUNK_PREFIX}[name]-[hash].js`, banner: mark, sourcemap: false });
  await bundle.close();
  for (const name of readdirSync(out)) renameSync(join(out, name), join(dir, name));
  rmSync(out, { recursive: true, force: true });
}
