/**
 * A handler picked from a table of functions by a key known only at run time (session 13, seen in laudspeaker's
 * message processors: `private messagesMap = { [MessageType.EMAIL]: async (job) => this.handleEmail(job), … }`, then
 * `process(job) { return this.messagesMap[job.name](job) }`; the same shape as any command or event table:
 * `const handlers = { welcome: sendWelcome, reset: sendReset }; handlers[type](data)`). The call hands its arguments
 * to whichever function the key picks, so it reaches whatever any of them reaches, as a method called on a value
 * chosen at start-up does (`ObjectFact.oneOf`, chosen-implementation.ts). Which key picks which function is not read.
 * Only a table written out as an object literal whose every value is a function (written in place, or a function or
 * import named); a table holding anything else, or a key written as a literal (`handlers['welcome']`, an ordinary
 * member), is not read so.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';

/** The most functions a table is followed to (a larger one is a registry of everything, which says little). */
const MAX_HANDLERS = 16;

/**
 * The name a function written under a computed key is known by (`[MessageType.EMAIL]: async (job) => …` ->
 * `[MessageType:EMAIL]`): the key as written, with `:` for its dots, so that an id such as `Sender.[MessageType:EMAIL]`
 * still reads as a class and one member. A key that is not a name or a member of one gives none.
 */
export function computedKeyName(name: ts.PropertyName): string | undefined {
  if (!typescript.isComputedPropertyName(name)) return undefined;
  const parts: string[] = [];
  let node = unwrap(name.expression);
  while (typescript.isPropertyAccessExpression(node)) {
    parts.unshift(node.name.text);
    node = unwrap(node.expression);
  }
  if (typescript.isIdentifier(node)) parts.unshift(node.text);
  else if (typescript.isStringLiteralLike(node) && parts.length === 0) parts.push(node.text);
  else return undefined;
  return `[${parts.join(':')}]`;
}

/** `this.handlers[job.name](job)`, `handlers[type]!(data)`: the table's name (`this.handlers`, `handlers`), where the key is not a literal. */
export function dispatchedFrom(call: ts.CallExpression): string | undefined {
  const callee = unwrap(call.expression);
  if (!typescript.isElementAccessExpression(callee)) return undefined;
  const key = unwrap(callee.argumentExpression);
  if (typescript.isStringLiteralLike(key) || typescript.isNumericLiteral(key)) return undefined;
  const table = unwrap(callee.expression);
  if (typescript.isIdentifier(table)) return table.text;
  if (typescript.isPropertyAccessExpression(table) && table.expression.kind === typescript.SyntaxKind.ThisKeyword) return `this.${table.name.text}`;
  return undefined;
}

/**
 * The functions a table literal holds, as link roots: the id of each function written in it (`idOf`), or the function
 * or import a value names (`named`). Undefined where the value is no object literal, or any of its values is not
 * such a function.
 */
export function tableHandlers(table: ts.Expression | undefined, idOf: (fn: ts.Node) => string | undefined, named: (name: string) => string | undefined): string[] | undefined {
  const literal = table && unwrap(table);
  if (!literal || !typescript.isObjectLiteralExpression(literal) || literal.properties.length === 0 || literal.properties.length > MAX_HANDLERS) return undefined;
  const handlers: string[] = [];
  for (const property of literal.properties) {
    let id: string | undefined;
    if (typescript.isMethodDeclaration(property)) id = idOf(property);
    else if (typescript.isShorthandPropertyAssignment(property)) id = named(property.name.text);
    else if (typescript.isPropertyAssignment(property)) {
      const value = unwrap(property.initializer);
      id = typescript.isArrowFunction(value) || typescript.isFunctionExpression(value) ? idOf(value) : typescript.isIdentifier(value) ? named(value.text) : undefined;
    }
    if (id === undefined) return undefined;
    if (!handlers.includes(id)) handlers.push(id);
  }
  return handlers;
}

/** The name the table's handlers are kept under in the module facts, apart from the table's own (`this.handlers[]`). */
export const dispatchRoot = (table: string): string => `${table}[]`;
