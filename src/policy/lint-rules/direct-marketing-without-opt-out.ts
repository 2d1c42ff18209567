import { purposeRule } from '../lint-rule.js';

/** Art. 21(2)-(4): the right to object to direct marketing is absolute and must be presented clearly. */
export default purposeRule(
  { code: 'direct-marketing-without-opt-out', severity: 'warning', description: 'Require direct marketing purposes to say how a data subject opts out (optOut).' },
  (p) => (p.directMarketing && !p.optOut ? `purpose \`${p.id}\` is direct marketing but does not say how to opt out (optOut)` : undefined),
);
