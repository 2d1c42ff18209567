/**
 * Issue 2's quality bar: precision and recall per category on the labelled list of real-world fields
 * (at least 500, in six languages plus Swedish and Danish, with traps), at least 0.95 each.
 */
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../src/detect/index.js';
import { CATEGORIES, loadLabelled, score } from './labelled.js';

const table = (title: string, result: ReturnType<typeof score>) =>
  [`${title} (${result.fields} fields)`, ...CATEGORIES.map((c) => {
    const s = result.byCategory[c]!;
    return `  ${c.padEnd(8)} precision ${s.precision.toFixed(3)}  recall ${s.recall.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
  })].join('\n');

describe('detector precision and recall on the labelled list', () => {
  const groups = loadLabelled();
  const detector = createDetector({ defaultRegion: 'NO' });

  it('has at least 500 labelled fields with at least 40% traps', () => {
    const fields = groups.flatMap((g) => g.fields);
    expect(fields.length).toBeGreaterThanOrEqual(500);
    expect(fields.filter((f) => f[2] === '-').length / fields.length).toBeGreaterThanOrEqual(0.4);
    expect(new Set(groups.map((g) => g.lang))).toEqual(new Set(['en', 'no', 'da', 'sv', 'de', 'nl', 'fr', 'es']));
  });

  it('reaches 0.95 precision and recall for every category', () => {
    const all = score(detector, groups);
    const holdout = score(detector, groups.filter((g) => g.holdout));
    console.log(`${table('all', all)}\n${table('holdout', holdout)}\n${all.errors.join('\n')}`);
    for (const c of CATEGORIES) {
      expect(all.byCategory[c]!.precision, `${c} precision`).toBeGreaterThanOrEqual(0.95);
      expect(all.byCategory[c]!.recall, `${c} recall`).toBeGreaterThanOrEqual(0.95);
    }
  });
});
