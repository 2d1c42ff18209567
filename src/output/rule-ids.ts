import type { Inventory, InventoryElement } from '../inventory/types.js';
import { POLICY_LINT_RULES } from '../policy/lint-rules/index.js';
import { fixText, reasonText } from '../report/reason-text.js';

/**
 * The check an undeclared element fails, named like the ESLint rule that reports the same thing in the
 * editor, so SARIF results, GitLab issues and lint messages line up.
 */
export type CheckRuleId = 'no-undeclared-personal-data' | 'no-personal-data-in-logs' | 'no-undeclared-recipient';

export function checkRuleId(element: InventoryElement): CheckRuleId {
  if (element.kind === 'field') return 'no-undeclared-personal-data';
  return element.sink?.kind === 'logs' ? 'no-personal-data-in-logs' : 'no-undeclared-recipient';
}

/** Where rule pages live; SARIF `helpUri`, GitLab descriptions and help texts link here. */
export const DOCS_URL = 'https://github.com/privmap/privmap/blob/main/docs';

/** What a reader of a code-scanning alert or a merge-request widget needs to understand and fix a finding. */
export interface RuleDescription {
  id: string;
  /** PascalCase, as SARIF `reportingDescriptor.name` expects. */
  name: string;
  /** One sentence for lists. */
  short: string;
  /** What the rule checks and why it matters. */
  full: string;
  /** The ways to resolve a finding, one Markdown sentence each (inline code in backticks). */
  fixes: string[];
  helpUri: string;
  /** The level a finding gets unless the policy's category severity says otherwise. */
  level: 'error' | 'warning' | 'note';
  tags: string[];
}

const DECLARE_PURPOSE = [
  'Annotate the field, type or file with the purpose it serves: `/** @purpose service-provision */` in TypeScript, `/// @purpose service-provision` in a Prisma schema, `COMMENT ON COLUMN customer.email IS \'@purpose service-provision\'` in SQL. The purpose must exist in `privacy.yml` and list the data category.',
  'Or declare it in `privacy.yml` under `processing:` (`- purposes: [service-provision]` with `paths:`, `symbols:` or `tables:` naming where it happens), so the code stays untouched.',
];

export const CHECK_RULES: Record<CheckRuleId, RuleDescription> = {
  'no-personal-data-in-logs': {
    id: 'no-personal-data-in-logs',
    name: 'NoPersonalDataInLogs',
    short: 'Personal data is written to logs without a declared purpose.',
    full: 'A log call carries a person\'s name, postal address, phone number or email address, and the privacy policy declares no logs recipient that may receive that category for a purpose. Logs are copied, shipped to vendors and kept for long: GDPR Art. 5(1)(c) and (e) ask that personal data in them be necessary and declared.',
    fixes: [
      'Log an id or a masked value instead of the personal data.',
      'Or, when the logs really need it, declare a `logs` recipient in `privacy.yml` (`recipients: { logs: { title: Application logs, kind: internal, purposes: [system-monitoring], categories: [email] } }`) and give the logging function a `@purpose` it lists.',
    ],
    helpUri: `${DOCS_URL}/rules/no-personal-data-in-logs.md`,
    level: 'error',
    tags: ['privacy', 'gdpr', 'personal-data', 'logging'],
  },
  'no-undeclared-personal-data': {
    id: 'no-undeclared-personal-data',
    name: 'NoUndeclaredPersonalData',
    short: 'Personal data is stored without a declared purpose and legal basis.',
    full: 'A field, column or schema property holds a person\'s name, postal address, phone number or email address, and no purpose in the privacy policy that allows that category covers it. GDPR Art. 5(1)(b) and Art. 30 require a declared purpose and legal basis for all personal data a company processes.',
    fixes: [...DECLARE_PURPOSE, 'If it is not personal data (a company\'s switchboard, a warehouse address), mark it with `@personal none -- reason`.'],
    helpUri: `${DOCS_URL}/rules/no-undeclared-personal-data.md`,
    level: 'error',
    tags: ['privacy', 'gdpr', 'personal-data'],
  },
  'no-undeclared-recipient': {
    id: 'no-undeclared-recipient',
    name: 'NoUndeclaredRecipient',
    short: 'Personal data is sent to a recipient the privacy policy does not declare for it.',
    full: 'A call sends a person\'s name, postal address, phone number or email address to a third party (an email, SMS, payment or analytics service) that the privacy policy does not list as a recipient of that category. GDPR Art. 13(1)(e) and Art. 30(1)(d) require every recipient to be declared, with any transfer outside the EEA.',
    fixes: [
      'Declare the recipient in `privacy.yml` under `recipients:` with the purposes and categories it receives and its country or transfer safeguard.',
      'Annotate the sending function with the purpose it serves: `/** @purpose service-provision */`.',
      'Or stop sending the personal data to that service.',
    ],
    helpUri: `${DOCS_URL}/rules/no-undeclared-recipient.md`,
    level: 'error',
    tags: ['privacy', 'gdpr', 'personal-data', 'third-party'],
  },
};

/** The privacy policy's own lint rules, reported as `policy/<code>`. */
export const POLICY_RULES: RuleDescription[] = POLICY_LINT_RULES.map((rule) => ({
  id: `policy/${rule.code}`,
  name: `Policy${rule.code.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase())}`,
  short: rule.description,
  full: `${rule.description} This is a check on privacy.yml itself, the way an auditor reads the policy before looking at any code.`,
  fixes: [`Edit the entry in \`privacy.yml\` as the rule's section in the policy reference describes.`],
  helpUri: `${DOCS_URL}/policy.md#${rule.code}`,
  level: rule.severity,
  tags: ['privacy', 'gdpr', 'policy'],
}));

export const ALL_RULES: RuleDescription[] = [...Object.values(CHECK_RULES), ...POLICY_RULES].sort((a, b) => a.id.localeCompare(b.id));

export function helpText(rule: RuleDescription): string {
  const plain = (s: string) => s.replace(/`/g, '');
  return [plain(rule.full), '', 'How to fix it:', ...rule.fixes.map((f) => `- ${plain(f)}`), '', `Documentation: ${rule.helpUri}`].join('\n');
}

export function helpMarkdown(rule: RuleDescription): string {
  return [rule.full, '', '**How to fix it**', '', ...rule.fixes.map((f) => `- ${f}`), '', `[Rule documentation](${rule.helpUri})`].join('\n');
}

/**
 * The sentence a CI report shows for an undeclared element (SARIF alert, GitLab issue): what and where,
 * why it fails, and the fix, which names the purpose to declare or the recipient entry to add.
 */
export function findingMessage(element: InventoryElement, inventory: Inventory): string {
  const what = element.kind === 'flow' ? `${element.category} sent through ${element.field}()` : `${element.category} in ${element.container}.${element.field}`;
  const why = element.reasons.map(reasonText).join('; ');
  return `${what}: ${why}. To fix it, ${fixText(element, inventory.policy)}.`;
}
