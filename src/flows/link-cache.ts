/**
 * The link stage (link.ts) made incremental from outside: what it computed last time is kept in the project
 * snapshot (src/cache/project-snapshot.ts) with each file's link signature, and a run redoes only what its
 * changes can reach.
 *
 * - Nothing changed (same fingerprint, same files with the same hashes, same package.json and tsconfig
 *   files): every file's linked flows, and the third parties, are taken as they are.
 * - Files changed but their link signatures did not (what other modules and the summaries see of a file:
 *   its imports, exports, clients, functions and calls, positions left out): every summary is the same, so
 *   only the changed files' own calls are judged again, on the summaries kept, with the facts of the few
 *   modules their calls resolve to read from the per-file cache.
 * - Anything else (a wrapper's facts changed, a file added or removed, a manifest or tsconfig edited): the
 *   link stage runs over every file's facts, read from the per-file cache, no file parsed again.
 *
 * The result is the same as `linkProject`'s, flow for flow and in the same order (test/cache/incremental.test.ts).
 */
import { createHash } from 'node:crypto';
import type { FlowFinding } from '../finding.js';
import { type FileRecord, StoredSummaries, type SummaryTable } from '../cache/project-snapshot.js';
import { ProjectLinks } from './link.js';
import type { ModuleFacts } from './module-facts.js';
import { ModulesOnDemand } from './modules-on-demand.js';
import { createResolver } from './resolve-modules.js';
import { manifestsOf, thirdPartiesOf, type ThirdParty } from './third-parties.js';
import type { SinkCatalogue } from './types.js';

/**
 * What of a file's facts can change another file's links or any summary: everything but the positions of
 * its calls, which only its own flows show (an edit above a call moves it, and nothing else).
 */
export function linkSignature(facts: ModuleFacts | undefined): string | undefined {
  if (!facts) return undefined;
  const calls = facts.calls.map(({ line: _line, col: _col, ...rest }) => rest);
  return createHash('sha1').update(JSON.stringify({ ...facts, calls })).digest('hex');
}

export interface LinkInput {
  root: string;
  /** The scanned (not skipped) files, in the scan's order. */
  files: readonly string[];
  catalogue: SinkCatalogue;
  /** A file's module facts: fresh from this run's parse, else read from the per-file cache. */
  factsOf: (file: string) => ModuleFacts | undefined;
  /** The files whose content differs from the previous link's (or all, without one). */
  changed: ReadonlySet<string>;
  /** The previous link of the same fingerprint and resolution files, with the same file list; else undefined. */
  previous?: { records: Readonly<Record<string, FileRecord>>; summaries: SummaryTable; thirdParties: ThirdParty[] };
}

export interface LinkOutput {
  /** Each file's linked flows (files without any absent). */
  linked: Map<string, FlowFinding[]>;
  signatures: Map<string, string>;
  /** The previous link's (the same object) unless everything was linked again. */
  summaries: SummaryTable;
  thirdParties: ThirdParty[];
  /** How much was redone: `reused`, `changed-files` (their calls only) or `all`. */
  mode: 'reused' | 'changed-files' | 'all';
}

export function linkIncrementally(input: LinkInput): LinkOutput {
  const { previous } = input;
  if (previous) {
    const kept = keptLinks(input, previous);
    if (kept) return kept;
  }
  return linkAll(input);
}

function keptLinks(input: LinkInput, previous: NonNullable<LinkInput['previous']>): LinkOutput | undefined {
  const linked = new Map<string, FlowFinding[]>();
  const signatures = new Map<string, string>();
  for (const file of input.files) {
    const record = previous.records[file];
    if (!record) return undefined;
    if (record.linked?.length) linked.set(file, record.linked);
    if (record.signature) signatures.set(file, record.signature);
  }
  if (input.changed.size === 0) return { linked, signatures, summaries: previous.summaries, thirdParties: previous.thirdParties, mode: 'reused' };
  // Summaries read back from their file (checked by its digest): gone or damaged, everything is linked again.
  if (previous.summaries instanceof StoredSummaries && !previous.summaries.ready()) return undefined;
  const fresh = new Map<string, ModuleFacts | undefined>();
  for (const file of input.changed) {
    const facts = input.factsOf(file);
    if (linkSignature(facts) !== previous.records[file]?.signature) return undefined;
    fresh.set(file, facts);
  }
  const modules = new ModulesOnDemand((file) => (fresh.has(file) ? fresh.get(file) : input.factsOf(file)));
  const links = new ProjectLinks(modules, input.catalogue, createResolver(input.root, input.files), previous.summaries);
  for (const [file, facts] of fresh) {
    const flows = facts ? links.flowsFor(file, facts) : [];
    if (flows.length) linked.set(file, flows);
    else linked.delete(file);
  }
  return { linked, signatures, summaries: previous.summaries, thirdParties: previous.thirdParties, mode: 'changed-files' };
}

/** The whole link stage, as `linkProject` runs it, keeping each file's flows apart. */
function linkAll(input: LinkInput): LinkOutput {
  const modules = new Map<string, ModuleFacts>();
  const signatures = new Map<string, string>();
  for (const file of input.files) {
    const facts = input.factsOf(file);
    if (!facts) continue;
    modules.set(file, facts);
    signatures.set(file, linkSignature(facts)!);
  }
  const links = new ProjectLinks(modules, input.catalogue, createResolver(input.root, input.files));
  const linked = new Map<string, FlowFinding[]>();
  // `allFlows()` file by file, in its order.
  for (const file of [...modules.keys()].sort()) {
    const flows = links.flowsFor(file);
    if (flows.length) linked.set(file, flows);
  }
  const thirdParties = thirdPartiesOf(input.root, manifestsOf(input.root, input.files), input.catalogue, links.wrappers());
  return { linked, signatures, summaries: links.summaryTableWithIndexes(), thirdParties, mode: 'all' };
}
