import type ts from 'typescript';
import { typescript } from './typescript-api.js';

/** The expression under parentheses, `as`, `satisfies`, `<T>x`, `x!` and `await`: what the code means. */
export function unwrap(node: ts.Expression): ts.Expression {
  while (typescript.isParenthesizedExpression(node) || typescript.isAsExpression(node) || typescript.isNonNullExpression(node) || typescript.isAwaitExpression(node) || typescript.isSatisfiesExpression(node) || typescript.isTypeAssertionExpression(node)) {
    node = node.expression;
  }
  return node;
}

/** `value || fallback`, `value ?? fallback`: the value with a default written after it. */
export function isOrElse(node: ts.Expression): node is ts.BinaryExpression {
  return typescript.isBinaryExpression(node) && (node.operatorToken.kind === typescript.SyntaxKind.BarBarToken || node.operatorToken.kind === typescript.SyntaxKind.QuestionQuestionToken);
}
