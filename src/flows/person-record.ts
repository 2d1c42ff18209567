/**
 * An object holding a person's email address or phone number is that person's record (a contact form, a sign-up,
 * a registration: `{ name: dto.name, email: dto.email, phone: dto.phone }`), so a bare `name` beside them is what
 * the person is called, where the name alone says too little (`name` of what?). A value whose own container makes
 * it a thing's or an organisation's name (`team.name`, `product.name`) stays what it is.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import type { ValueFact } from './module-facts.js';
import type { DataContext } from './personal-data.js';
import { unwrap } from '../scan/code/unwrap.js';

const CONTACT = new Set(['email', 'phone']);
// Methods whose result is the same text tidied (`payload.nombre.trim()`): the value is still the member it is read from.
const TIDYING_METHODS = new Set(['trim', 'trimStart', 'trimEnd', 'toLowerCase', 'toUpperCase', 'toLocaleLowerCase', 'toLocaleUpperCase', 'normalize', 'toString']);

/** Whether a value's own name leaves the question open (`dto.name`, `name`), rather than naming a thing's (`team.name`). */
export function isOpenName(value: ts.Expression, ctx: DataContext): boolean {
  const segments = namePath(value);
  return segments !== undefined && isOpenPath(segments, ctx);
}

/**
 * `booking`, `name` of `booking.name`: a chain of members read from a name, or undefined (a call, `this`). A tidied
 * value (`payload.nombre.trim()`, a registration form's field trimmed before the mail) is read as the member it tidies.
 */
export function namePath(value: ts.Expression): string[] | undefined {
  const segments: string[] = [];
  let current: ts.Expression = untidied(unwrap(value));
  while (typescript.isPropertyAccessExpression(current)) {
    segments.unshift(current.name.text);
    current = unwrap(current.expression);
  }
  if (!typescript.isIdentifier(current)) return undefined;
  segments.unshift(current.text);
  return segments;
}

/** `payload.nombre` of `payload.nombre.trim().toLowerCase()`; any other expression as it is. */
function untidied(node: ts.Expression): ts.Expression {
  while (typescript.isCallExpression(node) && node.arguments.length === 0 && typescript.isPropertyAccessExpression(node.expression) && TIDYING_METHODS.has(node.expression.name.text)) {
    node = unwrap(node.expression.expression);
  }
  return node;
}

/** `isOpenName` for a path as written (`submission`, `name`): the detector leaves the name to its record. */
export function isOpenPath(segments: readonly string[], ctx: DataContext): boolean {
  const result = ctx.detector.classifyField({ name: segments[segments.length - 1]!, container: segments.slice(0, -1) });
  return result.matches.length === 0 && (result.excluded ?? []).every((e) => e.category !== 'name' || e.reason === 'below-threshold');
}

/**
 * Adds `name` to the `name`-like keys of an object's properties (`asPerson` says the key names a person's name)
 * when another property holds a person's email or phone. `values` gives each key's value as written.
 */
export function nameBesideContact(props: Record<string, ValueFact>, values: ReadonlyMap<string, ts.Expression>, ctx: DataContext): void {
  const isContact = Object.values(props).some((p) => p.isVariable && p.categories.some((c) => CONTACT.has(c)));
  if (!isContact) return;
  for (const [key, prop] of Object.entries(props)) {
    const value = values.get(key);
    if (!value || !prop.isVariable || prop.categories.length > 0 || !prop.asPerson?.includes('name') || !isOpenName(value, ctx)) continue;
    prop.categories = ['name'];
    prop.expressions = [...prop.expressions, prop.text];
  }
}
