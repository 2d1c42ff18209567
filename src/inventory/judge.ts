/**
 * The one judgement of a finding against the policy, shared by the inventory (CLI) and the ESLint rules.
 */
import type { Category } from '../detect/types.js';
import type { FieldFinding, Finding, FlowFinding } from '../finding.js';
import { didYouMean } from '../policy/did-you-mean.js';
import type { Policy } from '../policy/types.js';
import { declaredPurposes } from './declarations.js';
import { recipientName, resolveRecipient } from './recipients.js';
import type { Reason, Status } from './types.js';

export interface Judgement {
  status: Status;
  reasons: Reason[];
  /** Purposes that cover the finding (annotations plus processing declarations), sorted. */
  purposes: string[];
  /** For flows: the policy recipient reached, or the name of the undeclared one. */
  recipient?: string;
}

export interface JudgeOptions {
  /**
   * The finding's file relative to the policy's directory, when the scan root is not that directory.
   * Defaults to `finding.location.file`.
   */
  fileFromPolicyRoot?: string;
}

function purposesOf(finding: Finding, policy: Policy, options: JudgeOptions): string[] {
  const file = options.fileFromPolicyRoot ?? finding.location.file;
  return [...new Set([...finding.purposes, ...declaredPurposes(finding, policy, file)])].sort();
}

/** Reasons why these purposes do not cover a category: none given, unknown ids, or a purpose not allowing it. */
export function checkPurposes(purposes: string[], category: Category, policy: Policy): Reason[] {
  if (purposes.length === 0) return [{ code: 'no-purpose' }];
  const reasons: Reason[] = [];
  for (const id of purposes) {
    const purpose = policy.purposes[id];
    if (!purpose) {
      const suggestion = didYouMean(id, Object.keys(policy.purposes));
      reasons.push(suggestion ? { code: 'unknown-purpose', purpose: id, suggestion } : { code: 'unknown-purpose', purpose: id });
    } else if (!purpose.categories.includes(category)) {
      reasons.push({ code: 'category-not-allowed', purpose: id, category });
    }
  }
  return reasons;
}

function judgeField(finding: FieldFinding, policy: Policy, options: JudgeOptions): Judgement {
  const purposes = purposesOf(finding, policy, options);
  if (finding.suppressed) return { status: 'suppressed', reasons: [], purposes };
  const reasons = checkPurposes(purposes, finding.category, policy);
  return { status: reasons.length ? 'undeclared' : 'declared', reasons, purposes };
}

/**
 * A flow of one category is allowed when the recipient it reaches is declared for a purpose that allows the
 * category (and, if the code names purposes, one of those).
 */
export function judgeFlowCategory(flow: FlowFinding, category: Category, policy: Policy, options: JudgeOptions = {}): Judgement {
  const annotated = purposesOf(flow, policy, options);
  const recipient = resolveRecipient(flow, policy);
  if (flow.suppressed) return { status: 'suppressed', reasons: [], purposes: annotated, recipient: recipient?.id ?? recipientName(flow) };
  if (!recipient) {
    return { status: 'undeclared', reasons: [{ code: 'recipient-undeclared', recipient: recipientName(flow) }], purposes: annotated, recipient: recipientName(flow) };
  }
  const candidates = annotated.length ? recipient.purposes.filter((p) => annotated.includes(p)) : recipient.purposes;
  const covering = candidates.filter((id) => policy.purposes[id]?.categories.includes(category));
  const receivesCategory = recipient.categories.length === 0 || recipient.categories.includes(category);
  if (!receivesCategory || covering.length === 0) {
    return { status: 'undeclared', reasons: [{ code: 'recipient-not-allowed', recipient: recipient.id, category }], purposes: annotated, recipient: recipient.id };
  }
  return { status: 'declared', reasons: [], purposes: [...new Set(covering)].sort(), recipient: recipient.id };
}

function judgeFlow(flow: FlowFinding, policy: Policy, options: JudgeOptions): Judgement {
  const judgements = flow.categories.map((category) => judgeFlowCategory(flow, category, policy, options));
  const reasons = judgements.flatMap((j) => j.reasons);
  const status: Status = judgements.some((j) => j.status === 'undeclared')
    ? 'undeclared'
    : judgements.every((j) => j.status === 'suppressed') && judgements.length > 0
      ? 'suppressed'
      : 'declared';
  const purposes = [...new Set(judgements.flatMap((j) => j.purposes))].sort();
  const recipient = judgements[0]?.recipient;
  return recipient === undefined ? { status, reasons, purposes } : { status, reasons, purposes, recipient };
}

export function judgeFinding(finding: Finding, policy: Policy, options: JudgeOptions = {}): Judgement {
  return finding.kind === 'field' ? judgeField(finding, policy, options) : judgeFlow(finding, policy, options);
}
