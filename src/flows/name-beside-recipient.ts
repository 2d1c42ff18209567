/**
 * A message addressed to a person names that person (session 24, seen in a ceramics studio's booking routes:
 * `transporter.sendMail({ to: booking.email, text: \`Liebe/r ${booking.name}\`, html: confirmedHtml({ name:
 * booking.name }) })`, and `to: email` beside `text: customerText` where `customerText` greets `Hallo ${name}` with
 * `const name = sanitizeText(body.name)`). The address is in the message's `to`, not in the text, so the text alone
 * (name-beside-address.ts) had no address to stand beside. While the values of an object carrying a person's email or
 * phone are read again (personal-data.ts, roles.ts, flow-facts.ts), two names in any text among them, or under a
 * `name`-like key of an object handed to a text helper, are that person's: the `name` of the record whose own address
 * the message goes to (`booking.name` beside `to: booking.email`, though a booking is a thing with a name elsewhere),
 * and a local given a form's name field (form-field-local.ts). Another record's name (`${row.name}`, `${workshop.name}`)
 * keeps its reading unless the text itself writes an address beside it.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';
import { isSanitiserCall } from './sanitisers.js';
import type { Category } from '../detect/types.js';
import type { ArgFact, ValueFact } from './module-facts.js';
import { classify, textOf, type Carried, type DataContext } from './personal-data.js';
import { isOrganisationMember, PERSON_CONTAINER } from './roles.js';
import { isOwnContact } from './record-own-name.js';
import { RECIPIENT_ROLES } from './inferred-mail-roles.js';

/** Functions that hand on the text they are given, escaped or tidied (`escapeHtml(name)`, `sanitizeText(body.name)`). */
const TEXT_KEEPING = /^(?:escape|sanitize|sanitise|encode|clean|strip|capitali[sz]e|normali[sz]e|upperFirst|titleCase|String$)/i;

/** The records whose own address the message being read is sent to (`booking` of `to: booking.email`), while one is read. */
let addressedRecords: ReadonlySet<string> | undefined;

/** Runs `read` as the reading of a message addressed to a person, whose record is one of `records` (nested readings see it too). */
export function readingAddressedMessage(records: ReadonlySet<string>, read: () => void): void {
  const outer = addressedRecords;
  addressedRecords = records;
  try {
    read();
  } finally {
    addressedRecords = outer;
  }
}

/** Whether the values read now belong to a message carrying a person's address. */
export function isInAddressedMessage(): boolean {
  return addressedRecords !== undefined;
}

/**
 * `booking` of `booking.email`, `inquiry` of `inquiry.phone`: the record a recipient's address is the own contact
 * member of (record-own-name.ts's reading), else nothing.
 */
export function addressedRecord(value: ts.Expression, ctx: DataContext): string | undefined {
  let node = unwrap(value);
  // `to: [booking.email]`: one recipient in a list is the record addressed, as it is alone (an Italian boat tour's mails).
  if (typescript.isArrayLiteralExpression(node) && node.elements.length === 1 && !typescript.isSpreadElement(node.elements[0]!)) node = unwrap(node.elements[0]!);
  return typescript.isPropertyAccessExpression(node) && isOwnContact(node.name.text, ctx) ? textOf(node.expression, ctx) : undefined;
}

/**
 * `booking.name` in a message sent to `booking.email`: a booking is a thing with a name of its own elsewhere
 * (`container:transaction`), but the record whose own address receives the message is the person's, so its `name`
 * is what they are called, as beside its address in one text (record-own-name.ts). An organisation's stays its own.
 */
export function isAddressedRecordName(value: ts.Expression, ctx: DataContext): boolean {
  if (!addressedRecords?.size) return false;
  const node = unwrap(throughTextKeeping(value));
  if (!typescript.isPropertyAccessExpression(node) || isOrganisationMember(node, ctx)) return false;
  return addressedRecords.has(textOf(node.expression, ctx)) && classify(node.name.text, PERSON_CONTAINER, ctx).includes('name');
}

/** `name` of `escapeHtml(name)`, `body.name` of `sanitizeText(body.name)`: the text a text-keeping call is given; else the value. */
export function throughTextKeeping(value: ts.Expression): ts.Expression {
  const node = unwrap(value);
  if (!typescript.isCallExpression(node) || node.arguments.length === 0 || isSanitiserCall(node)) return value;
  const callee = unwrap(node.expression);
  const name = typescript.isIdentifier(callee) ? callee.text : typescript.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  return name !== undefined && TEXT_KEEPING.test(name) ? node.arguments[0]! : value;
}

/**
 * The same for a message's object whose keys are kept one by one for the link stage (flow-facts.ts): beside a key
 * holding a person's email or phone (`to: booking.email`), each other key is read again as part of a message
 * addressed to that person, and takes `name` when it names them (`text: \`Liebe/r ${booking.name}\``).
 */
export function namesInAddressedMessage(fact: ArgFact, props: Record<string, ValueFact>, values: ReadonlyMap<string, ts.Expression>, read: (key: string, value: ts.Expression, out: Carried) => void, record: (value: ts.Expression) => string | undefined): void {
  // A recipient key holds an address whatever its value is called (`to: username` where the form's user name is the
  // email address, inferred-mail-roles.ts): the message is addressed to a person all the same.
  const contacts = Object.entries(props).filter(([key, p]) => p.isVariable && (p.categories.includes('email') || p.categories.includes('phone') || Object.hasOwn(RECIPIENT_ROLES, key)));
  if (contacts.length === 0 || isInAddressedMessage()) return;
  const records = new Set(contacts.flatMap(([key]) => [values.get(key) && record(values.get(key)!)].filter((r): r is string => r !== undefined)));
  readingAddressedMessage(records, () => {
    for (const [key, value] of values) {
      const prop = props[key];
      if (!prop || prop.categories.includes('name') || prop.categories.includes('email') || prop.categories.includes('phone')) continue;
      const out: Carried = { categories: new Set(), expressions: new Set() };
      read(key, value, out);
      if (!out.categories.has('name')) continue;
      prop.categories = [...prop.categories, 'name' as Category].sort();
      prop.expressions = [...new Set([...prop.expressions, ...out.expressions])];
      if (!fact.categories.includes('name')) fact.categories = [...fact.categories, 'name' as Category].sort() as ArgFact['categories'];
      fact.expressions = [...new Set([...fact.expressions, ...out.expressions])].sort();
    }
  });
}
