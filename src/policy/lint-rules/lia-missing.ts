import { purposeRule } from '../lint-rule.js';

/** Art. 6(1)(f) needs a documented balancing test; the policy should point to it so an auditor can find it. */
export default purposeRule(
  { code: 'lia-missing', severity: 'warning', description: 'Require legitimate-interests purposes to reference their legitimate interests assessment (lia).' },
  (p) =>
    p.legalBasis === 'legitimate-interests' && !p.lia
      ? `purpose \`${p.id}\` rests on legitimate interests without a reference to its balancing test (lia)`
      : undefined,
);
