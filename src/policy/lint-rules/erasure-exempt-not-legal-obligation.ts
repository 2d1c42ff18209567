import { purposeRule } from '../lint-rule.js';

/**
 * Art. 17(3) lists the exceptions to erasure; for a business it is in practice a legal obligation (b) or legal
 * claims (e). An exemption on another basis is possible but deserves a second look, hence a warning.
 */
export default purposeRule(
  {
    code: 'erasure-exempt-not-legal-obligation',
    severity: 'warning',
    description: 'Warn when a purpose is exempt from erasure on a basis other than legal-obligation.',
  },
  (p) =>
    p.erasureExempt && p.legalBasis !== 'legal-obligation'
      ? `purpose \`${p.id}\` is exempt from erasure but rests on ${p.legalBasis ?? 'no legal basis'}; Art. 17(3) usually needs a legal obligation or legal claims to keep data after an erasure request`
      : undefined,
);
