/**
 * A call named for writing or finding an organisation: `createCompany({ name: naam, address: adres, zip, city })`,
 * `updateOrganization(id, { phone })`, `upsertBedrijf(…)`. CRM layers keep companies beside contacts and hand both to
 * the same vendor; a company's name, address and phone are its own, not a person's (rules/context.yml
 * `organisationContainers`, as for a declared field), so what such a call carries of them is no personal data. Its
 * email stays: a small company's mailbox is often its owner's, and an `ownerEmail` handed along is a person's. Only a
 * verb that writes the record followed by the organisation's noun and nothing but a record word (`createCompanyContact`
 * is a contact's); a sync, a look-up or a removal (`syncClub(members)`, `getTeam(id)`) as often carries the members.
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

function withoutOrganisationData<T extends ValueFact>(value: T): T {
  return value.categories.some((c) => ORGANISATION_DATA.has(c)) ? { ...value, categories: value.categories.filter((c) => !ORGANISATION_DATA.has(c)) } : value;
}

/** The argument without the organisation's own name, address and phone, in the whole and in each key. */
export function organisationArgument(arg: ArgFact): ArgFact {
  const out = withoutOrganisationData(arg);
  if (!arg.props) return out;
  const props: Record<string, ValueFact> = {};
  for (const [key, value] of Object.entries(arg.props)) props[key] = withoutOrganisationData(value);
  return { ...out, props };
}
