/**
 * Issue 11 (session 29): a domain event named for the datum that changed (`EmailChangedMessage { address }`,
 * `PhoneChangedMessage { number }`) carries that datum, as a record named for it does (src/detect/change-event.ts).
 */
import { describe, expect, it } from 'vitest';
import { categories, scanned } from './field-categories.js';

describe('an event named for the email or the phone that changed', () => {
  it("carries the new email address or phone number (a profile service's change messages)", () => {
    const found = scanned(`
      export interface EmailChangedMessage {
        userId: string
        address: string
      }
      export interface PhoneChangedMessage {
        userId: string
        number: string
      }
    `);
    expect(found.address).toEqual(['email']);
    expect(found.number).toEqual(['phone']);
    expect(categories('value', { container: ['EmailVerifiedEvent'], siblings: ['userId', 'value'], type: 'string' })).toEqual(['email']);
  });

  it("leaves a mail message, a mail's delivery event and another record's event as they were", () => {
    expect(categories('address', { container: ['OrderCreatedEvent'], siblings: ['orderId', 'address'], type: 'string' })).toEqual(['address']);
    expect(categories('number', { container: ['InvoiceCreatedEvent'], siblings: ['invoiceId', 'number'], type: 'string' })).toEqual([]);
    expect(categories('value', { container: ['EmailEvent'], siblings: ['type', 'value'], type: 'string' })).toEqual([]);
  });
});
