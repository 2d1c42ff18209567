/**
 * One privmap scan per linted file, shared by every rule: the rules ask for it through the same
 * `SourceCode` object, so the file is classified once however many privmap rules are on.
 *
 * The scan reads the tree typescript-eslint already built, with the TypeScript module that built it (the
 * user's, 5.x or 6.x; see typescript-module.ts), so no file is parsed twice. Only when no TypeScript tree
 * exists (espree on plain JavaScript) or its module cannot be used is the text parsed with privmap's own copy.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import type { TSESLint } from '@typescript-eslint/utils';
import type ts from 'typescript';
import type { Engine } from '../engine.js';
import type { FieldFinding, FlowFinding } from '../finding.js';
import { crossModuleFlows, projectScanOf } from '../flows/project.js';
import { PARSE_OPTIONS, scanSourceFile, scriptKindFor } from '../scan/code/index.js';
import { contentSkipReason } from '../scan/discover.js';
import { ownTypeScript, withTypeScript, type TypeScriptModule } from '../scan/code/typescript-api.js';
import { keepPendingPolicy } from './kept-policy.js';
import { policyFor, readSettings, type PolicyState } from './policy-cache.js';
import { treeOutcome } from './tree-outcome.js';
import { DEFAULT_TYPE_WALK_BUDGET_MS, TypeWalkBudget, type StoppedWalk } from './type-walk-budget.js';
import { typescriptModuleOf } from './typescript-module.js';

/** Why a type-aware scan ran without type information. */
export type NoTypeInformation =
  | { reason: 'no-program' }
  | { reason: 'not-typescript-eslint' }
  | { reason: 'unsupported-typescript'; version: string }
  | { reason: 'unknown-typescript' };

export type FileScan =
  | {
      kind: 'ok';
      engine: Engine;
      sourceFile: ts.SourceFile;
      fields: FieldFinding[];
      flows: FlowFinding[];
      /** Set when type information was asked for (`typeAware`) but the scan had none. */
      noTypes?: NoTypeInformation;
      /** Sink calls whose type walk ran out of budget. */
      stoppedWalks: StoppedWalk[];
    }
  | { kind: 'policy-missing'; from: string }
  | { kind: 'policy-error'; message: string }
  | { kind: 'scan-error'; message: string };

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

interface ParsedFile {
  sourceFile: ts.SourceFile;
  module: TypeScriptModule;
  checker?: ts.TypeChecker;
  noTypes?: NoTypeInformation;
}

const scans = new WeakMap<object, Map<boolean, FileScan>>();
const parsedByText = new WeakMap<object, ts.SourceFile>();

function ownParse(context: Context, noTypes: NoTypeInformation): ParsedFile {
  const sourceCode = context.sourceCode;
  let sourceFile = parsedByText.get(sourceCode);
  if (!sourceFile) {
    sourceFile = withTypeScript(ownTypeScript, () => ownTypeScript.createSourceFile(context.filename, sourceCode.text, PARSE_OPTIONS, false, scriptKindFor(context.filename)));
    parsedByText.set(sourceCode, sourceFile);
  }
  return { sourceFile, module: ownTypeScript, noTypes };
}

/**
 * The TypeScript AST of the linted file and the module that built it: typescript-eslint keeps the tree (even
 * without type information) in its node maps, and a checker when it has a program.
 */
