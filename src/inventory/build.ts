/**
 * Joins findings from every source with the policy into one sorted inventory. The only place that sorts:
 * reporters print in the order they are given.
 */
import { relative, resolve, sep } from 'node:path';
import type { Evidence } from '../detect/types.js';
import type { FieldFinding, Finding, FlowFinding, Location, ScanResult, SourceKind } from '../finding.js';
import { lintPolicy } from '../policy/index.js';
import type { Policy } from '../policy/types.js';
import { findDrift } from './drift.js';
import { hiddenCharacterWarnings } from './hidden-characters.js';
import { elementId, fieldKey, flowKey } from './ids.js';
import { checkPurposes, judgeFinding, judgeFlowCategory, type Judgement } from './judge.js';
import type { Inventory, InventoryElement, Reason, Status } from './types.js';
import { VERSION } from '../version.js';

export interface BuildOptions {
  policy: Policy;
  results: ScanResult[];
  /** The scanned directory: code findings' paths are relative to it. */
  scanRoot: string;
}

interface Group {
  key: string;
  kind: 'field' | 'flow';
  category: string;
  findings: Finding[];
  judgements: Judgement[];
}

const compare = (a: string | number | undefined, b: string | number | undefined): number =>
  a === b ? 0 : a === undefined ? -1 : b === undefined ? 1 : a < b ? -1 : 1;

export function compareLocations(a: Location, b: Location): number {
  return (
    compare(a.source, b.source) ||
    compare(a.file, b.file) ||
    compare(a.line, b.line) ||
    compare(a.col, b.col) ||
    compare(a.table, b.table) ||
    compare(a.column, b.column)
  );
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

function reasonKey(reason: Reason): string {
  return JSON.stringify(reason);
}

/** The purposes of a merged element come from any source; differing annotated sets are a conflict worth a note. */
function mergeGroup(group: Group, policy: Policy): { status: Status; reasons: Reason[]; purposes: string[]; suppressedReason?: string } {
  const suppressed = group.findings.find((f) => f.suppressed)?.suppressed;
  const purposes = [...new Set(group.judgements.flatMap((j) => j.purposes))].sort();
  if (suppressed) return { status: 'suppressed', reasons: [], purposes, suppressedReason: suppressed.reason };
  const reasons = new Map<string, Reason>();
  // A field merged from several sources is judged on the union of their purposes: an annotation in the
  // Prisma schema covers the same column seen live. Flows keep their per-recipient judgement.
  const judged = group.kind === 'field' ? [checkPurposes(purposes, group.category, policy)] : group.judgements.map((j) => j.reasons);
  for (const list of judged) for (const r of list) reasons.set(reasonKey(r), r);
  const status: Status = judged.some((list) => list.length > 0) ? 'undeclared' : 'declared';
  const annotated = group.findings.map((f) => [...f.purposes].sort().join(',')).filter((s) => s.length > 0);
  if (new Set(annotated).size > 1) {
    const conflict: Reason = { code: 'purpose-conflict', purposes: [...new Set(annotated)].sort() };
    reasons.set(reasonKey(conflict), conflict);
  }
  return { status, reasons: [...reasons.values()], purposes };
}

function evidenceKey(e: Evidence): string {
  return `${e.ruleId}|${e.words.join(' ')}|${e.confidence}|${e.notes.join(',')}`;
}

export function buildInventory({ policy, results, scanRoot }: BuildOptions): Inventory {
  const root = resolve(scanRoot);
  // Many findings share a file: its path from the policy's folder is worked out once (issue 14: linear outputs).
  const policyPaths = new Map<string, string>();
  const fromPolicyRoot = (file: string | undefined): string | undefined => {
    if (file === undefined) return undefined;
    let path = policyPaths.get(file);
    if (path === undefined) policyPaths.set(file, (path = toPosix(relative(policy.root, resolve(root, file)))));
    return path;
  };
  const groups = new Map<string, Group>();
  const add = (key: string, kind: 'field' | 'flow', category: string, finding: Finding, judgement: Judgement): void => {
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, kind, category, findings: [], judgements: [] }));
    group.findings.push(finding);
    group.judgements.push(judgement);
  };

  for (const result of results) {
    for (const finding of result.findings) {
      const options = { fileFromPolicyRoot: fromPolicyRoot(finding.location.file) };
      if (finding.kind === 'field') {
        add(fieldKey(finding), 'field', finding.category, finding, judgeFinding(finding, policy, options));
      } else {
        for (const category of finding.categories) {
          add(flowKey(finding, category), 'flow', category, finding, judgeFlowCategory(finding, category, policy, options));
        }
      }
    }
  }

  const elements: InventoryElement[] = [...groups.values()].map((group) => {
    // Findings arrive in source order; sort them so the element is the same whatever order sources ran in.
    // Most elements have one finding, and nothing to sort.
    if (group.findings.length > 1) {
      const order = group.findings.map((_, i) => i).sort((a, b) => compareLocations(group.findings[a]!.location, group.findings[b]!.location) || compare(group.findings[a]!.source, group.findings[b]!.source));
      group.findings = order.map((i) => group.findings[i]!);
      group.judgements = order.map((i) => group.judgements[i]!);
    }
    const first = group.findings[0]!;
    const merged = mergeGroup(group, policy);
    const locations = group.findings.map((f) => f.location).sort(compareLocations);
    const evidence = new Map<string, Evidence>();
    for (const f of group.findings) if (f.kind === 'field') evidence.set(evidenceKey(f.evidence), f.evidence);
    const sources = [...new Set(group.findings.map((f) => f.source))].sort() as SourceKind[];
    const named = first.kind === 'field' ? preferredFinding(group.findings as FieldFinding[]) : undefined;
    const element: InventoryElement = {
      id: elementId(group.key),
      kind: group.kind,
      category: group.category,
      container: named ? named.container : first.container,
      field: named ? named.field : (first as FlowFinding).sink,
      status: merged.status,
      reasons: merged.reasons,
      purposes: merged.purposes,
      recipients: [],
      sources,
      locations,
      evidence: evidence.size > 1 ? [...evidence.values()].sort((a, b) => evidenceKey(a).localeCompare(evidenceKey(b))) : [...evidence.values()],
      findings: group.findings,
    };
    if (merged.suppressedReason !== undefined) element.suppressedReason = merged.suppressedReason;
    if (group.findings.some((f) => f.kind === 'field' && f.isOrganisation)) element.isOrganisation = true;
    const tags = [...new Set(group.findings.flatMap((f) => (f.kind === 'field' ? f.tags ?? [] : [])))].sort();
    if (tags.length) element.tags = tags;
    if (first.kind === 'flow') {
      const recipient = group.judgements[0]?.recipient;
      element.sink = { id: first.sinkId, kind: first.sinkKind, ...(first.package ? { package: first.package } : {}), ...(first.host ? { host: first.host } : {}), ...(recipient ? { recipient } : {}) };
      // One call reaching two recipients (a tracker's method that also logs what it sends) is one element: it
      // lists each recipient, not the first one's alone (its reasons already named both).
      const recipients = [...new Set(group.judgements.flatMap((j) => (j.recipient ? [j.recipient] : [])))].sort();
      if (recipients.length) element.recipients = recipients;
    }
    return element;
  });

  linkRecipients(elements);
  elements.sort(compareElements);
  const columns = results.flatMap((r) => r.columns ?? []);
  return {
    formatVersion: 1,
    tool: { name: 'privmap', version: VERSION },
    policy,
    elements,
    lint: lintPolicy(policy),
    skipped: results.flatMap((r) => r.skipped).sort((a, b) => compare(a.file, b.file) || compare(a.line, b.line) || compare(a.reason, b.reason)),
    drift: findDrift(columns),
    warnings: [...new Set([...results.flatMap((r) => r.warnings ?? []), ...hiddenCharacterWarnings(elements)])].sort(),
    stats: results.reduce((acc, r) => ({ files: acc.files + r.stats.files, lines: acc.lines + r.stats.lines }), { files: 0, lines: 0 }),
    thirdParties: results.flatMap((r) => r.thirdParties ?? []),
  };
}

