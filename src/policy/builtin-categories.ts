import type { CategoryDef } from './types.js';

/**
 * The four categories privmap detects out of the box, with their fideslang keys. They are present in every
 * loaded policy, whether or not the file mentions them; the file may only change title, description or severity.
 */
export const BUILTIN_CATEGORY_DEFS: Record<string, CategoryDef> = {
  address: {
    id: 'address',
    title: 'Postal address',
    description: 'Street, house number, postal code, town, PO box and their billing, shipping and delivery variants.',
    fides: 'user.contact.address',
    severity: 'error',
    builtin: true,
  },
  email: { id: 'email', title: 'Email address', description: "A person's email address.", fides: 'user.contact.email', severity: 'error', builtin: true },
  name: { id: 'name', title: 'Name', description: 'Full, given, middle and family names of a person.', fides: 'user.name', severity: 'error', builtin: true },
  phone: { id: 'phone', title: 'Phone number', description: 'Landline, mobile and fax numbers of a person.', fides: 'user.contact.phone_number', severity: 'error', builtin: true },
};
