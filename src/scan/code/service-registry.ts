/**
 * A framework's registry of services by path (Feathers: `app.use('/mails', new MailService())` at start-up, then
 * `app.service('/mails').create({ email })` anywhere the app object is at hand: `this.app`, `context.app`, `hook.app`).
 * The per-file pass records both sides with the facts of a global service locator (global-members.ts): a
 * registration is a member named `service:mails` given the value registered (a class of the project made with
 * `new`, a value or what a project function makes), and a call on the service looked up by a literal path (directly,
 * or through a local: `const mailService = app.service('/mails'); mailService.create(…)`) is a call rooted at that
 * member. The link stage joins them by name, so the call reaches the registered class's method. Leading and trailing
 * slashes do not count (`'mails'` and `'/mails/'` are one service); a path held in a variable names no service, and a
 * service no file registers stays unresolved (so its local's own name may still say where it delivers).
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';
import { stringArg } from './call-chain.js';
import type { GlobalMemberFact } from '../../flows/module-facts.js';

/** The member name a service path is registered and looked up under (`/mails` -> `service:mails`). */
function registryName(path: string): string | undefined {
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed && !trimmed.includes('.') ? `service:${trimmed}` : undefined;
}

/** `app.service('/mails')`, `this.app.service('mails')`: the registry name it looks up. */
function serviceLookup(node: ts.Expression): string | undefined {
  let n = unwrap(node);
  if (typescript.isAwaitExpression(n)) n = unwrap(n.expression);
  if (!typescript.isCallExpression(n) || n.arguments.length !== 1) return undefined;
  const callee = unwrap(n.expression);
  if (!typescript.isPropertyAccessExpression(callee) || callee.name.text !== 'service') return undefined;
  const path = stringArg(n);
  return path === undefined ? undefined : registryName(path);
}

/**
 * The global path a call on a looked-up service stands for: `app.service('/mails').create` -> [`service:mails`,
 * `create`], also where the service was kept in a local first (`localValue` gives a local's initializer).
 */
export function serviceCallPath(callee: ts.Expression, localValue: (name: string) => ts.Expression | undefined): string[] | undefined {
  const node = unwrap(callee);
  if (!typescript.isPropertyAccessExpression(node)) return undefined;
  let receiver: ts.Expression | undefined = unwrap(node.expression);
  if (typescript.isIdentifier(receiver)) receiver = localValue(receiver.text);
  const name = receiver ? serviceLookup(receiver) : undefined;
  return name ? [name, node.name.text] : undefined;
}


/**
 * `app.use('/mails', new MailService(options))`, `app.use('mails', mailService)`: the service registered, as a global
 * member given a local value of the file (`alias` gives what a local was made from, `{ root, path }`, where it is a
 * call of the project's function: `const MailService = setupMailService(app)`).
 */
export function serviceRegistration(call: ts.CallExpression, alias: (name: string) => { root: string; path: string[] } | undefined): GlobalMemberFact | undefined {
  const callee = unwrap(call.expression);
  if (!typescript.isPropertyAccessExpression(callee) || callee.name.text !== 'use' || call.arguments.length < 2) return undefined;
  const path = stringArg(call);
  const name = path === undefined ? undefined : registryName(path);
  if (!name) return undefined;
  const value = unwrap(call.arguments[1]!);
  // A class made with `new` is the class, whose methods a member call reaches; a value is itself.
  const local = typescript.isNewExpression(value) ? unwrap(value.expression) : value;
  if (!typescript.isIdentifier(local)) return undefined;
  const made = alias(local.text);
  if (made) return { name, from: '', importName: '', local: made.root, path: made.path };
  return { name, from: '', importName: '', local: local.text };
}

/** Whether a file's text may look a service up by path: the cheap test before the flow collector reads it. */
export function mayLookUpService(text: string): boolean {
  return text.includes('.service(');
}
