/** The same input gives byte-identical output, and findings come in file order. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanCode } from '../../../src/scan/code/index.js';
import { engine, fixtures } from './helpers.js';

describe('determinism', () => {
  it('two scans of the same tree give identical JSON', async () => {
    const first = await scanCode(fixtures, { engine });
    const second = await scanCode(fixtures, { engine });
    expect(first.findings.length).toBeGreaterThan(100);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  });

  it('orders findings by file, then position', async () => {
    const { findings } = await scanCode(join(fixtures, 'interfaces-and-classes'), { engine });
    const keys = findings.filter((f) => f.kind === 'field').map((f) => [f.location.file!, f.location.line!] as const);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    expect(keys).toEqual(sorted);
  });
});
