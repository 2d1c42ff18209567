/**
 * Issue 11 (session 29): a value object named for which of a person's emails or phones it holds (`PrimaryEmail`,
 * `TelefonePrincipal`, `EmailAlternativo`), or behind a generated client's package word (`ModelsEmailPrincipal`: Go's
 * `models.EmailPrincipal` through swag), holds that email or phone in its value field, as `Email { valor }` did.
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

describe('a value object named for which of the values it holds', () => {
  it('holds the email or the phone in its value (a citizen API generated from a Go backend)', () => {
    const found = scanned(`
      export interface ModelsEmailPrincipal {
        origem?: string
        updated_at?: string
        valor?: string
      }
      export interface ModelsTelefoneAlternativo {
        ddd?: string
        ddi?: string
        valor?: string
      }
    `);
    expect(found.valor?.sort()).toEqual(['email', 'phone']);
    expect(categories('value', { container: ['PrimaryEmail'], siblings: ['value'], type: 'string' })).toEqual(['email']);
  });

  it("stays out of a template's, a kind's and a notification's value", () => {
    expect(categories('value', { container: ['EmailTemplate'], siblings: ['value'], type: 'string' })).toEqual([]);
    expect(categories('value', { container: ['PhoneType'], siblings: ['value'], type: 'string' })).toEqual([]);
    expect(categories('value', { container: ['EmailNotification'], siblings: ['value'], type: 'string' })).toEqual([]);
    expect(categories('value', { container: ['ColdEmail'], siblings: ['value'], type: 'string' })).toEqual([]);
  });
});
