/**
 * A client's method made to return a promise (session 17, seen in timeoff-management's mailer: `var send_mail =
 * bluebird.promisify(transporter.sendMail, transporter); return send_mail({ to: user.email, … })`; the shape of
 * Node's `util.promisify(transporter.sendMail.bind(transporter))`, bluebird's `Promise.promisify(fn, { context })`
 * and `pify(fn)`, written wherever a callback API is used from promise code). The value made calls the method
 * with the arguments it is given, on the client it was taken from, so a call of it is a call of that method:
 * `send_mail({ to })` is `transporter.sendMail({ to })`. Read as what an unknown call made, it was nothing and
 * the mail was lost. Only a call named `promisify` or `pify` whose first argument is a member of a value
 * (`x.sendMail`, `x.sendMail.bind(x)`); a function of the file handed in (`promisify(readFile)`) names no client.
 * The same value handed out by a method of the file (`Email.prototype.get_send_email = function () { …; var
 * send_mail = bluebird.promisify(transporter.sendMail, transporter); return send_mail }`, then `var send_mail =
 * self.get_send_email()`) is that method too: only a method on `this` or a local named for it (`self`), declared as
 * a prototype's member or a class's method of the file, returning a local of its own body made so.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

const PROMISIFIERS = new Set(['promisify', 'pify']);

/**
 * What `init` calls when it is a call of the file's own method (`self.get_send_email()`) that returns a promisified
 * method made in its body, else undefined. `isThis` says whether a receiver's name is `this` or an alias of it.
 */
export function promisifiedByOwnMethod(init: ts.Expression, sourceFile: ts.SourceFile, isThis: (name: string) => boolean): { from: ts.Expression; key: string } | undefined {
  const call = unwrap(init);
  if (!typescript.isCallExpression(call) || call.arguments.length > 0 || !typescript.isPropertyAccessExpression(call.expression)) return undefined;
  const receiver = call.expression.expression;
  if (receiver.kind !== typescript.SyntaxKind.ThisKeyword && !(typescript.isIdentifier(receiver) && isThis(receiver.text))) return undefined;
  const body = ownMethodBody(sourceFile, call.expression.name.text);
  if (!body) return undefined;
  if (!returnedByBody.has(body)) returnedByBody.set(body, returnedPromisified(body));
  return returnedByBody.get(body);
}

// `const x = this.m()` is common in classes: each method body is read once per file, however often it is called.
const returnedByBody = new WeakMap<ts.Block, { from: ts.Expression; key: string } | undefined>();

/** The promisified method a body returns through a local of its own (`var send_mail = promisify(…); return send_mail`). */
function returnedPromisified(body: ts.Block): { from: ts.Expression; key: string } | undefined {
  const locals = new Map<string, ts.Expression>();
  let returned: string | undefined;
  const visit = (node: ts.Node): void => {
    if (typescript.isFunctionLike(node)) return;
    if (typescript.isVariableDeclaration(node) && typescript.isIdentifier(node.name) && node.initializer) locals.set(node.name.text, node.initializer);
    if (typescript.isReturnStatement(node) && node.expression && typescript.isIdentifier(unwrap(node.expression))) returned = (unwrap(node.expression) as ts.Identifier).text;
    typescript.forEachChild(node, visit);
  };
  typescript.forEachChild(body, visit);
  const made = returned !== undefined ? locals.get(returned) : undefined;
  return made ? promisifiedMethod(made) : undefined;
}

/** The body of the file's method of that name: `X.prototype.name = function () {…}` at the top level, or a class's `name() {…}`. */
function ownMethodBody(sourceFile: ts.SourceFile, name: string): ts.Block | undefined {
  for (const statement of sourceFile.statements) {
    if (typescript.isExpressionStatement(statement) && typescript.isBinaryExpression(statement.expression) && statement.expression.operatorToken.kind === typescript.SyntaxKind.EqualsToken) {
      const { left, right } = statement.expression;
      const fn = unwrap(right);
      if (typescript.isPropertyAccessExpression(left) && left.name.text === name && typescript.isPropertyAccessExpression(left.expression) && left.expression.name.text === 'prototype' && typescript.isFunctionExpression(fn)) return fn.body;
    }
    if (typescript.isClassDeclaration(statement)) {
      for (const member of statement.members) if (typescript.isMethodDeclaration(member) && typescript.isIdentifier(member.name) && member.name.text === name && member.body) return member.body;
    }
  }
  return undefined;
}

/** The client and method a promisified value calls (`transporter`, `sendMail`), if `init` makes one. */
export function promisifiedMethod(init: ts.Expression): { from: ts.Expression; key: string } | undefined {
  const call = unwrap(init);
  if (!typescript.isCallExpression(call) || call.arguments.length === 0) return undefined;
  const callee = unwrap(call.expression);
  const name = typescript.isIdentifier(callee) ? callee.text : typescript.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  if (!name || !PROMISIFIERS.has(name)) return undefined;
  let fn = unwrap(call.arguments[0]!);
  // `transporter.sendMail.bind(transporter)`: the method, on the client it is bound to.
  if (typescript.isCallExpression(fn) && typescript.isPropertyAccessExpression(fn.expression) && fn.expression.name.text === 'bind') fn = unwrap(fn.expression.expression);
  if (!typescript.isPropertyAccessExpression(fn)) return undefined;
  return { from: fn.expression, key: fn.name.text };
}
