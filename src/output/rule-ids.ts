import type { InventoryElement } from '../inventory/types.js';

/**
 * The check an undeclared element fails, named like the ESLint rule that reports the same thing in the
 * editor, so SARIF results and lint messages line up.
 */
export type CheckRuleId = 'no-undeclared-personal-data' | 'no-personal-data-in-logs' | 'no-undeclared-recipient';

export function checkRuleId(element: InventoryElement): CheckRuleId {
  if (element.kind === 'field') return 'no-undeclared-personal-data';
  return element.sink?.kind === 'logs' ? 'no-personal-data-in-logs' : 'no-undeclared-recipient';
}

export const CHECK_RULES: Record<CheckRuleId, string> = {
  'no-undeclared-personal-data': 'Personal data is stored without a declared purpose and legal basis.',
  'no-personal-data-in-logs': 'Personal data is written to logs without a declared purpose.',
  'no-undeclared-recipient': 'Personal data is sent to a recipient the privacy policy does not declare for it.',
};
