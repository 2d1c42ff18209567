/** Every policy lint rule, sorted by code; a test proves each has a fixture and a section in docs/policy.md. */
import type { LintRule } from '../lint-rule.js';
import categoryUnused from './category-unused.js';
import consentWithoutMechanism from './consent-without-mechanism.js';
import directMarketingWithoutOptOut from './direct-marketing-without-opt-out.js';
import erasureExemptNotLegalObligation from './erasure-exempt-not-legal-obligation.js';
import liaMissing from './lia-missing.js';
import marketingOrProfilingOnContract from './marketing-or-profiling-on-contract.js';
import purposeWithoutLegalBasis from './purpose-without-legal-basis.js';
import recipientPurposeMismatch from './recipient-purpose-mismatch.js';
import retentionMissing from './retention-missing.js';

export const POLICY_LINT_RULES: readonly LintRule[] = [
  categoryUnused,
  consentWithoutMechanism,
  directMarketingWithoutOptOut,
  erasureExemptNotLegalObligation,
  liaMissing,
  marketingOrProfilingOnContract,
  purposeWithoutLegalBasis,
  recipientPurposeMismatch,
  retentionMissing,
];
