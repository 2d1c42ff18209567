/** Shared by the two flow rules: which flows to report and the words for them. */
import type { TSESLint } from '@typescript-eslint/utils';
import type { FlowFinding } from '../finding.js';
import { judgeFlowCategory } from '../inventory/judge.js';
import type { Policy } from '../policy/types.js';
import { reasonText } from '../report/reason-text.js';

export interface UndeclaredFlow {
  flow: FlowFinding;
  /** The flow's categories the policy does not allow to reach this recipient. */
  categories: string[];
  recipient: string;
  reason: string;
}

/** Flows with at least one category the policy does not allow; suppressed flows are never reported. */
export function undeclaredFlows(flows: FlowFinding[], policy: Policy, categories: string[] | undefined): UndeclaredFlow[] {
  const result: UndeclaredFlow[] = [];
  for (const flow of flows) {
    if (flow.suppressed) continue;
    const judged = flow.categories.filter((c) => !categories || categories.includes(c)).map((category) => ({ category, judgement: judgeFlowCategory(flow, category, policy) }));
    const undeclared = judged.filter((j) => j.judgement.status === 'undeclared');
    if (undeclared.length === 0) continue;
    const first = undeclared[0]!.judgement;
    result.push({
      flow,
      categories: undeclared.map((u) => u.category).sort(),
      recipient: first.recipient ?? flow.sinkId,
      reason: first.reasons[0] ? reasonText(first.reasons[0]) : 'it is not declared',
    });
  }
  return result;
}

export function flowData(undeclared: UndeclaredFlow): Record<string, string> {
  return {
    categories: undeclared.categories.join(', '),
    expressions: undeclared.flow.expressions.map((e) => `\`${e}\``).join(', '),
    sink: undeclared.flow.sink,
    recipient: undeclared.recipient,
    reason: undeclared.reason,
  };
}

export function flowLocation(flow: FlowFinding): TSESLint.AST.SourceLocation['start'] {
  return { line: flow.location.line ?? 1, column: (flow.location.col ?? 1) - 1 };
}

/** JSON Schema of the `categories` option shared by the flow rules. */
export const categoriesOption = {
  type: 'array',
  items: { type: 'string' },
  uniqueItems: true,
  description: 'Only report these data categories (default: every category the policy knows).',
} as const;

export const typeAwareOption = {
  type: 'boolean',
  description: 'Use type information when the parser provides it (parserOptions.projectService), so `logger.info(customer)` is a flow when `customer` has personal fields. Slower; on in the strict config.',
} as const;
