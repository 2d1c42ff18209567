/**
 * A function named for a kind of personal data, given a value of that kind, hands on (part of) it (session 24, seen
 * in a Brazilian booking app's reminders: `Olá, ${firstName(row.cliente_nome)}`, `formatPhone(ag.cliente_telefone)`).
 * An unknown function's result was read only by its type, so the client's first name in the greeting was lost. The
 * callee's own name says what it returns (`firstName` a name, `formatPhone` a phone) and its arguments say whose: the
 * result carries a category only where both agree, so `firstName(user.id)` or `formatPhone(order.total)` carry
 * nothing, and a sanitiser (`maskPhone(p)`) is never read so (sanitisers.ts).
 */
import type { Category } from '../detect/types.js';

/**
 * `searchContactByEmail(email)`, `findUserByPhone(p)`: a look-up named for the value it searches by returns what it
 * found (an id, a record), not that value, so its name says nothing of what it hands on.
 */
export function isLookUpName(name: string): boolean {
  return /[a-z]By[A-Z]/.test(name);
}

/** The categories a call named `calleeCategories` hands on from what its arguments carry (`argumentCategories`). */
export function categoriesHandedOn(calleeCategories: readonly Category[], argumentCategories: ReadonlySet<Category>): Category[] {
  return calleeCategories.filter((c) => argumentCategories.has(c));
}
