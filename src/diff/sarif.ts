/**
 * The diff as SARIF: only the undeclared processing the change introduced, rendered by the same SARIF
 * reporter as `check` (src/output/sarif.ts) over the head's inventory cut down to those elements. Policy lint
 * messages are left out: they are about the policy, not the change.
 */
import type { Inventory } from '../inventory/types.js';
import { renderSarif } from '../output/sarif.js';
import type { DiffReport } from './model.js';

export function renderDiffSarif(report: DiffReport, head: Inventory, scanRoot: string): string {
  const introduced = new Set(report.newlyUndeclared.map((e) => e.id));
  return renderSarif({ ...head, elements: head.elements.filter((e) => introduced.has(e.id)), lint: [] }, { scanRoot });
}
