import type { PurposeDef } from './types.js';

/**
 * Whether data kept for this purpose survives an erasure request (the report's rights matrix): always for a
 * legal obligation (Art. 17(3)(b), e.g. accounting records), otherwise only when the policy says so.
 */
export function isErasureExempt(purpose: PurposeDef): boolean {
  return purpose.legalBasis === 'legal-obligation' || purpose.erasureExempt;
}
