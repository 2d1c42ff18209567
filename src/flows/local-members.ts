/**
 * A key read back from a local object written in the same function: `const options = { destinataires:
 * message.phoneNumber }; … \`…?to=${options.destinataires}\``. The key itself may be any word (a vendor's
 * parameter name in another language); what it holds is the value it was written with.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';

/** The value `object.key` was written with, where `object` is a local made as an object literal that writes `key`. */
export function localMemberValue(node: ts.Expression, resolveLocal: (name: string) => ts.Expression | undefined): ts.Expression | undefined {
  if (!typescript.isPropertyAccessExpression(node) || !typescript.isIdentifier(node.expression)) return undefined;
  const local = resolveLocal(node.expression.text);
  const object = local && unwrap(local);
  if (!object || !typescript.isObjectLiteralExpression(object)) return undefined;
  const key = node.name.text;
  for (const property of object.properties) {
    if (typescript.isPropertyAssignment(property) && (typescript.isIdentifier(property.name) || typescript.isStringLiteral(property.name)) && property.name.text === key) return property.initializer;
    if (typescript.isShorthandPropertyAssignment(property) && property.name.text === key) return property.name;
  }
  return undefined;
}
