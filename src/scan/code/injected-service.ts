/**
 * A function handed in as a dependency and named for a delivery: `buildSendMagicLink({ sendEmail, … })` returning
 * `async ({ email, url }) => sendEmail({ recipients: [email], … })`, `createNotifier(sendSms)`. Ports-and-adapters
 * code (Potentiel's SSR, its command handlers) injects the mail port as a plain function at start-up, so nothing in
 * the file says where it goes; its name does, as a service reached through a parameter's member does
 * (parameter-service.ts): the call is kept with no target and the link stage reads the name as any call it cannot
 * follow (a mail service given an address is an inferred mail recipient). Only a bare call of a parameter of the
 * function or of one enclosing it (destructured ones included), never a callback named for an event
 * (`onSendEmail`), a store or a check: `recipientByName` decides, as for every name.
 */
import type ts from 'typescript';
import { recipientByName } from '../../flows/named-recipient.js';
import type { ParamNames } from './flow-facts.js';
import { typescript } from './typescript-api.js';

/** The name of an injected delivery function a call makes (`sendEmail`), where it is one. */
export function injectedServiceCallee(call: ts.CallExpression, enclosingParams: () => Iterable<ParamNames>): string | undefined {
  if (call.arguments.length === 0 || !typescript.isIdentifier(call.expression)) return undefined;
  const name = call.expression.text;
  // `onSendEmail(email)`: a callback the caller handles, not a service.
  if (/^on[A-Z]/.test(name)) return undefined;
  let isParameter = false;
  for (const params of enclosingParams()) if (params.has(name)) (isParameter = true);
  return isParameter && recipientByName(name) ? name : undefined;
}
