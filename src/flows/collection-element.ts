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
 */
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';
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

/** Whether the detector reads a container of that name as organisations (a `name` in it is no person's). */
function namesOrganisations(collection: string, ctx: DataContext): boolean {
  return ctx.detector.classifyField({ name: 'name', container: [collection] }).excluded?.some((e) => e.category === 'name' && e.reason.startsWith('container:organisation')) ?? false;
}

/** The name a member chain's root is read as: its collection's where that names organisations, else its own. */
export function elementRoot(root: string, ctx: DataContext): string {
  const collection = collectionName(root, ctx);
  return collection !== undefined && collection !== root && namesOrganisations(collection, ctx) ? collection : root;
}

