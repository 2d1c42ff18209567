/**
 * What the HTML page reads of every element, besides the rows it shows: the filters' values and the count of
 * elements per category and purpose, in one pass over the elements' heads (../element-rows.ts), made once per report.
 */
import { elementHeads } from '../element-rows.js';
import type { ReportJson } from '../model.js';

export interface ElementFacts {
  categories: Set<string>;
  purposes: Set<string>;
  sources: Set<string>;
  /** category -> purpose -> elements that name it. */
  found: Map<string, Map<string, number>>;
}

const facts = new WeakMap<ReportJson, ElementFacts>();

export function elementFacts(report: ReportJson): ElementFacts {
  let done = facts.get(report);
  if (done) return done;
  done = { categories: new Set(), purposes: new Set(), sources: new Set(), found: new Map() };
  const { categories, purposes, sources, found } = done;
  for (const e of elementHeads(report)) {
    categories.add(e.category);
    for (const source of e.sources) sources.add(source);
    let byPurpose = found.get(e.category);
    if (!byPurpose) found.set(e.category, (byPurpose = new Map()));
    // Each element counts once per purpose, even were a purpose named twice.
    const seen = e.purposes.length > 1 ? new Set<string>() : undefined;
    for (const purpose of e.purposes) {
      if (seen) {
        if (seen.has(purpose)) continue;
        seen.add(purpose);
      }
      purposes.add(purpose);
      byPurpose.set(purpose, (byPurpose.get(purpose) ?? 0) + 1);
    }
  }
  facts.set(report, done);
  return done;
}
