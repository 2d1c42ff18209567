/**
 * A column that holds a list of values of unknown kind (Django's bare `ArrayField`, whose base field the front end did
 * not give): read as text (rules/context.yml `ruledOutTypes.text`), so a stored mail's `to`, `cc` and `bcc` lists are
 * the addresses it went to. A list of postcodes, towns or streets is not: a person lives at one address, and a list of
 * them is the area something serves or covers (`post_codes`, `eligibility_towns`), nobody's address.
 */
import type { CompiledRules } from './compile.js';
import { judgeType } from './type-text.js';

const BARE_LIST = /^(?:[\w.]+\.)?arrayfield$/i;

export function isAddressList(type: string | undefined): boolean {
  return type !== undefined && BARE_LIST.test(type.trim());
}

/** A list written as a type (`string[]`, `List<String>`, `Set<string>`, `Array<string>`). */
const LIST_TYPE = /\[\]\s*$|^(?:readonly\s+)?(?:List|Set|Array|ReadonlyArray|Collection|Iterable|Seq|Vec)\s*</;

/** One plain text value (`varchar(85)`, `string`, a Django `CharField`): not a record, a list or an unknown type. */
/** Types the detector reads as text for want of better (a document, an untyped value): not one plain text value. */
const OPEN_TYPE = /^(?:json|jsonb|object|any|unknown)$/;

export function isSingleText(type: string | undefined, rules: CompiledRules): boolean {
  if (type === undefined || LIST_TYPE.test(type.trim()) || isAddressList(type)) return false;
  if (OPEN_TYPE.test(type.trim().replace(/[?!]+$/, '').toLowerCase())) return false;
  return judgeType(type, rules).kind === 'text';
}
