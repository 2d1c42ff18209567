import type { BaselineComparison } from '../inventory/baseline.js';
import { isBlocking } from '../inventory/severity.js';
import type { Inventory } from '../inventory/types.js';

/** `check`: 0 clean, 1 blocking undeclared elements not in the baseline, or policy errors. Usage errors exit 2 elsewhere. */
export function checkExitCode(inventory: Inventory, comparison: BaselineComparison): 0 | 1 {
  const failing = comparison.fresh.some((e) => isBlocking(e, inventory.policy));
  const policyErrors = inventory.lint.some((m) => m.severity === 'error');
  return failing || policyErrors ? 1 : 0;
}
