import ts from 'typescript';

// TypeScript's bundle exposes its API through getters; reading them once keeps them out of the hot walk.
const { isAsExpression, isAwaitExpression, isNonNullExpression, isParenthesizedExpression, isSatisfiesExpression, isTypeAssertionExpression } = ts;

/** The expression under parentheses, `as`, `satisfies`, `<T>x`, `x!` and `await`: what the code means. */
export function unwrap(node: ts.Expression): ts.Expression {
  while (isParenthesizedExpression(node) || isAsExpression(node) || isNonNullExpression(node) || isAwaitExpression(node) || isSatisfiesExpression(node) || isTypeAssertionExpression(node)) {
    node = node.expression;
  }
  return node;
}
