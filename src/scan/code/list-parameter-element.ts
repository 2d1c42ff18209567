/**
 * The elements of a list a function is given (session 12, seen in Feuerwehrverein-Raura's event mailing: `async
 * function sendEmail(recipients, subject, html) { for (const recipient of recipients) transporter.sendMail({ to:
 * `"${recipient.name}" <${recipient.email}>` }) }`; the usual shape of any bulk mail, SMS or export helper). A member
 * read of the loop's element is that member of each element of the parameter, so the helper's summary says the
 * parameter's `email` reaches the mail's recipient and its callers' lists (`sendEmail(members, …)`) are judged by it,
 * as `for (const recipient of options.recipients)` already was for a list under a key. And among the keys read of one
 * parameter, a bare `name` beside one named for an email address or phone is the person's name, as in one object
 * literal (person-record.ts).
 */
import type ts from 'typescript';
import type { Category } from '../../detect/types.js';
import type { ParamRef } from '../../flows/module-facts.js';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** `recipient.email` where `recipient` stands for an element of the whole parameter `recipients`: that parameter's key. */
export function elementMemberRef(local: ts.Expression | undefined, member: string, paramOf: (name: string) => ParamRef | undefined): ParamRef | undefined {
  let list = local && unwrap(local);
  // `const item = due[i]` in an index loop: an element of the list, as the loop variable of `for (const item of due)` is.
  if (list && typescript.isElementAccessExpression(list) && !typescript.isStringLiteralLike(list.argumentExpression)) list = unwrap(list.expression);
  if (!list || !typescript.isIdentifier(list)) return undefined;
  const ref = paramOf(list.text);
  return ref && ref.key === undefined ? { param: ref.param, key: member } : undefined;
}

/** `[name]` for the key `name` of a parameter whose other keys read include an email address or phone. */
export function nameBesideAddressKey(ref: ParamRef, others: readonly ParamRef[], classify: (name: string) => readonly Category[]): Category[] {
  if (ref.key !== 'name') return [];
  return others.some((o) => o.param === ref.param && o.key !== undefined && o.key !== 'name' && classify(o.key).some((c) => c === 'email' || c === 'phone')) ? ['name'] : [];
}
