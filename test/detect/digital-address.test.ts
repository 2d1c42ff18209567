/**
 * A digital or an electronic address is a mailbox, never a postal address (rules/context.yml `denyPrefixes`: `digital`,
 * `electronic`; the lexicon's email terms): an Italian administration's `digitalAddress` is its certified PEC mailbox
 * (`domicilio digitale`), as `direccion_electronica` and `endereco_eletronico` are email addresses.
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

describe('a digital address', () => {
  it('is an email, not a postal address (digitalAddress, electronic_address, domicilio_digitale)', () => {
    expect(scanned('export interface Party {\n  description: string;\n  digitalAddress: string;\n  registeredOffice: string;\n  zipCode: string;\n}\n')['digitalAddress']).toEqual(['email']);
    expect(categories('electronic_address', { container: ['customers'], type: 'varchar(100)', siblings: ['name', 'electronic_address'] })).toEqual(['email']);
    expect(categories('domicilio_digitale', { container: ['ente'], type: 'varchar(100)', siblings: ['denominazione', 'domicilio_digitale', 'indirizzo', 'cap'] })).toEqual(['email']);
  });

  it('leaves the postal address and the digital flags alone (address, digital_signature, has_digital_address)', () => {
    expect(categories('address', { container: ['Party'], type: 'string', siblings: ['digitalAddress', 'address', 'zipCode'] })).toEqual(['address']);
    expect(categories('digital_signature', { container: ['customers'], type: 'text', siblings: ['name', 'digital_signature'] })).toEqual([]);
    expect(categories('has_digital_address', { container: ['customers'], type: 'boolean', siblings: ['name'] })).toEqual([]);
  });
});
