/**
 * A linted file's per-file cache entry made from the tree typescript-eslint already built, so a cold `eslint`
 * process parses each linted file once (issue 12: `recommended` at most 1.15× plain typescript-eslint).
 *
 * Without type information typescript-eslint parses as the CLI does (`jsDocParsingMode: none`, the script kind
 * by extension, the latest language version), so the scan of its tree is the scan `privmap check` makes of the
 * same text, and goes into the cache under the same key. What the CLI would refuse is left to it: a file it skips
 * as minified or generated gets the same skipped record; a tree with parse errors, or a component file whose
 * script blocks the CLI cuts out, gets no entry from here (the caller scans it as the CLI does).
 */
import type ts from 'typescript';
import type { Engine } from '../engine.js';
import { contentSkipReason, SKIP_DETAIL } from '../scan/discover.js';
import { scanSourceFile } from '../scan/code/index.js';
import { COMPONENT_FILE } from '../scan/code/parse.js';
import { detachStrings } from '../scan/code/detached.js';
import type { FileOutcome } from '../scan/code/scan-files.js';
import { withTypeScript, type TypeScriptModule } from '../scan/code/typescript-api.js';

export function treeOutcome(file: string, sourceFile: ts.SourceFile, module: TypeScriptModule, engine: Engine): FileOutcome | undefined {
  if (COMPONENT_FILE.test(file)) return undefined;
  const reason = contentSkipReason(sourceFile.text);
  if (reason) return { skipped: { file, reason, detail: SKIP_DETAIL[reason] } };
  const diagnostics = (sourceFile as unknown as { parseDiagnostics?: unknown[] }).parseDiagnostics;
  if (diagnostics?.length) return undefined;
  const scan = withTypeScript(module, () => scanSourceFile(sourceFile, { detector: engine.detector, sinks: engine.sinks, file }));
  return { lines: sourceFile.getLineStarts().length, scan: detachStrings(scan) };
}
