import { messageAt, type LintRule } from '../lint-rule.js';

const rule: Omit<LintRule, 'check'> = {
  code: 'category-unused',
  severity: 'warning',
  description: 'Warn about a data category that no purpose allows, since every finding of it is undeclared.',
};

/** A category no purpose allows is either collected without a purpose (declare one) or not collected at all. */
export default {
  ...rule,
  check(policy) {
    const allowed = new Set(Object.values(policy.purposes).flatMap((p) => p.categories));
    return Object.values(policy.categories)
      .filter((c) => !allowed.has(c.id))
      .map((c) => messageAt(rule, `category \`${c.id}\` is allowed by no purpose, so any finding of it is undeclared processing`, c.position, policy.file));
  },
} satisfies LintRule;
