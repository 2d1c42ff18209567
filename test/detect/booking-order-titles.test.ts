/**
 * A booking's, a reservation's or an order's record is its party's only through the party's own fields
 * (rules/context.yml `transactionContainers`, the record's `ownParty`): a bare `name` beside them is the party's, and
 * the booking's or the order's own title where the party's fields are all someone else's (`reservee_first_name`) or
 * where there are none.
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

const cats = (name: string, container: string, siblings: string[], type = 'varchar(100)') => categories(name, { container: [container], type, siblings });

describe("a booking's or an order's name", () => {
  it("is the record's own title without the party's own fields (Reservation, role_type_orders, reserva, Booking)", () => {
    expect(cats('name', 'Reservation', ['name', 'description', 'reservee_first_name', 'reservee_last_name', 'reservee_email', 'begins_at'])).toEqual([]);
    expect(cats('name', 'role_type_orders', ['name', 'order_weight', 'created_at'])).toEqual([]);
    expect(cats('name', 'community_reservations', ['name', 'percentage'])).toEqual([]);
    expect(cats('nombre', 'reserva', ['nombre', 'fecha', 'sala_id'])).toEqual([]);
    expect(cats('name', 'Booking', ['id', 'name', 'status', 'creatorId', 'from', 'to'])).toEqual([]);
  });

  it("is the party's beside the party's own fields, and a person noun keeps it a person's anywhere", () => {
    expect(cats('name', 'orders', ['id', 'name', 'email', 'street', 'zip', 'city'])).toEqual(['name']);
    expect(cats('name', 'bookings', ['id', 'name', 'phone', 'date'])).toEqual(['name']);
    expect(cats('customer_name', 'role_type_orders', ['customer_name', 'order_weight'])).toEqual(['name']);
    expect(cats('name', 'customers', ['name', 'order_weight'])).toEqual(['name']);
  });
});
