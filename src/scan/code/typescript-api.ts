/**
 * The TypeScript API the scanner runs on. By default privmap's own `typescript`; the ESLint plugin switches it,
 * for the duration of one file's scan, to the copy that parsed the linted file (the user's typescript-eslint
 * runs the user's TypeScript, often 5.x). Syntax kinds, type flags and the `is*` guards differ between
 * TypeScript versions, so a tree must only ever be read with the API of the copy that built it.
 *
 * Scanner files import types with `import type ts from 'typescript'` and values through the live binding
 * `typescript` exported here (`typescript.isIdentifier(node)`, `typescript.SyntaxKind.CallExpression`).
 * A table indexed by kind is built per TypeScript module with `perTypeScript`.
 */
import { createRequire } from 'node:module';
import type ts from 'typescript';
import { requireWithCodeCache } from '../../cache/code-cache.js';

// Loaded through require, not `import`: for an ES module importing a CommonJS package Node first scans the
// package's 9 MB bundle for its export names and for its module format, which cost a second on every run,
// a warm cached scan included. The API is the same object either way. And loaded on first use, not at start:
// a warm scan whose every file is a cache hit never parses, and loading the bundle costs 0.2 s of CPU.
const requireHere = createRequire(import.meta.url);

export type TypeScriptModule = typeof import('typescript');

/**
 * The hot part of the API copied into a plain object once per TypeScript module: the bundle exposes its
 * exports through getters on an object too large for V8's fast properties, so `module.isIdentifier` costs a
 * getter call and a dictionary lookup on every node. The guards, `forEachChild`, `getModifiers` and the enums
 * fit in a fast object; everything else is reached through its prototype, the module itself.
 */
const HOT_NAME = /^(?:is[A-Z]\w*|forEachChild|getModifiers|getDecorators|getLeadingCommentRanges|getTrailingCommentRanges|[A-Z]\w*)$/;

const apis = new WeakMap<object, TypeScriptModule>();

export function apiOf(module: TypeScriptModule): TypeScriptModule {
  if (module === pending) return loadOwn();
  let api = apis.get(module);
  if (api) return api;
  // Assigned to a plain object, then given the module as its prototype: `defineProperty` on an object already
  // in dictionary mode cost twice as much (9-12 ms of the first linted file's CPU against 4 ms).
  const hot: Record<string, unknown> = {};
  for (const name of Object.keys(module)) {
    if (HOT_NAME.test(name)) hot[name] = (module as unknown as Record<string, unknown>)[name];
  }
  Object.setPrototypeOf(hot, module);
  // Used as a prototype once, V8 turns the object into a fast-properties one.
  class Probe {}
  Object.setPrototypeOf(Probe.prototype, hot);
  void (new Probe() as { probe?: unknown }).probe;
  api = hot as unknown as TypeScriptModule;
  apis.set(module, api);
  apis.set(api, api);
  return api;
}

let loaded: TypeScriptModule | undefined;
let codeCacheDir: string | undefined;

/**
 * Keeps V8's compiled code for privmap's own TypeScript in `dir` (a scan cache opened on disk sets it):
 * compiling the 9 MB bundle is most of what loading it costs.
 */
export function useCodeCache(dir: string): void {
  codeCacheDir = dir;
}

/**
 * What the code cache's data is made after (src/cache/code-cache.ts): a parse and a walk of a small file with
 * the syntax most files have, so the scanner and parser functions every scan runs are in the data, compiled,
 * and a run that parses one changed file does not compile them again.
 */
const WARM_UP_SOURCE = `import { a, type B } from './a';
export interface Person { name: string; email?: string }
enum Kind { A = 1, B }
@Injectable()
export class Service<T> extends Base implements I {
  private readonly items: T[] = [];
  constructor(private readonly mailer: Mailer) { super(); }
  async send(user: Person, ...rest: unknown[]): Promise<void> {
    const { name, email = '' } = user;
    for (const item of this.items) if (item && !rest.length) continue;
    await this.mailer.send({ to: email, subject: \`Hi \${name}\`, tags: [1, 'x', true, null] });
  }
}
export default function View({ user }: { user: Person }) {
  const on = useCallback((e: Event) => e?.target ?? null, []);
  return <div className="a" onClick={on}>{user.name as string}</div>;
}
`;

