import { purposeRule } from '../lint-rule.js';

/** Art. 30(1)(f) asks for the envisaged time limits for erasure, "where possible": a warning, not an error. */
export default purposeRule(
  { code: 'retention-missing', severity: 'warning', description: 'Require every purpose to say how long its data is kept (retention).' },
  (p) => (p.retention ? undefined : `purpose \`${p.id}\` does not say how long data is kept (retention)`),
);
