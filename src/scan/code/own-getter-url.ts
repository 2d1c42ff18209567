/**
 * A webhook connector keeping its URLs in a field and picking one in a getter (endemit-web's Discord connector:
 * `constructor(webhookUrls: string) { this.webhookUrls = webhookUrls.split(',') }`, `private getRandomWebhook() {
 * return this.webhookUrls[index] }`, `const webhookUrl = this.getRandomWebhook(); fetch(webhookUrl, …)`; Slack and
 * Teams notifiers are written the same way). The URL is read as the webhook reader reads a record's (webhook-url.ts):
 * through a getter of the file that takes nothing, to what it returns, and a field of the instance by its own name.
 * Only where every value so read names a webhook word or a vendor is the call a flow.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';
import { returnedValues } from './returns.js';

/** What `this.getX()` or `getX()` returns, where the file declares one such function taking nothing; else undefined. */
export function getterReturns(call: ts.CallExpression, sourceFile: ts.SourceFile): ts.Expression[] | undefined {
  if (call.arguments.length > 0) return undefined;
  const callee = unwrap(call.expression);
  const name = typescript.isIdentifier(callee) ? callee.text : typescript.isPropertyAccessExpression(callee) && callee.expression.kind === typescript.SyntaxKind.ThisKeyword ? callee.name.text : undefined;
  if (name === undefined) return undefined;
  const declared = declarationsNamed(sourceFile, name);
  const getter = declared.length === 1 && declared[0]!.parameters.length === 0 ? declared[0]!.body : undefined;
  const values = getter ? returnedValues(getter) : [];
  return values.length ? values : undefined;
}

/** The file's function declarations and methods called `name` (with a body). */
function declarationsNamed(sourceFile: ts.SourceFile, name: string): (ts.MethodDeclaration | ts.FunctionDeclaration)[] {
  const found: (ts.MethodDeclaration | ts.FunctionDeclaration)[] = [];
  const visit = (node: ts.Node): void => {
    if ((typescript.isMethodDeclaration(node) || typescript.isFunctionDeclaration(node)) && node.name && typescript.isIdentifier(node.name) && node.name.text === name && node.body) found.push(node);
    typescript.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}
