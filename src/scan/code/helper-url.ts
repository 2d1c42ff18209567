/**
 * A URL handed to the file's own request helper: `private post(url, body) { return fetch(url, { body: … }) }` called
 * as `this.post('https://api.brevo.com/v3/contacts', { email })`, or a factory keeping the URL for the request it
 * hands out (`adaptateur(url) { return new (class { execute(r) { return fetch(url, { body: r.corps }) } })() }`
 * called as `this.adaptateur('https://api.brevo.com/v3/smtp/email')`). API clients written by hand (ports and
 * adapters, a class per vendor) keep the HTTP call in one helper and name the endpoint where they call it: the
 * helper's URL parameter is the one URL every call of it in the file gives. Only where all those calls give a
 * literal URL (or a template starting with one, or with a constant of the file holding one) on the same host; a helper called with a URL from elsewhere, or
 * with two hosts, names none.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';
import { hostOfLiteral, type ResolveConstant } from './flow-literals.js';

/** The name a call of the file's own function or method is made by (`post` for `this.post(…)` and `post(…)`). */
export function ownCalleeName(call: ts.CallExpression): string | undefined {
  const callee = unwrap(call.expression);
  return typescript.isIdentifier(callee) ? callee.text : typescript.isPropertyAccessExpression(callee) && callee.expression.kind === typescript.SyntaxKind.ThisKeyword ? callee.name.text : undefined;
}

/** The file's calls by the called name (`post` for `this.post(…)` and `post(…)`), built once per file when first asked. */
const callsByName = new WeakMap<ts.SourceFile, Map<string, ts.CallExpression[]>>();

export function callsOf(sourceFile: ts.SourceFile, name: string): readonly ts.CallExpression[] {
  let index = callsByName.get(sourceFile);
  if (!index) {
    const found = new Map<string, ts.CallExpression[]>();
    const visit = (node: ts.Node): void => {
      if (typescript.isCallExpression(node)) {
        const called = ownCalleeName(node);
        if (called !== undefined) {
          const list = found.get(called);
          if (list) list.push(node);
          else found.set(called, [node]);
        }
      }
      typescript.forEachChild(node, visit);
    };
    visit(sourceFile);
    index = found;
    callsByName.set(sourceFile, index);
  }
  return index.get(name) ?? [];
}

/**
 * The nodes from the file down to `at` (the file is parsed without parent pointers): the one child containing it at
 * each level.
 */
export function ancestorsOf(at: ts.Node, sourceFile: ts.SourceFile): ts.Node[] {
  const path: ts.Node[] = [];
  let node: ts.Node = sourceFile;
  for (;;) {
    let inner: ts.Node | undefined;
    typescript.forEachChild(node, (child) => {
      if (inner === undefined && child.pos <= at.pos && at.end <= child.end && child !== at) inner = child;
    });
    if (inner === undefined) return path;
    path.push(inner);
    node = inner;
  }
}

/** The name a function is called by in its file: a declaration's or method's own, or the variable or key it is given to. */
export function calledName(fn: ts.SignatureDeclaration, parent: ts.Node | undefined): string | undefined {
  if ((typescript.isFunctionDeclaration(fn) || typescript.isMethodDeclaration(fn)) && fn.name && typescript.isIdentifier(fn.name)) return fn.name.text;
  if (parent && (typescript.isVariableDeclaration(parent) || typescript.isPropertyDeclaration(parent) || typescript.isPropertyAssignment(parent)) && typescript.isIdentifier(parent.name)) return parent.name.text;
  return undefined;
}

/**
 * The URL argument the file's calls of the function declaring parameter `name` (around `at`) all give, when every one
 * gives a literal URL of one host; `undefined` otherwise.
 */
export function urlGivenToHelper(name: string, at: ts.Node, sourceFile: ts.SourceFile, resolve?: ResolveConstant): ts.Expression | undefined {
  const given = argumentsGivenTo(name, at, sourceFile);
  // `hsFetch(\`${HS_BASE}/crm/v3/objects/contacts\`, …)`: a URL starting with the file's constant base counts as written.
  return given && everyCallGives(given, (argument) => hostOfLiteral(argument, false, resolve)) !== undefined ? given[0] : undefined;
}

/**
 * The one answer `read` gives for the argument of every call (a host, a vendor), when it gives one for each and the
 * same for all; `undefined` for no calls, a call it says nothing of, or two answers.
 */
export function everyCallGives<T>(given: readonly (ts.Expression | undefined)[], read: (argument: ts.Expression | undefined) => T | undefined): T | undefined {
  let answer: T | undefined;
  for (const argument of given) {
    const one = read(argument);
    if (one === undefined || (answer !== undefined && one !== answer)) return undefined;
    answer = one;
  }
  return answer;
}

/**
 * What the file's calls of the function declaring parameter `name` (around `at`) give that parameter, one argument per
 * call (undefined where a call gives none); undefined where that function has no name to be called by in its file.
 */
export function argumentsGivenTo(name: string, at: ts.Node, sourceFile: ts.SourceFile): (ts.Expression | undefined)[] | undefined {
  const ancestors = ancestorsOf(at, sourceFile);
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i]!;
    if (!typescript.isFunctionLike(node)) continue;
    const index = node.parameters.findIndex((p) => typescript.isIdentifier(p.name) && p.name.text === name);
    if (index < 0) continue;
    const fnName = calledName(node, ancestors[i - 1]);
    if (fnName === undefined) return undefined;
    return callsOf(sourceFile, fnName).filter((call) => call.pos < node.pos || call.end > node.end).map((call) => call.arguments[index]);
  }
  return undefined;
}
