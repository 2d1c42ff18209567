/** Policy lint: what an auditor flags in the policy itself. */
import { describe, expect, it } from 'vitest';
import { isErasureExempt, lintPolicy, parsePolicy } from '../../src/policy/index.js';

const base = `version: 1
controller: { name: Acme AS, contact: [privacy@example.com] }
`;

function lint(purposes: string, extra = ''): string[] {
  return lintPolicy(parsePolicy(`${base}purposes:\n${purposes}${extra}`, '/p/privacy.yml')).map((m) => `${m.severity} ${m.code}`);
}

describe('lintPolicy', () => {
  it('flags a purpose without a legal basis', () => {
    expect(lint('  a: { title: A, categories: [name, email, phone, address], retention: 1y }\n')).toEqual(['error purpose-without-legal-basis']);
  });

  it('flags direct marketing and profiling resting on contract', () => {
    expect(lint('  m: { title: M, legalBasis: contract, directMarketing: true, optOut: reply STOP, categories: [name, email, phone, address], retention: 1y }\n')).toEqual(['error marketing-or-profiling-on-contract']);
    expect(lint('  p: { title: P, legalBasis: contract, profiling: true, categories: [name, email, phone, address], retention: 1y }\n')).toEqual(['error marketing-or-profiling-on-contract']);
  });

  it('flags consent without a mechanism, and legitimate interests without an LIA', () => {
    expect(lint('  c: { title: C, legalBasis: consent, categories: [name, email, phone, address], retention: 1y }\n')).toEqual(['error consent-without-mechanism']);
    expect(lint('  l: { title: L, legalBasis: legitimate-interests, categories: [name, email, phone, address], retention: 1y }\n')).toEqual(['warning lia-missing']);
  });

  it('warns on missing retention, unused categories, and marketing without opt-out', () => {
    expect(lint('  s: { title: S, legalBasis: contract, categories: [name, email] }\n')).toEqual(['warning category-unused', 'warning category-unused', 'warning retention-missing']);
    expect(lint('  m: { title: M, legalBasis: legitimate-interests, lia: L1, directMarketing: true, categories: [name, email, phone, address], retention: 1y }\n')).toEqual(['warning direct-marketing-without-opt-out']);
  });

  it('flags a recipient receiving a category none of its purposes allows', () => {
    const recipients = 'recipients:\n  logs: { title: Logs, purposes: [s], categories: [phone] }\n';
    expect(lint('  s: { title: S, legalBasis: contract, categories: [name, email, address], retention: 1y }\n  t: { title: T, legalBasis: contract, categories: [phone], retention: 1y }\n', recipients)).toEqual(['error recipient-purpose-mismatch']);
  });

  it('treats legal-obligation purposes as exempt from erasure, and warns when another basis claims it', () => {
    const policy = parsePolicy(`${base}purposes:\n  books: { title: B, legalBasis: legal-obligation, categories: [name, email, phone, address], retention: 5y }\n  crm: { title: C, legalBasis: contract, erasureExempt: true, categories: [name], retention: 1y }\n`, '/p/privacy.yml');
    expect(isErasureExempt(policy.purposes.books!)).toBe(true);
    expect(lintPolicy(policy).map((m) => m.code)).toEqual(['erasure-exempt-not-legal-obligation']);
  });
});
