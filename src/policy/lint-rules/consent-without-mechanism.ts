import { purposeRule } from '../lint-rule.js';

/** Art. 7(1): the controller must be able to show that consent was given, so the policy says how it is collected. */
export default purposeRule(
  { code: 'consent-without-mechanism', severity: 'error', description: 'Require consent purposes to say how consent is collected (consent.mechanism).' },
  (p) =>
    p.legalBasis === 'consent' && !p.consent?.mechanism
      ? `purpose \`${p.id}\` rests on consent but does not say how consent is collected and recorded (consent.mechanism)`
      : undefined,
);