function warmUp(exports: unknown): void {
  const ts = exports as TypeScriptModule;
  const file = ts.createSourceFile('warm-up.tsx', WARM_UP_SOURCE, { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone }, false, ts.ScriptKind.TSX);
  const visit = (node: ts.Node): void => {
    ts.forEachChild(node, visit);
  };
  visit(file);
}

/** privmap's own TypeScript, loaded now if it was not yet; the live bindings below then point at it. */
function loadOwn(): TypeScriptModule {
  if (loaded) return loaded;
  const module = codeCacheDir ? requireWithCodeCache(requireHere.resolve('typescript'), codeCacheDir, warmUp) : requireHere('typescript');
  loaded = apiOf(module as TypeScriptModule);
  if (typescript === pending) typescript = loaded;
  ownTypeScript = loaded;
  return loaded;
}

/**
 * Stands for privmap's own TypeScript until something reads from it: the first property read loads the
 * bundle and swaps the live bindings, so every later use reads the module itself.
 */
const pending = new Proxy({} as TypeScriptModule, {
  get: (_, name) => Reflect.get(loadOwn(), name),
  has: (_, name) => Reflect.has(loadOwn(), name),
});

/** privmap's own TypeScript: what the CLI parses with, and the default outside a plugin scan (a live binding). */
export let ownTypeScript: TypeScriptModule = pending;

/** The TypeScript API in use: read it at each use (it is a live binding), never copy it at module load. */
export let typescript: TypeScriptModule = pending;

/** Whether privmap's own TypeScript has been loaded in this process (the start-up tests check a warm scan does not). */
export function isTypeScriptLoaded(): boolean {
  return loaded !== undefined;
}

/**
 * A module's stand-in until something reads from it, as `pending` is for privmap's own: the first read makes
 * the module's API (`apiOf`, 4-12 ms of CPU for TypeScript 5.9's 800 getters) and swaps the live binding. The
 * ESLint plugin sets a linted file's TypeScript for calls that mostly read cached scans and never touch the
 * API (the first file of a warm process; issue 12: no file may cost privmap 50 ms).
 */
const standIns = new WeakMap<object, TypeScriptModule>();
const modulesOfStandIns = new WeakMap<object, TypeScriptModule>();

function standInFor(module: TypeScriptModule): TypeScriptModule {
  let standIn = standIns.get(module);
  if (!standIn) {
    const made: TypeScriptModule = new Proxy({} as TypeScriptModule, {
      get: (_, name) => Reflect.get(resolveStandIn(made), name),
      has: (_, name) => Reflect.has(resolveStandIn(made), name),
    });
    standIns.set(module, (standIn = made));
    modulesOfStandIns.set(made, module);
  }
  return standIn;
}

function resolveStandIn(standIn: TypeScriptModule): TypeScriptModule {
  const api = apiOf(modulesOfStandIns.get(standIn)!);
  if (typescript === standIn) typescript = api;
  return api;
}

/** Runs `scan` with `module` as the active TypeScript, restoring the previous one afterwards (also on throw). */
export function withTypeScript<T>(module: TypeScriptModule, scan: () => T): T {
  const previous = typescript;
  typescript = apis.get(module) ?? (module === pending ? pending : standInFor(module));
  try {
    return scan();
  } finally {
    typescript = previous;
  }
}

/**
 * A value derived from the active TypeScript (a table indexed by `SyntaxKind`), built once per TypeScript
 * module: call the returned function where the value is used, not at module load.
 */
export function perTypeScript<T>(build: (api: TypeScriptModule) => T): () => T {
  const built = new WeakMap<TypeScriptModule, T>();
  let lastApi: TypeScriptModule | undefined;
  let last: T | undefined;
  return () => {
    let api = typescript === pending ? loadOwn() : typescript;
    if (api === lastApi) return last as T;
    if (modulesOfStandIns.has(api)) api = resolveStandIn(api);
    if (api === lastApi) return last as T;
    let value = built.get(api);
    if (value === undefined) built.set(api, (value = build(api)));
    lastApi = api;
    last = value;
    return value;
  };
}
