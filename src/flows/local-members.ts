/**
 * A key read back from a local object written in the same function: `const options = { destinataires:
 * message.phoneNumber }; … \`…?to=${options.destinataires}\``. The key itself may be any word (a vendor's
 * parameter name in another language); what it holds is the value it was written with. The object may also be what a
 * local function of the handler hands back: `const texts = getEmailContent(language); … \`${texts.greeting}\``
 * where each branch of `getEmailContent` returns `{ greeting: \`Beste ${customer_name},\` … }` (a Dutch booking
 * site's mail texts, one object per language, written beside the send and filled from the handler's own locals).
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';
import { returnedValues } from '../scan/code/returns.js';
import { literalMember } from '../scan/code/builder-locals.js';

/** The value `object.key` was written with, where `object` is a local made as an object literal that writes `key`. */
export function localMemberValue(node: ts.Expression, resolveLocal: (name: string) => ts.Expression | undefined): ts.Expression | undefined {
  if (!typescript.isPropertyAccessExpression(node) || !typescript.isIdentifier(node.expression)) return undefined;
  const local = resolveLocal(node.expression.text);
  const object = local && unwrap(local);
  if (!object) return undefined;
  const key = node.name.text;
  if (typescript.isObjectLiteralExpression(object)) return literalMember(object, key);
  for (const returned of localFunctionObjects(object, resolveLocal)) {
    const value = literalMember(returned, key);
    if (value) return value;
  }
  return undefined;
}


/**
 * The objects a call of a local function returns, when every `return` (or the expression body) is an object literal;
 * none for any other call, so a look-up or a vendor's result keeps its members unread here.
 */
function localFunctionObjects(call: ts.Expression, resolveLocal: (name: string) => ts.Expression | undefined): ts.ObjectLiteralExpression[] {
  if (!typescript.isCallExpression(call) || !typescript.isIdentifier(call.expression)) return [];
  const declared = resolveLocal(call.expression.text);
  const fn = declared && unwrap(declared);
  if (!fn || !(typescript.isArrowFunction(fn) || typescript.isFunctionExpression(fn))) return [];
  const values = typescript.isBlock(fn.body) ? returnedValues(fn.body) : [fn.body];
  const objects = values.map(unwrap);
  return objects.length > 0 && objects.every(typescript.isObjectLiteralExpression) ? objects : [];
}
