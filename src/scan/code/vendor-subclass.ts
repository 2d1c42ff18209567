/**
 * A class of the project extending a vendor's client and adding no methods of its own (`class VendureStripeClient
 * extends Stripe { constructor(key) { super(key, options) } }`): a configured client, so `new VendureStripeClient(key)`
 * makes the vendor's client, as `new Stripe(key)` does. A class declaring methods is the app's own wrapper, whose
 * methods are summarised as any class's are.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';

/** The base a class stands for when it only configures it (`Stripe` of `extends Stripe`), else undefined. */
export function configuredBase(cls: ts.ClassLikeDeclaration): ts.Expression | undefined {
  const base = cls.heritageClauses?.find((c) => c.token === typescript.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  if (!base || !(typescript.isIdentifier(base) || typescript.isPropertyAccessExpression(base))) return undefined;
  const addsMethods = cls.members.some((m) => typescript.isMethodDeclaration(m) || typescript.isGetAccessorDeclaration(m) || typescript.isSetAccessorDeclaration(m));
  return addsMethods ? undefined : base;
}

/**
 * `const stripe = await this.getStripeClient(ctx)` where that method of the class returns `new ShopStripeClient(…)`
 * of an imported name: the method's result, as the link stage spells it, so that a configured client made in another
 * module is found through it (a method returning anything else, or the vendor's class of this file, is read as before).
 */
export function ownMethodInstance(init: ts.Expression, cls: ts.ClassLikeDeclaration | undefined, className: string | undefined, isImported: (name: string) => boolean): { root: string; path: string[] } | undefined {
  let node = init;
  while (typescript.isAwaitExpression(node) || typescript.isParenthesizedExpression(node) || typescript.isAsExpression(node) || typescript.isNonNullExpression(node)) node = node.expression;
  if (!cls || !className || !typescript.isCallExpression(node) || !typescript.isPropertyAccessExpression(node.expression) || node.expression.expression.kind !== typescript.SyntaxKind.ThisKeyword) return undefined;
  const name = node.expression.name.text;
  const method = cls.members.find((m): m is ts.MethodDeclaration => typescript.isMethodDeclaration(m) && typescript.isIdentifier(m.name) && m.name.text === name && m.body !== undefined);
  if (!method?.body) return undefined;
  let makesImported = false;
  const visit = (n: ts.Node): void => {
    if (typescript.isFunctionLike(n) && n !== method) return;
    if (typescript.isReturnStatement(n) && n.expression && typescript.isNewExpression(n.expression) && typescript.isIdentifier(n.expression.expression) && isImported(n.expression.expression.text)) makesImported = true;
    typescript.forEachChild(n, visit);
  };
  typescript.forEachChild(method.body, visit);
  return makesImported ? { root: `${className}.${name}`, path: ['()'] } : undefined;
}
