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
  /** More elements than this are summarised, not listed (default TABLE_ROW_LIMIT). */
  rowLimit?: number;
}

/**
 * A terminal shows a few screens at most, and cli-table3's layout work grows faster than the rows: past this
 * many elements the table lists the undeclared ones first, up to the limit, after a count per category,
 * and points at the formats made for the whole list.
 */
export const TABLE_ROW_LIMIT = 500;

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

export function renderTable(inventory: Inventory, options: TableOptions): string {
  const limit = options.rowLimit ?? TABLE_ROW_LIMIT;
  // Without a policy (a first look) nothing is judged: the status says so instead of "undeclared".
  const unjudged = isUnjudged(inventory.policy);
  // An empty table reads like a broken run: say what was looked at instead.
  if (inventory.elements.length === 0) return `No personal data found in ${inventory.stats.files.toLocaleString('en')} scanned file(s).\n${thirdPartiesText(inventory, options)}`;
  const body = inventory.elements.length <= limit ? renderRows(inventory.elements, options, unjudged) : renderSummary(inventory, limit, options, unjudged);
  return `${body}${thirdPartiesText(inventory, options)}`;
}

function renderSummary(inventory: Inventory, limit: number, options: TableOptions, unjudged: boolean): string {
  const p = options.palette;
  const byCategory = new Map<string, { declared: number; undeclared: number; suppressed: number }>();
  const undeclared: InventoryElement[] = [];
  for (const element of inventory.elements) {
    let row = byCategory.get(element.category);
    if (!row) byCategory.set(element.category, (row = { declared: 0, undeclared: 0, suppressed: 0 }));
    row[element.status]++;
    if (element.status === 'undeclared') undeclared.push(element);
  }
  const total = inventory.elements.length.toLocaleString('en');
  const counts = new Table({ head: ['Category', 'Declared', 'Undeclared', 'Suppressed'].map((h) => p.bold(h)), style: { head: [], border: [], compact: true } });
  for (const [category, row] of [...byCategory.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    counts.push([category, String(row.declared), row.undeclared ? p.red(String(row.undeclared)) : '0', String(row.suppressed)]);
  }
  const shown = undeclared.slice(0, limit);
  const lines = [
    `${total} personal-data elements: too many to list here. By category:`,
    counts.toString(),
    '',
    shown.length ? `${shown.length === undeclared.length ? 'All' : `The first ${shown.length.toLocaleString('en')} of`} ${undeclared.length.toLocaleString('en')} undeclared:` : 'None is undeclared.',
  ];
  if (shown.length) lines.push(renderRows(shown, options, unjudged).trimEnd());
  lines.push('', p.dim('The whole inventory: privmap scan -f csv -o inventory.csv, -f json, or privmap report (HTML).'));
  return `${lines.join('\n')}\n`;
}

function renderRows(elements: readonly InventoryElement[], { palette: p, verbose }: TableOptions, unjudged: boolean): string {
  const head = ['Status', 'Category', 'Element', 'Where', unjudged ? 'Purposes (none: no privacy.yml yet)' : 'Purposes / recipient'];
  if (verbose) head.push('Evidence');
  // No lines between rows: a long inventory stays readable in a terminal.
  const table = new Table({ head: head.map((h) => p.bold(h)), style: { head: [], border: [], compact: true }, chars: { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' }, wordWrap: true });
  for (const element of elements) {
    const what = showName(element.kind === 'flow' ? `${element.field}() in ${element.container}` : `${element.container}.${element.field}`);
    const organisation = element.isOrganisation ? ' (organisation)' : '';
    const purposes = element.kind === 'flow' ? `${element.sink?.recipient ?? '?'}${element.purposes.length ? `: ${element.purposes.join(', ')}` : ''}` : element.purposes.join(', ');
    const row = [statusText(element, p, unjudged), element.category + organisation, what, locationsText(element), unjudged ? '' : showName(purposes)];
    if (verbose) row.push(evidenceText(element));
    table.push(row);
  }
  return `${table.toString()}\n`;
}

/**
 * How many of a vendor's wrappers the table names unless verbose: a large code base can wrap an SDK in
 * thousands of functions, which would make one line of megabytes (issue 14).
 */
export const TABLE_WRAPPER_LIMIT = 5;

function wrappersText(wrappers: readonly string[], verbose: boolean): string {
  if (wrappers.length === 0) return '';
  if (verbose || wrappers.length <= TABLE_WRAPPER_LIMIT) return `, wrapped by ${wrappers.join(', ')}`;
  const more = wrappers.length - TABLE_WRAPPER_LIMIT;
  return `, wrapped by ${wrappers.slice(0, TABLE_WRAPPER_LIMIT).join(', ')} and ${more.toLocaleString('en')} more (-v lists them)`;
}

/** Vendors the manifests depend on: recipients to confirm even where no flow was found yet. */
function thirdPartiesText(inventory: Inventory, { palette: p, verbose }: TableOptions): string {
  const parties = inventory.thirdParties ?? [];
  if (parties.length === 0) return '';
  const lines = parties.map((t) => showName(`  ${t.vendor} (${t.kind}${t.country ? `, ${t.country}` : ''}): ${t.package}${wrappersText(t.wrappers, verbose)}`));
  return `\n${p.bold('Third parties in package.json')}\n${lines.join('\n')}\n`;
}
