/**
 * Whether an own object's method (own-objects.ts) hands its data on where privmap loses it: its body calls a
 * catalogued vendor (`sgMail.send({ personalizations: batch })`) or another method of the same object
 * (`this.sendOne(message)`) with arguments that read none of the method's parameters — the data went through a loop,
 * a batch or a callback privmap does not follow. Such a call is better judged by its receiver's name
 * (`EmailService.sendEmail` -> a mail service, named-recipient.ts) than by a summary that reaches nothing. A body
 * that reaches no vendor at all (`const analytics = { track() { fetch('/api/events', …) } }`) keeps its summary.
 */
import type ts from 'typescript';
import { boundNames } from './bound-names.js';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** The function of `object`'s member `method` when written in the literal (`m() {}`, `m: () => …`, `m: function () {}`). */
export function memberFunction(object: ts.ObjectLiteralExpression, method: string): ts.FunctionLikeDeclaration | undefined {
  for (const property of object.properties) {
    const name = property.name && (typescript.isIdentifier(property.name) || typescript.isStringLiteral(property.name)) ? property.name.text : undefined;
    if (name !== method) continue;
    if (typescript.isMethodDeclaration(property)) return property;
    if (typescript.isPropertyAssignment(property)) {
      const init = unwrap(property.initializer);
      if (typescript.isArrowFunction(init) || typescript.isFunctionExpression(init)) return init;
    }
    return undefined;
  }
  return undefined;
}

/** Whether `node` reads one of `names` (a key `{ list: x }` or a member `a.list` is no read of `list`). */
function reads(node: ts.Node, names: ReadonlySet<string>): boolean {
  if (typescript.isIdentifier(node)) return names.has(node.text);
  // `[bcc ? 'bcc' : 'to']: addresses`: a computed key reads what it is computed from.
  if (typescript.isPropertyAssignment(node)) return reads(node.initializer, names) || (typescript.isComputedPropertyName(node.name) && reads(node.name.expression, names));
  if (typescript.isPropertyAccessExpression(node)) return reads(node.expression, names);
  return typescript.forEachChild(node, (child) => (reads(child, names) ? true : undefined)) === true;
}

/**
 * Whether `object.method`'s body hands data on (to a vendor, or to a sibling method through `this`) but some
 * parameter's name, or a local made from it, reaches none of those calls' arguments: the data took a path privmap lost.
 */
export function losesHandOff(object: ts.ObjectLiteralExpression, method: string, isSink: (call: ts.CallExpression) => boolean): boolean {
  const fn = memberFunction(object, method);
  if (!fn?.body || fn.parameters.length === 0) return false;
  const handOffs: ts.CallExpression[] = [];
  // Locals and what they are made from (`const list = …`, `for (const item of list)`); syntax trees here have no parents.
  const locals: { names: string[]; source: ts.Expression }[] = [];
  const visit = (node: ts.Node): void => {
    if (node !== fn.body && typescript.isFunctionLike(node) && !typescript.isArrowFunction(node)) return;
    if (typescript.isVariableDeclaration(node) && node.initializer) locals.push({ names: boundNames(node.name), source: node.initializer });
    if ((typescript.isForOfStatement(node) || typescript.isForInStatement(node)) && typescript.isVariableDeclarationList(node.initializer)) {
      for (const d of node.initializer.declarations) locals.push({ names: boundNames(d.name), source: node.expression });
    }
    if (typescript.isCallExpression(node) && node.arguments.length > 0) {
      const callee = unwrap(node.expression);
      const sibling = typescript.isPropertyAccessExpression(callee) && callee.expression.kind === typescript.SyntaxKind.ThisKeyword && memberFunction(object, callee.name.text) !== undefined;
      if (sibling || isSink(node)) handOffs.push(node);
    }
    typescript.forEachChild(node, visit);
  };
  visit(fn.body);
  if (handOffs.length === 0) return false;
  // Each name a parameter binds (`{ template, recipients }` binds two), with the locals made from it, to a fixed point.
  return fn.parameters.flatMap((p) => boundNames(p.name)).some((param) => {
    const names = new Set([param]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const local of locals) {
        if (!reads(local.source, names)) continue;
        for (const n of local.names) if (!names.has(n)) names.add(n), (grew = true);
      }
    }
    return !handOffs.some((call) => call.arguments.some((arg) => reads(arg, names)));
  });
}
