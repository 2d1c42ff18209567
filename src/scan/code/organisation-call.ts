/**
 * A call named for writing or finding an organisation: `createCompany({ name: naam, address: adres, zip, city })`,
 * `updateOrganization(id, { phone })`, `upsertBedrijf(…)`. CRM layers keep companies beside contacts and hand both to
 * the same vendor; a company's name, address and phone are its own, not a person's (rules/context.yml
 * `organisationContainers`, as for a declared field), so what such a call carries of them is no personal data. Its
 * email stays: a small company's mailbox is often its owner's, and an `ownerEmail` handed along is a person's. Only a
 * verb that writes the record followed by the organisation's noun and nothing but a record word (`createCompanyContact`
 * is a contact's); a sync, a look-up or a removal (`syncClub(members)`, `getTeam(id)`) as often carries the members.
 * A given or family name handed along stays a person's: no organisation has one.
 */
import type { Category } from '../../detect/types.js';
import type { DataContext } from '../../flows/personal-data.js';
import type { ArgFact, ValueFact } from '../../flows/module-facts.js';
import { namesOrganisation } from './loaded-record.js';
import { nameWords } from '../../flows/name-words.js';

const ORGANISATION_CALL = /^(?:create|update|upsert|add|save|register|insert|edit)([A-Z][A-Za-z]*?)(?:Input|Data|Details|Info|Record|Props|Properties)?$/;
export const ORGANISATION_DATA: ReadonlySet<Category> = new Set(['name', 'address', 'phone']);

/**
 * Whether the called name (`createCompany`, `this.crm.updateCompany`) writes or finds an organisation. The record's
 * head is its last word: `createStorePaymentIntent` makes a payment intent (a shop's, for its customer, whose name
 * and shipping address it carries), not a store.
 */
export function callNamesOrganisation(callee: string, ctx: DataContext): boolean {
  const match = ORGANISATION_CALL.exec(callee.slice(callee.lastIndexOf('.') + 1));
  if (match === null) return false;
  const head = nameWords(match[1]!).at(-1);
  return head !== undefined && namesOrganisation(head, ctx) && namesOrganisation(match[1]!, ctx);
}

/**
 * The categories an organisation's call keeps of what a value carries: its email, and a name only a person has (the
 * registering user's `au.firstName` handed beside the church's name and address to a CRM, session 44): a given or family
 * name is no organisation's (rules/name.yml `name.part`).
 */
export function organisationCategories(categories: Iterable<Category>, expressions: Iterable<string>, ctx: DataContext): Category[] {
  const personName = [...expressions].some((expression) => namesPersonPart(expression, ctx));
  return [...categories].filter((c) => !ORGANISATION_DATA.has(c) || (c === 'name' && personName));
}

/** `au.firstName`, `lastName`: an expression whose last name is a person's given or family name. */
function namesPersonPart(expression: string, ctx: DataContext): boolean {
  const last = /([A-Za-z_$][\w$]*)\s*$/.exec(expression)?.[1];
  return last !== undefined && ctx.detector.classifyField({ name: last, container: [] }).matches.some((m) => m.evidence.ruleId === 'name.part');
}

function withoutOrganisationData<T extends ValueFact>(value: T, ctx: DataContext): T {
  return value.categories.some((c) => ORGANISATION_DATA.has(c)) ? { ...value, categories: organisationCategories(value.categories, value.expressions, ctx) } : value;
}

/** The argument without the organisation's own name, address and phone, in the whole and in each key. */
export function organisationArgument(arg: ArgFact, ctx: DataContext): ArgFact {
  const out = withoutOrganisationData(arg, ctx);
  if (!arg.props) return out;
  const props: Record<string, ValueFact> = {};
  for (const [key, value] of Object.entries(arg.props)) props[key] = withoutOrganisationData(value, ctx);
  return { ...out, props };
}
