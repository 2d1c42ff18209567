import type { LintMessage, Policy, PurposeDef, SourcePosition } from './types.js';

/** One check an auditor would make on the policy itself, before looking at any code. */
export interface LintRule {
  /** Kebab-case id, also the name of its fixture (`fixtures/policy/lint/<code>.yml`) and its section in docs/policy.md. */
  code: string;
  severity: LintMessage['severity'];
  /** One sentence for rule listings (SARIF rule metadata, docs). */
  description: string;
  check(policy: Policy): LintMessage[];
}

/** A message at the entry it concerns; a built-in category the file never mentions points at the file's start. */
export function messageAt(rule: Pick<LintRule, 'code' | 'severity'>, message: string, position: SourcePosition | undefined, file: string): LintMessage {
  return { code: rule.code, severity: rule.severity, message, position: position ?? { file, line: 1, col: 1 } };
}

/** A rule that looks at one purpose at a time and returns a message when the purpose breaks it. */
export function purposeRule(rule: Omit<LintRule, 'check'>, problem: (purpose: PurposeDef) => string | undefined): LintRule {
  return {
    ...rule,
    check: (policy) =>
      Object.values(policy.purposes).flatMap((purpose) => {
        const message = problem(purpose);
        return message === undefined ? [] : [messageAt(rule, message, purpose.position, policy.file)];
      }),
  };
}
