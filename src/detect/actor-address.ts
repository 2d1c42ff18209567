/**
 * Who did something (`created_by`, `aangemaakt_door`, `erstellt_von`, `assigned_to`), kept as text in a column sized
 * for an email address: 320 characters (64 for the local part, 1 for `@`, 255 for the domain) or 254 (the longest
 * path RFC 5321 allows). An audit column of a Dutch accountancy portal's every table (`aangemaakt_door NVARCHAR(320)`,
 * session 46) holds the signed-in user's address; the same name typed otherwise is a link or a name, decided elsewhere.
 */

/** `varchar(320)`, `NVARCHAR(320)`, `character varying(254)`, `VARCHAR2(320 BYTE)`: text as long as an email address. */
const EMAIL_LENGTH = /^\s*(?:n?varchar2?|character varying|n?char|string)\s*\(\s*(?:320|254)\b/i;

/** `by` and its kin after a participle (`created_by`, `opprettet_av`, `aangemaakt_door`, `erstellt_von`, `cree_par`, `creado_por`). */
const DOER_WORDS = new Set(['by', 'av', 'af', 'door', 'von', 'par', 'por', 'da', 'przez']);
/** `assigned_to`, `toegewezen_aan`, `zugewiesen_an`, `tildelt_til`: whom a task was given to. */
const ASSIGNED = new Set(['assigned', 'toegewezen', 'zugewiesen', 'tildelt', 'tilldelad', 'asignado', 'assegnato', 'atribuido', 'attribue']);

export function hasEmailLength(type: string | undefined): boolean {
  return type !== undefined && EMAIL_LENGTH.test(type);
}

/** Whether a field's words name an actor and its type is as long as an email address. */
export function isActorAddress(words: readonly string[], type: string | undefined): boolean {
  if (words.length !== 2 || !hasEmailLength(type)) return false;
  const [first, last] = words as [string, string];
  return (DOER_WORDS.has(last) && /(?:ed|en|t|d|do|to|e)$/.test(first)) || ASSIGNED.has(first);
}
