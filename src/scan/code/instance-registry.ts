/**
 * A module's registry of instances: `export const activeBots = new Map()`, filled with `activeBots.set(business.id,
 * bot)` where `const bot = new BookingBot(business)`, and read elsewhere as `activeBots.get(id).sendMessage(…)` (an
 * Argentine booking platform running one WhatsApp Web client per business). Multi-tenant apps keep a client per tenant,
 * session or account this way; what `get` hands out is an instance of the class the module put in, so its methods are
 * that class's (link.ts). Only where every value the file sets is made by `new` of one class, directly or through a
 * local (`const bot = new BookingBot(…)`); any other value (a look-up, two classes) leaves the registry unread.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** Collections read back by key: `get` hands out what `set` put in. */
export const REGISTRY_CLASSES = new Set(['Map', 'WeakMap']);

/** The class whose instances `local.set(key, value)` puts in the registry, where the file's every `set` puts one of it. */
export function registryHolds(sourceFile: ts.SourceFile, local: string): string | undefined {
  if (!sourceFile.text.includes(`${local}.set(`)) return undefined;
  const made = new Map<string, string | null>();
  const set: ts.Expression[] = [];
  const visit = (node: ts.Node): void => {
    // `const bot = new BookingBot(…)`: what each local is made as (a local made twice differently says nothing).
    if (typescript.isVariableDeclaration(node) && typescript.isIdentifier(node.name) && node.initializer) {
      const name = node.name.text;
      const made1 = classMade(node.initializer);
      made.set(name, made.has(name) && made.get(name) !== made1 ? null : (made1 ?? null));
    }
    if (typescript.isCallExpression(node) && node.arguments.length === 2) {
      const callee = unwrap(node.expression);
      if (typescript.isPropertyAccessExpression(callee) && callee.name.text === 'set' && typescript.isIdentifier(callee.expression) && callee.expression.text === local) set.push(node.arguments[1]!);
    }
    typescript.forEachChild(node, visit);
  };
  visit(sourceFile);
  let holds: string | undefined;
  for (const value of set) {
    const node = unwrap(value);
    const cls = classMade(node) ?? (typescript.isIdentifier(node) ? made.get(node.text) : undefined);
    if (!cls || (holds !== undefined && holds !== cls)) return undefined;
    holds = cls;
  }
  return holds;
}

/** `new BookingBot(…)` (awaited or not): the class's name; else undefined. */
function classMade(value: ts.Expression): string | undefined {
  const node = unwrap(value);
  if (!typescript.isNewExpression(node)) return undefined;
  const callee = unwrap(node.expression);
  return typescript.isIdentifier(callee) ? callee.text : undefined;
}
