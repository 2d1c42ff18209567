/**
 * A person's whole record filled into a message's template: `renderTemplate(template.body, { ...mitglied, kreis })`,
 * `compileTemplate(source, member)`, `generateWelcomeEmail(user)`. A template is filled by the names of its
 * placeholders (`{vorname}`, `{{ email }}`), so whatever the record holds can appear in the text, and an app's record
 * of a member, user or applicant holds at least their email address and name (whole-person-record.ts). Only where the
 * call fills a message's text (a template fill, a function named for a message's text or for making a mail:
 * personal-data.ts decides; not `build…`, which as often builds a record, `buildUserStructure(apiUser)`), only
 * for a value read whole whose own name's last word is a person's noun, given as an argument or spread into the data
 * object (written in the call or held in a local), or put under a key of it (`{ context: { user } }`). A member of it (`mitglied.id`), a record of an organisation
 * (`...kreis`, `...team`) or an unnamed object (`...data`) stays read by its own names.
 */
import type ts from 'typescript';
import { add, textOf, type Carried, type DataContext } from './personal-data.js';
import { isVariableValue } from './roles.js';
import { WHOLE_RECORD_CATEGORIES, wholePersonRecord } from './whole-person-record.js';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';

/** Names of a value that is a key or a count of a record, not the record (`userId`, `memberCount`). */
const NOT_RECORD = /(?:id|ids|key|token|count|number|email|name|names)$/i;

/** A record under a person's key: a plain name that is no id or count, or an ORM's getter of a relation (`leave.get('user')`). */
function isRecordValue(value: ts.Expression): boolean {
  if (typescript.isIdentifier(value)) return !NOT_RECORD.test(value.text);
  if (!typescript.isCallExpression(value) || value.arguments.length !== 1) return false;
  const callee = unwrap(value.expression);
  const arg = unwrap(value.arguments[0]!);
  return typescript.isPropertyAccessExpression(callee) && callee.name.text === 'get' && typescript.isStringLiteralLike(arg) && !NOT_RECORD.test(arg.text);
}

/** The person's records among what fills the text: the argument itself, or the records spread into its data object. */
function recordsIn(input: ts.Expression, ctx: DataContext, depth: number, out: ts.Expression[]): void {
  const node = unwrap(input);
  if (wholePersonRecord(node) && isVariableValue(node)) {
    out.push(node);
    return;
  }
  if (depth > 1) return;
  if (typescript.isIdentifier(node)) {
    // `const data = { ...mitglied, kreis }; renderTemplate(body, data)`.
    const local = ctx.resolveLocal(node.text);
    if (local && typescript.isObjectLiteralExpression(unwrap(local))) recordsIn(local, ctx, depth + 1, out);
  } else if (typescript.isObjectLiteralExpression(node)) {
    for (const property of node.properties) {
      if (typescript.isSpreadAssignment(property)) recordsIn(property.expression, ctx, depth + 1, out);
      // `render(template, { context: { user } })`, `{ user: new_user }`: a record under a key of the data, read by the
      // template as `{{ user.name }}`; a nested data object is read the same way, one level down.
      else if (typescript.isShorthandPropertyAssignment(property)) recordsIn(property.name, ctx, depth + 1, out);
      else if (typescript.isPropertyAssignment(property)) {
        const value = unwrap(property.initializer);
        if (typescript.isObjectLiteralExpression(value) || (wholePersonRecord(value) && isVariableValue(value))) recordsIn(value, ctx, depth + 1, out);
        // `{ user: supervisor }`, `{ user: leave.get('user') }`: the key names the person the value is the record of.
        else if (depth < 2 && wholePersonRecord(property.name as ts.Expression) && isRecordValue(value)) out.push(value);
      }
    }
  }
}

/** Adds the email address and name of every person's record the call's arguments fill a message's text with. */
export function recordFilledIn(args: readonly ts.Expression[], ctx: DataContext, out: Carried): void {
  const records: ts.Expression[] = [];
  for (const arg of args) recordsIn(arg, ctx, 0, records);
  for (const record of records) add(out, WHOLE_RECORD_CATEGORIES, textOf(record, ctx));
}