/** A merged element is named after its most readable source: code or Prisma names over raw table names. */
const SOURCE_RANK: Record<SourceKind, number> = { prisma: 0, code: 1, sql: 2, postgres: 3 };
function preferredFinding(findings: FieldFinding[]): FieldFinding {
  let best = findings[0]!;
  for (const f of findings) if (SOURCE_RANK[f.source] - SOURCE_RANK[best.source] < 0 || (f.source === best.source && compareLocations(f.location, best.location) < 0)) best = f;
  return best;
}

export function compareElements(a: InventoryElement, b: InventoryElement): number {
  return compare(a.kind, b.kind) || compare(a.category, b.category) || compare(a.container, b.container) || compare(a.field, b.field) || compare(a.id, b.id);
}

/** The last property of each expression a flow carried: `customer.email` -> `email`. */
function carriedNames(flow: FlowFinding): string[] {
  return flow.expressions.map((e) => e.replace(/[^\w$.]/g, ' ').trim().split(/[\s.]+/).pop() ?? '').filter(Boolean).map((s) => s.toLowerCase());
}

/**
 * Fields list the recipients their values flow to. Flows name expressions, not declarations, so the link is
 * by field name and category: a deliberate approximation, documented in the README.
 */
function linkRecipients(elements: InventoryElement[]): void {
  const byNameAndCategory = new Map<string, Set<string>>();
  for (const element of elements) {
    if (element.kind !== 'flow' || !element.sink?.recipient) continue;
    for (const flow of element.findings as FlowFinding[]) {
      for (const name of carriedNames(flow)) {
        const key = `${name}|${element.category}`;
        if (!byNameAndCategory.has(key)) byNameAndCategory.set(key, new Set());
        byNameAndCategory.get(key)!.add(element.sink.recipient);
      }
    }
  }
  for (const element of elements) {
    if (element.kind !== 'field') continue;
    const names = new Set((element.findings as FieldFinding[]).map((f) => f.field.toLowerCase()));
    const recipients = new Set<string>();
    for (const name of names) for (const r of byNameAndCategory.get(`${name}|${element.category}`) ?? []) recipients.add(r);
    element.recipients = [...recipients].sort();
  }
}
