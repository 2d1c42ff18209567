/** One inventory element as the report writes it (src/report/model.ts `ReportElement`). */
import type { Location } from '../finding.js';
import type { Inventory, InventoryElement } from '../inventory/types.js';
import { formatLocation } from '../output/location.js';
import type { ReportElement, ReportLocation } from './model.js';
import { fixText } from './reason-text.js';
import { SharedValues } from './shared-values.js';

/** A location as the report writes it; properties assigned one by one (no object spread per optional one: 40,000 elements). */
function reportLocation(l: Location): ReportLocation {
  const location: ReportLocation = { source: l.source, text: formatLocation(l) };
  if (l.file !== undefined) location.file = l.file;
  if (l.line !== undefined) location.line = l.line;
  if (l.col !== undefined) location.col = l.col;
  if (l.table !== undefined) location.table = l.table;
  if (l.column !== undefined) location.column = l.column;
  return location;
}

/** Highest confidence of the element's evidence, 0 without any. */
export function highestConfidence(e: InventoryElement): number {
  let confidence = 0;
  for (const ev of e.evidence) if (ev.confidence > confidence) confidence = ev.confidence;
  return confidence;
}

/** What would make an undeclared element declared, in one sentence (./reason-text.ts). */
export function elementFix(e: InventoryElement, shared: SharedValues): string {
  return fixText(e, shared.policy, shared.suggestions(e.category));
}

/** One element as the report writes it. `shared` holds what elements of one report repeat (pass one per report). */
export function reportElement(e: InventoryElement, inventory: Inventory, shared = new SharedValues(inventory.policy)): ReportElement {
  const { id, kind, category, container, field, status } = e;
  const reasons = shared.reasonList(e.reasons);
  const purposes = shared.sorted(e.purposes);
  const recipients = shared.sorted(e.recipients);
  const sources = shared.sorted(e.sources);
  const locations = e.locations.length === 1 ? [reportLocation(e.locations[0]!)] : e.locations.map(reportLocation);
  const evidence = shared.evidenceLines(e.evidence);
  const confidence = highestConfidence(e);
  const organisation = Boolean(e.isOrganisation);
  // One object literal per status, with the JSON's property order: 40,000 elements are built here, and an
  // object grown property by property, or spread together, costs several allocations each (issue 14).
  const element: ReportElement =
    status === 'undeclared'
      ? { id, kind, category, container, field, status, reasons, fix: elementFix(e, shared), purposes, recipients, sources, locations, evidence, confidence, organisation }
      : status === 'suppressed'
        ? { id, kind, category, container, field, status, reasons, suppressedReason: e.suppressedReason ?? '', purposes, recipients, sources, locations, evidence, confidence, organisation }
        : { id, kind, category, container, field, status, reasons, purposes, recipients, sources, locations, evidence, confidence, organisation };
  if (e.sink) element.sink = shared.sink(e.sink);
  return element;
}
