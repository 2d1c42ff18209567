/**
 * A person's whole record put in a message's data by the caller, and filled into the message's text by wrappers further
 * down (session 13, seen in openmeet-api's group and event mails: `this.mailService.groupGuestJoined({ to: admin.email,
 * data: { groupMember } })`, whose service hands `context: { groupMember: mailData.data.groupMember }` to a mailer
 * rendering `html` from the template with that context; the same shape as any app's `sendTemplate({ to, data: { user }
 * })`). A template is filled by the names of its placeholders, and an app's record of a member, user or attendee holds
 * at least their email address and name (record-in-template.ts reads the same where the record fills the text in the
 * call itself). Two halves: the sink's keys that make a message's text (`html`, `text`, `body`, a template's `context`
 * or `params`, of a mail or SMS vendor) mark the parameters reaching them (`SummaryEntry.isText`), kept as wrappers hand
 * them on; and a value the caller writes in the call's object literal that is such a record, or holds one as a value
 * of its own object literal (`data: { groupMember, subject }`), is read as the person's email address and name where
 * it reaches such a key. A member of a record (`admin.id`), an organisation's record (`group`) or a record handed whole
 * as the argument itself (`notify(user)`, the helper reading its fields is where they are read: record-member.ts) keeps
 * its own reading.
 */
import type ts from 'typescript';
import type { Category } from '../detect/types.js';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';
import { isVariableValue } from './roles.js';
import { WHOLE_RECORD_CATEGORIES, wholePersonRecord } from './whole-person-record.js';

/** Keys of a mail's or a text message's object that make its text, or fill the template that makes it. */
const TEXT_KEYS = new Set(['html', 'text', 'body', 'content', 'message', 'subject', 'context', 'params', 'variables', 'templateData', 'dynamicTemplateData', 'dynamic_template_data', 'substitutions']);

/** Sink kinds whose message a person reads. */
const MESSAGE_KINDS = new Set(['email', 'sms']);

/** Whether `key` of a call to a sink of `kind` is the message's text or its template's data. */
export function isMessageText(kind: string | undefined, key: string): boolean {
  return kind !== undefined && MESSAGE_KINDS.has(kind) && TEXT_KEYS.has(key);
}

/** What a value written in a call's object literal holds as a person's whole record (itself, or a value of its own literal one level down), with the record's text. */
export function recordsInValue(value: ts.Expression, textOf: (node: ts.Expression) => string, isConstant: (node: ts.Expression) => boolean = () => false): { categories: Category[]; text: string } | undefined {
  const isRecord = (node: ts.Expression) => (typescript.isIdentifier(node) || typescript.isPropertyAccessExpression(node)) && wholePersonRecord(node) !== undefined && isVariableValue(node) && !isConstant(node);
  const node = unwrap(value);
  if (isRecord(node)) return { categories: WHOLE_RECORD_CATEGORIES, text: textOf(node) };
  if (!typescript.isObjectLiteralExpression(node)) return undefined;
  for (const property of node.properties) {
    const inner = typescript.isShorthandPropertyAssignment(property) ? property.name : typescript.isPropertyAssignment(property) ? unwrap(property.initializer) : undefined;
    if (inner && isRecord(inner)) return { categories: WHOLE_RECORD_CATEGORIES, text: textOf(inner) };
  }
  return undefined;
}
