/**
 * A name saying its value is an id (`jefeId`, `created_by_id`, `ID`): `creado_por: jefeId` is an id under a person's
 * key, and `accountOwnerUserId` handed to a helper that looks up the owner's addresses and mails them is the owner's
 * id at the caller, never the address the helper finds with it.
 */
export const ID_NAME = /(?:^id$|Id$|_id$|ID$)/;

/** Whether the last name of a value's text (`params.accountOwnerUserId`, `user.id`) says an id. */
export function isIdValue(text: string): boolean {
  const last = text.slice(text.lastIndexOf('.') + 1);
  return ID_NAME.test(last);
}
