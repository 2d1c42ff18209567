/**
 * What one push uploads: the scan's identity (repository, commit, branch, time) and its inventory as plain data
 * (policy purposes and recipients, elements with their locations, flows and live-database findings). Built
 * from an Inventory; raw findings and file paths outside the repository are left behind.
 */
import { createHash } from 'node:crypto';
import type { Skipped } from '../finding.js';
import type { Drift, Inventory, InventoryElement } from '../inventory/types.js';
import type { Policy } from '../policy/types.js';
import { counts } from '../report/build.js';

/** The parts of the policy a store keeps: everything but file paths and positions. */
export type StoredPolicy = Pick<Policy, 'controller' | 'categories' | 'subjects' | 'purposes' | 'recipients'>;

/** An inventory element without its raw findings (they repeat the locations and evidence). */
export type StoredElement = Omit<InventoryElement, 'findings'>;

/** A drift entry with only the place it was seen (source, file, line): no column positions. */
export interface StoredDrift {
  kind: Drift['kind'];
  table: string;
  column: string;
  source?: string;
  file?: string;
  line?: number;
}

export interface ScanIdentity {
  repository: string;
  commit: string;
  branch?: string;
  /** ISO time of the scan. */
  scannedAt: string;
}

export interface ScanRecord extends ScanIdentity {
  toolVersion: string;
  policy: StoredPolicy;
  elements: StoredElement[];
  drift: StoredDrift[];
  skipped: Skipped[];
  warnings: string[];
  summary: ReturnType<typeof counts> & { files: number; lines: number };
}

/** Drops `position` (and any absolute path) from a policy entry, recursively through maps of entries. */
function withoutPositions<T extends Record<string, object>>(entries: T): T {
  return Object.fromEntries(Object.entries(entries).map(([id, entry]) => [id, Object.fromEntries(Object.entries(entry).filter(([key]) => key !== 'position'))])) as T;
}

export function storedPolicy(policy: Policy): StoredPolicy {
  return {
    controller: policy.controller,
    categories: withoutPositions(policy.categories),
    subjects: withoutPositions(policy.subjects),
    purposes: withoutPositions(policy.purposes),
    recipients: withoutPositions(policy.recipients),
  };
}

export function scanRecord(inventory: Inventory, identity: ScanIdentity): ScanRecord {
  const elements = inventory.elements.map(({ findings: _findings, ...element }) => element);
  return {
    ...identity,
    toolVersion: inventory.tool.version,
    policy: storedPolicy(inventory.policy),
    elements,
    drift: inventory.drift.map((d) => ({ kind: d.kind, table: d.table, column: d.column, source: d.location.source, ...(d.location.file ? { file: d.location.file } : {}), ...(d.location.line ? { line: d.location.line } : {}) })),
    skipped: inventory.skipped.map((s) => ({ file: s.file, reason: s.reason, ...(s.line ? { line: s.line } : {}), ...(s.detail ? { detail: s.detail } : {}) })),
    warnings: [...inventory.warnings],
    summary: { ...counts(elements), files: inventory.stats.files, lines: inventory.stats.lines },
  };
}

/** Same content, same hash: a second push of the same commit with nothing changed writes nothing. */
export function contentHash(record: ScanRecord): string {
  const { scannedAt: _time, ...content } = record;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}
