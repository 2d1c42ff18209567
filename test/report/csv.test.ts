/** The CSV report: RFC 4180 as a spreadsheet reads it, one row per location, formulas neutralised. */
import { describe, expect, it } from 'vitest';
import { CSV_HEADER } from '../../src/report/formats/csv.js';
import { renderReport } from '../../src/report/index.js';
import { HOSTILE, loadReportInventory, withHostileNames } from './fixture.js';

/** A strict RFC 4180 reader: fails on a stray quote, so a quoting bug cannot pass unnoticed. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"' && cell === '') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quote');
        if (text[i] === '"' && text[i + 1] === '"') (cell += '"'), (i += 2);
        else if (text[i] === '"') break;
        else cell += text[i++];
      }
      i++;
      if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`text after a closing quote at ${i}`);
    } else if (text[i] === ',') row.push(cell), (cell = ''), i++;
    else if (text[i] === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), (i += 2);
    else if (text[i] === '"' || text[i] === '\n' || text[i] === '\r') throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
    else cell += text[i++];
  }
  if (cell !== '' || row.length) throw new Error('last row lacks CRLF');
  return rows;
}

describe('CSV report', () => {
  it('has a header and one row per location with every column', () => {
    const inventory = loadReportInventory();
    const rows = parseCsv(renderReport(inventory, 'csv'));
    expect(rows[0]).toEqual([...CSV_HEADER]);
    expect(rows).toHaveLength(1 + inventory.elements.reduce((n, e) => n + e.locations.length, 0));
    for (const row of rows) expect(row).toHaveLength(CSV_HEADER.length);
    const col = (name: (typeof CSV_HEADER)[number]) => CSV_HEADER.indexOf(name);
    const nickname = rows.find((r) => r[col('field')] === 'nickname')!;
    expect(nickname[col('status')]).toBe('undeclared');
    expect(nickname[col('reason')]).toBe('no purpose is declared for it');
    expect(nickname[col('source')]).toBe('postgres');
    expect(nickname[col('table')]).toBe('public.customers');
    const email = rows.filter((r) => r[col('container')] === 'Customer' && r[col('field')] === 'email');
    expect(email.map((r) => `${r[col('source')]} ${r[col('file')]}:${r[col('line')]}`)).toEqual(['code src/customers/customer.entity.ts:18', 'postgres :', 'prisma prisma/schema.prisma:14', 'sql migrations/001_create_customers.sql:4']);
    expect(email[0]![col('purposes')]).toBe('customer-relationship; marketing; service-provision');
  });

  it('quotes newlines, quotes and commas, and prefixes cells a spreadsheet would run as formulas', () => {
    const csv = renderReport(withHostileNames(loadReportInventory()), 'csv');
    const rows = parseCsv(csv);
    const fields = rows.map((r) => r[CSV_HEADER.indexOf('field')]);
    expect(fields).toContain(`'${HOSTILE.formula}`);
    expect(fields).toContain(HOSTILE.multiline);
    expect(fields).toContain(`'@SUM(A1)`);
    expect(rows.map((r) => r[CSV_HEADER.indexOf('container')])).toContain(HOSTILE.quotes);
    expect(rows.map((r) => r[CSV_HEADER.indexOf('reason')])).toContain('a team name,\nnot a person | `really`');
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
  });
});
