import type ts from 'typescript';
import { typescript } from './typescript-api.js';

/** A call chain read from the outside in: `z.string().email().optional()` -> root `z`, calls string, email, optional. */
export interface CallChain {
  root?: string;
  /** Call (or property) names from the innermost outwards. */
  names: string[];
  /** The innermost call, whose arguments usually carry the column name (`text('email')`). */
  base?: ts.CallExpression;
  /** Every call in the chain, innermost first. */
  calls: ts.CallExpression[];
}

export function readChain(expression: ts.Expression): CallChain {
  const names: string[] = [];
  const calls: ts.CallExpression[] = [];
  let node: ts.Expression = expression;
  for (;;) {
    if (typescript.isCallExpression(node)) {
      calls.unshift(node);
      node = node.expression;
    } else if (typescript.isPropertyAccessExpression(node)) {
      names.unshift(node.name.text);
      node = node.expression;
    } else if (typescript.isNonNullExpression(node) || typescript.isParenthesizedExpression(node) || typescript.isAsExpression(node)) {
      node = node.expression;
    } else {
      break;
    }
  }
  if (typescript.isIdentifier(node)) {
    // `text('email')`: the identifier itself is the first call.
    if (calls.length > names.length) names.unshift(node.text);
    else return { root: node.text, names, calls, ...(calls[0] ? { base: calls[0] } : {}) };
    return { names, calls, ...(calls[0] ? { base: calls[0] } : {}) };
  }
  return { names, calls, ...(calls[0] ? { base: calls[0] } : {}) };
}

export function stringArg(call: ts.CallExpression | undefined, index = 0): string | undefined {
  const arg = call?.arguments[index];
  return arg && (typescript.isStringLiteral(arg) || typescript.isNoSubstitutionTemplateLiteral(arg)) ? arg.text : undefined;
}

export function propertyName(name: ts.PropertyName | ts.BindingName | undefined): string | undefined {
  if (!name) return undefined;
  if (typescript.isIdentifier(name) || typescript.isStringLiteral(name) || typescript.isNumericLiteral(name) || typescript.isPrivateIdentifier(name)) return name.text;
  return undefined;
}

/** A string property of an object literal argument: `@Column({ name: 'e_mail' })`. */
export function objectStringProperty(node: ts.Expression | undefined, key: string): string | undefined {
  if (!node || !typescript.isObjectLiteralExpression(node)) return undefined;
  for (const property of node.properties) {
    if (typescript.isPropertyAssignment(property) && propertyName(property.name) === key) {
      const value = property.initializer;
      if (typescript.isStringLiteral(value) || typescript.isNoSubstitutionTemplateLiteral(value)) return value.text;
    }
  }
  return undefined;
}
