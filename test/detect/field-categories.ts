/**
 * What the detector says of one field, and of each member a TypeScript source declares: the two views the
 * convention tests check a rule through (the detector alone, and the real scanner over a file).
 */
import ts from 'typescript';
import { createDetector } from '../../src/detect/index.js';
import { loadSinkCatalogue } from '../../src/flows/catalogue.js';
import { PARSE_OPTIONS, scanSourceFile } from '../../src/scan/code/index.js';

const detector = createDetector({ defaultRegion: 'NO' });

/** The categories the detector gives one field, with its record (`container`), type and siblings. */
export const categories = (name: string, extra: { container?: string[]; type?: string; siblings?: string[] } = {}) =>
  detector.classifyField({ name, ...extra }).matches.map((m) => m.category);

/** The categories found on each declared member of `source`, by member name. */
export function scanned(source: string): Record<string, string[]> {
  const sourceFile = ts.createSourceFile('types.ts', source, PARSE_OPTIONS, false, ts.ScriptKind.TS);
  const found: Record<string, string[]> = {};
  for (const field of scanSourceFile(sourceFile, { detector, sinks: loadSinkCatalogue([]), file: 'types.ts' }).fields) {
    (found[field.field] ??= []).push(field.category);
  }
  return found;
}
