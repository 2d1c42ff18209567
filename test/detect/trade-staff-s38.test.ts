/**
 * Session 38: the staff a barbershop, a salon or a physiotherapy booking names by their trade (`barber.name`,
 * `nome_barbeiro`, `stylistPhone`) are people, in every lexicon language (rules/lexicon/*.yml `personNouns`), while the
 * shop itself stays a business (session 37) and a service's `name` stays no one's. Seen in training sets' booking apps:
 * the barber's name logged and sent to analytics with the booking.
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

describe('a record named for a trade that serves a booking', () => {
  it("holds that staff member's name, in the lexicon languages", () => {
    const records: [string, string][] = [
      ['name', 'Barber'],
      ['name', 'Stylist'],
      ['name', 'Physio'],
      ['nome', 'Barbeiro'],
      ['nombre', 'Peluquero'],
      ['name', 'Friseur'],
      ['naam', 'Kapper'],
      ['nom', 'Coiffeur'],
      ['nome', 'Parrucchiere'],
      ['imie', 'Fryzjer'],
      ['navn', 'Frisor'],
      ['nimi', 'Parturi'],
    ];
    for (const [name, container] of records) expect([container, categories(name, { container: [container], type: 'string' })]).toEqual([container, ['name']]);
  });

  it('names whose name, phone and email a compound holds', () => {
    expect(categories('barberName', { type: 'string' })).toEqual(['name']);
    expect(categories('nome_barbeiro', { type: 'string' })).toEqual(['name']);
    expect(categories('coiffeur_email', { type: 'string' })).toEqual(['email']);
    expect(categories('stylistPhone', { type: 'string' })).toEqual(['phone']);
  });

  it("leaves the shop's and the service's name, and the barber's id, alone", () => {
    expect(categories('name', { container: ['Barbershop'], type: 'string' })).toEqual([]);
    expect(categories('name', { container: ['Service'], type: 'string' })).toEqual([]);
    expect(categories('barber_id', { type: 'string' })).toEqual([]);
  });

  it('is found by the scanner in a booking type', () => {
    expect(scanned('export interface Barber { id: string; name: string; phone: string; rating: number }')).toEqual({ name: ['name'], phone: ['phone'] });
  });
});
