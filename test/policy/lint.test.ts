/** Policy lint beyond the per-rule fixtures: positions, ordering, and the helpers the report uses. */
import { describe, expect, it } from 'vitest';
import { isErasureExempt, LEGAL_BASES, legalBasisLetter, lintPolicy, parsePolicy, type LegalBasis } from '../../src/policy/index.js';

const header = `version: 1
controller: { name: Acme AS, contact: [privacy@example.com] }
`;
const parse = (body: string) => parsePolicy(`${header}${body}`, '/project/privacy.yml');

describe('lintPolicy', () => {
  it('points a built-in category the file never mentions at the start of the file', () => {
    const messages = lintPolicy(parse('purposes:\n  billing: { title: Billing, legalBasis: contract, categories: [name, email], retention: 5 years }\n'));
    expect(messages).toEqual([
      { code: 'category-unused', severity: 'warning', message: 'category `address` is allowed by no purpose, so any finding of it is undeclared processing', position: { file: '/project/privacy.yml', line: 1, col: 1 } },
      { code: 'category-unused', severity: 'warning', message: 'category `phone` is allowed by no purpose, so any finding of it is undeclared processing', position: { file: '/project/privacy.yml', line: 1, col: 1 } },
    ]);
  });

  it('sorts by line, then code, so the same policy gives the same output whatever the order of rules', () => {
    const messages = lintPolicy(
      parse(`purposes:
  zeta: { title: Z, legalBasis: contract, profiling: true, erasureExempt: true, categories: [name, email, phone, address] }
  alpha: { title: A, categories: [email] }
`),
    );
    expect(messages.map((m) => `${m.position?.line} ${m.severity} ${m.code}`)).toEqual([
      '4 warning erasure-exempt-not-legal-obligation',
      '4 error marketing-or-profiling-on-contract',
      '4 warning retention-missing',
      '5 error purpose-without-legal-basis',
      '5 warning retention-missing',
    ]);
  });

  it('says what to write in each message', () => {
    const [message] = lintPolicy(parse('purposes:\n  newsletter: { title: N, legalBasis: consent, categories: [name, email, phone, address], retention: 1 year }\n'));
    expect(message?.message).toBe('purpose `newsletter` rests on consent but does not say how consent is collected and recorded (consent.mechanism)');
  });

  it('flags a recipient that serves no purpose but receives data', () => {
    const policy = parse(`purposes:
  billing: { title: B, legalBasis: contract, categories: [name, email, phone, address], retention: 5 years }
recipients:
  archive: { title: Archive, purposes: [], categories: [email] }
`);
    expect(lintPolicy(policy).map((m) => m.message)).toEqual(['recipient `archive` receives `email` but serves no purpose']);
  });
});

describe('isErasureExempt', () => {
  const purposes = parse(`purposes:
  books: { title: B, legalBasis: legal-obligation, categories: [name, email, phone, address], retention: 5 years }
  claims: { title: C, legalBasis: legitimate-interests, lia: LIA-1, erasureExempt: true, categories: [name], retention: 3 years }
  shop: { title: S, legalBasis: contract, categories: [name], retention: 1 year }
`).purposes;

  it('is true for a legal obligation even when the file does not say erasureExempt', () => {
    expect(purposes.books?.erasureExempt).toBe(false);
    expect(isErasureExempt(purposes.books!)).toBe(true);
  });

  it('follows erasureExempt on any other basis', () => {
    expect(isErasureExempt(purposes.claims!)).toBe(true);
    expect(isErasureExempt(purposes.shop!)).toBe(false);
  });
});

describe('legalBasisLetter', () => {
  it('gives the Art. 6(1) paragraph of every basis', () => {
    expect(Object.keys(LEGAL_BASES).map((b) => legalBasisLetter(b as LegalBasis))).toEqual(['6(1)(a)', '6(1)(b)', '6(1)(c)', '6(1)(d)', '6(1)(e)', '6(1)(f)']);
    expect(legalBasisLetter('legitimate-interests')).toBe('6(1)(f)');
  });
});
