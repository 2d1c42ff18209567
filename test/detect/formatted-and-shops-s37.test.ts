/**
 * Session 37: `formatted` and `normalized` after a phone or email term in the lexicon languages keep it the data
 * (`telefoneFormatado`, `telefono_formateado`, `telefonnummerFormatiert`), as English `phoneFormatted` already was; `admin`
 * is a person noun as `administrator` is (`adminName`); and a
 * barbershop's or a hair salon's record is a business's, so its email, phone and `name` are no person's (rules/context.yml).
 */
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/index.js';
import { categories } from './field-categories.js';

const detector = createDetector({ defaultRegion: 'NO' });

describe('a formatted or normalised phone or email in other languages', () => {
  it('is still the phone or the email', () => {
    expect(categories('telefoneFormatado', { type: 'string' })).toEqual(['phone']);
    expect(categories('telefono_formateado', { type: 'string' })).toEqual(['phone']);
    expect(categories('telefonnummerFormatiert', { type: 'string' })).toEqual(['phone']);
    expect(categories('emailNormalizado', { type: 'string' })).toEqual(['email']);
  });

  it('leaves a formatted thing that is no contact alone', () => {
    expect(categories('dataFormatada', { type: 'string' })).toEqual([]);
  });
});

describe("a barbershop's or a salon's record", () => {
  const notes = (name: string, container: string) => detector.classifyField({ name, container: [container] }).matches.map((m) => [m.category, m.evidence.notes ?? []]);

  it("marks its own email and phone the business's", () => {
    expect(notes('email', 'barbershop')).toEqual([['email', ['organisation']]]);
    expect(notes('telefone', 'Barbearia')).toEqual([['phone', ['organisation']]]);
    expect(notes('whatsapp_number', 'Salon')).toEqual([['phone', ['organisation']]]);
  });

  it("leaves a barber's own phone a person's", () => {
    expect(notes('phone', 'Barber')).toEqual([['phone', []]]);
  });
});

describe('an admin, named short', () => {
  it('is a person whose name and email are theirs', () => {
    expect(categories('adminName', { type: 'string' })).toEqual(['name']);
    expect(categories('admin_email', { type: 'string' })).toEqual(['email']);
  });
});
