/** Scores the detector on the labelled list in fixtures/detect/labelled-fields.yml. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Detector } from '../../src/detect/types.js';
import { repoRoot } from '../helpers/cli.js';

export const CATEGORIES = ['address', 'email', 'name', 'phone'];

interface Group {
  container: string;
  lang: string;
  source: string;
  holdout?: boolean;
  org?: boolean;
  fields: [string, string, string][];
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export function loadLabelled(): Group[] {
  return parse(readFileSync(join(repoRoot, 'fixtures', 'detect', 'labelled-fields.yml'), 'utf8')) as Group[];
}

export function score(detector: Detector, groups: Group[]): { byCategory: Record<string, Score>; errors: string[]; fields: number } {
  const counts = Object.fromEntries(CATEGORIES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const errors: string[] = [];
  let fields = 0;
  for (const group of groups) {
    const siblings = group.fields.map((f) => f[0]);
    for (const [name, type, label] of group.fields) {
      fields++;
      const expected = label === '-' ? [] : label.split('+');
      const got = detector.classifyField({ name, container: [group.container], type: String(type), siblings }).matches.map((m) => m.category);
      for (const c of CATEGORIES) {
        const e = expected.includes(c);
        const a = got.includes(c);
        if (e && a) counts[c]!.tp++;
        else if (a) (counts[c]!.fp++, errors.push(`false positive ${c}: ${group.container}.${name} (${type})`));
        else if (e) (counts[c]!.fn++, errors.push(`missed ${c}: ${group.container}.${name} (${type})`));
      }
    }
  }
  const byCategory = Object.fromEntries(
    Object.entries(counts).map(([c, s]) => [c, { ...s, precision: s.tp / Math.max(1, s.tp + s.fp), recall: s.tp / Math.max(1, s.tp + s.fn) }]),
  );
  return { byCategory, errors, fields };
}
