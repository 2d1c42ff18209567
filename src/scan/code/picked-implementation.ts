/**
 * One implementation picked from a list or record of them by a key (session 12, seen in api-conseiller-numerique's
 * `getEmailMessageByTemplateName: (name) => emails.find((email) => email.templateName === name)` over ~45 mail
 * modules; the same shape as a template registry `templates[type]`, `handlers.get(kind)` or `providers.find((p) =>
 * p.supports(x))`). A function returning such a look-up returns one of the values listed, so a method called on its
 * result (`getMessage('welcome').send(user)`) is each listed value's (`FunctionFact.picks`). Which key selects which
 * element is not read: every listed value counts, as for a list called in turn (list-elements.ts).
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';
import { implementationRoots, listedValues } from './list-elements.js';

/** Methods of a list or map that hand back one of its elements. */
const PICK_METHODS = new Set(['find', 'findLast', 'get', 'at']);

/**
 * The values `value` may be, as link roots (`mailPipe`, `Mailer` for `new Mailer()`, `createMail()` for what a
 * function makes), where it is an element looked up in a local list or record literal whose every element is such a
 * value: `list.find(…)`, `list.filter(…)[0]`, `list[i]`, `record[key]`, `map.get(key)` of `new Map([[k, v], …])`.
 */
export function pickedImplementations(value: ts.Expression, localValue: (name: string) => ts.Expression | undefined): string[] | undefined {
  const container = pickedFrom(unwrap(value));
  if (!container) return undefined;
  const literal = typescript.isIdentifier(container) ? localValue(container.text) : container;
  return literal ? implementationsIn(unwrap(literal)) : undefined;
}

/** The list or record an element is looked up in. */
function pickedFrom(node: ts.Expression): ts.Expression | undefined {
  if (typescript.isCallExpression(node) && typescript.isPropertyAccessExpression(node.expression) && PICK_METHODS.has(node.expression.name.text)) return unwrap(node.expression.expression);
  if (typescript.isElementAccessExpression(node)) {
    const inner = unwrap(node.expression);
    // `list.filter((x) => …)[0]`
    if (typescript.isCallExpression(inner) && typescript.isPropertyAccessExpression(inner.expression) && inner.expression.name.text === 'filter') return unwrap(inner.expression.expression);
    return inner;
  }
  return undefined;
}

function implementationsIn(literal: ts.Expression): string[] | undefined {
  if (typescript.isArrayLiteralExpression(literal)) return listedValues(literal);
  if (typescript.isNewExpression(literal) && typescript.isIdentifier(literal.expression) && literal.expression.text === 'Map') {
    // `new Map([['welcome', welcomeMail], …])`: the second element of each entry.
    const entries = literal.arguments?.[0] && unwrap(literal.arguments[0]);
    if (!entries || !typescript.isArrayLiteralExpression(entries)) return undefined;
    const values: ts.Expression[] = [];
    for (const entry of entries.elements) {
      const pair = unwrap(entry);
      if (!typescript.isArrayLiteralExpression(pair) || pair.elements.length !== 2) return undefined;
      values.push(pair.elements[1]!);
    }
    return implementationRoots(values);
  }
  if (!typescript.isObjectLiteralExpression(literal) || literal.properties.length === 0) return undefined;
  const values: ts.Expression[] = [];
  for (const property of literal.properties) {
    if (typescript.isShorthandPropertyAssignment(property)) values.push(property.name);
    else if (typescript.isPropertyAssignment(property)) values.push(property.initializer);
    else return undefined;
  }
  return implementationRoots(values);
}
