/**
 * Which inventory rows the HTML page shows. An organisation's record can hold 100,000 elements across 500
 * systems, one project's 40,000: a page of that many rows is tens of megabytes no browser handles well, and
 * rendering it cost four times SARIF's time (issue 14: linear outputs). The rows are picked from the elements'
 * heads (../element-rows.ts), and only the shown ones are made in full.
 */
import { type ElementHead, elementHeads, elementsAt } from '../element-rows.js';
import type { ReportElement, ReportJson } from '../model.js';

/**
 * An organisation's page lists at most ORGANISATION_ROWS rows, an equal share per system (undeclared first, at
 * least 5 each), and says how to get the rest.
 */
export const ORGANISATION_ROWS = 2_000;
/**
 * One project's page lists at most PROJECT_ROWS inventory rows, the undeclared first, and says that the complete
 * list is in the CSV and JSON formats. The summary, purposes, recipients and rights sections count every element.
 */
export const PROJECT_ROWS = 5_000;

export interface PagedElements {
  shown: ReportElement[];
  omitted: number;
  /** The rows each system gets (an organisation's record), or the page's limit (one project's). */
  perSystem: number;
}

/** Per report, the page for one limit: the inventory and recipients sections both list the shown rows. */
const paged = new WeakMap<ReportJson, { projectRows: number; page: PagedElements }>();

export function pagedElements(report: ReportJson, projectRows = PROJECT_ROWS): PagedElements {
  const cached = paged.get(report);
  if (cached?.projectRows === projectRows) return cached.page;
  const rows = elementHeads(report);
  const kept = report.organisation ? organisationPage(report, rows) : projectPage(rows, projectRows);
  // The shown rows keep the report's order.
  const indexes = [...kept.indexes].sort((a, b) => a - b);
  const page = { shown: elementsAt(report, indexes), omitted: rows.length - indexes.length, perSystem: kept.perSystem };
  paged.set(report, { projectRows, page });
  return page;
}

function projectPage(rows: readonly ElementHead[], limit: number): { indexes: Set<number>; perSystem: number } {
  const kept = new Set<number>();
  if (rows.length <= limit) {
    for (let i = 0; i < rows.length; i++) kept.add(i);
    return { indexes: kept, perSystem: rows.length };
  }
  for (let i = 0; i < rows.length && kept.size < limit; i++) if (rows[i]!.status === 'undeclared') kept.add(i);
  for (let i = 0; i < rows.length && kept.size < limit; i++) kept.add(i);
  return { indexes: kept, perSystem: limit };
}

function organisationPage(report: ReportJson, rows: readonly ElementHead[]): { indexes: Set<number>; perSystem: number } {
  const ids = new Set(report.organisation!.systems.map((y) => y.id));
  // Places are prefixed by their system (`acme/shop/src/x.ts`, or `acme/shop` for a live column); ids hold `/`.
  const systemOf = (e: ElementHead) => {
    const file = e.locations[0]?.file ?? '';
    if (ids.has(file)) return file;
    for (let i = file.indexOf('/'); i > 0; i = file.indexOf('/', i + 1)) if (ids.has(file.slice(0, i))) return file.slice(0, i);
    return '';
  };
  const bySystem = new Map<string, number[]>();
  rows.forEach((e, index) => {
    const id = systemOf(e);
    const list = bySystem.get(id);
    if (list) list.push(index);
    else bySystem.set(id, [index]);
  });
  const perSystem = Math.max(5, Math.floor(ORGANISATION_ROWS / Math.max(1, bySystem.size)));
  const rank = (i: number) => (rows[i]!.status === 'undeclared' ? 0 : 1);
  const kept = new Set<number>();
  for (const list of bySystem.values()) for (const i of [...list].sort((a, b) => rank(a) - rank(b)).slice(0, perSystem)) kept.add(i);
  return { indexes: kept, perSystem };
}
