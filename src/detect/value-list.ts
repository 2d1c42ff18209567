/**
 * A column that holds a list of values of unknown kind (Django's bare `ArrayField`, whose base field the front end did
 * not give): read as text (rules/context.yml `ruledOutTypes.text`), so a stored mail's `to`, `cc` and `bcc` lists are
 * the addresses it went to. A list of postcodes, towns or streets is not: a person lives at one address, and a list of
 * them is the area something serves or covers (`post_codes`, `eligibility_towns`), nobody's address.
 */
const BARE_LIST = /^(?:[\w.]+\.)?arrayfield$/i;

export function isAddressList(type: string | undefined): boolean {
  return type !== undefined && BARE_LIST.test(type.trim());
}
