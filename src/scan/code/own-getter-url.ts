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
import { returnedValues } from './returns.js';
import { ownCalleeName } from './helper-url.js';

/** What `this.getX()` or `getX()` returns, where the file declares one such function taking nothing; else undefined. */
export function getterReturns(call: ts.CallExpression, sourceFile: ts.SourceFile): ts.Expression[] | undefined {
  if (call.arguments.length > 0) return undefined;
  const name = ownCalleeName(call);
  if (name === undefined) return undefined;
  const declared = declarationsOf(sourceFile).get(name);
  const getter = declared?.length === 1 && declared[0]!.parameters.length === 0 ? declared[0]!.body : undefined;
  const values = getter ? returnedValues(getter) : [];
  return values.length ? values : undefined;
}

/** The file's function declarations and methods with a body, by name, built once per file when first asked. */
const declarationsByFile = new WeakMap<ts.SourceFile, Map<string, (ts.MethodDeclaration | ts.FunctionDeclaration)[]>>();

function declarationsOf(sourceFile: ts.SourceFile): Map<string, (ts.MethodDeclaration | ts.FunctionDeclaration)[]> {
  let found = declarationsByFile.get(sourceFile);
  if (found) return found;
  const index = new Map<string, (ts.MethodDeclaration | ts.FunctionDeclaration)[]>();
  const visit = (node: ts.Node): void => {
    if ((typescript.isMethodDeclaration(node) || typescript.isFunctionDeclaration(node)) && node.name && typescript.isIdentifier(node.name) && node.body) {
      const list = index.get(node.name.text);
      if (list) list.push(node);
      else index.set(node.name.text, [node]);
    }
    typescript.forEachChild(node, visit);
  };
  visit(sourceFile);
  declarationsByFile.set(sourceFile, (found = index));
  return found;
}
