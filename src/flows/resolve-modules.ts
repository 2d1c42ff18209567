/**
 * Where an import leads inside the scanned project, without type information: relative paths, the nearest
 * tsconfig's `paths` (following `extends`), and workspace packages (every package.json between a scanned file
 * and the root: npm, yarn and pnpm workspaces alike), by their `exports`, `main`/`types`, or `src/index`.
 * An AWS Lambda layer's mount path (`/opt/baseLayer`) leads to the layer's folder (lambda-layers.ts).
 * Only files of the scan count; an import of anything else is a package and not the project's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { typescript } from '../scan/code/typescript-api.js';
import { autoImportFolders } from './auto-imports.js';
import { generatedPaths } from './framework-aliases.js';
import { layerModule } from './lambda-layers.js';
import { parseJsonc } from './jsonc.js';
import { subpathImportTarget } from './subpath-imports.js';

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

export interface ModuleResolver {
  /** The scanned file (POSIX, relative to the root) an import of `specifier` in `fromFile` leads to. */
  resolve(fromFile: string, specifier: string): string | undefined;
  /** The files a name `fromFile` binds nowhere may come from, where its framework imports by itself (auto-imports.ts). */
  autoImportFiles?(fromFile: string): readonly string[];
}

interface PathsConfig {
  /** Directory `paths` are relative to (POSIX, relative to the root). */
  base: string;
  paths: [pattern: string, targets: string[]][];
  /**
   * `baseUrl` set in the config (session 12, seen in linen.dev's `import SyncMailer from 'mailers/SyncMailer'`): a
   * bare specifier is also a path under `base`, as TypeScript resolves it, where a file of the project is there.
   */
  hasBaseUrl?: true;
}

export interface WorkspacePackage {
  name: string;
  dir: string;
  entries: string[];
  subpaths: Map<string, string>;
}

function readJson(path: string): Record<string, unknown> | undefined {
  try {
    const text = readFileSync(path, 'utf8');
    const fast = parseJsonc(text);
    if (fast && typeof fast === 'object' && !Array.isArray(fast)) return fast as Record<string, unknown>;
    const parsed = typescript.parseConfigFileTextToJson(path, text);
    return parsed.config as Record<string, unknown> | undefined;
  } catch {
    return undefined;
  }
}