export function typescriptSourceFile(context: Context): ParsedFile {
  const sourceCode = context.sourceCode;
  const services = sourceCode.parserServices as Partial<{ esTreeNodeToTSNodeMap: { get(node: unknown): unknown }; program: ts.Program | null }> | undefined;
  const mapped = services?.esTreeNodeToTSNodeMap?.get(sourceCode.ast) as ts.SourceFile | undefined;
  if (!mapped || typeof mapped !== 'object' || typeof mapped.text !== 'string') return ownParse(context, { reason: 'not-typescript-eslint' });
  const found = typescriptModuleOf(mapped, [dirname(resolve(context.cwd, context.filename)), context.cwd]);
  if (found.kind === 'unsupported') return ownParse(context, { reason: 'unsupported-typescript', version: found.version });
  if (found.kind === 'unknown') return ownParse(context, { reason: 'unknown-typescript' });
  const checker = services?.program?.getTypeChecker();
  return checker ? { sourceFile: mapped, module: found.module, checker } : { sourceFile: mapped, module: found.module, noTypes: { reason: 'no-program' } };
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

function scan(context: Context, typeAware: boolean): FileScan {
  const settings = readSettings(context.settings as Record<string, unknown>);
  const state: PolicyState = policyFor(context.filename, settings, context.cwd);
  if (state.kind === 'missing') return { kind: 'policy-missing', from: state.from };
  if (state.kind === 'error') return { kind: 'policy-error', message: state.message };
  try {
    const { sourceFile, module, checker, noTypes } = typescriptSourceFile(context);
    const engine = state.engine;
    // Findings carry paths relative to the policy's directory, which is what processing globs match.
    const file = toPosix(relative(engine.policy.root, resolve(context.cwd, context.filename)));
    // A file `privmap check` skips as minified or generated (discover.ts) has no findings there, so none here
    // either: the CLI and the editor agree, and the lint does not pay for a scan of it (90 kB of inline SVG on one
    // line, Papermark's logo-cloud.tsx: 55 ms, most of it compiling the detector no other file of a warm process
    // needs).
    if (contentSkipReason(context.sourceCode.text)) return { kind: 'ok', engine: state.engine, sourceFile, fields: [], flows: [], stoppedWalks: [], ...(typeAware && noTypes ? { noTypes } : {}) };
    const budget = typeAware && checker ? new TypeWalkBudget(sourceFile, settings.typeWalkBudgetMs ?? DEFAULT_TYPE_WALK_BUDGET_MS) : undefined;
    // Without type information the project's own scan of an unchanged file is the same data (made by
    // privmap's TypeScript from the same text, as `privmap check` makes it): scanning it again would double
    // privmap's cost on every `eslint .` run. An edited buffer, a new file, or `strict` is scanned here (and
    // only then is the detector asked for: compiling it costs a process about 0.15 s).
    // A module the project state must scan before ESLint lints it (a cold cache) is parsed with the same
    // TypeScript as the linted files: one copy per process, so the scanner never meets two copies' nodes (its
    // property reads would turn polymorphic) and privmap's own TypeScript is not even loaded.
    const known = typeAware ? undefined : withTypeScript(module, () => projectScanOf(engine, file, sourceFile.text, () => treeOutcome(file, sourceFile, module, engine)));
    // The project state has made the cache folder by now (a project's first process): the policy goes in.
    keepPendingPolicy();
    const result =
      known ??
      withTypeScript(module, () => scanSourceFile(sourceFile, { detector: engine.detector, sinks: engine.sinks, file, ...(budget && checker ? { checker: budget.checker(checker) } : {}) }));
    // Calls of the project's own wrappers (`sendEmail({ to })`), judged from the project's summaries as the CLI
    // does: plain data, whichever TypeScript scanned the modules they come from.
    const flows = [...result.flows, ...withTypeScript(module, () => crossModuleFlows(engine, file, result.module))];
    return {
      kind: 'ok',
      engine,
      sourceFile,
      fields: result.fields,
      flows,
      stoppedWalks: budget?.stopped ?? [],
      ...(typeAware && noTypes ? { noTypes } : {}),
    };
  } catch (error) {
    return { kind: 'scan-error', message: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  }
}

/** The scan of the file being linted, computed once per file (and per `typeAware`) across all rules. */
export function fileScan(context: Context, typeAware = false): FileScan {
  const key = context.sourceCode;
  let byMode = scans.get(key);
  if (!byMode) scans.set(key, (byMode = new Map()));
  let result = byMode.get(typeAware);
  if (!result) {
    result = scan(context, typeAware);
    byMode.set(typeAware, result);
  }
  return result;
}
