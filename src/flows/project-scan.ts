/**
 * The stage after the per-file pass of the code scan: link every file's module facts (cross-module flows,
 * wrappers) and read the manifests' third parties. Also the API `privmap init` uses (`findThirdParties`).
 */
import { createDetector } from '../detect/index.js';
import type { Engine } from '../engine.js';
import type { FlowFinding } from '../finding.js';
import { CODE_EXTENSIONS, discoverFiles } from '../scan/discover.js';
import { scanFileList } from '../scan/code/scan-files.js';
import { loadSinkCatalogue } from './catalogue.js';
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

export interface ThirdPartiesOptions {
  /** The sink catalogue and detector to use; default: the built-in catalogue and detection rules. */
  engine?: Pick<Engine, 'detector' | 'sinks'>;
  /** Globs relative to the root (gitignore syntax) to leave out, as the policy's `ignore:`. */
  ignore?: string[];
}

/**
 * For `privmap init`: the recipients a repository's package.json files name (vendor, package, kind, country)
 * and the project's own modules that wrap them (`packages/email/src/index.ts#sendEmail`), found by the same
 * code scan and link stage as `privmap scan`. Never throws on a file it cannot parse (it is skipped).
 */
export async function findThirdParties(root: string, options: ThirdPartiesOptions = {}): Promise<{ thirdParties: ThirdParty[]; wrappers: Wrapper[] }> {
  const engine = options.engine ?? { detector: createDetector({ rules: [], categories: [] }), sinks: loadSinkCatalogue([]) };
  const discovered = await discoverFiles(root, { extensions: CODE_EXTENSIONS, checkContent: false, ...(options.ignore ? { ignore: options.ignore } : {}) });
  const scanned = scanFileList(
    root,
    discovered.files.map((path) => ({ path })),
    { engine },
  );
  const modules = new Map<string, ModuleFacts>();
  for (const { file, scan } of scanned.scanned) if (scan.module) modules.set(file, scan.module);
  const { thirdParties, wrappers } = linkProject(root, discovered.files, modules, engine.sinks);
  return { thirdParties, wrappers };
}
