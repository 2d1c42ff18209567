/**
 * One privmap scan per linted file, shared by every rule: the rules ask for it through the same
 * `SourceCode` object, so the file is classified once however many privmap rules are on.
 */
import { relative, resolve, sep } from 'node:path';
import type { TSESLint } from '@typescript-eslint/utils';
import ts from 'typescript';
import type { Engine } from '../engine.js';
import type { FieldFinding, FlowFinding } from '../finding.js';
import { crossModuleFlows } from '../flows/project.js';
import { PARSE_OPTIONS, scanSourceFile, scriptKindFor } from '../scan/code/index.js';
import { policyFor, readSettings, type PolicyState } from './policy-cache.js';

export type FileScan =
  | { kind: 'ok'; engine: Engine; sourceFile: ts.SourceFile; fields: FieldFinding[]; flows: FlowFinding[] }
  | { kind: 'policy-missing'; from: string }
  | { kind: 'policy-error'; message: string }
  | { kind: 'scan-error'; message: string };

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

const scans = new WeakMap<object, Map<boolean, FileScan>>();
const parsedByText = new WeakMap<object, ts.SourceFile>();

/**
 * The TypeScript AST of the linted file: typescript-eslint keeps it (even without type information) in its
 * node maps; with another parser (espree on plain JS) the text is parsed once here.
 */
export function typescriptSourceFile(context: Context): { sourceFile: ts.SourceFile; checker?: ts.TypeChecker } {
  const sourceCode = context.sourceCode;
  const services = sourceCode.parserServices as Partial<{ esTreeNodeToTSNodeMap: { get(node: unknown): unknown }; program: ts.Program | null }> | undefined;
  const mapped = services?.esTreeNodeToTSNodeMap?.get(sourceCode.ast) as ts.Node | undefined;
  if (mapped && mapped.kind === ts.SyntaxKind.SourceFile) {
    const sourceFile = mapped as ts.SourceFile;
    const checker = services?.program?.getTypeChecker();
    return checker ? { sourceFile, checker } : { sourceFile };
  }
  let sourceFile = parsedByText.get(sourceCode);
  if (!sourceFile) {
    sourceFile = ts.createSourceFile(context.filename, sourceCode.text, PARSE_OPTIONS, false, scriptKindFor(context.filename));
    parsedByText.set(sourceCode, sourceFile);
  }
  return { sourceFile };
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}

function scan(context: Context, typeAware: boolean): FileScan {
  const state: PolicyState = policyFor(context.filename, readSettings(context.settings as Record<string, unknown>), context.cwd);
  if (state.kind === 'missing') return { kind: 'policy-missing', from: state.from };
  if (state.kind === 'error') return { kind: 'policy-error', message: state.message };
  try {
    const { sourceFile, checker } = typescriptSourceFile(context);
    const engine = state.engine;
    // Findings carry paths relative to the policy's directory, which is what processing globs match.
    const file = toPosix(relative(engine.policy.root, resolve(context.cwd, context.filename)));
    const result = scanSourceFile(sourceFile, { detector: engine.detector, sinks: engine.sinks, file, ...(typeAware && checker ? { checker } : {}) });
    // Calls of the project's own wrappers (`sendEmail({ to })`), judged from the project's summaries as the CLI does.
    const flows = [...result.flows, ...crossModuleFlows(engine, file, result.module)];
    return { kind: 'ok', engine, sourceFile, fields: result.fields, flows };
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
