/**
 * A field read by its key (session 32, seen in a Remix site's newsletter form: `const form = new
 * URLSearchParams(await request.text()); const fields = { firstName: form.get('firstName') ?? '', email:
 * form.get('email') ?? '' }`): `formData.get('email')`, `searchParams.get('phone')`, `cookies.get('user_email')` hand
 * back that field of the form, the query or the store, as `body.email` does. Read as an unknown call's result, the
 * person's address typed into a form reached the newsletter's API unseen. The key is read as a member of the receiver,
 * so a settings store's key (`configService.get('MAIL_FROM')`) stays the system's, and only a key written as a string
 * literal counts (`map.get(userId)` is a look-up, not a field).
 */
import type ts from 'typescript';
import { typescript } from '../scan/code/typescript-api.js';
import { unwrap } from '../scan/code/unwrap.js';
import { calleePath } from '../scan/code/flow-bindings.js';
import { nameWords } from './name-words.js';
import { isSettingsValue } from './settings-value.js';

const KEYED_READS = new Set(['get', 'getAll']);

/** The environment's stores (`Deno.env.get('ADMIN_EMAIL')`, `c.env.get(…)`): the system's, as settings are. */
const ENVIRONMENT_WORDS = new Set(['env', 'environment']);

/** The field a keyed read hands back (`email` of `form.get('email')`) and the value it is read from. */
export function keyedRead(node: ts.CallExpression): { field: string; of: ts.Expression } | undefined {
  const callee = unwrap(node.expression);
  if (!typescript.isPropertyAccessExpression(callee) || !KEYED_READS.has(callee.name.text) || node.arguments.length !== 1) return undefined;
  const key = unwrap(node.arguments[0]!);
  if (!typescript.isStringLiteralLike(key) || key.text === '' || isSettingsValue(callee)) return undefined;
  const chain = calleePath(callee, false, false);
  if (chain && [chain.root, ...chain.path].some((name) => nameWords(name).some((w) => ENVIRONMENT_WORDS.has(w.toLowerCase())))) return undefined;
  return { field: key.text, of: callee.expression };
}
