/** Shared by the two flow rules: which flows to report and the words for them. */
import type { TSESLint } from '@typescript-eslint/utils';
import type { FlowFinding } from '../finding.js';
import { IGNORE_COMMENT } from '../scan/code/flows.js';
import type { FileScan, NoTypeInformation } from './file-scan.js';
import type { StoppedWalk } from './type-walk-budget.js';
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

const quoted = (expressions: string[]): string => expressions.map((e) => `\`${e}\``).join(', ');

function stoppedAt(flow: FlowFinding, stopped: StoppedWalk[]): StoppedWalk | undefined {
  const at = `${flow.location.line}:${flow.location.col}`;
  return stopped.find((s) => s.calls.includes(at));
}

export function flowData(undeclared: UndeclaredFlow, stopped: StoppedWalk[] = []): Record<string, string> {
  const stop = stoppedAt(undeclared.flow, stopped);
  return {
    categories: undeclared.categories.join(', '),
    expressions: quoted(undeclared.flow.expressions),
    sink: undeclared.flow.sink,
    recipient: undeclared.recipient,
    reason: undeclared.reason,
    note: stop ? ` (type walk stopped after ${stop.budgetMs} ms; ${quoted(stop.expressions)} may hold more)` : undeclared.flow.inferred ? ` (${undeclared.flow.inferred.evidence})` : '',
  };
}

/** Messages the type-aware flow rules share. */
export const TYPE_MESSAGES = {
  typeInformationMissing:
    'privmap cannot check type-based flows in this run (`typeAware`, as in the strict config): {{why}}. Only flows visible from names are reported. (Said once per run, on the first file concerned.)',
  typeWalkStopped:
    'privmap did not finish reading the type of {{expressions}} passed to `{{callee}}` (type walk stopped after {{ms}} ms), so personal data inside it is not checked. Pass the fields you mean to send, or add `// privmap-ignore-next-line <reason>` above the call.',
} as const;

function whyNoTypes(noTypes: NoTypeInformation): string {
  switch (noTypes.reason) {
    case 'no-program':
      return 'the parser gave no type information for this file; set `parserOptions.projectService: true` (or `project`) and make sure a tsconfig includes the file';
    case 'unsupported-typescript':
      return `typescript-eslint runs TypeScript ${noTypes.version}, and privmap reads TypeScript 5.0 or later`;
    case 'unknown-typescript':
      return 'privmap could not find the TypeScript module that parsed this file';
    case 'not-typescript-eslint':
      return 'the file was not parsed by @typescript-eslint/parser';
  }
}

/**
 * Runs already told that types are missing: one ESLint run (an `ESLint` instance, an editor session) gives every
 * file the same merged-config objects, so those identify the run; a new run says it again.
 */
const toldRuns = new WeakSet<object>();
const toldStops = new WeakSet<StoppedWalk>();

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

function runKey(context: Context): object {
  const candidate = (context as unknown as { languageOptions?: unknown }).languageOptions ?? context.parserOptions ?? context.settings;
  return candidate && typeof candidate === 'object' ? candidate : toldRuns;
}

/**
 * What a type-aware flow rule says about types besides flows: that type information is missing (once per run;
 * never for plain JavaScript parsed by espree, where nobody expects types), and calls whose type walk stopped
 * with no flow found to carry the note. Either flow rule may say it; whichever runs first does.
 */
export function reportTypeProblems(context: Context, scan: Extract<FileScan, { kind: 'ok' }>): void {
  const report = context.report as (descriptor: { loc: TSESLint.AST.SourceLocation['start']; messageId: keyof typeof TYPE_MESSAGES; data: Record<string, string> }) => void;
  if (scan.noTypes && scan.noTypes.reason !== 'not-typescript-eslint') {
    const key = runKey(context);
    if (!toldRuns.has(key)) {
      toldRuns.add(key);
      report({ loc: { line: 1, column: 0 }, messageId: 'typeInformationMissing', data: { why: whyNoTypes(scan.noTypes) } });
    }
  }
  const lines = scan.sourceFile.text.split('\n');
  for (const stop of scan.stoppedWalks) {
    if (toldStops.has(stop)) continue;
    toldStops.add(stop);
    if (scan.flows.some((flow) => stop.calls.includes(`${flow.location.line}:${flow.location.col}`))) continue;
    if (new RegExp(`//\\s*${IGNORE_COMMENT}\\b`).test(lines[stop.line - 2] ?? '')) continue;
    report({ loc: { line: stop.line, column: stop.column - 1 }, messageId: 'typeWalkStopped', data: { expressions: quoted(stop.expressions), callee: stop.callee, ms: String(stop.budgetMs) } });
  }
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
