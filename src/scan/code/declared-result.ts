/**
 * What a call returns, where the call is written in one expression or kept in a local (session 50, seen in a church
 * management API's payment gateways: `GatewayFactory.getProvider(name): IGatewayProvider`, then
 * `const provider = this.getProviderFromGateway(gateway); provider.createCustomer(config, email, name)`, each provider
 * class implementing the interface and calling its vendor). The link stage already follows a method of a value of a
 * project type to the classes implementing it (declared-instance.ts, factory-chains.ts); two spellings of the same
 * call did not reach it:
 * - a method called straight on a linked value's method result (`GatewayFactory.getProvider(name).createCustomer(…)`):
 *   the callee's path skipped the call in between (`getProvider.createCustomer`, a static member that does not
 *   exist), where the same result kept in a local was linked (method-result-alias.ts);
 * - a local holding what a function or method of this file returns, declared as a project type
 *   (`getProviderFromGateway(gateway: any): IGatewayProvider`): the local was no link root, so its calls reached nothing.
 *   It is now a value of that type, as the same local annotated so (`const provider: IGatewayProvider = …`) is.
 */
import type ts from 'typescript';
import { typeNameOf } from './flow-types.js';
import { methodResultPath } from './method-result-alias.js';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

type Path = { root: string; path: string[] };

/** Promise steps name no method of the value: `send(…).then(…)` is the call before it, already a fact of its own. */
const PROMISE_STEPS = new Set(['then', 'catch', 'finally']);

/**
 * `GatewayFactory.getProvider(name).createCustomer` on an imported value: the method result's path with the
 * members read on it, as a local holding the result gives it. One call between the root and the method, no more.
 */
export function methodResultReceiverPath(callee: ts.Expression, rootOf: (name: string) => Path | undefined): Path | undefined {
  const members: string[] = [];
  let node = unwrap(callee);
  while (typescript.isPropertyAccessExpression(node)) {
    members.unshift(node.name.text);
    node = unwrap(node.expression);
  }
  if (members.length === 0 || PROMISE_STEPS.has(members[0]!) || !typescript.isCallExpression(node)) return undefined;
  const made = methodResultPath(node, rootOf);
  return made ? { root: made.root, path: [...made.path, ...members] } : undefined;
}

/**
 * `this.getProviderFromGateway(gateway)`, `GatewayService.getProviderFromGateway(gateway)` or `getProvider(name)` of
 * this file, declared to return a project type (`Promise<T>` read through): that type's name, so the local holding the
 * result is a value of it (the link stage follows a method of such a value to the classes implementing the type, a
 * member to the type's members).
 */
export function declaredResultTypeOfOwn(
  init: ts.Expression,
  own: { sourceFile: ts.SourceFile; className?: string; classNode: (name: string) => ts.ClassLikeDeclaration | undefined },
  isProjectType: (name: string) => boolean,
): string | undefined {
  const call = unwrap(init);
  if (!typescript.isCallExpression(call)) return undefined;
  const callee = unwrap(call.expression);
  // A top-level function by its own name (a nested one is read where it is declared, not here).
  if (typescript.isIdentifier(callee)) return projectType(declaredReturns(own.sourceFile).get(callee.text), isProjectType);
  if (!typescript.isPropertyAccessExpression(callee)) return undefined;
  const receiver = unwrap(callee.expression);
  const className = receiver.kind === typescript.SyntaxKind.ThisKeyword ? own.className : typescript.isIdentifier(receiver) ? receiver.text : undefined;
  const cls = className !== undefined ? own.classNode(className) : undefined;
  return cls ? projectType(declaredReturns(cls).get(callee.name.text), isProjectType) : undefined;
}

function projectType(name: string | undefined, isProjectType: (name: string) => boolean): string | undefined {
  return name !== undefined && isProjectType(name) ? name : undefined;
}

/**
 * The type each function of a file's top level (`function getProvider(…): T`, `const getProvider = (…): T => …`) or
 * each method of a class says it returns, by name: read once per file and class, as every local bound to a call asks.
 */
const returnsByContainer = new WeakMap<ts.Node, Map<string, string>>();

function declaredReturns(container: ts.SourceFile | ts.ClassLikeDeclaration): Map<string, string> {
  const known = returnsByContainer.get(container);
  if (known) return known;
  const returns = new Map<string, string>();
  const add = (name: string, fn: ts.SignatureDeclaration): void => {
    const type = typeNameOf(fn.type);
    if (type !== undefined && !returns.has(name)) returns.set(name, type);
  };
  if (typescript.isSourceFile(container)) {
    for (const statement of container.statements) {
      if (typescript.isFunctionDeclaration(statement) && statement.name) add(statement.name.text, statement);
      if (!typescript.isVariableStatement(statement)) continue;
      for (const d of statement.declarationList.declarations) {
        const value = d.initializer && unwrap(d.initializer);
        if (typescript.isIdentifier(d.name) && value && (typescript.isArrowFunction(value) || typescript.isFunctionExpression(value))) add(d.name.text, value);
      }
    }
  } else {
    for (const m of container.members) if (typescript.isMethodDeclaration(m) && typescript.isIdentifier(m.name)) add(m.name.text, m);
  }
  returnsByContainer.set(container, returns);
  return returns;
}
