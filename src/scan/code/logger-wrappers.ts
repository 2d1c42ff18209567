/**
 * Values that stand for the logger they wrap (issue 12, log flows): `new Proxy(rootLogger, { get })` behaves as its
 * target, and `traceCaller(pino(options))` — a call of the project's own function whose first argument is a logger
 * instance — hands that logger back decorated. The module-level export such a value initialises is then a logger
 * wherever it is imported (the cross-module link follows exported clients through re-exports and barrels).
 * Only a logging package's instance passes through a plain function: an SDK client handed to a helper
 * (`syncCustomers(stripe)`) is not returned by it.
 */
import type ts from 'typescript';
import type { CompiledCatalogue, PackageBinding } from '../../flows/call-patterns.js';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** The expression whose client `node` stands for: a Proxy's target, or the first argument of a plain wrapper call (checked by the caller). */
export function wrappedTarget(node: ts.Expression, isBound: (name: string) => boolean): { target: ts.Expression; isProxy: boolean } | undefined {
  if (typescript.isNewExpression(node) && typescript.isIdentifier(unwrap(node.expression)) && (unwrap(node.expression) as ts.Identifier).text === 'Proxy' && node.arguments?.length === 2) {
    return { target: node.arguments[0]!, isProxy: true };
  }
  // `pino(options)` is the vendor's own factory, not a wrapper.
  if (typescript.isCallExpression(node) && typescript.isIdentifier(unwrap(node.expression)) && node.arguments.length >= 1 && !isBound((unwrap(node.expression) as ts.Identifier).text)) {
    return { target: node.arguments[0]!, isProxy: false };
  }
  return undefined;
}

/**
 * The type a Proxy's target is asserted to be: `new Proxy({} as Stripe, { get: (_, prop) => getStripe()[prop] })`, a
 * lazy singleton that keeps a build without the key from failing (seen in kids-mindry's Stripe and Anthropic clients):
 * the value is an instance of that type, as a field typed `client: Stripe` is.
 */
export function proxiedType(node: ts.Expression): ts.TypeNode | undefined {
  const wrapped = typescript.isNewExpression(node) ? wrappedTarget(node, () => true) : undefined;
  if (!wrapped?.isProxy) return undefined;
  let target: ts.Expression = wrapped.target;
  while (typescript.isParenthesizedExpression(target)) target = target.expression;
  return typescript.isAsExpression(target) || typescript.isTypeAssertionExpression(target) ? target.type : undefined;
}

/** Whether a binding is a logging package's instance (its sinks are of kind `logs`). */
export function isLoggerInstance(compiled: CompiledCatalogue, binding: PackageBinding): boolean {
  return binding.kind === 'instance' && (compiled.byPackage.get(binding.package) ?? []).some((s) => s.sink.kind === 'logs');
}

/** What a wrapper of a logger (or any client, for a Proxy) is bound to; undefined when `node` wraps nothing. */
export function wrappedBinding(
  compiled: CompiledCatalogue,
  node: ts.Expression,
  resolve: (expression: ts.Expression) => PackageBinding | undefined,
  isBound: (name: string) => boolean,
): PackageBinding | undefined {
  const wrapped = wrappedTarget(node, isBound);
  if (!wrapped) return undefined;
  const inner = resolve(wrapped.target);
  if (!inner) return undefined;
  if (wrapped.isProxy) return inner;
  return isLoggerInstance(compiled, inner) ? inner : undefined;
}
