/**
 * `@purpose` and `@personal` in JSDoc. Purposes are taken from the nearest level that has any: the field,
 * else its type or class (or schema variable, or the function that writes), else the file. `@personal
 * category` adds a category the name does not say; `@personal none -- reason` keeps the finding, suppressed.
 */
import { describe, expect, it } from 'vitest';
import type { FieldFinding } from '../../../src/finding.js';
import { fieldsOf } from './helpers.js';

async function byField(): Promise<Map<string, FieldFinding>> {
  return new Map((await fieldsOf('annotations')).map((f) => [`${f.container}.${f.field}`, f]));
}

describe('annotations', () => {
  it('takes purposes from the nearest level: field over type over file', async () => {
    const fields = await byField();
    expect(fields.get('InvoiceRecord.billingName')?.purposes).toEqual(['accounting']);
    expect(fields.get('Courier.email')?.purposes).toEqual(['fraud-prevention']);
    expect(fields.get('NewsletterSubscriber.email')?.purposes).toEqual(['marketing']);
    expect(fields.get('NewsletterSubscriber.firstName')?.purposes).toEqual(['marketing', 'analytics']);
    expect(fields.get('Profile.phone')?.purposes).toEqual(['account-management']);
    expect(fields.get('Ticket.requesterEmail')?.purposes).toEqual(['customer-support']);
  });

  it('applies a file-level @purpose to fields with none of their own, and only in that file', async () => {
    const fields = await byField();
    expect(fields.get('Courier.depotPhone')?.purposes).toEqual(['service-provision']);
    expect(fields.get('Unannotated.email')?.purposes).toEqual([]);
  });

  it('creates a finding from @personal where the name says nothing', async () => {
    const deliverTo = (await byField()).get('InvoiceRecord.deliverTo');
    expect(deliverTo?.category).toBe('address');
    expect(deliverTo?.evidence.ruleId).toBe('annotation');
  });

  it('keeps suppressed findings with their reason, on a field or on a whole class', async () => {
    const fields = await byField();
    expect(fields.get('Courier.depotPhone')?.suppressed).toEqual({ reason: "the courier company's depot, not a person" });
    expect(fields.get('DemoAccount.email')?.suppressed).toEqual({ reason: 'seeded demo accounts with example.com addresses only' });
    expect(fields.get('DemoAccount.displayName')?.suppressed).toBeDefined();
    expect(fields.get('NewsletterSubscriber.email')?.suppressed).toBeUndefined();
  });

  it('suppresses a whole file from its leading JSDoc', async () => {
    const fields = await byField();
    expect(fields.get('DemoCustomer.email')?.suppressed).toEqual({ reason: 'fictional people with example.com addresses, never real customers' });
    expect(fields.get('DemoCustomer.fullName')?.suppressed).toBeDefined();
    expect(fields.get('Unannotated.email')?.suppressed).toBeUndefined();
  });

  it('reads a JSDoc written on the line of the member it precedes, and not one that ends the line before', async () => {
    const fields = await byField();
    expect(fields.get('ContactRequest.contactPhone')?.purposes).toEqual(['customer-support']);
    expect(fields.get('ContactRequest.contactEmail')?.purposes).toEqual(['marketing']);
    // `recipientName: string /** … */` then a line break: the comment closes recipientName's line, so
    // deliveryEmail on the next line has no purpose of its own.
    expect(fields.get('ShippingLabel.deliveryEmail')?.purposes).toEqual([]);
    expect(fields.get('ShippingLabel.recipientName')?.purposes).toEqual([]);
  });
});
