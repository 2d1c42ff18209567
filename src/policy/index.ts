/** The policy stage's public API: find, load, lint and initialise privacy.yml. */
export { BUILTIN_CATEGORY_DEFS } from './builtin-categories.js';
export { didYouMean } from './did-you-mean.js';
export { isErasureExempt } from './erasure-exempt.js';
export { findPolicy, POLICY_FILE_NAMES } from './find.js';
export { initPolicy, policyText, proposePolicy, TEMPLATE_URL } from './init.js';
export type { InitProposal, ProposedRecipient } from './init.js';
export { legalBasisLetter } from './legal-basis-letter.js';
export type { LintRule } from './lint-rule.js';
export { POLICY_LINT_RULES } from './lint-rules/index.js';
export { lintPolicy } from './lint.js';
export { loadPolicy, parsePolicy } from './load.js';
export { policySchema } from './schema.js';
export { LEGAL_BASES } from './types.js';
export type * from './types.js';
