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
  const picked = pickedTableMember(object, key);
  if (picked) return picked;
  for (const returned of localFunctionObjects(object, resolveLocal)) {
    const value = literalMember(returned, key);
    if (value) return value;
  }
  return undefined;
}


/**
 * `t.greeting` of `const t = { de: { greeting: \`Hallo ${name},\` }, en: { greeting: \`Dear ${name},\` } }[L]`: a table of
 * texts picked by a key that is no literal (the mail's language); what every entry writes under the key, as one
 * expression (session 44, a German practice's mails). Undefined for any other value.
 */
export function pickedTableMember(value: ts.Expression, key: string): ts.Expression | undefined {
  const picked = unwrap(value);
  const entries = pickedEntries(picked);
  if (!entries) return undefined;
  // One expression per table and key, so a reading that meets it again knows it (personal-data.ts keeps what it read by node).
  const byKey = readOf.get(picked) ?? readOf.set(picked, new Map()).get(picked)!;
  if (byKey.has(key)) return byKey.get(key);
  const values = entries.map((entry) => literalMember(entry, key)).filter((v): v is ts.Expression => v !== undefined);
  const read = values.length <= 1 ? values[0] : typescript.factory.createArrayLiteralExpression(values);
  byKey.set(key, read);
  return read;
}

/** What `pickedTableMember` made for each table, by key. */
const readOf = new WeakMap<ts.Node, Map<string, ts.Expression | undefined>>();

/** The entries of `{ de: {…}, en: {…} }[key]` picked by a key that is no literal, when every entry is an object literal. */
function pickedEntries(node: ts.Expression): ts.ObjectLiteralExpression[] | undefined {
  if (!typescript.isElementAccessExpression(node) || typescript.isStringLiteralLike(node.argumentExpression)) return undefined;
  const table = unwrap(node.expression);
  if (!typescript.isObjectLiteralExpression(table) || table.properties.length === 0) return undefined;
  const entries = table.properties.map((p) => (typescript.isPropertyAssignment(p) ? unwrap(p.initializer) : undefined));
  return entries.every((e): e is ts.ObjectLiteralExpression => e !== undefined && typescript.isObjectLiteralExpression(e)) ? entries : undefined;
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
