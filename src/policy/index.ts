export { BUILTIN_CATEGORY_DEFS } from './builtin-categories.js';
export { didYouMean } from './did-you-mean.js';
export { findPolicy, POLICY_FILE_NAMES } from './find.js';
export { initPolicy } from './init.js';
export { isErasureExempt, lintPolicy } from './lint.js';
export { loadPolicy, parsePolicy } from './load.js';
export { policySchema } from './schema.js';
export { LEGAL_BASES } from './types.js';
export type * from './types.js';
import { LEGAL_BASES, type LegalBasis } from './types.js';

/** "6(1)(f)" for legitimate-interests. */
export function legalBasisLetter(basis: LegalBasis): string {
  return `6(1)(${LEGAL_BASES[basis]})`;
}
