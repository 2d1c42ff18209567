/**
 * An id taken out of what a call returns hands on none of the call's arguments (session 15, appturnos' sign-up:
 * `const { empresaId, usuarioId } = await AuthModel.registrarEmpresa({ nombreEmpresa, telefono, email, nombre })`,
 * then `notificarSuperAdmins({ mensaje: \`${nombreEmpresa} se registró\`, data: { empresa_id: empresaId } })`). A
 * destructured local is followed to what it was taken from, so a wrapper's parameters read as reaching the push
 * through `empresaId`, and every caller's whole object (address, email, name and phone) left with it. A call that
 * stores a record or makes one returns keys of its own: a key named as an identifier (`id`, `empresaId`,
 * `user_id`, `ids`) is the row's number, never the name or address it was given. Other keys keep being followed
 * (`const { data } = schema.safeParse(input)`, `const { subject, html } = render(user)` hand on what they read).
 */
import type ts from 'typescript';
import { typescript } from './typescript-api.js';
import { unwrap } from './unwrap.js';
import { nameWords } from '../../flows/name-words.js';

/**
 * `id`, `empresaId`, `user_id`, `userIds`, `uuid`: a name whose last word says an identifier. An error the call
 * reports is the call's own too (`const { data, error: fnError } = await supabase.functions.invoke('send-email', { body
 * })`, then `console.error('…', fnError)`: sg-huenstetten-buchung's mail service logs the failure, not the mail).
 */
function isIdName(name: string): boolean {
  const words = nameWords(name);
  return /^(id|ids|uuid|guid|error|errors|err)$/i.test(words[words.length - 1] ?? '');
}

/** Whether `name` is an identifier's or an error's key destructured from a call's (awaited) result. */
export function isIdFromCallResult(name: string, from: ts.Expression | undefined): boolean {
  if (!from || !isIdName(name)) return false;
  let node = unwrap(from);
  if (typescript.isAwaitExpression(node)) node = unwrap(node.expression);
  return typescript.isCallExpression(node);
}
