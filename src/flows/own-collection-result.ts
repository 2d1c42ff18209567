/**
 * The records a service's own method collects, read where it is called: `recipients: await this.getReviewerRecipients(
 * notification)` whose body fills `const recipients: Recipient[] = []` with `recipients.push(Recipient.create({
 * firstName: user.firstName, email: user.email }))` and returns it, or `await RegistrationService.getRecipients(…)`
 * returning `member.users.map((user) => Recipient.create({ … }))` (or `[]` when there is no one). Services gather the
 * people a mail goes to in a sibling method, as they build a message in one (own-method-result.ts); the returned list
 * holds what its elements hold. Only a method of a class or an object literal declared at the top of the calling file,
 * called through `this` or that declaration's own name, whose every `return` is an array literal, a `.map` whose
 * callback returns an object or a model, or a local array of the method whose every `push` is given objects or
 * models: a method collecting anything else (ids, counts, a look-up's rows) keeps its result unread. The elements are
 * read as written in the method; the caller's arguments are not substituted for its parameters.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';
import { returnedValues } from '../scan/code/returns.js';
import { modelOf } from '../scan/code/builder-chains.js';
import { modelFactoryLiteral } from './model-factory.js';
import { ownMethods, type OwnMethod } from './own-methods.js';

/** Array methods whose result is some of the same elements. */
const KEEPING_METHODS = new Set(['filter', 'slice', 'sort', 'reverse', 'toSorted', 'toReversed']);

/** What each own method collects, read once per method (null: not a collection of records). */
const collectedBy = new WeakMap<OwnMethod, ts.Expression[] | null>();

/** An element that is a record as written: an object literal, a model (`new Recipient(…)`) or a model's factory. */
function isRecord(node: ts.Expression): boolean {
  const value = unwrap(node);
  return typescript.isObjectLiteralExpression(value) || modelOf(value) !== undefined || (typescript.isCallExpression(value) && modelFactoryLiteral(value) !== undefined);
}

/** The local list a `for (const recipient of recipients)` variable walks, where `name` is such a variable. */
function walkedList(body: ts.Node, name: string): string | undefined {
  let list: string | undefined;
  const visit = (node: ts.Node): void => {
    if (list !== undefined) return;
    if (typescript.isForOfStatement(node) && typescript.isVariableDeclarationList(node.initializer)) {
      const declared = node.initializer.declarations[0]?.name;
      const walked = unwrap(node.expression);
      if (declared && typescript.isIdentifier(declared) && declared.text === name && typescript.isIdentifier(walked)) list = walked.text;
    }
    typescript.forEachChild(node, visit);
  };
  typescript.forEachChild(body, visit);
  return list;
}

/**
 * The values `push` is given on the local array `name` in `body`, or undefined if any is not a record. An element of
 * another such list pushed on (`filteredRecipients.push(recipient)` while walking `recipients`, a de-duplication) is
 * that list's records.
 */
function pushedRecords(body: ts.Node, name: string, depth: number): ts.Expression[] | undefined {
  const pushed: ts.Expression[] = [];
  let other = false;
  const visit = (node: ts.Node): void => {
    if (other) return;
    if (typescript.isCallExpression(node)) {
      const callee = unwrap(node.expression);
      if (typescript.isPropertyAccessExpression(callee) && callee.name.text === 'push' && typescript.isIdentifier(callee.expression) && callee.expression.text === name) {
        for (const arg of node.arguments) {
          const value = unwrap(arg);
          const list = typescript.isIdentifier(value) && depth < 3 ? walkedList(body, value.text) : undefined;
          const records = isRecord(value) ? [value] : list !== undefined && list !== name && isEmptyArrayLocal(body, list) ? pushedRecords(body, list, depth + 1) : undefined;
          if (records) pushed.push(...records);
          else other = true;
        }
      }
    }
    typescript.forEachChild(node, visit);
  };
  typescript.forEachChild(body, visit);
  return other ? undefined : pushed;
}

/** Whether `name` is declared in `body` as an empty array (`const recipients: Recipient[] = []`). */
function isEmptyArrayLocal(body: ts.Node, name: string): boolean {
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (typescript.isVariableDeclaration(node) && typescript.isIdentifier(node.name) && node.name.text === name && node.initializer) {
      const init = unwrap(node.initializer);
      found = typescript.isArrayLiteralExpression(init) && init.elements.length === 0;
    }
    typescript.forEachChild(node, visit);
  };
  typescript.forEachChild(body, visit);
  return found;
}

/** The records one returned value holds, or undefined where it is not a collection of records. */
function collected(value: ts.Expression, body: ts.Node): ts.Expression[] | undefined {
  const returned = unwrap(value);
  if (typescript.isArrayLiteralExpression(returned)) return returned.elements.every(isRecord) ? [...returned.elements] : undefined;
  if (typescript.isCallExpression(returned)) {
    const callee = unwrap(returned.expression);
    // `….map((user) => Recipient.create({ … })).filter((r) => allowed.includes(r.email))`: a subset of the same records.
    if (typescript.isPropertyAccessExpression(callee) && KEEPING_METHODS.has(callee.name.text)) return collected(callee.expression, body);
    const callback = returned.arguments[0] && unwrap(returned.arguments[0]);
    if (!typescript.isPropertyAccessExpression(callee) || callee.name.text !== 'map' || !callback || !(typescript.isArrowFunction(callback) || typescript.isFunctionExpression(callback))) return undefined;
    const results = typescript.isBlock(callback.body) ? returnedValues(callback.body) : [callback.body];
    return results.length && results.every(isRecord) ? results : undefined;
  }
  if (typescript.isIdentifier(returned) && isEmptyArrayLocal(body, returned.text)) return pushedRecords(body, returned.text, 0);
  return undefined;
}

/** The records `this.method(…)` or `Owner.method(…)` collects, when the file's own class or object only gathers records. */
export function ownCollectionResult(node: ts.CallExpression, sourceFile: ts.SourceFile, className: string | undefined): ts.Expression[] | undefined {
  const callee = unwrap(node.expression);
  if (!typescript.isPropertyAccessExpression(callee)) return undefined;
  const receiver = unwrap(callee.expression);
  const owner = receiver.kind === typescript.SyntaxKind.ThisKeyword ? className : typescript.isIdentifier(receiver) ? receiver.text : undefined;
  const method = owner !== undefined ? ownMethods(sourceFile).get(owner)?.get(callee.name.text) : undefined;
  if (!method) return undefined;
  let records = collectedBy.get(method);
  if (records === undefined) {
    records = recordsCollected(method);
    collectedBy.set(method, records);
  }
  return records ?? undefined;
}

/** The records a method's every `return` collects, or null where one is not a collection of records. */
function recordsCollected(method: OwnMethod): ts.Expression[] | null {
  const body = method.body;
  if (!body || !typescript.isBlock(body)) return null;
  const records: ts.Expression[] = [];
  for (const value of returnedValues(body)) {
    const found = collected(value, body);
    if (!found) return null;
    records.push(...found);
  }
  return records.length ? records : null;
}
