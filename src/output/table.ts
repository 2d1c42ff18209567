/** `privmap scan`'s default output: the inventory as a terminal table. */
import Table from 'cli-table3';
import type { Inventory, InventoryElement } from '../inventory/types.js';
import { isUnjudged } from '../policy/unjudged.js';
import type { Palette } from './color.js';
import { showName } from './display-name.js';
import { formatLocation } from './location.js';

export interface TableOptions {
  palette: Palette;
  verbose: boolean;
}

function statusText(element: InventoryElement, p: Palette, unjudged: boolean): string {
  if (unjudged) return p.dim('found');
  if (element.status === 'declared') return p.green('declared');
  if (element.status === 'suppressed') return p.dim('suppressed');
  return p.red('undeclared');
}

function locationsText(element: InventoryElement): string {
  const [first, ...rest] = element.locations;
  if (!first) return '';
  return rest.length ? `${formatLocation(first)} (+${rest.length})` : formatLocation(first);
}

function evidenceText(element: InventoryElement): string {
  return element.evidence.map((e) => `${e.ruleId} [${e.words.join(' ')}] ${e.confidence.toFixed(2)}${e.notes.length ? ` ${e.notes.join(', ')}` : ''}`).join('\n');
}

export function renderTable(inventory: Inventory, { palette: p, verbose }: TableOptions): string {
  // Without a policy (a first look) nothing is judged: the status says so instead of "undeclared".
  const unjudged = isUnjudged(inventory.policy);
  const head = ['Status', 'Category', 'Element', 'Where', unjudged ? 'Purposes (none: no privacy.yml yet)' : 'Purposes / recipient'];
  if (verbose) head.push('Evidence');
  // No lines between rows: a long inventory stays readable in a terminal.
  const table = new Table({ head: head.map((h) => p.bold(h)), style: { head: [], border: [], compact: true }, chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' }, wordWrap: true });
  for (const element of inventory.elements) {
    const what = showName(element.kind === 'flow' ? `${element.field}() in ${element.container}` : `${element.container}.${element.field}`);
    const organisation = element.isOrganisation ? ' (organisation)' : '';
    const purposes = element.kind === 'flow' ? `${element.sink?.recipient ?? '?'}${element.purposes.length ? `: ${element.purposes.join(', ')}` : ''}` : element.purposes.join(', ');
    const row = [statusText(element, p, unjudged), element.category + organisation, what, locationsText(element), unjudged ? '' : showName(purposes)];
    if (verbose) row.push(evidenceText(element));
    table.push(row);
  }
  return `${table.toString()}\n`;
}
