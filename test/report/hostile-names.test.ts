/**
 * Through the real pipeline: a migration whose quoted identifiers hold markup, quotes, pipes, backticks,
 * newlines and spreadsheet formulas (fixtures/report/hostile-names) stays inert in every format.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Inventory } from '../../src/inventory/types.js';
import { scanProject } from '../../src/pipeline.js';
import { renderReport } from '../../src/report/index.js';
import { repoRoot } from '../helpers/cli.js';

let inventory: Inventory;
beforeAll(async () => {
  inventory = await scanProject({ dir: join(repoRoot, 'fixtures', 'report', 'hostile-names') });
});

describe('hostile names from a real migration', () => {
  it('are found, and escaped in HTML, quoted in CSV and kept in their Markdown cells', () => {
    expect(inventory.elements.map((e) => e.field)).toEqual(expect.arrayContaining(['=HYPERLINK("http://evil.example") email', '@SUM(A1) address']));
    const html = renderReport(inventory, 'html');
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Acme &lt;script&gt;alert(&quot;controller&quot;)&lt;/script&gt; AS');
    const csv = renderReport(inventory, 'csv');
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"") email"`);
    expect(csv).toContain(`'@SUM(A1) address`);
    expect(csv).not.toMatch(/(^|,)[=@]/m);
    const md = renderReport(inventory, 'markdown');
    for (const line of md.split('\n').filter((l) => l.startsWith('|'))) expect(line.endsWith('|'), line).toBe(true);
  });
});
