/**
 * A callback a helper calls once per element of a list it is given (session 54, the Planning Inspectorate's GOV.UK
 * Notify client: `sendXToMany(emailAddresses, …) { return this.sendToMany(emailAddresses, (address) =>
 * this.sendX(address, …)) }` with `sendToMany(emailAddresses, sendFunction) { emailAddresses.map((address) =>
 * sendFunction(address)) }`). The callback's parameter stands for an element of the list, as in
 * `emailAddresses.map((address) => …)`, so what the list holds reaches what the callback sends. Said of a helper
 * of the same file whose body is seen to do so, and of the iteration helpers of p-map, async, lodash and Bluebird
 * (`pMap(users, (user) => …)`, `async.eachSeries(users, (user, done) => …)`); of no other call: a callback handed
 * beside a value is as often given something else (`withTransaction(db, (tx) => …)`).
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';
import { topLevelFunctions } from '../../flows/own-function-result.js';

/** Methods of Array and of the iteration libraries whose callback gets each element of the list first. */
export const ELEMENT_METHODS: ReadonlySet<string> = new Set(['map', 'flatMap', 'forEach', 'filter', 'find', 'some', 'every']);
/** `pMap(list, fn)` and its siblings (sindresorhus's p-* packages), called as imported. */
const ITERATING_FUNCTIONS = new Set(['pMap', 'pMapSeries', 'pEachSeries', 'pFilter', 'pEach']);
/** `async.eachSeries(list, fn)`, `_.forEach(list, fn)`, `Bluebird.map(list, fn)`: the library object's name, then its methods. */
const ITERATING_LIBRARIES = new Set(['async', '_', 'lodash', 'Bluebird', 'bluebird', 'BluebirdPromise']);
const LIBRARY_METHODS = new Set(['each', 'eachSeries', 'eachLimit', 'forEach', 'forEachSeries', 'forEachLimit', 'map', 'mapSeries', 'mapLimit', 'flatMap', 'filter', 'filterSeries', 'filterLimit', 'some', 'every']);

/** The callback's first parameter and the list argument it is an element of, where the call hands both to such a helper. */
export function perElementCallback(call: ts.CallExpression, sourceFile: ts.SourceFile, classNode: ts.ClassLikeDeclaration | undefined): { callback: ts.SignatureDeclaration; name: string; receiver: ts.Expression } | undefined {
  const args = call.arguments;
  const at = args.findIndex((arg) => isInlineFunction(unwrap(arg)));
  if (at < 1) return undefined;
  const callback = unwrap(args[at]!) as ts.ArrowFunction | ts.FunctionExpression;
  const first = callback.parameters[0]?.name;
  if (!first || !typescript.isIdentifier(first)) return undefined;
  const listAt = libraryHelper(call.expression) ? 0 : ownHelperListIndex(ownHelper(call, sourceFile, classNode), at);
  if (listAt === undefined || listAt >= at) return undefined;
  const receiver = unwrap(args[listAt]!);
  if (!typescript.isIdentifier(receiver) && !typescript.isPropertyAccessExpression(receiver)) return undefined;
  return { callback, name: first.text, receiver };
}

function isInlineFunction(node: ts.Node): node is ts.ArrowFunction | ts.FunctionExpression {
  return typescript.isArrowFunction(node) || typescript.isFunctionExpression(node);
}

function libraryHelper(callee: ts.Expression): boolean {
  const node = unwrap(callee);
  if (typescript.isIdentifier(node)) return ITERATING_FUNCTIONS.has(node.text);
  return typescript.isPropertyAccessExpression(node) && typescript.isIdentifier(node.expression) && ITERATING_LIBRARIES.has(node.expression.text) && LIBRARY_METHODS.has(node.name.text);
}

/**
 * Where the helper calls its parameter `callbackAt` with an element of another of its parameters (`for (const a of
 * list) fn(a)`, `list.map((a) => fn(a))`): that one's index. Read top down, as the scan keeps no parent links.
 */
function ownHelperListIndex(helper: ts.FunctionLikeDeclaration | undefined, callbackAt: number): number | undefined {
  const callbackParam = helper?.parameters[callbackAt]?.name;
  if (!helper?.body || !callbackParam || !typescript.isIdentifier(callbackParam)) return undefined;
  const lists = new Map<string, number>();
  helper.parameters.forEach((p, i) => void (i !== callbackAt && typescript.isIdentifier(p.name) && lists.set(p.name.text, i)));
  // Each element name and the parameter list it is taken from, as met on the way down.
  const elements = new Map<string, number>();
  let found: number | undefined;
  const visit = (node: ts.Node): void => {
    if (found !== undefined) return;
    const element = elementBinding(node);
    if (element && lists.has(element.list)) elements.set(element.name, lists.get(element.list)!);
    if (typescript.isCallExpression(node) && typescript.isIdentifier(node.expression) && node.expression.text === callbackParam.text) {
      const arg = node.arguments[0] && unwrap(node.arguments[0]);
      if (arg && typescript.isIdentifier(arg) && elements.has(arg.text)) found = elements.get(arg.text);
    }
    typescript.forEachChild(node, visit);
  };
  visit(helper.body);
  return found;
}

/** `for (const a of list)` and `list.map((a) => …)`: the element's name and the list's. */
function elementBinding(node: ts.Node): { name: string; list: string } | undefined {
  if (typescript.isForOfStatement(node)) {
    const declared = typescript.isVariableDeclarationList(node.initializer) ? node.initializer.declarations[0]?.name : undefined;
    const list = unwrap(node.expression);
    return declared && typescript.isIdentifier(declared) && typescript.isIdentifier(list) ? { name: declared.text, list: list.text } : undefined;
  }
  if (!typescript.isCallExpression(node) || !typescript.isPropertyAccessExpression(node.expression) || !ELEMENT_METHODS.has(node.expression.name.text)) return undefined;
  const callback = node.arguments[0] && unwrap(node.arguments[0]);
  const param = callback && isInlineFunction(callback) ? callback.parameters[0]?.name : undefined;
  const list = unwrap(node.expression.expression);
  return param && typescript.isIdentifier(param) && typescript.isIdentifier(list) ? { name: param.text, list: list.text } : undefined;
}

/** The declaration of `this.helper(…)` (a method of the class around the call) or `helper(…)` (a function at the top of the file). */
function ownHelper(call: ts.CallExpression, sourceFile: ts.SourceFile, classNode: ts.ClassLikeDeclaration | undefined): ts.FunctionLikeDeclaration | undefined {
  const callee = unwrap(call.expression);
  if (typescript.isPropertyAccessExpression(callee) && callee.expression.kind === typescript.SyntaxKind.ThisKeyword) {
    const name = callee.name.text;
    return classNode?.members.find((m): m is ts.MethodDeclaration => typescript.isMethodDeclaration(m) && !!m.name && typescript.isIdentifier(m.name) && m.name.text === name);
  }
  return typescript.isIdentifier(callee) ? topLevelFunctions(sourceFile).get(callee.text) : undefined;
}
