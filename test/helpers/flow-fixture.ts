/**
 * The flows the real code scan finds in one folder of fixtures/flows, judged against that folder's shared
 * privacy.yml: the setup every flow-mechanism test starts from.
 */
import { join } from 'node:path';
import { createEngine } from '../../src/engine.js';
import type { FlowFinding } from '../../src/finding.js';
import { loadPolicy } from '../../src/policy/index.js';
import { scanCode } from '../../src/scan/code/index.js';
import { repoRoot } from './cli.js';

export const flowsRoot = join(repoRoot, 'fixtures', 'flows');

export async function scanFlowFixture(folder: string): Promise<FlowFinding[]> {
  const engine = createEngine(loadPolicy(join(flowsRoot, 'privacy.yml')));
  const result = await scanCode(join(flowsRoot, folder), { engine });
  return result.findings.filter((f): f is FlowFinding => f.kind === 'flow');
}

/** The non-log flows at each line of one file of a flow fixture, as `[sinkId, categories]` pairs. */
export async function flowsAt(folder: string, file: string): Promise<(line: number) => [string, string[]][]> {
  return flowsAtIn(await scanFlowFixture(folder), file);
}

/** The same, of flows scanned once already (a test asking about several files of one fixture). */
export function flowsAtIn(scanned: readonly FlowFinding[], file: string): (line: number) => [string, string[]][] {
  const flows = scanned.filter((f) => f.sinkKind !== 'logs' && f.location.file === file);
  return (line) => flows.filter((f) => f.location.line === line).map((f) => [f.sinkId, f.categories]);
}
