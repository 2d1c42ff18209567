/**
 * GitLab Code Quality report: the JSON array a job publishes as `artifacts:reports:codequality`, which
 * the merge-request widget compares between the target branch and the merge request. Each undeclared
 * element is one issue whose fingerprint is the element's stable id, so an issue survives line moves and
 * the widget shows only what a merge request introduces or fixes.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { BaselineComparison } from '../inventory/baseline.js';
import type { Inventory, InventoryElement } from '../inventory/types.js';
import type { LintMessage } from '../policy/types.js';
import { checkRuleId, findingMessage } from './rule-ids.js';

/** The subset of the Code Climate issue format that GitLab reads; every field here is one it requires. */
export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number } };
}

export interface GitlabOptions {
  /** The scanned directory. */
  scanRoot: string;
  /** Elements accepted in the baseline are left out, as they do not fail `check`. */
  baseline?: BaselineComparison;
}

/** Policy severities onto GitLab's scale, as GitLab's ESLint and Stylelint formatters map error and warning. */
const SEVERITY: Record<string, CodeQualityIssue['severity']> = { error: 'major', warning: 'minor', note: 'info' };

/** GitLab resolves paths from the repository root, which is not the scanned directory in a monorepo. */
function repositoryRoot(scanRoot: string): string {
  for (let dir = scanRoot; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return scanRoot;
  }
}

function elementIssue(element: InventoryElement, inventory: Inventory, pathOf: (file: string) => string): CodeQualityIssue {
  const located = element.locations.find((l) => l.file);
  // A live column has no file: point at the policy that should declare it, as SARIF does.
  const path = located?.file ? pathOf(located.file) : pathOf(inventory.policy.file);
  const level = element.isOrganisation ? 'note' : (inventory.policy.categories[element.category]?.severity ?? 'error');
  return {
    description: findingMessage(element, inventory),
    check_name: checkRuleId(element),
    fingerprint: element.id,
    severity: SEVERITY[level] ?? 'major',
    location: { path, lines: { begin: located?.line ?? 1 } },
  };
}

function lintIssue(message: LintMessage, pathOf: (file: string) => string, policyFile: string): CodeQualityIssue {
  const path = pathOf(message.position?.file ?? policyFile);
  const checkName = `policy/${message.code}`;
  // No line in the hash: a policy entry that moves is the same issue.
  const fingerprint = createHash('sha256').update(`${checkName}\0${path}\0${message.message}`).digest('hex').slice(0, 32);
  return { description: message.message, check_name: checkName, fingerprint, severity: SEVERITY[message.severity] ?? 'major', location: { path, lines: { begin: message.position?.line ?? 1 } } };
}

export function renderGitlab(inventory: Inventory, { scanRoot, baseline }: GitlabOptions): string {
  const root = repositoryRoot(scanRoot);
  // Location files are relative to the scan root, policy positions absolute; outside the repository (a
  // policy passed by path), relative to the scan root.
  const pathOf = (file: string) => {
    const absolute = resolve(scanRoot, file);
    const fromRoot = relative(root, absolute);
    return (fromRoot.startsWith('..') ? relative(scanRoot, absolute) : fromRoot).split('\\').join('/');
  };
  const accepted = new Set(baseline?.known.map((e) => e.id) ?? []);
  const issues: CodeQualityIssue[] = [];
  for (const element of inventory.elements) {
    if (element.status !== 'undeclared' || accepted.has(element.id)) continue;
    issues.push(elementIssue(element, inventory, pathOf));
  }
  for (const message of inventory.lint) issues.push(lintIssue(message, pathOf, inventory.policy.file));
  return `${JSON.stringify(issues, null, 2)}\n`;
}
