/**
 * Issue 15: an organisation's record of 500 systems stays one usable HTML page: the inventory lists an equal
 * share of each system's elements, undeclared first, and says where the rest are; the systems collapse.
 * A single project's report is never cut.
 */
import { describe, expect, it } from 'vitest';
import { buildReport, counts } from '../../src/report/build.js';
import { ORGANISATION_ROWS, renderHtml } from '../../src/report/formats/html.js';
import type { ReportJson } from '../../src/report/model.js';
import { loadReportInventory } from '../report/fixture.js';

const single = buildReport(loadReportInventory());

function organisation(systems: number): ReportJson {
  const ids = Array.from({ length: systems }, (_, i) => `acme/service-${String(i).padStart(3, '0')}`);
  const elements = ids.flatMap((id) => single.elements.map((e) => ({ ...e, id: `${id}:${e.id}`, locations: e.locations.map((l) => ({ ...l, file: l.file ? `${id}/${l.file}` : id })) })));
  return {
    ...single,
    elements,
    organisation: { systems: ids.map((id) => ({ id, commit: 'a1b2c3d4e5f6', scannedAt: '2026-01-01T00:00:00.000Z', elements: counts(single.elements) })), sharedColumns: [] },
  };
}

const rowsOf = (html: string) => html.slice(html.indexOf('<table id="inventory-table"'), html.indexOf('</table>', html.indexOf('<table id="inventory-table"'))).split('<tr data-category=').length - 1;

describe('the organisation record as HTML', () => {
  it('lists a share of each system, undeclared first, and says how to get the rest', () => {
    const report = organisation(500);
    const html = renderHtml(report);
    const rows = rowsOf(html);
    expect(rows).toBe(500 * 5);
    expect(rows).toBeLessThan(report.elements.length);
    expect(html).toContain(`${report.elements.length - rows} more elements are in the CSV and JSON formats`);
    expect(html).toMatch(/<details><summary>500 systems<\/summary>/);
    const undeclared = single.elements.filter((e) => e.status === 'undeclared').length;
    expect(undeclared).toBeGreaterThan(0);
    // Every system's undeclared elements are on the page (up to its share).
    const shown = html.match(/id="element-acme\/service-042:[^"]+"/g) ?? [];
    expect(shown).toHaveLength(5);
    const statuses = single.elements.filter((e) => shown.some((s) => s.includes(`:${e.id}"`))).map((e) => e.status);
    expect(statuses.slice(0, Math.min(5, undeclared)).every((s) => s === 'undeclared')).toBe(true);
    // The page holds the listed elements, not 100,000: an element past a system's share is nowhere on it.
    const listed = new Set((html.match(/id="element-[^"]+"/g) ?? []).map((m) => m.slice(12, -1)));
    expect(listed.size).toBe(rows);
    const unlisted = report.elements.find((e) => !listed.has(e.id))!;
    expect(html).not.toContain(unlisted.id);
  });

  it('shows every element of a small organisation, and never cuts a project report', () => {
    const small = organisation(3);
    expect(small.elements.length).toBeLessThan(ORGANISATION_ROWS);
    expect(rowsOf(renderHtml(small))).toBe(small.elements.length);
    expect(renderHtml(small)).toMatch(/<details open><summary>3 systems<\/summary>/);
    expect(rowsOf(renderHtml(single))).toBe(single.elements.length);
  });
});
