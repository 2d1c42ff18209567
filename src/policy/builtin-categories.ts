import type { CategoryDef } from './types.js';

/** The four categories privmap detects out of the box, with their fideslang keys. */
export const BUILTIN_CATEGORY_DEFS: Record<string, CategoryDef> = {
  address: { id: 'address', title: 'Postal address', fides: 'user.contact.address', severity: 'error', builtin: true },
  email: { id: 'email', title: 'Email address', fides: 'user.contact.email', severity: 'error', builtin: true },
  name: { id: 'name', title: 'Name', fides: 'user.name', severity: 'error', builtin: true },
  phone: { id: 'phone', title: 'Phone number', fides: 'user.contact.phone_number', severity: 'error', builtin: true },
};
