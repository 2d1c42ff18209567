/**
 * The labelled code bases (fixtures/detect/labelled/ and the legacy fixtures/detect/labelled-fields.yml)
 * scored with the detector and code scanner from src/. The scoring itself is bench/quality-score.mjs, shared
 * with `npm run bench -- quality`, so the test and the bench cannot drift apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { parse } from 'yaml';
import { evaluate, loadCodebases, tally, type Codebase, type Outcome } from '../../bench/quality-score.mjs';
import { createDetector } from '../../src/detect/index.js';
import type { Detector } from '../../src/detect/types.js';
import { loadSinkCatalogue } from '../../src/flows/catalogue.js';
import { PARSE_OPTIONS, scanSourceFile } from '../../src/scan/code/index.js';
import { repoRoot } from '../helpers/cli.js';

export { CATEGORIES, groupBy, perCodebase, report, tally } from '../../bench/quality-score.mjs';
export type { Codebase, Outcome } from '../../bench/quality-score.mjs';

export function loadCodebasesFromRepo(): Codebase[] {
  return loadCodebases(repoRoot);
}

/** Every labelled field, scored by a detector built from the built-in rules (or the one given). */
export function scoreAll(codebases: Codebase[], detector: Detector = createDetector({ defaultRegion: 'NO' })): Outcome[] {
  return evaluate({ detector, scanSourceFile, ts, parseOptions: PARSE_OPTIONS, sinks: loadSinkCatalogue([]) }, codebases);
}

// The legacy list's shape, kept for callers that score one flat list of schema groups.
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
  const codebases: Codebase[] = [{ codebase: 'list', repository: 'list', language: 'en', kind: 'schema', split: 'train', file: 'list', groups }];
  const outcomes = evaluate({ detector, scanSourceFile, ts, parseOptions: PARSE_OPTIONS, sinks: loadSinkCatalogue([]) }, codebases);
  const t = tally(outcomes);
  return { byCategory: t.byCategory, errors: t.errors, fields: t.fields };
}
