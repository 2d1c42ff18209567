/**
 * Baselines let an existing codebase adopt `privmap check` without fixing everything on day one: known
 * undeclared elements are recorded by stable id, and only new ones fail the build.
 */
import { readFileSync } from 'node:fs';
import { UsageError } from '../errors.js';
import { formatLocation } from '../output/location.js';
import { writeFileAtomic } from '../output/write-atomic.js';
import { isBlocking } from './severity.js';
import type { Inventory, InventoryElement } from './types.js';

export interface BaselineEntry {
  id: string;
  kind: 'field' | 'flow';
  category: string;
  container: string;
  field: string;
  /** First location, for people reading the file; not used to match. */
  where: string;
}

export interface Baseline {
  privmapBaseline: 1;
  entries: BaselineEntry[];
}

export interface BaselineComparison {
  /** Undeclared and not in the baseline: these fail the build. */
  fresh: InventoryElement[];
  /** Undeclared but accepted by the baseline. */
  known: InventoryElement[];
  /** Baseline entries that no longer exist as undeclared elements: fixed or gone. */
  resolved: BaselineEntry[];
}

export function describeLocation(element: InventoryElement): string {
  const first = element.locations[0];
  return first ? formatLocation(first) : '';
}

export function createBaseline(inventory: Inventory): Baseline {
  // Only what fails the build needs accepting; organisation data and warnings never block.
  const entries = inventory.elements
    .filter((e) => isBlocking(e, inventory.policy))
    .map((e) => ({ id: e.id, kind: e.kind, category: e.category, container: e.container, field: e.field, where: describeLocation(e) }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { privmapBaseline: 1, entries };
}

export function writeBaseline(file: string, baseline: Baseline): void {
  writeFileAtomic(file, `${JSON.stringify(baseline, null, 2)}\n`);
}

/** A baseline file; `undefined` when it does not exist yet (the first CI run before `--update-baseline`). */
export function readBaseline(file: string): Baseline | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new UsageError(`cannot read baseline ${file}: ${code === 'EISDIR' ? 'it is a directory' : (code ?? 'unreadable')}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`baseline ${file} is not valid JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  const baseline = parsed as Partial<Baseline> | null;
  if (!baseline || typeof baseline !== 'object' || baseline.privmapBaseline !== 1 || !Array.isArray(baseline.entries)) {
    throw new UsageError(`baseline ${file} is not a privmap baseline (expected "privmapBaseline": 1 and "entries"; recreate it with --update-baseline)`);
  }
  const bad = baseline.entries.findIndex((entry: unknown) => !entry || typeof entry !== 'object' || typeof (entry as BaselineEntry).id !== 'string');
  if (bad >= 0) throw new UsageError(`baseline ${file}: entry ${bad + 1} is not a baseline entry with an "id" (recreate the file with --update-baseline)`);
  return baseline as Baseline;
}

export function compareWithBaseline(inventory: Inventory, baseline: Baseline | undefined): BaselineComparison {
  const undeclared = inventory.elements.filter((e) => e.status === 'undeclared');
  if (!baseline) return { fresh: undeclared, known: [], resolved: [] };
  const ids = new Set(baseline.entries.map((e) => e.id));
  const current = new Set(undeclared.map((e) => e.id));
  return {
    fresh: undeclared.filter((e) => !ids.has(e.id)),
    known: undeclared.filter((e) => ids.has(e.id)),
    resolved: baseline.entries.filter((e) => !current.has(e.id)),
  };
}
