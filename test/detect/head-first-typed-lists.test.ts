/**
 * `emails: EmailAreaPromotora[]`: where compounds put the head first, a type named with the member's own email or phone
 * term first is that data of whatever follows, so the member holds it (src/detect/classify-field.ts, `headFirstOwnData`).
 */
import { describe, expect, it } from 'vitest';
import { scanned } from './field-categories.js';

describe("a list typed as the term of something else's record", () => {
  it('holds emails and phones in a Portuguese or Spanish record', () => {
    const source = [
      'export interface AreaPromotoraDTO { nome: string; tipo: number; grupoId?: string | null; telefones: TelefoneAreaPromotora[]; emails: EmailAreaPromotora[]; }',
      'export interface ClienteDto { nombre: string; apellido: string; correos: CorreoCliente[]; telefonos: TelefonoCliente[]; }',
    ].join('\n');
    expect(scanned(source)).toMatchObject({ telefones: ['phone'], emails: ['email'], correos: ['email'], telefonos: ['phone'] });
  });

  it("but a kind of thing in an English record, or an English compound anywhere, stays a link", () => {
    const source = [
      'export interface TeamDto { name: string; ownerId: string; emails: EmailMessage[]; phones: PhoneLog[]; }',
      'export interface ClienteDto { nombre: string; apellido: string; emails: EmailTemplate[]; telefonos: TelefonoSettings[]; }',
    ].join('\n');
    const found = scanned(source);
    expect(found.emails).toBeUndefined();
    expect(found.phones).toBeUndefined();
    expect(found.telefonos).toBeUndefined();
  });
});
