/**
 * Every element as a row, for a format that reads only part of each: CSV's columns, and the HTML page's counts
 * and filters over every element (it shows 5,000 in full). Made straight from the inventory while the report's
 * full elements are not made, as a light view per element that dies as soon as it is read; the full element
 * (a location's text, the fix sentence, a sink, the confidence) is made only for the rows a format shows
 * (issue 14: linear outputs). A report read back from JSON, or whose elements were read already, gives its
 * own elements: the same values, so a format renders the same bytes either way.
 */
import type { Inventory } from '../inventory/types.js';
import type { Location } from '../finding.js';
import { formatLocation } from '../output/location.js';
import { elementFix, reportElement } from './element.js';
import type { ReportElement, ReportJson, ReportLocation } from './model.js';
import type { SharedValues } from './shared-values.js';

/** What a row reads of an element: the report's elements have it, and so do the views. */
export interface ElementRow extends Pick<ReportElement, 'id' | 'kind' | 'category' | 'container' | 'field' | 'status' | 'suppressedReason' | 'organisation' | 'fix'> {
  reasons: readonly { text: string }[];
  purposes: readonly string[];
  recipients: readonly string[];
  sources: readonly string[];
  /** The report's locations, or the inventory's (without `text`: ask `locationText`). */
  locations: readonly (Pick<ReportLocation, 'source' | 'file' | 'line' | 'table' | 'column'> & { text?: string })[];
  evidence: readonly string[];
}

interface Source {
  inventory: Inventory;
  shared: SharedValues;
  /** Whether the report's full elements are made (then they are read instead of views). */
  isMade: () => boolean;
}

const sources = new WeakMap<ReportJson, Source>();

/** Called by buildReport: the report's elements can be viewed straight from this inventory. */
export function viewFrom(report: ReportJson, source: Source): void {
  sources.set(report, source);
}

const source = (report: ReportJson) => {
  const found = sources.get(report);
  return found && !found.isMade() ? found : undefined;
};

/** A row's location as the report writes it (`src/customer.ts:12`). */
export function locationText(l: ElementRow['locations'][number]): string {
  return l.text ?? formatLocation(l as Location);
}

/**
 * Visits every element as a row, in the report's order; with `fix`, an undeclared one's fix sentence is made
 * too; with `status`, only the elements of that status, or with `exceptStatus`, the others (no view is made for
 * an element passed over).
 */
export function forEachRow(report: ReportJson, visit: (row: ElementRow, index: number) => void, { fix = false, status, exceptStatus }: RowOptions = {}): void {
  const isWanted = (e: { status: string }) => (status === undefined || e.status === status) && e.status !== exceptStatus;
  const from = source(report);
  if (!from) {
    report.elements.forEach((e, index) => {
      if (isWanted(e)) visit(e, index);
    });
    return;
  }
  const { inventory, shared } = from;
  inventory.elements.forEach((e, index) => {
    if (!isWanted(e)) return;
    const row: ElementRow = {
      id: e.id,
      kind: e.kind,
      category: e.category,
      container: e.container,
      field: e.field,
      status: e.status,
      suppressedReason: e.suppressedReason ?? '',
      organisation: Boolean(e.isOrganisation),
      fix: fix && e.status === 'undeclared' ? elementFix(e, shared) : undefined,
      reasons: shared.reasonList(e.reasons),
      purposes: shared.sorted(e.purposes),
      recipients: shared.sorted(e.recipients),
      sources: shared.sorted(e.sources),
      locations: e.locations,
      evidence: shared.evidenceLines(e.evidence),
    };
    visit(row, index);
  });
}

export interface RowOptions {
  fix?: boolean;
  status?: ReportElement['status'];
  exceptStatus?: ReportElement['status'];
}

/** What every element has as it is, in the report's form and the inventory's alike (lists in any order). */
export interface ElementHead {
  status: string;
  category: string;
  purposes: readonly string[];
  sources: readonly string[];
  locations: readonly { file?: string }[];
}

/** Every element's head, in the report's order: nothing is made (the HTML page's counts, filters and paging). */
export function elementHeads(report: ReportJson): readonly ElementHead[] {
  return source(report)?.inventory.elements ?? report.elements;
}

/** The inventory and shared values the report's elements are made from, while they are not made yet. */
export function unmadeElements(report: ReportJson): { inventory: Inventory; shared: SharedValues } | undefined {
  return source(report);
}

/** The number of elements, without making them. */
export function elementCount(report: ReportJson): number {
  return source(report)?.inventory.elements.length ?? report.elements.length;
}

/** The full elements at these positions (in the report's order), made only for them when not made yet. */
export function elementsAt(report: ReportJson, indexes: readonly number[]): ReportElement[] {
  const from = source(report);
  if (!from) return indexes.map((i) => report.elements[i]!);
  const { inventory, shared } = from;
  return indexes.map((i) => reportElement(inventory.elements[i]!, inventory, shared));
}
