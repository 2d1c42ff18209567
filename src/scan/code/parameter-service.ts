/**
 * A service reached through a parameter (a context, a container of dependencies) and named for a delivery:
 * `context.mutations.sendEmail(context, { to: email })` (a GraphQL resolver's context holding every plugin's
 * mutations), `deps.mailer.send({ to })`, `ctx.services.emailService.sendWelcome(user.email)`. Nothing says where
 * such a member goes (an untyped context is filled at start-up), so the call is kept with no target and its name is
 * read by the link stage as any call privmap cannot follow is (src/flows/named-recipient.ts): a mail service given
 * an address is an inferred mail recipient. Only a member of a member of the parameter (`context.mutations.x`):
 * a method of the parameter itself (`user.sendEmail()`, `props.onSendEmail(email)`) is the value's own, and the
 * name must say a recipient (`sendEmail`, `mailer.send`), never a store or a check.
 */
import type ts from 'typescript';
import { recipientByName } from '../../flows/named-recipient.js';
import { calleePath } from './flow-bindings.js';
import type { ParamNames } from './flow-facts.js';
import { typescript } from './typescript-api.js';

/** The callee as written (`context.mutations.sendEmail`) when it is a delivery-named member of a parameter's member. */
export function parameterServiceCallee(call: ts.CallExpression, params: () => ParamNames | undefined): string | undefined {
  if (call.arguments.length === 0 || !typescript.isPropertyAccessExpression(call.expression)) return undefined;
  const callee = calleePath(call.expression);
  if (!callee || callee.path.length < 2 || callee.path.includes('()')) return undefined;
  if (!params()?.has(callee.root)) return undefined;
  const text = [callee.root, ...callee.path].join('.');
  return recipientByName(text) ? text : undefined;
}

/** A member named for mail, SMS or WhatsApp called on something's member (`context.mutations.sendEmail(`, `deps.mailer.send(`, `ctx.wa.send(`). */
const NAMED_SERVICE_CALL = /\.\w*(?:[mM]ail|[sS]ms|SMS|[wW]hats[aA]pp)\w*(?:\.\w+)?\s*\(|\.wa\.\w+\s*\(/;

/** Whether a file that imports nothing a wrapper can come from may still call such a service: read by text before any walk. */
export function mayCallParameterService(text: string): boolean {
  return NAMED_SERVICE_CALL.test(text);
}
