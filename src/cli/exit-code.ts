import type { BaselineComparison } from '../inventory/baseline.js';
import type { Inventory } from '../inventory/types.js';

/** `check`: 0 clean, 1 undeclared elements (of an error-severity category) or policy errors. Usage errors exit 2 elsewhere. */
export function checkExitCode(inventory: Inventory, comparison: BaselineComparison): 0 | 1 {
  const failing = comparison.fresh.some((e) => (inventory.policy.categories[e.category]?.severity ?? 'error') === 'error');
  const policyErrors = inventory.lint.some((m) => m.severity === 'error');
  return failing || policyErrors ? 1 : 0;
}
