/** The Markdown report: the record condensed for a wiki or PR comment; hostile names stay inside their cells. */
import { describe, expect, it } from 'vitest';
import { mdCode } from '../../src/report/formats/markdown.js';
import { renderReport } from '../../src/report/index.js';
import { loadReportInventory, withHostileNames } from './fixture.js';

/** Cells of a GFM table row: split on pipes that are not backslash-escaped. */
const cells = (line: string) => line.replace(/\\\\/g, '').split(/(?<!\\)\|/).slice(1, -1);

/** The line without its code spans (CommonMark: a run of n backticks closes at the next run of exactly n). */
function outsideCode(line: string): string {
  let out = '';
  let i = 0;
  while (i < line.length) {
    const run = /^`+/.exec(line.slice(i))?.[0];
    if (!run) {
      out += line[i++];
      continue;
    }
    const close = new RegExp(`(?<!\`)${run}(?!\`)`, 'g');
    close.lastIndex = i + run.length;
    const end = close.exec(line);
    if (!end) return out + line.slice(i);
    i = end.index + run.length;
  }
  return out;
}

describe('Markdown report', () => {
  const md = renderReport(loadReportInventory(), 'markdown');

  it('has the controller, purposes with bases and Art. 6(1) letters, the rights matrix and every location', () => {
    expect(md).toMatch(/^# Record of processing activities: SMARTi AS$/m);
    expect(md).toContain('| Data protection officer | Data protection officer, privacy@smarti.dev |');
    expect(md).toContain('- **Legal basis**: Contract, GDPR Art. 6(1)(b)');
    expect(md).toContain('- **Legal basis**: Legal obligation, GDPR Art. 6(1)(c)');
    expect(md).toContain('Mixpanel (product analytics) (transfer outside the EEA to US; safeguard: EU-US Data Privacy Framework and Standard Contractual Clauses)');
    const marketing = md.split('\n').find((l) => l.startsWith('| Sales and marketing |'))!;
    expect(cells(marketing)).toHaveLength(8);
    expect(marketing).toContain('yes: Art. 21(2): absolute for direct marketing');
    expect(md).toContain('`migrations/001_create_customers.sql:4 (public.customers.email)`');
    expect(md).toContain('## Needs attention');
  });

  it('lists each undeclared element once, under Needs attention, with all the inventory says of it (issue 14)', () => {
    const lines = md.split('\n');
    const attention = lines.indexOf('## Needs attention');
    const inventory = lines.indexOf('## Inventory');
    expect(attention).toBeGreaterThan(0);
    expect(inventory).toBeGreaterThan(attention);
    // The flow to an undeclared recipient: its purposes and recipients in its one row, the fix beside them.
    const rows = lines.filter((l) => l.includes('`fetch() in syncContact`'));
    expect(rows).toHaveLength(1);
    expect(lines.indexOf(rows[0]!)).toBeLessThan(inventory);
    expect(cells(rows[0]!).map((c) => c.trim())).toEqual([
      '`fetch() in syncContact`',
      '`email`',
      '`src/crm/sync-contact.ts:23`',
      '`customer-relationship`',
      '`hubspot`',
      'recipient `hubspot` is not declared in the policy',
      'declare `hubspot` under recipients in privacy.yml (purposes, categories, transfer), or stop sending email there',
    ]);
    // The inventory says where they are and lists the others: 7 undeclared of 21 in the fixture.
    expect(lines[inventory + 2]).toBe('The 7 undeclared elements are listed under Needs attention above, with why and how to fix each; this table lists the other 14.');
    const inventoryRows = lines.slice(inventory).filter((l) => /^\| (Declared|Suppressed|\*\*Undeclared)/.test(l));
    expect(inventoryRows).toHaveLength(14);
    expect(inventoryRows.some((l) => l.includes('Undeclared'))).toBe(false);
  });

  it('keeps every table row on one line with its column count, whatever the names hold', () => {
    const hostile = renderReport(withHostileNames(loadReportInventory()), 'markdown');
    const lines = hostile.split('\n');
    let columns = 0;
    for (const line of lines) {
      if (!line.startsWith('|')) {
        columns = 0;
        continue;
      }
      expect(line.endsWith('|'), line).toBe(true);
      if (!columns) columns = cells(line).length;
      expect(cells(line), line).toHaveLength(columns);
    }
    // Markup only inside code spans (shown as text), never where GitHub would read it as HTML.
    for (const line of lines) expect(outsideCode(line).replace(/<br>/g, ''), line).not.toMatch(/(?<!\\)</);
    expect(hostile).toContain('`customers</script><script>alert(1)</script>.=HYPERLINK("http://evil.example")`');
    // The backticks inside a name cannot close its code span: the fence is longer than any run inside.
    expect(hostile).toContain('``"double" and \'single\'.contact \\| `tick` phone``');
  });

  it('lists every element in one table when none or all of them are undeclared', () => {
    const declared = loadReportInventory();
    declared.elements = declared.elements.filter((e) => e.status !== 'undeclared');
    const clean = renderReport(declared, 'markdown');
    expect(clean).not.toContain('## Needs attention');
    expect(clean).not.toContain('listed under Needs attention');
    expect(clean.split('\n').filter((l) => l.startsWith('| Declared |')).length).toBe(declared.elements.filter((e) => e.status === 'declared').length);

    const undeclared = loadReportInventory();
    undeclared.elements = undeclared.elements.filter((e) => e.status === 'undeclared');
    const lines = renderReport(undeclared, 'markdown').split('\n');
    const inventory = lines.indexOf('## Inventory');
    expect(lines[inventory + 2]).toBe(`The ${undeclared.elements.length} undeclared elements are listed under Needs attention above, with why and how to fix each.`);
    expect(lines[inventory + 4]).toBe('## Recipients and transfers');
    expect(lines.slice(lines.indexOf('## Needs attention'), inventory).filter((l) => l.startsWith('| `')).length).toBe(undeclared.elements.length);
  });

  it('builds code spans that survive backticks at the edges and pipes', () => {
    expect(mdCode('a|b')).toBe('`a\\|b`');
    expect(mdCode('`x`')).toBe('`` `x` ``');
    expect(mdCode('a``b', false)).toBe('```a``b```');
    expect(mdCode('line\nbreak')).toBe('`line break`');
  });
});
