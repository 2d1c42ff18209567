/**
 * A record handed whole to the message sent to its own address: `sendMail({ to: details.clientEmail, payload: {
 * ...details, salon } })`, `{ to: order.customerEmail, data: { order } }`. Services load a reservation or an order
 * (`const details = await this.getReservationDetails(id)`) and give the template all of it; the record's name
 * (`details`, `order`) says nothing of a person, but the message goes to the address the record itself holds, so
 * the record is that person's and fills the template with what they are called as well. Only where a key in an
 * address role (`to`, a phone's `to`) reads the record's own contact member (`details.clientEmail`, not
 * `details.salon.email`, nor an organisation's `restaurant.email`), and the same record is spread or given whole
 * elsewhere in the argument; a record read member by member keeps the reading of its members.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';
import type { ArgFact, ValueFact } from './module-facts.js';
import { isComponentCall } from './email-element.js';
import { classify, textOf, type DataContext } from './personal-data.js';
import { isOrganisationMember } from './roles.js';

const CONTACT = new Set(['email', 'phone']);

/** `details` of `to: details.clientEmail`: records whose own email or phone member is one of the values. */
function addressedRecords(values: Iterable<ts.Expression>, ctx: DataContext): Set<string> {
  const records = new Set<string>();
  for (const written of values) {
    const value = unwrap(written);
    // `to: [consultant.email]`: one address in a list of them.
    if (typescript.isArrayLiteralExpression(value)) {
      for (const record of addressedRecords(value.elements, ctx)) records.add(record);
      continue;
    }
    if (!typescript.isPropertyAccessExpression(value)) continue;
    const owner = unwrap(value.expression);
    if (typescript.isIdentifier(owner) && !isOrganisationMember(value, ctx) && classify(value.name.text, [], ctx).some((c) => CONTACT.has(c))) records.add(owner.text);
  }
  return records;
}

/**
 * `...details`, `reservation: details`, `{ details }`: where a value hands one of `records` over whole. A component
 * the message is rendered from counts too (`react: ConsultantWelcome({ consultant })`, `<Welcome order={order} />`): the
 * record fills the mail through it (session 51, a Portuguese shop's Resend mails). A function making the text
 * (`this.generateShippingHtml(order, customer)`) is read for what it reads of the record instead (text-reads.ts).
 */
function wholeUses(node: ts.Node, records: Set<string>, found: ts.Expression[]): void {
  if (typescript.isFunctionLike(node)) return;
  if (typescript.isIdentifier(node) && records.has(node.text)) found.push(node);
  else if (typescript.isSpreadAssignment(node) || typescript.isPropertyAssignment(node)) {
    const value = unwrap(typescript.isSpreadAssignment(node) ? node.expression : node.initializer);
    if (typescript.isIdentifier(value) && records.has(value.text)) found.push(value);
    // A member read of the record (`startsAt: details.startTime`) gives only that member.
    else if (typescript.isObjectLiteralExpression(value) || typescript.isArrayLiteralExpression(value) || isTemplateMade(value)) wholeUses(value, records, found);
  } else if (typescript.isShorthandPropertyAssignment(node)) {
    if (records.has(node.name.text)) found.push(node.name);
  } else if (typescript.isObjectLiteralExpression(node) || typescript.isArrayLiteralExpression(node)) {
    typescript.forEachChild(node, (child) => wholeUses(child, records, found));
  } else if (isComponentCall(node)) {
    for (const argument of node.arguments) wholeUses(unwrap(argument), records, found);
  } else if (typescript.isJsxSelfClosingElement(node) || typescript.isJsxElement(node)) {
    const attributes = typescript.isJsxElement(node) ? node.openingElement.attributes : node.attributes;
    for (const attribute of attributes.properties) {
      const given = typescript.isJsxAttribute(attribute) ? attribute.initializer : attribute.expression;
      const value = given && typescript.isJsxExpression(given) ? given.expression : given;
      if (value && !typescript.isStringLiteral(value)) wholeUses(unwrap(value as ts.Expression), records, found);
    }
  }
}

/** A value a component renders: `Welcome({ … })`, `Emails.Welcome({ … })`, `<Welcome … />`. */
function isTemplateMade(value: ts.Expression): boolean {
  return isComponentCall(value) || typescript.isJsxSelfClosingElement(value) || typescript.isJsxElement(value);
}

/** The values of `values` (by key) that hand over whole a record addressed by another of them, with the record's text. */
export function recordsBesideOwnAddress(values: ReadonlyMap<string, ts.Expression>, ctx: DataContext): Map<string, string> {
  const records = addressedRecords(values.values(), ctx);
  const handed = new Map<string, string>();
  if (records.size === 0) return handed;
  for (const [key, value] of values) {
    const found: ts.Expression[] = [];
    wholeUses(value, records, found);
    if (found[0]) handed.set(key, textOf(found[0], ctx));
  }
  return handed;
}

/** The same for an object literal: its keys' values as written. */
export function literalValues(literal: ts.ObjectLiteralExpression): Map<string, ts.Expression> {
  const values = new Map<string, ts.Expression>();
  for (const property of literal.properties) {
    if (typescript.isPropertyAssignment(property) && (typescript.isIdentifier(property.name) || typescript.isStringLiteral(property.name))) values.set(property.name.text, property.initializer);
    else if (typescript.isShorthandPropertyAssignment(property)) values.set(property.name.text, property.name);
  }
  return values;
}

/** Adds `name` to each prop (and the whole argument) handing over whole a record addressed beside it. */
export function nameInAddressedRecords(fact: ArgFact, props: Record<string, ValueFact>, values: ReadonlyMap<string, ts.Expression>, ctx: DataContext): void {
  for (const [key, record] of recordsBesideOwnAddress(values, ctx)) {
    const prop = props[key];
    if (!prop) continue;
    prop.categories = [...new Set([...prop.categories, 'name' as const])].sort();
    prop.expressions = [...new Set([...prop.expressions, `...${record}`])].sort();
    fact.categories = [...new Set([...fact.categories, 'name' as const])].sort();
    fact.expressions = [...new Set([...fact.expressions, `...${record}`])].sort();
  }
}
