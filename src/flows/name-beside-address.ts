/**
 * A message's text made by a helper from a person's address and a bare name: `mailBienvenueHtml(data.name, data.email,
 * organisation.name, token)`, `inviteText(name, email)`. The text greets one person, so beside their email address or
 * phone number a value called only `name` whose container says nothing (`data.name`, `name`) is what that person is
 * called, as in a person's record (person-record.ts). An organisation's or a thing's name (`organisation.name`,
 * `project.name`) keeps its reading, and without an address or phone among the arguments a bare name is no one's.
 */
import type ts from 'typescript';
import type { Category } from '../detect/types.js';
import { add, classify, textOf, type Carried, type DataContext } from './personal-data.js';
import { isOpenName, isOpenPath } from './person-record.js';
import { PERSON_CONTAINER } from './roles.js';
import { unwrap } from '../scan/code/unwrap.js';
import { typescript } from '../scan/code/typescript-api.js';

/** Adds `name` for the open names among a message helper's arguments, when the arguments carry an address or phone. */
export function nameBesideAddress(args: readonly ts.Expression[], ctx: DataContext, out: Carried): void {
  if (args.length < 2 || (!out.categories.has('email') && !out.categories.has('phone'))) return;
  for (const arg of args) {
    const node = unwrap(arg);
    const last = typescript.isIdentifier(node) ? node.text : typescript.isPropertyAccessExpression(node) ? node.name.text : undefined;
    if (!last || !classify(last, PERSON_CONTAINER, ctx).includes('name') || !isOpenName(node, ctx)) continue;
    add(out, ['name'], textOf(node, ctx));
  }
}

/**
 * A bare name in one text beside a person's address (session 15, helper's contact form: `Name: ${data.name} Email:
 * ${data.email}`). A text that writes out someone's email address or phone number names that someone: a value called
 * only `name` whose container says nothing is what they are called, as among a message helper's arguments above.
 * Asked of each part of a template whose parts carry an address or phone (personal-data.ts); `team.name` and
 * `event.name` keep their reading, a name in a text without an address is no one's, and a bare `${name}` may be a
 * wrapper's parameter, which its callers' values decide (person-record-args.ts).
 */
export function isBareNameInText(value: ts.Expression, ctx: DataContext): boolean {
  const read = unwrap(value);
  // A member read here (`data.name`); a name on its own may be the wrapper's parameter, judged at each caller.
  if (!typescript.isPropertyAccessExpression(read)) return false;
  return classify(read.name.text, PERSON_CONTAINER, ctx).includes('name') && isOpenName(read, ctx);
}

/**
 * The same in a text function given a record (text-function-members.ts): `${submission.name}` written beside
 * `${submission.email}` by `getContactNotification(submission)`. A record whose email or phone the text writes out
 * is the person the text is about, so the keys called only `name` of it, open by their container, are theirs.
 * `read` is what each key reads as under its container (`path`).
 */
export function namesBesideAddressKeys(keys: readonly string[], read: readonly (readonly Category[])[], path: readonly string[], ctx: DataContext): string[] {
  if (!read.some((categories) => categories.includes('email') || categories.includes('phone'))) return [];
  return keys.filter((key, i) => read[i]!.length === 0 && classify(key, PERSON_CONTAINER, ctx).includes('name') && isOpenPath([...path, key], ctx));
}
