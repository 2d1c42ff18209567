// `npm run bench -- quality`: the detector's precision and recall on the labelled code bases in
// fixtures/detect/labelled/ (and the legacy list), from the BUILT dist/, held-out code bases first, then
// training; per category, per source kind (schema vs code), per language, and the per-code-base spread.
// `--misses` (after `--`) lists every miss. Scores, not timings: the machine load does not change them.
import ts from 'typescript';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDetector } from '../dist/detect/index.js';
import { loadSinkCatalogue } from '../dist/flows/catalogue.js';
import { PARSE_OPTIONS, scanSourceFile } from '../dist/scan/code/index.js';
import { evaluate, loadCodebases, report } from './quality-score.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export default async function (log) {
  const deps = { detector: createDetector({ defaultRegion: 'NO' }), scanSourceFile, ts, parseOptions: PARSE_OPTIONS, sinks: loadSinkCatalogue([]) };
  const outcomes = evaluate(deps, loadCodebases(root));
  for (const line of report(outcomes, { misses: process.argv.includes('--misses') })) log(line);
}