/** A path of the project as POSIX relative to the root, or undefined when it leaves the root. */
function normal(path: string): string | undefined {
  const n = posix.normalize(path);
  return n.startsWith('..') ? undefined : n.replace(/^\.\//, '');
}

/**
 * `listed`: whether the project has a file (`dir/package.json`, `tsconfig.json`) as a listing of its folders
 * already knows it, undefined where it does not; the file system is asked then.
 */
/**
 * The workspace packages found by an earlier process on the same files and manifests (the ESLint plugin's,
 * workspace-memo.ts): the walk below reads every folder of every file and each package.json it finds.
 */
export interface WorkspaceMemo {
  /** The packages in the order the walk found them, when they still hold; else undefined. */
  read(): WorkspacePackage[] | undefined;
  /** Keeps the packages the walk found. */
  write(packages: readonly WorkspacePackage[]): void;
}

export function createResolver(root: string, files: Iterable<string>, listed?: (path: string) => boolean | undefined, memo?: WorkspaceMemo): ModuleResolver {
  const known = new Set(files);
  const exists = (path: string) => listed?.(path) ?? existsSync(join(root, path));
  const tsconfigByDir = new Map<string, PathsConfig | null>();
  const packageByDir = new Map<string, WorkspacePackage | null>();

  const fileFor = (base: string): string | undefined => {
    const stripped = base.replace(/\.(m|c)?js$/, '');
    for (const candidate of [base, ...EXTENSIONS.map((e) => stripped + e), ...EXTENSIONS.map((e) => `${base}/index${e}`)]) {
      const n = normal(candidate);
      if (n !== undefined && known.has(n)) return n;
    }
    return undefined;
  };

  const readTsconfig = (file: string, depth = 0): PathsConfig | undefined => {
    const config = readJson(join(root, file));
    if (!config) return undefined;
    const options = (config.compilerOptions ?? {}) as { paths?: Record<string, string[]>; baseUrl?: string };
    const dir = posix.dirname(file);
    const base = normal(posix.join(dir, options.baseUrl ?? '.')) ?? '';
    // `extends: ./.svelte-kit/tsconfig.json`, generated at build time: the aliases it would map (framework-aliases.ts).
    const generated = generatedPaths(config.extends, dir, base);
    const own: PathsConfig | undefined = options.baseUrl !== undefined ? { base, paths: [], hasBaseUrl: true } : undefined;
    if (options.paths || generated.length) return { ...own, base, paths: [...Object.entries(options.paths ?? {}), ...generated] };
    if (depth >= 5) return own;
    // `extends` (a list since TypeScript 5.0), then a solution-style config's `references` (Vite's `tsconfig.app.json`).
    const parents = (Array.isArray(config.extends) ? config.extends : [config.extends]).filter((e): e is string => typeof e === 'string' && e.startsWith('.')).map((e) => (e.endsWith('.json') ? e : `${e}.json`));
    const references = Array.isArray(config.references) ? (config.references as { path?: unknown }[]).flatMap((r) => (typeof r?.path === 'string' ? [r.path.endsWith('.json') ? r.path : `${r.path}/tsconfig.json`] : [])) : [];
    for (const next of [...parents, ...references]) {
      const found = normal(posix.join(dir, next));
      const config = found !== undefined && found !== file ? readTsconfig(found, depth + 1) : undefined;
      if (config) return own ? { ...config, base, hasBaseUrl: true } : config;
    }
    return own;
  };

  const tsconfigFor = (dir: string): PathsConfig | undefined => {
    const cached = tsconfigByDir.get(dir);
    if (cached !== undefined) return cached ?? undefined;
    const file = dir === '.' ? 'tsconfig.json' : `${dir}/tsconfig.json`;
    // A JavaScript project's `jsconfig.json` says the same (Next.js and Vite read its `baseUrl` and `paths`).
    const js = dir === '.' ? 'jsconfig.json' : `${dir}/jsconfig.json`;
    const found = exists(file) ? readTsconfig(file) : exists(js) ? readTsconfig(js) : dir === '.' ? undefined : tsconfigFor(posix.dirname(dir));
    tsconfigByDir.set(dir, found ?? null);
    return found;
  };

  const packageIn = (dir: string): WorkspacePackage | undefined => {
    const cached = packageByDir.get(dir);
    if (cached !== undefined) return cached ?? undefined;
    const json = exists(dir === '.' ? 'package.json' : `${dir}/package.json`) ? readJson(join(root, dir, 'package.json')) : undefined;
    let found: WorkspacePackage | undefined;
    if (json && typeof json.name === 'string') {
      const entries = ['types', 'module', 'main', 'source'].map((k) => json[k]).filter((v): v is string => typeof v === 'string');
      const subpaths = new Map<string, string>();
      const exportsField = json.exports;
      if (typeof exportsField === 'string') entries.unshift(exportsField);
      else if (exportsField && typeof exportsField === 'object') {
        for (const [key, value] of Object.entries(exportsField as Record<string, unknown>)) {
          const target = typeof value === 'string' ? value : value && typeof value === 'object' ? (['types', 'import', 'default', 'require'].map((k) => (value as Record<string, unknown>)[k]).find((v) => typeof v === 'string') as string | undefined) : undefined;
          if (!target) continue;
          if (key === '.') entries.unshift(target);
          else subpaths.set(key.replace(/^\.\//, ''), target);
        }
      }
      found = { name: json.name, dir, entries, subpaths };
    }
    packageByDir.set(dir, found ?? null);
    return found;
  };

  // Workspace packages by name: every package.json between a scanned file and the root. Looked for at the first
  // import of a package name: a run that resolves only relative imports (a one-file-changed scan) skips the
  // `existsSync` of every folder.
  let packages: Map<string, WorkspacePackage> | undefined;
  const workspacePackages = (): Map<string, WorkspacePackage> => {
    if (packages) return packages;
    const kept = memo?.read();
    if (kept) return (packages = new Map(kept.map((pkg) => [pkg.name, pkg])));
    packages = new Map();
    const seenDirs = new Set<string>();
    for (const file of known) {
      for (let dir = posix.dirname(file); !seenDirs.has(dir); dir = posix.dirname(dir)) {
        seenDirs.add(dir);
        const pkg = packageIn(dir);
        if (pkg && !packages.has(pkg.name)) packages.set(pkg.name, pkg);
        if (dir === '.' || dir === '') break;
      }
    }
    memo?.write([...packages.values()]);
    return packages;
  };

  /** A file of the package for a path inside it, also where a build output (`dist/`) stands for its source. */
  const inPackage = (pkg: WorkspacePackage, target: string): string | undefined => {
    const base = posix.join(pkg.dir, target);
    // `dist/index.js` built from `src/index.ts`, or `dist/src/index.js` built from `src/index.ts` (outDir at the root).
    const built = /\/(dist|build|lib|out)\//;
    return fileFor(base) ?? fileFor(base.replace(built, '/src/').replace(/\.d\.ts$/, '')) ?? fileFor(base.replace(built, '/').replace(/\.d\.ts$/, '')) ?? fileFor(posix.join(pkg.dir, 'src', target));
  };

  const viaPackage = (specifier: string): string | undefined => {
    const parts = specifier.split('/');
    const nameLength = specifier.startsWith('@') ? 2 : 1;
    const pkg = workspacePackages().get(parts.slice(0, nameLength).join('/'));
    if (!pkg) return undefined;
    const sub = parts.slice(nameLength).join('/');
    if (!sub) {
      for (const entry of pkg.entries) {
        const found = inPackage(pkg, entry);
        if (found) return found;
      }
      return inPackage(pkg, 'src/index') ?? inPackage(pkg, 'index');
    }
    const exact = pkg.subpaths.get(sub);
    if (exact) return inPackage(pkg, exact);
    for (const [pattern, target] of pkg.subpaths) {
      const star = pattern.indexOf('*');
      if (star < 0 || !sub.startsWith(pattern.slice(0, star)) || !sub.endsWith(pattern.slice(star + 1))) continue;
      const matched = sub.slice(star, sub.length - (pattern.length - star - 1));
      const found = inPackage(pkg, target.replace('*', matched));
      if (found) return found;
    }
    return inPackage(pkg, sub);
  };

  const viaPaths = (fromFile: string, specifier: string): string | undefined => {
    const config = tsconfigFor(posix.dirname(fromFile));
    if (!config) return undefined;
    for (const [pattern, targets] of config.paths) {
      const star = pattern.indexOf('*');
      const isMatch = star < 0 ? specifier === pattern : specifier.startsWith(pattern.slice(0, star)) && specifier.endsWith(pattern.slice(star + 1));
      if (!isMatch) continue;
      const matched = star < 0 ? '' : specifier.slice(star, specifier.length - (pattern.length - star - 1));
      for (const target of targets) {
        const found = fileFor(posix.join(config.base, target.replace('*', matched)));
        if (found) return found;
      }
    }
    return config.hasBaseUrl ? fileFor(posix.join(config.base, specifier)) : undefined;
  };

  // `#services/mailer` through the nearest package.json's `imports` (subpath-imports.ts).
  const importsByDir = new Map<string, { dir: string; imports: Record<string, unknown> } | null>();
  const importsFor = (dir: string): { dir: string; imports: Record<string, unknown> } | undefined => {
    const cached = importsByDir.get(dir);
    if (cached !== undefined) return cached ?? undefined;
    const file = dir === '.' ? 'package.json' : `${dir}/package.json`;
    const json = exists(file) ? readJson(join(root, file)) : undefined;
    const own = json?.imports && typeof json.imports === 'object' ? { dir, imports: json.imports as Record<string, unknown> } : undefined;
    // The nearest package.json decides, as Node's lookup does; one without `imports` leaves no map.
    const found = json ? own : dir === '.' || dir === '' ? undefined : importsFor(posix.dirname(dir));
    importsByDir.set(dir, found ?? null);
    return found;
  };
  const viaImports = (fromFile: string, specifier: string): string | undefined => {
    const scope = importsFor(posix.dirname(fromFile));
    const target = scope && subpathImportTarget(specifier, scope.imports);
    if (!target) return undefined;
    const base = posix.join(scope.dir, target);
    // `./app/services/*.js` names the build output of `app/services/*.ts`; `./dist/…` the output of `./src/…`.
    return fileFor(base) ?? fileFor(base.replace(/\/(dist|build|out)\//, '/src/'));
  };

  const cache = new Map<string, string | null>();
  // Answers by importing file, then specifier: the link stage asks the same pairs again and again, and the
  // folder-keyed look-up below makes a new key string (and its hash) each time.
  const byFile = new Map<string, Map<string, string | null>>();
  // By directory the folders a file's unbound names come from, and by folder list their files: a project's files are
  // listed once per app (server or client side), not once per directory.
  const autoImportsByDir = new Map<string, readonly string[]>();
  const autoImportsByFolders = new Map<string, readonly string[]>();
  return {
    autoImportFiles(fromFile) {
      const dir = posix.dirname(fromFile);
      const cached = autoImportsByDir.get(dir);
      if (cached) return cached;
      // `nuxt.config.ts` is a code file: the scan's own list says whether the project has one.
      const folders = autoImportFolders(fromFile, (path) => known.has(path)).map((folder) => `${folder}/`);
      const key = folders.join('\0');
      let files = autoImportsByFolders.get(key);
      if (!files) {
        files = folders.length ? [...known].filter((file) => folders.some((folder) => file.startsWith(folder))).sort() : [];
        autoImportsByFolders.set(key, files);
      }
      autoImportsByDir.set(dir, files);
      return files;
    },
    resolve(fromFile, specifier) {
      let known = byFile.get(fromFile);
      const answer = known?.get(specifier);
      if (answer !== undefined) return answer ?? undefined;
      const found = resolveFrom(fromFile, specifier);
      if (!known) byFile.set(fromFile, (known = new Map()));
      known.set(specifier, found ?? null);
      return found;
    },
  };

  function resolveFrom(fromFile: string, specifier: string): string | undefined {
    const isRelative = specifier.startsWith('.');
    // A layer's mount path (`/opt/baseLayer`) names the same file from every folder: asked once, as it reads the file list.
    const key = isRelative ? `${posix.dirname(fromFile)}\0${specifier}` : specifier.startsWith('/') ? `\0${specifier}` : `${dirname(fromFile)}\0${specifier}`;
    const cached = cache.get(key);
    if (cached !== undefined) return cached ?? undefined;
    const found = isRelative
      ? fileFor(posix.join(posix.dirname(fromFile), specifier))
      : specifier.startsWith('#')
        ? (viaImports(fromFile, specifier) ?? viaPaths(fromFile, specifier))
        : specifier.startsWith('/')
          ? layerModule(specifier, known, EXTENSIONS)
          : (viaPaths(fromFile, specifier) ?? viaPackage(specifier));
    cache.set(key, found ?? null);
    return found;
  }
}
