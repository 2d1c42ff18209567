/**
 * `this.getCustomersFromQuery.name`, `CustomersController.name`, `this.constructor.name`: JavaScript's own `name` of a
 * function or class (what NestJS services log as the method and class of a message), never a person's name, whatever
 * the method is named for (`checkCustomerMatchesQuery` reads as a customer's). Read off syntax only: a method of the
 * class the expression is written in, or a class or function declared in the same file.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';

const declaredOf = new WeakMap<ts.SourceFile, { functions: Set<string>; methods: Map<string, Set<string>> }>();

/** The file's top-level classes and functions, and each class's methods and accessors by class name. */
function declared(sourceFile: ts.SourceFile): { functions: Set<string>; methods: Map<string, Set<string>> } {
  const known = declaredOf.get(sourceFile);
  if (known) return known;
  const functions = new Set<string>();
  const methods = new Map<string, Set<string>>();
  const visit = (node: ts.Node): void => {
    if ((typescript.isClassDeclaration(node) || typescript.isFunctionDeclaration(node)) && node.name) functions.add(node.name.text);
    if (typescript.isClassLike(node) && node.name) {
      const own = methods.get(node.name.text) ?? new Set<string>();
      for (const member of node.members) {
        if ((typescript.isMethodDeclaration(member) || typescript.isGetAccessorDeclaration(member)) && member.name && (typescript.isIdentifier(member.name) || typescript.isPrivateIdentifier(member.name))) own.add(member.name.text);
      }
      methods.set(node.name.text, own);
    }
    typescript.forEachChild(node, visit);
  };
  visit(sourceFile);
  const facts = { functions, methods };
  declaredOf.set(sourceFile, facts);
  return facts;
}

/** `X.name` where X is a function or class itself (a method of the class around, `this.constructor`, a declared class). */
export function isFunctionOwnName(node: ts.Expression, sourceFile: ts.SourceFile, className: string | undefined): boolean {
  if (!typescript.isPropertyAccessExpression(node) || node.name.text !== 'name') return false;
  const of = unwrap(node.expression);
  if (typescript.isPropertyAccessExpression(of) && unwrap(of.expression).kind === typescript.SyntaxKind.ThisKeyword) {
    if (of.name.text === 'constructor') return true;
    return className !== undefined && declared(sourceFile).methods.get(className)?.has(of.name.text) === true;
  }
  return typescript.isIdentifier(of) && declared(sourceFile).functions.has(of.text);
}
