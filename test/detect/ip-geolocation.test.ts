/**
 * Session 17 (s17-contact): a visit's record with the visitor's IP address and a town but no street or postcode
 * (`ahoy_visits`, an analytics session's geo lookup) holds where the IP address was placed on a map, nobody's postal
 * address (src/detect/ip-geolocation.ts). Written from a training false positive (mon-suivi-justice's Ahoy visits).
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

describe('a town beside an IP address', () => {
  it('is the IP address\'s geolocation in a visit\'s record', () => {
    const visits = ['visit_token', 'user_id', 'ip', 'user_agent', 'country', 'region', 'city', 'latitude', 'longitude', 'started_at'];
    expect(categories('city', { container: ['ahoy_visits'], type: 'string', siblings: visits })).toEqual([]);
    const session = ['id', 'user_id', 'ip_address', 'city', 'country'];
    expect(categories('city', { container: ['UserSession'], type: 'varchar(100)', siblings: session })).toEqual([]);
  });

  it('stays the town of a record with an address of its own (an order keeping the buyer\'s IP)', () => {
    const order = ['firstname', 'lastname', 'email', 'ip', 'payment_address_1', 'payment_city', 'payment_postcode'];
    expect(categories('payment_city', { container: ['order'], type: 'varchar(128)', siblings: order })).toEqual(['address']);
    expect(categories('city', { container: ['customers'], type: 'varchar(100)', siblings: ['first_name', 'last_name', 'email', 'city', 'zip'] })).toEqual(['address']);
  });
});
