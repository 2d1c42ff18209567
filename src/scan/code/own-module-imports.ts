/**
 * The names a file imports from the project's own modules: a relative specifier (`./baseLayout.js`) or an alias of
 * the project's folders (`@/lib/layout`, `~/emails/layout`, `#emails/layout`), by `import` or by a top-level
 * `require` taken apart. A package's function (`import { hash } from 'bcrypt'`) is not among them: what it returns
 * is the package's business, where a function of the app's own is, for a parse-only reading, the app's own code.
 */
import type ts from 'typescript';
import { importBindings } from './import-bindings.js';

const OWN_SPECIFIER = /^(\.{1,2}\/|[@~#]\/|#)/;

const importsOf = new WeakMap<ts.SourceFile, ReadonlySet<string>>();

export function ownModuleImports(sourceFile: ts.SourceFile): ReadonlySet<string> {
  const cached = importsOf.get(sourceFile);
  if (cached) return cached;
  // Not a namespace (`import * as layouts from './layouts'`): a module's members are read through it, not called.
  const names = new Set(importBindings(sourceFile).filter((b) => OWN_SPECIFIER.test(b.specifier) && !(b.imported === '*' && b.by === 'import')).map((b) => b.local));
  importsOf.set(sourceFile, names);
  return names;
}
