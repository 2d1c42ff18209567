/**
 * Session 42, from a hot-air balloon operator's tickets (a training code base read after its first run): who pays for,
 * organises or crews a booking is a person named by the role (`payeurNom`, `nomOrganisateur`, `equipierNom`, as
 * English `payerName` and `organizerName` are; rules/lexicon/fr.yml, it.yml, es.yml, pt.yml `personNouns`), and an
 * address or number kept encrypted at rest (`emailEncrypted`, `telephoneEncrypted`) is the same address or number
 * (rules/context.yml `allowedSuffixes`); a hashed one is not.
 */
import { describe, expect, it } from 'vitest';
import { categories } from './field-categories.js';

const ticket = ['reference', 'payeurPrenom', 'payeurNom', 'payeurEmail', 'organisateurNom', 'montant', 'statut'];

describe("a booking's payer, organiser and crew", () => {
  it('are people named by their role, in either order and in the other Romance languages', () => {
    expect(categories('payeurNom', { container: ['Billet'], siblings: ticket, type: 'String' })).toEqual(['name']);
    expect(categories('nomOrganisateur', { container: ['Billet'], siblings: ticket, type: 'String' })).toEqual(['name']);
    expect(categories('equipierNom', { container: ['Vol'], siblings: ['date', 'equipierNom', 'ballonId'], type: 'String' })).toEqual(['name']);
    expect(categories('nomePagatore', { container: ['Prenotazione'], siblings: ['nomePagatore', 'importo'], type: 'String' })).toEqual(['name']);
  });
});

describe('an address or a number kept encrypted', () => {
  it('is that address or number', () => {
    const passenger = ['prenom', 'nom', 'emailEncrypted', 'telephoneEncrypted', 'poids'];
    expect(categories('emailEncrypted', { container: ['Passager'], siblings: passenger, type: 'String' })).toEqual(['email']);
    expect(categories('telephoneEncrypted', { container: ['Passager'], siblings: passenger, type: 'String' })).toEqual(['phone']);
  });

  it('is none where it is hashed', () => {
    expect(categories('emailHash', { container: ['Passager'], siblings: ['emailHash', 'poids'], type: 'String' })).toEqual([]);
  });
});
