import ts from 'typescript';

// TypeScript's bundle exposes its API through getters; reading them once keeps them out of the hot walk.
const {
  isAsExpression, isCallExpression, isIdentifier, isNoSubstitutionTemplateLiteral, isNonNullExpression, isNumericLiteral,
  isObjectLiteralExpression, isParenthesizedExpression, isPrivateIdentifier, isPropertyAccessExpression, isPropertyAssignment,
  isStringLiteral
} = ts;

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
    if (isCallExpression(node)) {
      calls.unshift(node);
      node = node.expression;
    } else if (isPropertyAccessExpression(node)) {
      names.unshift(node.name.text);
      node = node.expression;
    } else if (isNonNullExpression(node) || isParenthesizedExpression(node) || isAsExpression(node)) {
      node = node.expression;
    } else {
      break;
    }
  }
  if (isIdentifier(node)) {
    // `text('email')`: the identifier itself is the first call.
    if (calls.length > names.length) names.unshift(node.text);
    else return { root: node.text, names, calls, ...(calls[0] ? { base: calls[0] } : {}) };
    return { names, calls, ...(calls[0] ? { base: calls[0] } : {}) };
  }
  return { names, calls, ...(calls[0] ? { base: calls[0] } : {}) };
}

export function stringArg(call: ts.CallExpression | undefined, index = 0): string | undefined {
  const arg = call?.arguments[index];
  return arg && (isStringLiteral(arg) || isNoSubstitutionTemplateLiteral(arg)) ? arg.text : undefined;
}

export function propertyName(name: ts.PropertyName | ts.BindingName | undefined): string | undefined {
  if (!name) return undefined;
  if (isIdentifier(name) || isStringLiteral(name) || isNumericLiteral(name) || isPrivateIdentifier(name)) return name.text;
  return undefined;
}

/** A string property of an object literal argument: `@Column({ name: 'e_mail' })`. */
export function objectStringProperty(node: ts.Expression | undefined, key: string): string | undefined {
  if (!node || !isObjectLiteralExpression(node)) return undefined;
  for (const property of node.properties) {
    if (isPropertyAssignment(property) && propertyName(property.name) === key) {
      const value = property.initializer;
      if (isStringLiteral(value) || isNoSubstitutionTemplateLiteral(value)) return value.text;
    }
  }
  return undefined;
}
