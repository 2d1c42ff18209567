/**
 * `LogEvents.CustomerCreated.name`, `Templates.MemberInvited.subject`: a member of an entry of a catalogue the app
 * declares as a constant (midday's analytics events, `{ CustomerCreated: { name: 'Customer Created', channel } }`),
 * read where the event is tracked (session 18, flow precision: 21 flows in one training set, each read as a customer's
 * or a member's name because the entry is named for one). A chain whose root and every member before the last are
 * capitalised is a constant's (a namespace, an enum, a catalogue object), never a person's record, which apps name
 * in camelCase (`customer.name`); one capitalised root alone (`Customer.name`, a class) is function-own-name.ts's.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';

const CAPITALISED = /^[A-Z]/;

/** Whether a member chain reads an entry of a capitalised constant (two capitalised names or more before the last). */
export function isConstantEntryMember(node: ts.Expression): boolean {
  if (!typescript.isPropertyAccessExpression(node)) return false;
  let owners = 0;
  let current = unwrap(node.expression);
  while (typescript.isPropertyAccessExpression(current)) {
    if (!CAPITALISED.test(current.name.text)) return false;
    owners++;
    current = unwrap(current.expression);
  }
  return typescript.isIdentifier(current) && CAPITALISED.test(current.text) && owners >= 1;
}
