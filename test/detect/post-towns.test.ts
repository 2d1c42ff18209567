/**
 * Session 17 (s17-contact): the town a postcode is delivered from, named so (the UK PAF's `post_town`, a Danish register's
 * `postal_area`, Portugal's `localidade_postal`): the address's town, in every lexicon language that names it so
 * (rules/lexicon/en.yml, fr, es, pt, it `town`). Written from a training miss (kas' address from the Danish register).
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

describe('a post town', () => {
  it('is the address\'s town in an address or a person\'s record', () => {
    const dafo = ['street_name', 'house_number', 'floor', 'door', 'postal_code', 'postal_area', 'co'];
    expect(categories('postal_area', { container: ['AddressFromDafo'], type: 'TextField', siblings: dafo })).toEqual(['address']);
    expect(categories('post_town', { container: ['customers'], type: 'varchar(50)', siblings: ['first_name', 'last_name', 'post_town', 'postcode'] })).toEqual(['address']);
    expect(categories('localidade_postal', { container: ['Utente'], type: 'varchar(50)', siblings: ['nome', 'morada', 'codigo_postal', 'localidade_postal'] })).toEqual(['address']);
  });

  it('is a place\'s own, not a person\'s, where nothing makes the record one (a delivery zone)', () => {
    expect(categories('postal_area', { container: ['DeliveryZone'], type: 'varchar(50)', siblings: ['id', 'postal_area', 'price'] })).toEqual([]);
  });
});
