/**
 * A local function standing for a logging method: `const log = console.log`, `console.log.bind(console)`,
 * `const logVerbose = verbose ? console.log : () => {}`, `logger?.verbose.bind(logger) || console.log` (sportlink-sync's
 * sync steps, and the common "verbose logger" of CLI scripts). Calling it writes what it is given to that log.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { isOrElse, unwrap } from './unwrap.js';

/** The methods a local's value may be at run time: each branch of a choice, the method a `.bind(…)` binds. */
export function aliasedMethods(value: ts.Expression | undefined, depth = 0): ts.Expression[] {
  if (!value || depth > 3) return [];
  const n = unwrap(value);
  if (typescript.isPropertyAccessExpression(n)) return [n];
  if (typescript.isConditionalExpression(n)) return [...aliasedMethods(n.whenTrue, depth + 1), ...aliasedMethods(n.whenFalse, depth + 1)];
  if (isOrElse(n)) {
    return [...aliasedMethods(n.left, depth + 1), ...aliasedMethods(n.right, depth + 1)];
  }
  // `console.log.bind(console)`: the method itself.
  if (typescript.isCallExpression(n) && typescript.isPropertyAccessExpression(n.expression) && n.expression.name.text === 'bind') return aliasedMethods(n.expression.expression, depth + 1);
  return [];
}
