/** The rights matrix follows the legal basis as the GDPR and the seed policy describe it. */
import { describe, expect, it } from 'vitest';
import type { PurposeDef } from '../../src/policy/types.js';
import { rightsFor } from '../../src/report/rights.js';

const purpose = (p: Partial<PurposeDef>): PurposeDef => ({ id: 'p', title: 'P', categories: [], subjects: [], directMarketing: false, profiling: false, erasureExempt: false, ...p });
const applies = (p: Partial<PurposeDef>) => Object.fromEntries(Object.entries(rightsFor(purpose(p))).map(([k, v]) => [k, v.applies]));

describe('rightsFor', () => {
  it('grants access, rectification and restriction always', () => {
    for (const legalBasis of ['consent', 'contract', 'legal-obligation', 'vital-interests', 'public-task', 'legitimate-interests'] as const) {
      expect(applies({ legalBasis })).toMatchObject({ access: 'yes', rectification: 'yes', restriction: 'yes' });
    }
  });

  it('derives the rest from the basis', () => {
    expect(applies({ legalBasis: 'consent' })).toMatchObject({ erasure: 'yes', objection: 'no', portability: 'yes', 'withdraw-consent': 'yes' });
    expect(applies({ legalBasis: 'contract' })).toMatchObject({ erasure: 'yes', objection: 'no', portability: 'yes', 'withdraw-consent': 'no' });
    expect(applies({ legalBasis: 'legitimate-interests' })).toMatchObject({ objection: 'yes', portability: 'no', 'withdraw-consent': 'no' });
    expect(applies({ legalBasis: 'public-task' })).toMatchObject({ objection: 'yes', portability: 'no' });
    expect(applies({ legalBasis: 'legal-obligation' })).toMatchObject({ erasure: 'no', objection: 'no', portability: 'no' });
    expect(applies({ legalBasis: 'legitimate-interests', erasureExempt: true }).erasure).toBe('limited');
    expect(rightsFor(purpose({ legalBasis: 'legitimate-interests', directMarketing: true })).objection).toEqual({ applies: 'yes', why: 'Art. 21(2): absolute for direct marketing' });
    expect(rightsFor(purpose({})).portability.why).toMatch(/no legal basis declared/);
  });
});
