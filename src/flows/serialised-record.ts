/**
 * A person's whole record serialised into what is sent: `"Student: " + JSON.stringify(student)` in an error report
 * mailed to a developer, `body: JSON.stringify(customer)` posted to a partner. `JSON.stringify` writes out every field
 * of the object, and an app's record of a user, member, customer or student holds at least the person's email
 * address and name (whole-person-record.ts), so the text carries them, as a vendor given the record whole does.
 * Only a value read whole whose own name's last word is a person's noun, never the system's (a constant, the
 * environment); a member (`JSON.stringify(user.id)`) or an object of another name (`JSON.stringify(order)`) keeps
 * its own reading.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';
import { isVariableValue } from './roles.js';
import { WHOLE_RECORD_CATEGORIES, wholePersonRecord } from './whole-person-record.js';
import { stringifiedValue } from './serialised-body.js';
import type { Category } from '../detect/types.js';

/** What `JSON.stringify(record)` writes out of a person's record, if its argument is one; else nothing. */
export function serialisedRecord(call: ts.CallExpression): readonly Category[] {
  const written = stringifiedValue(call);
  const value = written && unwrap(written);
  if (!value || !(typescript.isIdentifier(value) || typescript.isPropertyAccessExpression(value))) return [];
  return wholePersonRecord(value) && isVariableValue(value) ? WHOLE_RECORD_CATEGORIES : [];
}
