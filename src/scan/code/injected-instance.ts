/**
 * A vendor's client handed out by a dependency-injection container (session 33, from a rotated set's typedi services):
 * `Container.get(LinearClient)`, `moduleRef.get(Stripe)`, `container.resolve(PostHog)`, Angular's `inject(Resend)`,
 * or by the type asked for (`Container.get<Transporter>('email')`). The container answers with an instance of the
 * class or type it is asked for, so the local is the vendor's client as `new LinearClient(…)` would be. Only a class or
 * type imported from a catalogue package counts: `config.get(KEY)` or `Container.get(MailService)` of the app's own
 * code binds nothing here (the app's own services are linked by their types).
 */
import type ts from 'typescript';
import type { PackageBinding } from '../../flows/call-patterns.js';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** Container methods that answer with an instance of the class or type they are given. */
const CONTAINER_METHODS = new Set(['get', 'resolve']);
/** Functions that do the same without a receiver (Angular's and typed-inject's `inject`). */
const INJECT_FUNCTIONS = new Set(['inject']);

/** The vendor instance a container call hands out, given how to read a class expression and a type as bindings. */
export function injectedInstance(node: ts.Expression, classOf: (expression: ts.Expression) => PackageBinding | undefined, typeOf: (type: ts.TypeNode) => PackageBinding | undefined): PackageBinding | undefined {
  if (!typescript.isCallExpression(node)) return undefined;
  const callee = unwrap(node.expression);
  const isContainer = (typescript.isPropertyAccessExpression(callee) && CONTAINER_METHODS.has(callee.name.text)) || (typescript.isIdentifier(callee) && INJECT_FUNCTIONS.has(callee.text));
  if (!isContainer || node.arguments.length !== 1) return undefined;
  const typed = node.typeArguments?.length === 1 ? typeOf(node.typeArguments[0]!) : undefined;
  if (typed) return typed;
  const asked = unwrap(node.arguments[0]!);
  if (!typescript.isIdentifier(asked)) return undefined;
  const cls = classOf(asked);
  return cls?.kind === 'import' && cls.exportName !== undefined ? { ...cls, kind: 'instance' } : undefined;
}
