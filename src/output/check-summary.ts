/** The short human summary `privmap check` prints: what fails, where, and the fix to make. */
import type { BaselineComparison } from '../inventory/baseline.js';
import { isBlocking } from '../inventory/severity.js';
import type { Inventory, InventoryElement, Status } from '../inventory/types.js';
import { fixText, reasonText } from '../report/reason-text.js';
import type { Palette } from './color.js';
import { showName } from './display-name.js';
import { formatLocation } from './location.js';

export interface SummaryOptions {
  palette: Palette;
  comparison: BaselineComparison;
  /** How many failing elements to list in full. */
  limit: number;
  verbose: boolean;
  /**
   * Why `comparison.known` does not fail, as a sentence ends: `accepted by the baseline` (the default), or for
   * `--changed-since main` `already undeclared at main`. A pass with accepted elements says so, never "none undeclared".
   */
  acceptedBecause?: string;
}

function countsTable(inventory: Inventory): string {
  const statuses: Status[] = ['declared', 'undeclared', 'suppressed'];
  // One pass over the elements, not one per category and status (issue 14: linear outputs).
  const byCategory = new Map<string, Record<Status, number>>();
  for (const e of inventory.elements) {
    let counts = byCategory.get(e.category);
    if (!counts) byCategory.set(e.category, (counts = { declared: 0, undeclared: 0, suppressed: 0 }));
    counts[e.status]++;
  }
  const rows = [...byCategory.keys()].sort().map((category) => {
    const counts = statuses.map((s) => byCategory.get(category)![s]);
    return `  ${category.padEnd(14)}${counts.map((c) => String(c).padStart(12)).join('')}`;
  });
  return [`  ${'category'.padEnd(14)}${statuses.map((s) => s.padStart(12)).join('')}`, ...rows].join('\n');
}

function describe(element: InventoryElement): string {
  return showName(describeRaw(element));
}

function describeRaw(element: InventoryElement): string {
  return element.kind === 'flow' ? `${element.category} sent through ${element.field}() in ${element.container}` : `${element.category}: ${element.container}.${element.field}`;
}

export function renderCheckSummary(inventory: Inventory, { palette: p, comparison, limit, verbose, acceptedBecause = 'accepted by the baseline' }: SummaryOptions): string {
  const lines: string[] = [];
  const errors = inventory.lint.filter((m) => m.severity === 'error');
  for (const message of inventory.lint) {
    const where = message.position ? `${message.position.file}:${message.position.line}:${message.position.col}: ` : '';
    const level = message.severity === 'error' ? p.red('error') : p.yellow('warning');
    lines.push(`${showName(where)}${level} ${showName(message.message)} (policy/${message.code})`);
  }
  if (inventory.lint.length) lines.push('');
  lines.push(p.bold('Personal data found'), countsTable(inventory), '');

  // What fails the build first; organisation data and warning-level categories only as a count unless --verbose.
  const blocking = comparison.fresh.filter((e) => isBlocking(e, inventory.policy));
  const others = comparison.fresh.filter((e) => !isBlocking(e, inventory.policy));
  const listed = verbose ? [...blocking, ...others] : blocking;
  const shown = listed.slice(0, verbose ? listed.length : limit);
  for (const element of shown) {
    const level = isBlocking(element, inventory.policy) ? p.red('undeclared') : p.yellow(element.isOrganisation ? 'undeclared (organisation data)' : 'undeclared (warning)');
    const where = element.locations[0] ? formatLocation(element.locations[0]) : '';
    lines.push(`${where}  ${level} ${describe(element)}`);
    lines.push(`    ${showName(element.reasons.map(reasonText).join('; '))}`);
    lines.push(`    ${p.dim(`fix: ${showName(fixText(element, inventory.policy))}`)}`);
  }
  if (listed.length > shown.length) lines.push(p.dim(`... and ${listed.length - shown.length} more (use --verbose or --format sarif)`));
  if (!verbose && others.length) lines.push(p.dim(`${others.length} undeclared element(s) of organisation data or warning-level categories do not fail the check (--verbose lists them).`));
  if (comparison.known.length) lines.push(p.dim(`${comparison.known.length} undeclared element(s) ${acceptedBecause}.`));
  for (const entry of comparison.resolved) lines.push(p.green(showName(`resolved since the baseline: ${entry.category} ${entry.container}.${entry.field} (${entry.where})`)));
  if (!verbose) for (const s of inventory.skipped) if (s.reason === 'not-scanned') lines.push(p.dim(`${s.detail} (privmap does not read this kind of file)`));
  if (verbose && inventory.skipped.length) {
    lines.push('', p.bold('Skipped'));
    for (const s of inventory.skipped) lines.push(showName(`  ${s.file}${s.line ? `:${s.line}` : ''}: ${s.reason}${s.detail ? ` (${s.detail})` : ''}`));
  }
  for (const warning of inventory.warnings) lines.push(p.yellow(`warning: ${showName(warning)}`));

  const failing = comparison.fresh.filter((e) => isBlocking(e, inventory.policy)).length;
  lines.push('');
  const accepted = comparison.known.length ? `none newly undeclared (${comparison.known.length} ${acceptedBecause})` : 'none undeclared';
  if (failing === 0 && errors.length === 0) lines.push(p.green(`privmap check passed: ${inventory.elements.length} element(s), ${accepted}.`));
  else lines.push(p.red(`privmap check failed: ${failing} undeclared element(s), ${errors.length} policy error(s).`));
  return `${lines.join('\n')}\n`;
}
