/**
 * A person's record one level down in a sink's argument: `stripe.checkout.sessions.create({ customer_email: email,
 * metadata: { email, name, phone } })`, `{ contact: { name: dto.name, email: dto.email } }`. The rule of
 * person-record.ts (beside a person's email or phone, a bare `name` is theirs) held for the argument's own keys
 * only; a nested object literal is as much one record (Stripe's `metadata`, a CRM's `contact`, a form's `fields`).
 * The outer key then carries the name too. A team's or product's name keeps its reading (`isOpenName`).
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';
import type { ArgFact, ValueFact } from './module-facts.js';
import { classify, inExpression, type Carried, type DataContext } from './personal-data.js';
import { isOpenName } from './person-record.js';
import { isVariableValue, PERSON_CONTAINER } from './roles.js';

const CONTACT = new Set(['email', 'phone']);

function keyOf(property: ts.ObjectLiteralElementLike): string | undefined {
  if (typescript.isShorthandPropertyAssignment(property)) return property.name.text;
  return typescript.isPropertyAssignment(property) && (typescript.isIdentifier(property.name) || typescript.isStringLiteral(property.name)) ? property.name.text : undefined;
}

/** The open `name` values of a literal holding a person's email or phone beside them (`{ email, name, phone }`). */
export function namesBesideContact(literal: ts.ObjectLiteralExpression, ctx: DataContext): ts.Expression[] {
  let isContact = false;
  const names: ts.Expression[] = [];
  for (const property of literal.properties) {
    const key = keyOf(property);
    if (!key) continue;
    const value = typescript.isShorthandPropertyAssignment(property) ? property.name : (property as ts.PropertyAssignment).initializer;
    if (!isVariableValue(value)) continue;
    const out: Carried = { categories: new Set(), expressions: new Set() };
    inExpression(value, ctx, out);
    if ([...out.categories].some((c) => CONTACT.has(c))) isContact = true;
    else if (out.categories.size === 0 && classify(key, PERSON_CONTAINER, ctx).includes('name') && isOpenName(value, ctx)) names.push(value);
  }
  return isContact ? names : [];
}

/** Adds `name` to a prop (and the whole argument) whose value is a nested record with a bare name beside an email or phone. */
export function nameInNestedRecords(fact: ArgFact, props: Record<string, ValueFact>, values: ReadonlyMap<string, ts.Expression>, ctx: DataContext, textOf: (node: ts.Node) => string): void {
  for (const [key, value] of values) {
    const literal = unwrap(value);
    const prop = props[key];
    if (!prop || !typescript.isObjectLiteralExpression(literal)) continue;
    const names = namesBesideContact(literal, ctx);
    if (names.length === 0) continue;
    const texts = names.map((n) => textOf(n));
    prop.categories = [...new Set([...prop.categories, 'name' as const])].sort();
    prop.expressions = [...new Set([...prop.expressions, ...texts])].sort();
    fact.categories = [...new Set([...fact.categories, 'name' as const])].sort();
    fact.expressions = [...new Set([...fact.expressions, ...texts])].sort();
  }
}
