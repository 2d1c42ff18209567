import type { Location } from '../finding.js';
import { showName } from './display-name.js';

/** `src/customer.ts:12`, `prisma/schema.prisma:8 (customers.email)`, `live public.customers.email`. */
export function formatLocation(location: Location): string {
  return showName(rawLocation(location));
}

function rawLocation(location: Location): string {
  const column = location.table && location.column ? `${location.table}.${location.column}` : undefined;
  if (location.file) {
    const place = location.line ? `${location.file}:${location.line}` : location.file;
    return column && location.source !== 'code' ? `${place} (${column})` : place;
  }
  return location.source === 'postgres' ? `live ${column ?? ''}`.trim() : column ?? '';
}
