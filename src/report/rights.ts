/**
 * Data-subject rights per purpose, derived from the legal basis as the GDPR (Art. 15-22) and the seed policy
 * describe them. Each cell says whether the right applies and why, in plain words.
 */
import { isErasureExempt } from '../policy/lint.js';
import type { PurposeDef } from '../policy/types.js';

export const RIGHTS = ['access', 'rectification', 'erasure', 'restriction', 'objection', 'portability', 'withdraw-consent'] as const;
export type Right = (typeof RIGHTS)[number];

export interface RightCell {
  applies: 'yes' | 'no' | 'limited';
  why: string;
}

export function rightsFor(purpose: PurposeDef): Record<Right, RightCell> {
  const basis = purpose.legalBasis;
  const exempt = isErasureExempt(purpose);
  return {
    access: { applies: 'yes', why: 'Art. 15: always' },
    rectification: { applies: 'yes', why: 'Art. 16: always' },
    erasure: exempt
      ? { applies: 'limited', why: basis === 'legal-obligation' ? 'Art. 17(3)(b): kept while the law requires it' : 'marked exempt in the policy' }
      : { applies: 'yes', why: 'Art. 17: on request' },
    restriction: { applies: 'yes', why: 'Art. 18: in the situations it lists' },
    objection: purpose.directMarketing
      ? { applies: 'yes', why: 'Art. 21(2): absolute for direct marketing' }
      : basis === 'legitimate-interests' || basis === 'public-task'
        ? { applies: 'yes', why: 'Art. 21(1): weighed against our grounds' }
        : { applies: 'no', why: `not for ${basis ?? 'this basis'}` },
    portability: basis === 'consent' || basis === 'contract' ? { applies: 'yes', why: 'Art. 20: consent or contract' } : { applies: 'no', why: `not for ${basis ?? 'this basis'}` },
    'withdraw-consent': basis === 'consent' ? { applies: 'yes', why: 'Art. 7(3): at any time' } : { applies: 'no', why: 'not based on consent' },
  };
}
