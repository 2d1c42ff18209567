/** The `return` statements of one function body, not those of the functions nested in it. */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';

export function returnStatements(body: ts.Node): ts.ReturnStatement[] {
  const found: ts.ReturnStatement[] = [];
  const visit = (node: ts.Node): void => {
    if (typescript.isReturnStatement(node)) found.push(node);
    else if (!typescript.isFunctionLike(node)) typescript.forEachChild(node, visit);
  };
  typescript.forEachChild(body, visit);
  return found;
}

/** The values a body's `return` statements give (a bare `return;` gives none). */
export function returnedValues(body: ts.Node): ts.Expression[] {
  return returnStatements(body).flatMap((r) => (r.expression ? [r.expression] : []));
}
