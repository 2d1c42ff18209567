/** Policy lint: what an auditor would flag in privacy.yml itself. Unknown ids are load errors, not lint. */
import { POLICY_LINT_RULES } from './lint-rules/index.js';
import type { LintMessage, Policy } from './types.js';

// Kept here too because the report imports it from this module.
export { isErasureExempt } from './erasure-exempt.js';

/** All messages, sorted by position, then code and text, so output is byte-identical for the same policy. */
export function lintPolicy(policy: Policy): LintMessage[] {
  return POLICY_LINT_RULES.flatMap((rule) => rule.check(policy)).sort(
    (a, b) =>
      (a.position?.line ?? 0) - (b.position?.line ?? 0) ||
      (a.position?.col ?? 0) - (b.position?.col ?? 0) ||
      a.code.localeCompare(b.code) ||
      a.message.localeCompare(b.message),
  );
}
