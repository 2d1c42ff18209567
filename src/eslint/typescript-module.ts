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
import { apiOf, ownTypeScript, type TypeScriptModule } from '../scan/code/typescript-api.js';

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

/** `typescript` as typescript-eslint resolves it from `dir`: through @typescript-eslint/parser and typescript-estree. */
function resolvedFrom(dir: string): TypeScriptModule[] {
  try {
    let from = createRequire(join(dir, 'package.json'));
    for (const step of ['@typescript-eslint/parser', '@typescript-eslint/typescript-estree']) from = createRequire(from.resolve(step));
    return ['typescript', 'typescript/lib/tsserverlibrary'].map((id): unknown => from(from.resolve(id))).filter(isTypeScript);
  } catch {
    return [];
  }
}

function lookup(sourceFile: ts.SourceFile, dirs: string[]): TypeScriptLookup {
  const prototype = Object.getPrototypeOf(sourceFile) as object;
  const candidates = (function* () {
    // The module itself, not the stand-in privmap keeps until TypeScript is first used (typescript-api.ts).
    yield apiOf(ownTypeScript);
    yield* loadedCopies();
    for (const dir of dirs) yield* resolvedFrom(dir);
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
