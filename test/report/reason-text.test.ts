/** Words for reasons and fixes: one module, reused by check, SARIF and the ESLint rules. */
import { describe, expect, it } from 'vitest';
import type { InventoryElement } from '../../src/inventory/types.js';
import { fixText, reasonText } from '../../src/report/reason-text.js';
import { loadReportInventory } from './fixture.js';

const inventory = loadReportInventory();
const element = (container: string, field: string): InventoryElement => inventory.elements.find((e) => e.container === container && e.field === field)!;

describe('reasonText', () => {
  it('says each reason in words', () => {
    expect(reasonText({ code: 'no-purpose' })).toBe('no purpose is declared for it');
    expect(reasonText({ code: 'unknown-purpose', purpose: 'customer-support' })).toBe('purpose `customer-support` is not in the policy');
    expect(reasonText({ code: 'category-not-allowed', purpose: 'marketing', category: 'phone' })).toBe('purpose `marketing` does not allow phone');
    expect(reasonText({ code: 'recipient-undeclared', recipient: 'hubspot' })).toBe('recipient `hubspot` is not declared in the policy');
    expect(reasonText({ code: 'recipient-not-allowed', recipient: 'mixpanel', category: 'name' })).toBe('recipient `mixpanel` is not declared to receive name for any of its purposes');
    expect(reasonText({ code: 'purpose-conflict', purposes: ['marketing', 'service-provision'] })).toBe('its sources name different purposes (`marketing`, `service-provision`)');
  });
});

describe('fixText', () => {
  it('suggests the annotation the source understands, or a processing entry in privacy.yml', () => {
    expect(fixText(element('Referral', 'friendEmail'), inventory.policy)).toBe(
      "add `@purpose service-provision` to the JSDoc of `Referral.friendEmail`, or declare it under processing in privacy.yml (`purposes: [service-provision]`, `symbols: ['Referral.friendEmail']`)",
    );
    expect(fixText(element('public.customers', 'nickname'), inventory.policy)).toBe("declare it under processing in privacy.yml (`purposes: [service-provision]`, `tables: ['public.customers.nickname']`)");
    const prismaOnly = { ...element('public.customers', 'nickname'), sources: ['prisma' as const], locations: [{ source: 'prisma' as const, file: 'prisma/schema.prisma', line: 9, table: 'public.customers', column: 'nickname' }] };
    expect(fixText(prismaOnly, inventory.policy)).toMatch(/^add `\/\/\/ @purpose service-provision` above `nickname` in the Prisma schema/);
    const sqlOnly = { ...prismaOnly, sources: ['sql' as const], locations: [{ source: 'sql' as const, file: 'migrations/001.sql', line: 9, table: 'public.customers', column: 'nickname' }] };
    expect(fixText(sqlOnly, inventory.policy)).toMatch(/^add `COMMENT ON COLUMN public\.customers\.nickname IS '@purpose service-provision'` in a migration/);
  });

  it('names the fix for each other reason', () => {
    expect(fixText(element('SupportTicket', 'callbackPhone'), inventory.policy)).toBe('change `customer-support` to `customer-relationship`');
    expect(fixText(element('NewsletterSignup', 'phone'), inventory.policy)).toBe('add phone to the categories of `marketing` in privacy.yml, or use a purpose that allows it (`service-provision` or `customer-relationship`)');
    expect(fixText(element('syncContact', 'fetch'), inventory.policy)).toBe('declare `hubspot` under recipients in privacy.yml (purposes, categories, transfer), or stop sending email there');
    const name = inventory.elements.find((e) => e.container === 'trackSignup' && e.category === 'name')!;
    expect(fixText(name, inventory.policy)).toBe('add name to the categories of recipient `mixpanel` in privacy.yml, or stop sending it');
    // A conflict and a disallowed category: the category is the fix that makes it declared.
    expect(fixText(element('Order', 'deliveryPhone'), inventory.policy)).toMatch(/^add phone to the categories of `marketing`/);
  });
});
