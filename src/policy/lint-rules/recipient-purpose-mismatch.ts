import { messageAt, type LintRule } from '../lint-rule.js';

const rule: Omit<LintRule, 'check'> = {
  code: 'recipient-purpose-mismatch',
  severity: 'error',
  description: 'Disallow a recipient receiving a data category that none of its purposes allows.',
};

/** Disclosure is processing too (Art. 4(2)): what a recipient gets must be covered by the purposes it serves. */
export default {
  ...rule,
  check(policy) {
    return Object.values(policy.recipients).flatMap((recipient) =>
      recipient.categories
        .filter((category) => !recipient.purposes.some((id) => policy.purposes[id]?.categories.includes(category)))
        .map((category) =>
          messageAt(
            rule,
            recipient.purposes.length
              ? `recipient \`${recipient.id}\` receives \`${category}\` but none of its purposes (${recipient.purposes.join(', ')}) allows it`
              : `recipient \`${recipient.id}\` receives \`${category}\` but serves no purpose`,
            recipient.position,
            policy.file,
          ),
        ),
    );
  },
} satisfies LintRule;
