// `npm run bench -- quality`: the detector's precision and recall on the labelled code bases in
// fixtures/detect/labelled/ (and the legacy list), from the BUILT dist/, held-out code bases first, then
// training; per category, per source kind (schema vs code), per language, and the per-code-base spread.
// `--misses` (after `--`) lists every miss; `--split train` prints only the training split (rule writers
// read training misses only). Scores, not timings: the machine load does not change them.
import ts from 'typescript';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDetector } from '../dist/detect/index.js';
import { loadSinkCatalogue } from '../dist/flows/catalogue.js';
import { PARSE_OPTIONS, scanSourceFile } from '../dist/scan/code/index.js';
import { SPLITS, evaluate, loadCodebases, report } from './quality-score.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** `--split train|training|holdout` prints only that split (tables and misses). */
function splitArgument() {
  const at = process.argv.indexOf('--split');
  if (at < 0) return undefined;
  const value = process.argv[at + 1];
  const split = value === 'training' ? 'train' : value;
  if (!SPLITS.includes(split)) throw new Error(`--split must be train or holdout, not ${value}`);
  return split;
}

export default async function (log) {
  const deps = { detector: createDetector({ defaultRegion: 'NO' }), scanSourceFile, ts, parseOptions: PARSE_OPTIONS, sinks: loadSinkCatalogue([]) };
  const outcomes = evaluate(deps, loadCodebases(root));
  for (const line of report(outcomes, { misses: process.argv.includes('--misses'), only: splitArgument() })) log(line);
}
