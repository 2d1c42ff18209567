/**
 * A bare `unit`, `floor` or `door` is a flat's part only in a record shaped like an address (the lexicon's
 * `unit-ambiguous`, rule `address.part`): elsewhere a unit is one of measure or of an organisation (`costPerUnit`,
 * `organizational_unit`, `reservation_unit`) and a floor a building's. `apartment`, `suite` and the other languages'
 * unit words keep counting in a person's record.
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

const cats = (name: string, container: string, siblings: string[], type = 'varchar(40)') => categories(name, { container: [container], type, siblings });

describe('a unit', () => {
  it("is no flat outside an address's shape (unit, costPerUnit, organizational_unit, reservation_unit, floor)", () => {
    expect(cats('unit', 'AdvertUserFields', ['title', 'unit', 'valueByUnit', 'email'])).toEqual([]);
    expect(cats('costPerUnit', 'InvoiceRow', ['description', 'costPerUnit', 'quantity'], 'number')).toEqual([]);
    expect(cats('organizational_unit', 'agent_informations', ['email', 'given_name', 'organizational_unit'])).toEqual([]);
    expect(cats('primary_reservation_unit', 'ReservationStatistic', ['primary_reservation_unit', 'home_city_name'], 'BigIntegerField')).toEqual([]);
    expect(cats('floor', 'FacilityInfo', ['name', 'floor', 'capacity', 'email'])).toEqual([]);
  });

  it('is the flat beside a street and a postcode, and apartment or Wohnung counts in a person record', () => {
    expect(cats('unit', 'addresses', ['street', 'unit', 'zip', 'city'])).toEqual(['address']);
    expect(cats('floor', 'customer_address', ['street_name', 'house_number', 'floor', 'door', 'postcode'])).toEqual(['address']);
    expect(cats('apartment', 'customers', ['first_name', 'last_name', 'apartment'])).toEqual(['address']);
    expect(cats('wohnung', 'kunde', ['vorname', 'nachname', 'wohnung'])).toEqual(['address']);
  });
});
