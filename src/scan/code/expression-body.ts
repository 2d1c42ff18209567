/**
 * An arrow function written with an expression body returns that expression: `export const stripe = () => new
 * Stripe(key(), options)` is a factory of Stripe clients exactly as `() => { return new Stripe(…) }` is, and `const
 * useAnalytics = () => ({ track, identify })` returns that object (seen in cap's `@cap/utils`, whose every billing
 * route calls `stripe().customers.list({ email })`). Only the returns of functions with a body used to be read.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** The expression an arrow function returns without a block (`() => new Stripe(key)`), unwrapped; none for a block body. */
export function expressionBody(fn: ts.SignatureDeclaration): ts.Expression | undefined {
  return typescript.isArrowFunction(fn) && !typescript.isBlock(fn.body) ? unwrap(fn.body) : undefined;
}

/** `() => async (job) => …`: the function returned, as `return async (job) => …` would hand it out. */
export function returnedFunctionOf(value: ts.Expression): ts.ArrowFunction | ts.FunctionExpression | undefined {
  return typescript.isArrowFunction(value) || typescript.isFunctionExpression(value) ? value : undefined;
}
