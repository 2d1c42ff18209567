/** The words for why an element is undeclared and what fixes it: one place, used by every reporter. */
import type { InventoryElement, Reason } from '../inventory/types.js';
import type { Policy } from '../policy/types.js';

export function reasonText(reason: Reason): string {
  switch (reason.code) {
    case 'no-purpose':
      return 'no purpose is declared for it';
    case 'unknown-purpose':
      return `purpose \`${reason.purpose}\` is not in the policy${reason.suggestion ? ` (did you mean \`${reason.suggestion}\`?)` : ''}`;
    case 'category-not-allowed':
      return `purpose \`${reason.purpose}\` does not allow ${reason.category}`;
    case 'recipient-undeclared':
      return `recipient \`${reason.recipient}\` is not declared in the policy`;
    case 'recipient-not-allowed':
      return `recipient \`${reason.recipient}\` is not declared to receive ${reason.category} for any of its purposes`;
    case 'purpose-conflict':
      return `sources name different purposes (${reason.purposes.join(' / ')})`;
  }
}

/** Purposes in the policy that allow this category, best first (fewest categories = most specific). */
export function purposesAllowing(category: string, policy: Policy): string[] {
  return Object.values(policy.purposes)
    .filter((p) => p.categories.includes(category))
    .sort((a, b) => a.categories.length - b.categories.length || a.id.localeCompare(b.id))
    .map((p) => p.id);
}

export function fixText(element: InventoryElement, policy: Policy): string {
  const reason = element.reasons.find((r) => r.code !== 'purpose-conflict');
  const candidates = purposesAllowing(element.category, policy).slice(0, 3).map((p) => `\`${p}\``);
  switch (reason?.code) {
    case 'unknown-purpose':
      return reason.suggestion ? `change \`${reason.purpose}\` to \`${reason.suggestion}\`` : `add purpose \`${reason.purpose}\` to privacy.yml or use one of ${candidates.join(', ')}`;
    case 'category-not-allowed':
      return `add ${element.category} to the categories of \`${reason.purpose}\` in privacy.yml, or use a purpose that allows it${candidates.length ? ` (${candidates.join(', ')})` : ''}`;
    case 'recipient-undeclared':
      return `declare \`${reason.recipient}\` under recipients in privacy.yml (with its purposes and categories), or stop sending ${element.category} there`;
    case 'recipient-not-allowed':
      return `add ${element.category} to recipient \`${reason.recipient}\` for a purpose that allows it, or stop sending it`;
    default:
      return candidates.length
        ? `annotate it with \`@purpose ${candidates[0]!.slice(1, -1)}\`${candidates.length > 1 ? ` (or ${candidates.slice(1).join(', ')})` : ''}, declare it under processing in privacy.yml, or mark a false positive with \`@personal none -- reason\``
        : `add a purpose allowing ${element.category} to privacy.yml, or mark a false positive with \`@personal none -- reason\``;
  }
}
