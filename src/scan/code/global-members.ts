/**
 * A global object used as a service locator (wiki.js: `WIKI.mail = require('./core/mail').init()` at start-up, then
 * `WIKI.mail.send({ to: email })` in any module declaring `/* global WIKI *\/`; also `global.app.mailer = mailer`).
 * The per-file pass records both sides as plain facts: a member of a global given a module of the project (the
 * required or imported module, or what its `init()`-style method returns when that method returns `this`), and a
 * call rooted at a global (root `globalThis`, the path from the global's name). The link stage joins them by the
 * member's dotted name (src/flows/global-members.ts).
 *
 * A global is a name the file declares with ESLint's `/* global NAME *\/` comment, or a member of `global` /
 * `globalThis`: both say the name is bound nowhere in the file. A bare name nobody declared is not read as one (an
 * unknown name is more often a missing import than a locator).
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';
import { isRequire } from './flow-literals.js';
import type { GlobalMemberFact, ImportFact } from '../../flows/module-facts.js';

/** The root a call on a global gets in the facts: its path starts with the global's name. */
export const GLOBAL_ROOT = 'globalThis';

const declared = new WeakMap<ts.SourceFile, ReadonlySet<string>>();
const NONE: ReadonlySet<string> = new Set();

/** The names the file's `/* global A, B: writable *\/` comments declare. */
export function declaredGlobals(sourceFile: ts.SourceFile): ReadonlySet<string> {
  let names = declared.get(sourceFile);
  if (names) return names;
  const text = sourceFile.text;
  if (!text.includes('global')) names = NONE;
  else {
    const found = new Set<string>();
    for (const match of text.matchAll(/\/\*\s*globals?\s+([^*]*)\*\//g)) {
      for (const part of match[1]!.split(',')) {
        const name = part.split(':')[0]!.trim();
        if (/^[A-Za-z_$][\w$]*$/.test(name)) found.add(name);
      }
    }
    names = found.size ? found : NONE;
  }
  declared.set(sourceFile, names);
  return names;
}

/** `WIKI.mail.send` (WIKI declared global) or `global.WIKI.mail.send`: the path from the global's name; else undefined. */
export function globalCallPath(root: string, path: readonly string[], globals: ReadonlySet<string>): string[] | undefined {
  if (path.length < 2 || path.includes('()')) return undefined;
  if (globals.has(root)) return [root, ...path];
  if ((root === 'global' || root === 'globalThis') && path.length >= 3) return [...path];
  return undefined;
}

function memberPath(node: ts.Expression): { root: string; path: string[] } | undefined {
  const path: string[] = [];
  let n = unwrap(node);
  while (typescript.isPropertyAccessExpression(n)) {
    path.unshift(n.name.text);
    n = unwrap(n.expression);
  }
  return typescript.isIdentifier(n) ? { root: n.text, path } : undefined;
}

/**
 * `WIKI.mail = require('./core/mail').init()`, `global.app.mailer = mailer` (an import of the project): the member
 * and the module it is given.
 */
export function globalAssignment(binary: ts.BinaryExpression, globals: ReadonlySet<string>, imports: readonly ImportFact[]): GlobalMemberFact | undefined {
  const target = memberPath(binary.left);
  if (!target || target.path.length === 0) return undefined;
  const full = globals.has(target.root) ? [target.root, ...target.path] : (target.root === 'global' || target.root === 'globalThis') && target.path.length >= 2 ? target.path : undefined;
  if (!full) return undefined;
  let value = unwrap(binary.right);
  if (typescript.isAwaitExpression(value)) value = unwrap(value.expression);
  const name = full.join('.');
  const required = isRequire(value);
  if (required) return { name, from: required, importName: '*' };
  // `require('./core/mail').init()`: what that method returns (the module itself where it returns `this`).
  if (typescript.isCallExpression(value) && typescript.isPropertyAccessExpression(value.expression)) {
    const from = isRequire(value.expression.expression);
    if (from) return { name, from, importName: '*', call: value.expression.name.text };
  }
  if (typescript.isIdentifier(value)) {
    const imported = imports.find((i) => i.local === value.text && !i.isType);
    if (imported) return { name, from: imported.from, importName: imported.name, local: imported.local };
  }
  return undefined;
}

/** Whether a call's root may be a global's (`WIKI` declared so, `global`, `globalThis`): such calls are kept for the link stage. */
export function isGlobalRoot(name: string, globals: ReadonlySet<string>): boolean {
  return globals.has(name) || name === 'global' || name === 'globalThis';
}
