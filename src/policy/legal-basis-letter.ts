import { LEGAL_BASES, type LegalBasis } from './types.js';

/** The article reference for a basis, as the Art. 30 record cites it: `6(1)(f)` for legitimate-interests. */
export function legalBasisLetter(basis: LegalBasis): string {
  return `6(1)(${LEGAL_BASES[basis]})`;
}
