/**
 * A local holding a form's field read by its key: `const name = formData.get('name') as string`, `const name =
 * req.body.name`. Written into one text beside the address or phone read from the same form (`Ciao ${name}`,
 * `Email: ${email}`), it is the person's name, as `data.name` there is (name-beside-address.ts). A bare `${name}` that
 * is a parameter stays for the callers to decide; a local made any other way (`getName()`, `organisation.name`: an
 * organisation's by its container) keeps its reading.
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';
import { classify, type DataContext } from './personal-data.js';
import { isOpenName } from './person-record.js';
import { PERSON_CONTAINER } from './roles.js';
import { throughTextKeeping } from './name-beside-recipient.js';

/** Methods reading one field of a form or of a query string by its key (FormData, URLSearchParams, Map-like bodies). */
const FIELD_READS = new Set(['get', 'getAll']);

/** Whether `name` in a text is a local given a form's `name` field (`formData.get('name')`, `req.body.name`). */
export function isFormNameLocal(value: ts.Expression, ctx: DataContext): boolean {
  const read = unwrap(value);
  if (!typescript.isIdentifier(read) || !classify(read.text, PERSON_CONTAINER, ctx).includes('name')) return false;
  if (ctx.parametersBeside?.(read.text)) return false;
  const local = ctx.resolveLocal(read.text);
  if (!local) return false;
  // `const name = sanitizeText(body.name)`: the field tidied first is still the field (name-beside-recipient.ts).
  const init = unwrap(throughTextKeeping(local));
  if (typescript.isPropertyAccessExpression(init)) return classify(init.name.text, PERSON_CONTAINER, ctx).includes('name') && isOpenName(init, ctx);
  if (!typescript.isCallExpression(init) || !typescript.isPropertyAccessExpression(init.expression) || !FIELD_READS.has(init.expression.name.text)) return false;
  const key = init.arguments[0] && unwrap(init.arguments[0]);
  return init.arguments.length === 1 && key !== undefined && typescript.isStringLiteralLike(key) && classify(key.text, PERSON_CONTAINER, ctx).includes('name') && classify(key.text, [], ctx).length === 0;
}
