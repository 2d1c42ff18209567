/** The reporter registry is sorted and names exactly the files in src/report/formats. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORT_FORMATS, renderReport } from '../../src/report/index.js';
import { repoRoot } from '../helpers/cli.js';
import { loadReportInventory } from './fixture.js';

describe('report registry', () => {
  it('lists one reporter per file in src/report/formats, sorted', () => {
    const files = readdirSync(join(repoRoot, 'src', 'report', 'formats')).map((f) => f.replace(/\.ts$/, ''));
    expect(REPORT_FORMATS).toEqual([...files].sort());
    expect(REPORT_FORMATS).toEqual([...REPORT_FORMATS].sort());
  });

  it('gives byte-identical output for the same inventory in every format', () => {
    for (const format of REPORT_FORMATS) expect(renderReport(loadReportInventory(), format), format).toBe(renderReport(loadReportInventory(), format));
  });
});
