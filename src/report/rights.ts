/**
 * Data-subject rights per purpose, derived from the legal basis as the GDPR (Art. 7 and 15-21) and the seed
 * policy describe them. Each cell says whether the right applies and, in a few words, why.
 */
import { isErasureExempt } from '../policy/index.js';
import type { LegalBasis, PurposeDef } from '../policy/types.js';

export const RIGHTS = ['access', 'rectification', 'erasure', 'restriction', 'objection', 'portability', 'withdraw-consent'] as const;
export type Right = (typeof RIGHTS)[number];

export const RIGHT_TITLES: Record<Right, string> = {
  access: 'Access',
  rectification: 'Rectification',
  erasure: 'Erasure',
  restriction: 'Restriction',
  objection: 'Objection',
  portability: 'Portability',
  'withdraw-consent': 'Withdraw consent',
};

export interface RightCell {
  /** `limited`: the right exists but the policy keeps some of the data (an erasure exemption). */
  applies: 'yes' | 'no' | 'limited';
  why: string;
}

const BASIS_WORDS: Record<LegalBasis, string> = {
  consent: 'consent',
  contract: 'a contract',
  'legal-obligation': 'a legal obligation',
  'vital-interests': 'vital interests',
  'public-task': 'a public task',
  'legitimate-interests': 'legitimate interests',
};

export function rightsFor(purpose: PurposeDef): Record<Right, RightCell> {
  const basis = purpose.legalBasis;
  const on = basis ? `based on ${BASIS_WORDS[basis]}` : 'no legal basis declared';
  const erasure: RightCell =
    basis === 'legal-obligation'
      ? { applies: 'no', why: 'Art. 17(3)(b): kept as long as the law requires' }
      : isErasureExempt(purpose)
        ? { applies: 'limited', why: 'exempt in privacy.yml: kept for the retention period' }
        : { applies: 'yes', why: 'Art. 17: deleted on request' };
  const objection: RightCell = purpose.directMarketing
    ? { applies: 'yes', why: 'Art. 21(2): absolute for direct marketing' }
    : basis === 'legitimate-interests' || basis === 'public-task'
      ? { applies: 'yes', why: 'Art. 21(1): unless our grounds override yours' }
      : { applies: 'no', why: `Art. 21 covers 6(1)(e) and (f); this is ${on}` };
  return {
    access: { applies: 'yes', why: 'Art. 15: always' },
    rectification: { applies: 'yes', why: 'Art. 16: always' },
    erasure,
    restriction: { applies: 'yes', why: 'Art. 18: always, in the cases it lists' },
    objection,
    portability:
      basis === 'consent' || basis === 'contract'
        ? { applies: 'yes', why: `Art. 20: ${on}` }
        : { applies: 'no', why: `Art. 20 covers consent and contract; this is ${on}` },
    'withdraw-consent': basis === 'consent' ? { applies: 'yes', why: 'Art. 7(3): at any time, as easily as given' } : { applies: 'no', why: `not based on consent` },
  };
}
