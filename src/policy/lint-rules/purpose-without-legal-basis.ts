import { purposeRule } from '../lint-rule.js';

/** Art. 6(1): processing is lawful only on one of six bases, and the record must say which. */
export default purposeRule(
  { code: 'purpose-without-legal-basis', severity: 'error', description: 'Require every purpose to name its GDPR Art. 6(1) legal basis.' },
  (p) => (p.legalBasis === undefined ? `purpose \`${p.id}\` has no legal basis; set legalBasis to consent, contract, legal-obligation, vital-interests, public-task or legitimate-interests` : undefined),
);
