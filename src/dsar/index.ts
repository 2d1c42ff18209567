/**
 * `privmap dsar`: where one person's data is (GDPR Art. 15 and 17). The project's inventory says which
 * columns hold personal data and where the code sends it; the live database's keys say which rows are the
 * person's. Nothing here writes to the database.
 */
import type { Inventory } from '../inventory/types.js';
import { resolveDatabaseUrl, resolvePolicy, scanProject } from '../pipeline.js';
import { readSchemaGraph } from './graph.js';
import { planDsar, type DsarPlan } from './plan.js';
import { withReadOnly } from './read-only.js';
import { findSubjectTable, parseSubject, type SubjectSelector } from './subject.js';

export { exportRows, type DsarFormat } from './export-rows.js';
export { erasureScript, exportScript } from './scripts.js';
export type { DsarPlan } from './plan.js';

export interface DsarOptions {
  dir: string;
  policyFile?: string;
  /** Database URL; default: the policy's urlEnv, else PG* variables. */
  url?: string;
  /** `<column>=<value>`. */
  subject: string;
  /** Overrides the subject table privacy.yml declares or its shape suggests. */
  table?: string;
}

export interface PreparedDsar {
  plan: DsarPlan;
  inventory: Inventory;
  selector: SubjectSelector;
  url: string | undefined;
}

export async function prepareDsar(options: DsarOptions): Promise<PreparedDsar> {
  const selector = parseSubject(options.subject);
  const policy = resolvePolicy(options.dir, options.policyFile);
  const url = resolveDatabaseUrl(policy, options.url);
  const inventory = await scanProject({ dir: options.dir, ...(options.policyFile ? { policyFile: options.policyFile } : {}), database: url ? { url } : {} });
  const graph = await withReadOnly(url, readSchemaGraph);
  const subject = findSubjectTable(graph, inventory, selector, options.table);
  return { plan: planDsar(graph, inventory, subject), inventory, selector, url };
}
