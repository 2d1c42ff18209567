/**
 * `--compare previous.json`: what appeared, disappeared or changed status since a previous JSON report.
 * Ids hash what an element is, never its line, so moving code around is not a change.
 */
import { UsageError } from '../errors.js';
import type { ReportChange, ReportJson } from './model.js';

const change = (e: ReportChange): ReportChange => ({
  id: e.id,
  kind: e.kind,
  category: e.category,
  container: e.container,
  field: e.field,
  status: e.status,
});

/** `elements` may be the report's or the inventory's: both have what a change names. */
export function compareReports(previous: ReportJson, elements: readonly ReportChange[]): NonNullable<ReportJson['compare']> {
  const before = new Map(previous.elements.map((e) => [e.id, e]));
  const now = new Set(elements.map((e) => e.id));
  const byName = (a: ReportChange, b: ReportChange) => `${a.category}\0${a.container}\0${a.field}\0${a.id}`.localeCompare(`${b.category}\0${b.container}\0${b.field}\0${b.id}`);
  return {
    ...(previous.generatedAt ? { previousGeneratedAt: previous.generatedAt } : {}),
    appeared: elements.filter((e) => !before.has(e.id)).map(change).sort(byName),
    disappeared: previous.elements.filter((e) => !now.has(e.id)).map(change).sort(byName),
    changed: elements
      .filter((e) => before.has(e.id) && before.get(e.id)!.status !== e.status)
      .map((e) => ({ ...change(e), previousStatus: before.get(e.id)!.status }))
      .sort(byName),
  };
}

const STATUSES = new Set(['declared', 'undeclared', 'suppressed']);

/**
 * Checks that a parsed file is a privmap JSON report this version can compare with, and says what is wrong
 * in one line when it is not (the CLI turns a UsageError into exit code 2).
 */
export function readPreviousReport(value: unknown, file = 'the previous report'): ReportJson {
  const report = value as Partial<ReportJson> | null;
  if (!report || typeof report !== 'object' || !Array.isArray(report.elements)) {
    throw new UsageError(`--compare: ${file} is not a privmap JSON report (write one with \`privmap report --format json\`)`);
  }
  if (report.formatVersion !== 1) {
    throw new UsageError(`--compare: ${file} has formatVersion ${String(report.formatVersion)}; this privmap reads formatVersion 1`);
  }
  report.elements.forEach((e, index) => {
    const ok = e && typeof e.id === 'string' && typeof e.category === 'string' && typeof e.container === 'string' && typeof e.field === 'string' && STATUSES.has(e.status);
    if (!ok) throw new UsageError(`--compare: element ${index} of ${file} lacks an id, category, container, field or status`);
  });
  return report as ReportJson;
}
