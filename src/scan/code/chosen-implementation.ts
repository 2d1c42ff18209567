/**
 * A module-level value that is one of several implementations, chosen when the app starts: picked from a record
 * by a key known only at run time (`backends[process.env.EMAIL_BACKEND]`), or by a condition (`config.provider
 * === 'brevo' ? createBrevoService() : createSmtpService()`). A method called on it may be any of theirs, so
 * the link stage reads it as each of them (`ObjectFact.oneOf`).
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { isOrElse, unwrap } from './unwrap.js';

/**
 * The implementations a value may be, as link roots: `mailer` (a value or class of the project), `Mailer` for
 * `new Mailer(…)`, `createMailer()` for what a function makes. `undefined` unless there are two or more and
 * every one is such a value (`key ? new Mailer() : null` is one implementation or none, not a choice).
 */
export function chosenImplementations(value: ts.Expression, initializerOf: (name: string) => ts.Expression | undefined): string[] | undefined {
  const options = optionsOf(value, initializerOf, 0);
  const distinct = options && [...new Set(options)];
  return distinct && distinct.length >= 2 ? distinct : undefined;
}

function optionsOf(expression: ts.Expression, initializerOf: (name: string) => ts.Expression | undefined, depth: number): string[] | undefined {
  if (depth > 3) return undefined;
  const node = unwrap(expression);
  if (typescript.isConditionalExpression(node)) return both(optionsOf(node.whenTrue, initializerOf, depth + 1) ?? implementation(node.whenTrue), optionsOf(node.whenFalse, initializerOf, depth + 1) ?? implementation(node.whenFalse));
  // `backends[process.env.EMAIL_BACKEND] ?? backends.console`: either side.
  if (isOrElse(node)) {
    return both(optionsOf(node.left, initializerOf, depth + 1) ?? implementation(node.left), optionsOf(node.right, initializerOf, depth + 1) ?? implementation(node.right));
  }
  if (typescript.isElementAccessExpression(node) && !typescript.isStringLiteralLike(node.argumentExpression) && !typescript.isNumericLiteral(node.argumentExpression)) {
    const record = unwrap(node.expression);
    const literal = typescript.isIdentifier(record) ? initializerOf(record.text) : record;
    const object = literal && unwrap(literal);
    if (!object || !typescript.isObjectLiteralExpression(object)) return undefined;
    const values: string[] = [];
    for (const property of object.properties) {
      const found = typescript.isShorthandPropertyAssignment(property) ? property.name.text : typescript.isPropertyAssignment(property) ? implementation(property.initializer) : undefined;
      if (!found) return undefined;
      values.push(found);
    }
    return values;
  }
  return undefined;
}

function both(a: string[] | string | undefined, b: string[] | string | undefined): string[] | undefined {
  if (a === undefined || b === undefined) return undefined;
  return [...(Array.isArray(a) ? a : [a]), ...(Array.isArray(b) ? b : [b])];
}

/** One implementation: a name (`smtpBackend`), `new Mailer(…)` as `Mailer`, `createMailer(…)` as `createMailer()`. */
function implementation(expression: ts.Expression): string | undefined {
  const node = unwrap(expression);
  if (typescript.isIdentifier(node)) return node.text === 'undefined' ? undefined : node.text;
  if (typescript.isNewExpression(node) && typescript.isIdentifier(unwrap(node.expression))) return (unwrap(node.expression) as ts.Identifier).text;
  if (typescript.isCallExpression(node) && typescript.isIdentifier(unwrap(node.expression))) return `${(unwrap(node.expression) as ts.Identifier).text}()`;
  return undefined;
}
