/** Rules about the policy itself: what an auditor would flag before looking at any code. */
import type { LintMessage, Policy, PurposeDef } from './types.js';

/** Legal-obligation data (accounting records) is kept despite erasure requests; so is anything marked so. */
export function isErasureExempt(purpose: PurposeDef): boolean {
  return purpose.legalBasis === 'legal-obligation' || purpose.erasureExempt;
}

type Check = (policy: Policy) => LintMessage[];

const perPurpose = (fn: (p: PurposeDef) => Omit<LintMessage, 'position'> | undefined): Check => (policy) =>
  Object.values(policy.purposes).flatMap((p) => {
    const message = fn(p);
    return message ? [{ ...message, ...(p.position ? { position: p.position } : {}) }] : [];
  });

const checks: Check[] = [
  perPurpose((p) => (p.legalBasis ? undefined : { code: 'purpose-without-legal-basis', severity: 'error', message: `purpose \`${p.id}\` has no legal basis (legalBasis)` })),
  perPurpose((p) =>
    (p.directMarketing || p.profiling) && p.legalBasis === 'contract'
      ? { code: 'marketing-or-profiling-on-contract', severity: 'error', message: `purpose \`${p.id}\` is ${p.profiling ? 'profiling' : 'direct marketing'} but rests on contract; it is not necessary to perform a contract (use consent or legitimate-interests)` }
      : undefined,
  ),
  perPurpose((p) => (p.legalBasis === 'consent' && !p.consent ? { code: 'consent-without-mechanism', severity: 'error', message: `purpose \`${p.id}\` rests on consent but does not say how consent is collected (consent.mechanism)` } : undefined)),
  perPurpose((p) => (p.legalBasis === 'legitimate-interests' && !p.lia ? { code: 'lia-missing', severity: 'warning', message: `purpose \`${p.id}\` rests on legitimate interests without a balancing test reference (lia)` } : undefined)),
  perPurpose((p) => (!p.retention ? { code: 'retention-missing', severity: 'warning', message: `purpose \`${p.id}\` does not say how long data is kept (retention)` } : undefined)),
  perPurpose((p) => (p.directMarketing && !p.optOut ? { code: 'direct-marketing-without-opt-out', severity: 'warning', message: `purpose \`${p.id}\` is direct marketing but does not say how to opt out (optOut)` } : undefined)),
  perPurpose((p) =>
    p.erasureExempt && p.legalBasis !== 'legal-obligation'
      ? { code: 'erasure-exempt-not-legal-obligation', severity: 'warning', message: `purpose \`${p.id}\` is exempt from erasure but rests on ${p.legalBasis ?? 'no basis'}; only a legal obligation (or a legal claim) usually justifies keeping data after an erasure request` }
      : undefined,
  ),
  (policy) => {
    const used = new Set(Object.values(policy.purposes).flatMap((p) => p.categories));
    return Object.values(policy.categories)
      .filter((c) => !used.has(c.id))
      .map((c) => ({ code: 'category-unused', severity: 'warning' as const, message: `category \`${c.id}\` is allowed by no purpose, so any finding of it is undeclared` }));
  },
  (policy) =>
    Object.values(policy.recipients).flatMap((r) =>
      r.categories
        .filter((c) => !r.purposes.some((p) => policy.purposes[p]?.categories.includes(c)))
        .map((c) => ({ code: 'recipient-purpose-mismatch', severity: 'error' as const, message: `recipient \`${r.id}\` receives \`${c}\` but none of its purposes (${r.purposes.join(', ')}) allows it`, ...(r.position ? { position: r.position } : {}) })),
    ),
];

export function lintPolicy(policy: Policy): LintMessage[] {
  return checks
    .flatMap((check) => check(policy))
    .sort((a, b) => (a.position?.line ?? 0) - (b.position?.line ?? 0) || a.code.localeCompare(b.code) || a.message.localeCompare(b.message));
}
