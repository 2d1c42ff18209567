/**
 * A method called on an object literal of the app's own code (`const analytics = { track(event, properties) { … } }`,
 * then `analytics.track('signed_up', { email })`): the call is that method's, whose body privmap reads like any other
 * function of the file. It used to be left unresolved, so the receiver's name made it an inferred analytics vendor
 * (named-recipient.ts) even where the body only posts to the app's own backend; now the method's summary decides: a
 * vendor's flow where the body reaches one, nothing where it reaches none.
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { losesHandOff } from './own-object-handoff.js';
import { unwrap } from './unwrap.js';

/**
 * The name of the function `receiver.method(…)` runs when `receiver` is a local object literal with that method
 * (`track(…) {}`, `track: (…) => …`, `track: function () {}`, or `{ track }` naming a function of the file).
 */
export function ownObjectMethod(callee: ts.Expression, valueOf: (name: string) => ts.Expression | undefined, isSink: (call: ts.CallExpression) => boolean = () => false): string | undefined {
  const access = unwrap(callee);
  if (!typescript.isPropertyAccessExpression(access)) return undefined;
  const receiver = unwrap(access.expression);
  if (!typescript.isIdentifier(receiver)) return undefined;
  const value = valueOf(receiver.text);
  const object = value && unwrap(value);
  if (!object || !typescript.isObjectLiteralExpression(object)) return undefined;
  const method = access.name.text;
  // A body that loses the data on its way to a vendor: the receiver's name decides, as for a call not followed.
  if (losesHandOff(object, method, isSink)) return undefined;
  for (const property of object.properties) {
    const name = property.name && (typescript.isIdentifier(property.name) || typescript.isStringLiteral(property.name)) ? property.name.text : undefined;
    if (name !== method) continue;
    if (typescript.isMethodDeclaration(property)) return method;
    if (typescript.isShorthandPropertyAssignment(property)) return property.name.text;
    if (typescript.isPropertyAssignment(property)) {
      const init = unwrap(property.initializer);
      if (typescript.isArrowFunction(init) || typescript.isFunctionExpression(init)) return method;
      if (typescript.isIdentifier(init)) return init.text;
    }
    return undefined;
  }
  return undefined;
}
