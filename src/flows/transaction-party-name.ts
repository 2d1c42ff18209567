/**
 * A booking's or an order's `name` read beside that same record's email or phone: `sendRevealEmail(booking.email,
 * booking.name)`. Alone, a transaction record's bare `name` is its own title (`Reservation(name, reservee_email)`,
 * rules/context.yml `transactionContainers`), and the detector leaves it out for want of the record's other fields;
 * the detector takes it for the party's where the record holds the party's own email, phone or address
 * (`orders(name, email, street)`). A call handing over `booking.email` and `booking.name` shows that record: its name
 * is the party's, as in the schema. Only the transaction reading is lifted: `booking.restaurant.name` or
 * `order.product.name` name another record by their container and stay out.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';
import type { DataContext } from './personal-data.js';
import { namePath } from './person-record.js';

/** Whether the detector leaves a member's name out only as a booking's or an order's own title (`booking.name`). */
export function isTransactionTitle(value: ts.Expression, ctx: DataContext): boolean {
  const segments = typescript.isPropertyAccessExpression(unwrap(value)) ? namePath(value) : undefined;
  if (!segments) return false;
  const result = ctx.detector.classifyField({ name: segments[segments.length - 1]!, container: segments.slice(0, -1) });
  const excluded = (result.excluded ?? []).filter((e) => e.category === 'name' && e.reason !== 'below-threshold');
  return result.matches.length === 0 && excluded.length > 0 && excluded.every((e) => e.reason.startsWith('container:transaction('));
}
