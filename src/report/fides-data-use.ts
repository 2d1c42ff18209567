/**
 * privacy.yml purposes -> fideslang data uses (IABTechLab/fideslang default_taxonomy/data_uses.py).
 * privacy.yml has no data-use field, so the purpose's legal basis, flags and words decide; the first rule
 * that matches wins, and anything unmatched is `essential.service` (what a contract purpose usually is).
 * The table is documented in docs/report.md.
 */
import type { PurposeDef } from '../policy/types.js';

interface DataUseRule {
  use: string;
  when: (p: PurposeDef, text: string) => boolean;
}

const words = (re: RegExp) => (_: PurposeDef, text: string) => re.test(text);

export const DATA_USE_RULES: DataUseRule[] = [
  { use: 'employment.recruitment', when: words(/recruit|applicant|hiring|candidate/) },
  { use: 'employment', when: words(/\bemploy|payroll|human resources|\bhr\b/) },
  { use: 'essential.legal_obligation', when: (p) => p.legalBasis === 'legal-obligation' },
  { use: 'marketing.advertising.profiling', when: (p, text) => (p.profiling || /\bprofiling\b/.test(text)) && /marketing|advertis/.test(text) },
  { use: 'personalize.profiling', when: (p, text) => p.profiling || /\bprofiling\b/.test(text) },
  { use: 'marketing.communications.email', when: (p, text) => (p.directMarketing || /marketing|newsletter|advertis|promot/.test(text)) && /e-?mail|newsletter/.test(text) },
  { use: 'marketing.communications.sms', when: (p, text) => (p.directMarketing || /marketing/.test(text)) && /\bsms\b|text message/.test(text) },
  { use: 'marketing.advertising', when: (p, text) => p.directMarketing || /marketing|advertis|promot|\bsales\b/.test(text) },
  { use: 'personalize', when: words(/personali[sz]|customi[sz]|tailor|user experience|recommend/) },
  { use: 'analytics.reporting', when: words(/analy[st]|insight|statistic|business development|reporting/) },
  { use: 'essential.fraud_detection', when: words(/fraud|abuse|misuse|criminal/) },
  { use: 'essential.service.security', when: words(/security|intrusion/) },
  { use: 'essential.service.operations.support', when: words(/relationship|support|customer service|complaint|crm|helpdesk/) },
  { use: 'essential.service.operations', when: words(/monitor|error|debug|logging|observab|incident|uptime/) },
  { use: 'essential.service.payment_processing', when: words(/payment|billing|checkout/) },
  { use: 'essential.service.notifications', when: words(/notif/) },
  { use: 'essential.service.authentication', when: words(/authenticat|login|sign-?in/) },
  { use: 'finance', when: words(/accounting|bookkeeping|invoice|\btax|audit/) },
];

export function fidesDataUse(purpose: PurposeDef): string {
  const text = `${purpose.id} ${purpose.title} ${purpose.description ?? ''}`.toLowerCase();
  return DATA_USE_RULES.find((rule) => rule.when(purpose, text))?.use ?? 'essential.service';
}
