// Part of `npm run build`, after tsc: the ESLint plugin's entry (dist/eslint/index.js) as one file instead of 255
// ES modules and yaml's 72 CommonJS files (issue 12: `recommended` at most 1.15x plain typescript-eslint). Every
// `eslint` process loads the plugin, and Node resolving, reading, compiling and linking each module cost about
// 0.3 s of CPU per process, before any file was linted. Done as scripts/bundle-cli.mjs does it for the CLI:
// rolldown over tsc's output, each module's `import.meta.url` rewritten to the URL of its own tsc output (which
// stays in dist/ beside the bundle), the same packages left external (TypeScript, ESLint and typescript-eslint
// are the user's and shared with ESLint's own process; the others load native code, files or threads). The
// plugin's types stay tsc's (dist/eslint/index.d.ts), and every other entry point is untouched.
import { readFileSync, renameSync, rmSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const pluginDir = join(dist, 'eslint');
const entry = join(pluginDir, 'index.js');
/** Chunks sit beside the entry, so a rewritten `import.meta.url` is relative to one folder. */
const CHUNK_PREFIX = 'bundle-';
const MARK = '/* privmap eslint bundle */';

// A rebuild without a fresh tsc run would bundle the bundle: tsc rewrites index.js, and the chunks go.
for (const name of readdirSync(pluginDir)) if (name.startsWith(CHUNK_PREFIX)) rmSync(join(pluginDir, name));
if (readFileSync(entry, 'utf8').startsWith(MARK)) throw new Error('dist/eslint/index.js is already a bundle: run tsc first (npm run build)');

/** As scripts/bundle-cli.mjs: loaded from node_modules at run time, never bundled. */
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
        const own = relative(pluginDir, id).split('\\').join('/');
        return { code: code.replaceAll('import.meta.url', `new URL(${JSON.stringify(own)}, import.meta.url).href`), map: null };
      },
    },
  ],
});
const out = join(dist, '.eslint-bundle');
rmSync(out, { recursive: true, force: true });
await bundle.write({ dir: out, format: 'esm', entryFileNames: 'index.js', chunkFileNames: `${CHUNK_PREFIX}[name]-[hash].js`, banner: MARK, sourcemap: false });
await bundle.close();
for (const name of readdirSync(out)) renameSync(join(out, name), join(pluginDir, name));
rmSync(out, { recursive: true, force: true });
