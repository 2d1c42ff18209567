/**
 * Session 47's detector changes, from two fresh code bases' first runs (moved to training since: an Italian hotel's
 * back office, an Argentine dental clinic):
 * - a person's application named in two words (`job_applications`, `MembershipApplication`) is the applicant's record,
 *   where an application alone is software (rules/context.yml `personCompounds`, src/detect/container-compounds.ts);
 * - the name beside a message's `to` address (`email_messages.to_name`) is the addressee's;
 * - a booking's or an order's plural in the languages that make it without an `s` (`prenotazioni_ristorante(nome,
 *   telefono)`) is a party's record, as `bookings` is;
 * - the text beside a coded value (`comune_residenza_testo`) is still the value;
 * - a bare contact of a supplier beside its email and phone names the person to ask in the Romance languages too
 *   (`fornitori.contatto`);
 * - a Spanish order platform's phone abbreviated `tfno`, and an hour named before a phone term (`horaIniManTele`: when
 *   its shop takes telesales calls) that is no number.
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

describe("a person's application", () => {
  const application = ['id', 'full_name', 'email', 'location', 'cv_storage_path', 'status'];

  it("is the applicant's record in two words", () => {
    expect(categories('full_name', { container: ['job_applications'], type: 'text', siblings: application })).toEqual(['name']);
    expect(categories('name', { container: ['MembershipApplication'], type: 'string', siblings: ['name', 'email', 'phone'] })).toEqual(['name']);
  });

  it("is the applicant's in the form they fill in, a school's admissions form", () => {
    const form = ['gibbonApplicationFormID', 'surname', 'firstName', 'preferredName', 'officialName', 'email'];
    expect(categories('preferredName', { container: ['gibbonApplicationForm'], type: 'varchar(60)', siblings: form })).toEqual(['name']);
    expect(categories('officialName', { container: ['gibbonApplicationForm'], type: 'varchar(150)', siblings: form })).toEqual(['name']);
  });

  it("is software alone: an OAuth application's name is the program's", () => {
    expect(categories('name', { container: ['applications'], type: 'varchar', siblings: ['id', 'name', 'client_id', 'redirect_uri'] })).toEqual([]);
    expect(categories('full_name', { container: ['applications'], type: 'text', siblings: ['id', 'full_name', 'slug'] })).toEqual([]);
  });
});

describe("a message's addressee", () => {
  const message = ['direction', 'from_email', 'from_name', 'to_email', 'to_name', 'subject'];

  it('is named beside the address', () => {
    expect(categories('to_name', { container: ['email_messages'], type: 'text', siblings: message })).toEqual(['name']);
  });

  it('is not a transfer\'s destination outside a message', () => {
    expect(categories('to_name', { container: ['stage_transitions'], type: 'text', siblings: ['from_name', 'to_name', 'moved_at'] })).toEqual([]);
  });
});

describe("a booking's plural in the other languages", () => {
  it("holds its party's bare name beside the party's phone", () => {
    const booking = ['id', 'nome', 'telefono', 'data', 'ora', 'coperti', 'note'];
    expect(categories('nome', { container: ['prenotazioni_ristorante'], type: 'varchar(255)', siblings: booking })).toEqual(['name']);
    expect(categories('naam', { container: ['bestellingen'], type: 'varchar(255)', siblings: ['naam', 'email', 'straat'] })).toEqual(['name']);
  });

  it("is the booking's own title where its party's fields are someone else's", () => {
    expect(categories('nome', { container: ['prenotazioni'], type: 'varchar(255)', siblings: ['nome', 'referente_nome', 'referente_email'] })).toEqual([]);
  });
});

describe('the text beside a coded value, and a Romance contact', () => {
  it('keeps the place of residence written out', () => {
    const guest = ['nome', 'cognome', 'comune_residenza_codice', 'comune_residenza_testo', 'email'];
    expect(categories('comune_residenza_testo', { container: ['ospiti'], type: 'varchar(255)', siblings: guest })).toEqual(['address']);
  });

  it("names a supplier's person to ask beside its email and phone, and nothing in a contact's own record", () => {
    const supplier = ['id', 'nome', 'contatto', 'email', 'telefono', 'note'];
    expect(categories('contatto', { container: ['fornitori'], type: 'varchar(100)', siblings: supplier })).toEqual(['name']);
    expect(categories('contacto', { container: ['proveedores'], type: 'text', siblings: ['nombre', 'contacto', 'email', 'telefono'] })).toEqual(['name']);
    expect(categories('contatto', { container: ['fornitori'], type: 'varchar(100)', siblings: ['id', 'nome', 'contatto', 'note'] })).toEqual([]);
  });
});

describe('a Spanish abbreviation and an hour before a phone term', () => {
  it('reads `tfno` as the phone', () => {
    expect(categories('tfno', { container: ['PedidoDireccionDto'], type: 'string', siblings: ['nombre', 'contacto', 'tfno', 'direccion'] })).toEqual(['phone']);
  });

  it('reads when to call as no number', () => {
    const shop = ['nombre', 'telefono', 'horaIniManTele', 'horaFinManTele', 'horario_telefono'];
    expect(categories('horaIniManTele', { container: ['Client'], type: 'nvarchar(20)', siblings: shop })).toEqual([]);
    expect(categories('horario_telefono', { container: ['Client'], type: 'text', siblings: shop })).toEqual([]);
    expect(categories('telefono', { container: ['Client'], type: 'nvarchar(20)', siblings: shop })).toEqual(['phone']);
  });
});
