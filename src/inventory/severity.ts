import type { Policy } from '../policy/types.js';
import type { InventoryElement } from './types.js';

/**
 * Whether an undeclared element fails `check`. Organisation data (a warehouse's phone) is reported but is
 * not a person's data, so it never fails a build; categories set to `severity: warning` warn only.
 */
export function isBlocking(element: InventoryElement, policy: Policy): boolean {
  if (element.status !== 'undeclared' || element.isOrganisation) return false;
  return (policy.categories[element.category]?.severity ?? 'error') === 'error';
}
