/**
 * An element takes its collection's reading (session 15, appturnos' renewal worker: `for (const emp of empresas)` then
 * `${emp.nombre}: suscripción vence…` pushed to the super-admins). A loop variable or a callback's element is named by
 * whoever wrote the loop, often shortened (`emp`, `e`, `item`, `row`), and `emp` reads as an employee's record; the
 * collection it is taken from says what each element is. Where that collection's name is one the detector reads as
 * organisations (`empresas`, `companies`, `organisations`, `Unternehmen`, `bedrijven`, `teams`: `container:organisation`),
 * the element's members are read in it, so the company's name is no person's name; its email keeps its reading (an
 * organisation's mailbox is still an address). An element of any other collection (`for (const u of users)`) keeps
 * its own name's reading. Only a for-of variable (`for (const emp of empresas)`, `of data.companies`) or the
 * parameter of an element callback (`companies.forEach((c) => …)`), where the collection is a name or a member.
 * The collection is a second reading of the member chain's root (personal-data.ts `memberCategories`): the field is
 * read once in its collection, and that reading is kept where the detector says it is an organisation's (a company's
 * `nombre` left out, its `email` an organisation's address); else the element's own root reads it, as before.
 */
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';
import type { Category } from '../detect/types.js';
import type { DataContext } from './personal-data.js';

/** The last name of what a local is an element of (`empresas`, `data.companies` -> `companies`), if it is a name or a member. */
function collectionName(name: string, ctx: DataContext): string | undefined {
  // The loop variable in scope first; a callback's parameter by its name in the file, where only one callback uses it.
  const from = ctx.resolveLocal(name) ?? ctx.elementOf?.(name);
  if (!from) return undefined;
  const node = unwrap(from);
  if (typescript.isIdentifier(node)) return node.text;
  if (typescript.isPropertyAccessExpression(node)) return node.name.text;
  return undefined;
}

/**
 * A field of an element read in its collection (`emp.nombre` as `empresas.nombre`), where the detector reads that
 * record as an organisation's: the categories of that reading. Undefined where the root is no element of a named
 * collection, or the collection says no organisation (the element's own root reads the field then).
 */
export function elementReading(field: string, container: readonly string[], ctx: DataContext): Category[] | undefined {
  const root = container[0];
  const collection = root === undefined ? undefined : collectionName(root, ctx);
  if (collection === undefined || collection === root) return undefined;
  const result = ctx.detector.classifyField({ name: field, container: [collection, ...container.slice(1)] });
  const organisation = result.isOrganisation === true || result.excluded.some((e) => e.reason.startsWith('container:organisation'));
  // Its mailbox, phone or address is the organisation's own too (personal-data.ts `classify`): no one's in a flow.
  return organisation ? result.matches.filter((m) => !m.evidence.notes.includes('organisation')).map((m) => m.category) : undefined;
}
