/**
 * The stage after the per-file pass of the code scan: link every file's module facts (cross-module flows,
 * wrappers) and read the manifests' third parties. Also the API `privmap init` uses (`findThirdParties`).
 */
import type { FlowFinding } from '../finding.js';
import { linkModules, type Wrapper } from './link.js';
import type { ModuleFacts } from './module-facts.js';
import { createResolver } from './resolve-modules.js';
import { manifestsOf, thirdPartiesOf, type ThirdParty } from './third-parties.js';
import type { SinkCatalogue } from './types.js';

export interface LinkedProject {
  flows: FlowFinding[];
  wrappers: Wrapper[];
  thirdParties: ThirdParty[];
}

/** `files`: every discovered code file (POSIX, relative to `root`); `modules`: the facts of those that have any. */
export function linkProject(root: string, files: readonly string[], modules: ReadonlyMap<string, ModuleFacts>, catalogue: SinkCatalogue): LinkedProject {
  const { flows, wrappers } = linkModules(modules, catalogue, createResolver(root, files));
  return { flows, wrappers, thirdParties: thirdPartiesOf(root, manifestsOf(root, files), catalogue, wrappers) };
}
