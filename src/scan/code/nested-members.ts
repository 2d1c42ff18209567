/**
 * Functions written in objects nested in a module's object (session 16, seen in a public-sector app's mail builders:
 * `export const MailUtils = { usagers: { authentication: { sendForgottenPassword: ({ email, token }) => ({ to: email,
 * … }) } } }`, called as `Send(MailUtils.usagers.authentication.sendForgottenPassword({ email, token }))`). Apps group
 * their builders and senders by audience and subject this way; each function is one of the file's (the walk names it
 * after its key), and the object keeps it under its dotted path (`usagers.authentication.sendForgottenPassword`) so the
 * link stage reaches it from a call through the whole path (src/flows/nested-member.ts). Only object literals written
 * in place, a few levels down; a member bound to anything else stays unread, as in the top-level object.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';
import { propertyName } from './call-chain.js';

/** Deeper than this, a literal is data (a table of settings), not a grouping of functions. */
const MAX_DEPTH = 3;

/** The functions of the objects nested in `value` (not its own members), by their dotted path from `value`. */
export function nestedMembers(value: ts.ObjectLiteralExpression): Record<string, string> {
  const out: Record<string, string> = {};
  for (const property of value.properties) {
    const nested = nestedLiteral(property);
    if (nested) collect(nested.literal, nested.key, 2, out);
  }
  return out;
}

function collect(literal: ts.ObjectLiteralExpression, prefix: string, depth: number, out: Record<string, string>): void {
  for (const property of literal.properties) {
    const key = propertyName(property.name);
    if (key === undefined) continue;
    const path = `${prefix}.${key}`;
    if (typescript.isMethodDeclaration(property)) out[path] = key;
    else if (typescript.isPropertyAssignment(property)) {
      const init = unwrap(property.initializer);
      if (typescript.isArrowFunction(init) || typescript.isFunctionExpression(init)) out[path] = key;
      else if (typescript.isObjectLiteralExpression(init) && depth < MAX_DEPTH) collect(init, path, depth + 1, out);
    }
  }
}

function nestedLiteral(property: ts.ObjectLiteralElementLike): { key: string; literal: ts.ObjectLiteralExpression } | undefined {
  if (!typescript.isPropertyAssignment(property)) return undefined;
  const key = propertyName(property.name);
  const init = unwrap(property.initializer);
  return key !== undefined && typescript.isObjectLiteralExpression(init) ? { key, literal: init } : undefined;
}
