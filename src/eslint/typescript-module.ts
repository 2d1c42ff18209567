/**
 * Which TypeScript module built a linted file's `ts.SourceFile`. typescript-eslint parses with the user's
 * TypeScript (whatever `typescript` resolves to from @typescript-eslint/typescript-estree, often 5.x), not
 * privmap's own 6.x, and its parser services expose the tree and the program but not the module. The module
 * is found among the copies already loaded in the process (typescript-estree loaded it to parse this very
 * file), else resolved the way typescript-estree resolves it, and recognised by the tree's own prototype: a
 * copy's `objectAllocator` makes its SourceFile objects. Kind numbers are never compared across copies.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type ts from 'typescript';
import { apiOf, isTypeScriptLoaded, ownTypeScript, type TypeScriptModule } from '../scan/code/typescript-api.js';

export type TypeScriptLookup = { kind: 'found'; module: TypeScriptModule } | { kind: 'unsupported'; version: string } | { kind: 'unknown' };

/** The oldest TypeScript the scanner is written against (getModifiers, satisfies, the 5.x node kinds). */
const MINIMUM_MAJOR = 5;
// Before 5.3 the project service's TypeScript is a second bundle, tsserverlibrary.js, with its own node classes.
const TYPESCRIPT_MAIN = /[\\/]typescript[\\/]lib[\\/](?:typescript|tsserverlibrary)\.js$/;

const require = createRequire(import.meta.url);
const byPrototype = new WeakMap<object, TypeScriptLookup>();

interface WithAllocator {
  objectAllocator?: { getSourceFileConstructor?: () => { prototype: unknown } };
  versionMajorMinor?: string;
  version?: string;
}

function built(module: TypeScriptModule, prototype: object): boolean {
  const allocator = (module as unknown as WithAllocator).objectAllocator;
  return allocator?.getSourceFileConstructor?.().prototype === prototype;
}

function isTypeScript(value: unknown): value is TypeScriptModule {
  return typeof value === 'object' && value !== null && typeof (value as TypeScriptModule).createSourceFile === 'function' && typeof (value as TypeScriptModule).forEachChild === 'function';
}

/** Copies of TypeScript already loaded in this process (CommonJS; an ESM `import` of it loads it the same way). */
function loadedCopies(): TypeScriptModule[] {
  return Object.entries(require.cache)
    .filter(([path, entry]) => TYPESCRIPT_MAIN.test(path) && entry?.loaded && isTypeScript(entry.exports))
    .map(([, entry]) => entry!.exports as TypeScriptModule);
}

/**
 * `typescript` as typescript-eslint resolves it from `dir` (through @typescript-eslint/parser and
 * typescript-estree), where that copy is loaded: the one that parsed the file. Looked for by its path in the
 * module cache, so neither bundle is ever loaded here (tsserverlibrary before 5.3 is a second 9 MB bundle).
 */
function* resolvedFrom(dir: string): Generator<TypeScriptModule> {
  let from: NodeJS.Require;
  try {
    from = createRequire(join(dir, 'package.json'));
    for (const step of ['@typescript-eslint/parser', '@typescript-eslint/typescript-estree']) from = createRequire(from.resolve(step));
  } catch {
    return;
  }
  for (const id of ['typescript', 'typescript/lib/tsserverlibrary']) {
    let path: string;
    try {
      path = from.resolve(id);
    } catch {
      continue;
    }
    const entry = require.cache[path];
    if (entry?.loaded && isTypeScript(entry.exports)) yield entry.exports;
  }
}

function lookup(sourceFile: ts.SourceFile, dirs: string[]): TypeScriptLookup {
  const prototype = Object.getPrototypeOf(sourceFile) as object;
  const candidates = (function* () {
    // privmap's own copy only if something loaded it: a tree cannot come from a copy never loaded, and loading
    // the 9 MB bundle just to compare prototypes cost the first linted file of a project on TypeScript 5.x
    // 0.3 s of CPU (1.5 s wall clock on a loaded machine). The module itself, not the stand-in privmap keeps
    // until TypeScript is first used (typescript-api.ts).
    if (isTypeScriptLoaded()) yield apiOf(ownTypeScript);
    // typescript-estree's own copy first: a few resolutions, where going through every module loaded in the
    // process (ESLint's, its plugins') cost the first linted file 10-30 ms.
    for (const dir of dirs) yield* resolvedFrom(dir);
    yield* loadedCopies();
  })();
  for (const module of candidates) {
    if (!built(module, prototype)) continue;
    const version = (module as unknown as WithAllocator).version ?? '0';
    return Number.parseInt(version, 10) >= MINIMUM_MAJOR ? { kind: 'found', module } : { kind: 'unsupported', version };
  }
  return { kind: 'unknown' };
}

/** The TypeScript module that built `sourceFile`, looked up once per TypeScript copy in the process. */
export function typescriptModuleOf(sourceFile: ts.SourceFile, dirs: string[]): TypeScriptLookup {
  const prototype = Object.getPrototypeOf(sourceFile) as object | null;
  if (!prototype) return { kind: 'unknown' };
  let found = byPrototype.get(prototype);
  if (!found) {
    found = lookup(sourceFile, dirs);
    // An unknown copy may be loaded later (another parser instance); only answers that name a module are kept.
    if (found.kind !== 'unknown') byPrototype.set(prototype, found);
  }
  return found;
}
