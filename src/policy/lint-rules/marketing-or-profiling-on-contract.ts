import { purposeRule } from '../lint-rule.js';

/**
 * EDPB Guidelines 2/2019: marketing and profiling are not necessary to perform a contract, so Art. 6(1)(b)
 * cannot carry them even when the terms of service mention them.
 */
export default purposeRule(
  {
    code: 'marketing-or-profiling-on-contract',
    severity: 'error',
    description: 'Disallow direct marketing or profiling purposes that rest on contract (Art. 6(1)(b)).',
  },
  (p) =>
    p.legalBasis === 'contract' && (p.directMarketing || p.profiling)
      ? `purpose \`${p.id}\` is ${p.profiling ? 'profiling' : 'direct marketing'} but rests on contract, which covers only what is necessary to perform the contract; use consent or legitimate-interests`
      : undefined,
);
