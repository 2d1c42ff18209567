/**
 * A helper named for the field of its argument it hands back: `getFullName(context.user)`, `formatName(customer)`,
 * `getDisplayName(member)`, `toDisplayName(user)`. Apps keep how a person is called in one helper (first and last
 * name joined, a fallback to the address) and call it wherever a mail's subject or a vendor's `name` is written; the
 * call stands for that member of its argument, `context.user.fullName`, and is read as the member would be: a
 * `team` or `product` given to `getName` is no one's name, a `user`'s full name is a person's. The verb is one of
 * reading or formatting (get, format, build, compute, make, to, resolve); a look-up (`findUserByEmail`) or a store
 * (`updateName`) is not an accessor, nor a helper given an object literal or a call to build something from
 * (`getEmail({ from, to, subject })` makes a message in tests), nor one given several values to look one up by
 * (`getCellValue(tableId, recordId, fieldId)`).
 */
import type ts from 'typescript';
import { nameWords } from './name-words.js';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';
import { isLiteralOptions, recordSpreadIn } from './accessor-options.js';

const ACCESSOR_VERBS = new Set(['get', 'format', 'build', 'compute', 'make', 'to', 'resolve']);

/** The member a call stands for (`fullName` of `getFullName(user)`) and the argument it is read from, if named so. */
export function accessedField(node: ts.CallExpression): { field: string; of: ts.Expression } | undefined {
  // One argument, the value read: `getCellValue(tableId, recordId, fieldId)` looks a value up by ids; options written
  // as literals after it (`getFullName(member, { hideNickname: true })`) say how to format it (accessor-options.ts).
  if (node.arguments.length === 0 || !node.arguments.slice(1).every(isLiteralOptions)) return undefined;
  // `getFullName({ ...member, nickname: null })`: the record spread, with a field overridden, is the value read.
  const of = node.arguments[0] && recordSpreadIn(node.arguments[0]);
  // It reads a member of a value that exists (`user`, `context.user`); `getEmail({ from, to, subject })` builds one.
  const value = of && unwrap(of);
  if (!value || !(typescript.isIdentifier(value) || typescript.isPropertyAccessExpression(value) || typescript.isElementAccessExpression(value) || value.kind === typescript.SyntaxKind.ThisKeyword)) return undefined;
  const callee = unwrap(node.expression);
  const name = typescript.isIdentifier(callee) ? callee.text : typescript.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  if (!name) return undefined;
  const words = nameWords(name);
  if (words.length < 2 || !ACCESSOR_VERBS.has(words[0]!)) return undefined;
  const rest = name.slice(words[0]!.length);
  return { field: rest.charAt(0).toLowerCase() + rest.slice(1), of };
}
