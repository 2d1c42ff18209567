/**
 * The value field of a record that holds one datum, though no word of the field's own name says which:
 * - a value object named for the datum (`class EmailAddress { value }`, `Telefono.valor`, a `Direccion { valor }`):
 *   its value is that email address, phone number or postal address;
 * - a record of one contact of a person with its kind beside it (`customercontacts(contact, type)`,
 *   `Contacto { tipo, valor }`, `Kontakt { typ, wert }`): its value is a phone number or an email address,
 *   whichever the kind says (rules' `contactRecords` and `contactKinds`).
 */
import type { CompiledRules } from './compile.js';
import { matchTerms } from './match-terms.js';
import { wordsOf } from './context.js';

// Front ends pass one siblings array for every field of a record: decide once per array.
const kindCache = new WeakMap<readonly string[], WeakMap<CompiledRules, boolean>>();

/** Whether a sibling is the record's kind field alone (`type`, `tipo`, `kind`, `typ`, `soort`) and none is an email or a phone. */
export function hasKindSibling(siblings: readonly string[] | undefined, rules: CompiledRules): boolean {
  if (!siblings || siblings.length < 2 || rules.contactKinds.size === 0) return false;
  let byRules = kindCache.get(siblings);
  let found = byRules?.get(rules);
  if (found === undefined) {
    const words = siblings.map((s) => wordsOf(s, rules));
    // A record with an email or a phone field of its own (`contacts(name, email, phone, address, type)`) is a person's
    // record, not one contact point: its `address` is the postal address.
    const ownContact = words.some((w) => w.some((word) => [...(rules.termCategories.get(word) ?? [])].some((c) => c === 'email' || c === 'phone')));
    found = !ownContact && words.some((w) => w.length === 1 && rules.contactKinds.has(w[0]!));
    if (!byRules) kindCache.set(siblings, (byRules = new WeakMap()));
    byRules.set(rules, found);
  }
  return found;
}

/** The record's own name is a contact of a person (`contacts`, `CustomerContact`, `IContacto`): its last word. */
export function isContactRecord(containerWords: string[], rules: CompiledRules): boolean {
  const head = containerWords[containerWords.length - 1];
  return head !== undefined && rules.contactRecords.has(head);
}

/**
 * The categories a value object's name says (`EmailAddress`, `PhoneNumberVO`, `CustomerEmail`, `Direccion`): a term of a
 * category that needs no context, ending the name (a word after it makes another record: `EmailTemplate`,
 * `AddressType`), with no word before it but a person's noun (`ColdEmail`, `OrderAddress` are records of their own).
 * Which of a person's values it is may stand on either side (`PrimaryEmail`, `TelefonePrincipal`, `EmailAlternativo`),
 * and a generated client's package word before it (`ModelsEmailPrincipal`: Go's `models.EmailPrincipal`).
 */
export function valueObjectCategories(typeWordList: string[], rules: CompiledRules): string[] {
  const last = typeWordList[typeWordList.length - 1];
  if (!last || rules.kindHeads.has(last)) return [];
  const which = (w: string, category?: string) => rules.allowedSuffixes.has(w) || (category !== undefined && rules.suffixes.get(category)?.has(w) === true);
  const codeWord = (w: string) => rules.typeWrappers.has(w) || (w.endsWith('s') && rules.typeWrappers.has(w.slice(0, -1)));
  const categories = new Set<string>();
  for (const match of matchTerms(typeWordList, rules).matches) {
    const { rule } = match;
    if (rule.context || rule.generic || rule.languages || rule.idLike || !match.suffix.every((w) => which(w, rule.category))) continue;
    if (match.prefix.some((w) => w.length > 1 && !rules.personNouns.has(w) && !rules.personContainers.has(w) && !which(w) && !codeWord(w))) continue;
    categories.add(rule.category);
  }
  return [...categories];
}
