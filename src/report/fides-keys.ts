/**
 * fideslang's finer data categories for a column whose name says which part of a name, address or phone it
 * holds (IABTechLab/fideslang default_taxonomy/data_categories.py): `first_name` is `user.name.first`,
 * `postal_code` is `user.contact.address.postal_code`, `fax` is `user.contact.fax_number`. Only a category still
 * on its built-in key is refined; a key the policy set itself is kept as written.
 */
import { splitWords } from '../detect/split-words.js';

interface Refinement {
  key: string;
  /** Over the column's words joined by spaces (`billing postal code`). */
  words: RegExp;
}

const REFINEMENTS: Record<string, Refinement[]> = {
  'user.name': [
    { key: 'user.name.first', words: /\b(first|given|fore ?name|firstname|givenname|fornavn|vorname|pr[eé]nom|voornaam)\b/ },
    { key: 'user.name.last', words: /\b(last|family|surname|lastname|familyname|etternavn|nachname|familienname|achternaam|apellidos?)\b/ },
  ],
  'user.contact.address': [
    { key: 'user.contact.address.postal_code', words: /\b(postal ?code|post ?code|zip( ?code)?|postnummer|postnr|plz|postleitzahl|code postal|c[oó]digo postal)\b/ },
    { key: 'user.contact.address.city', words: /\b(city|town|locality|poststed|ort|stadt|ville|ciudad|woonplaats|plaats)\b/ },
    { key: 'user.contact.address.street', words: /\b(street|streetname|address line|line [12]|addr(ess)? ?[12]|house ?number|gate(adresse)?|stra(ss|ß)e|rue|calle|straat)\b/ },
    { key: 'user.contact.address.state', words: /\b(state|province|county|fylke|bundesland|provincia)\b/ },
    { key: 'user.contact.address.country', words: /\b(country|land|pa[ií]s|pays)\b/ },
  ],
  'user.contact.phone_number': [{ key: 'user.contact.fax_number', words: /\b(fax|telefax|faks)\b/ }],
};

export function finerFidesKey(key: string, column: string): string {
  const refinements = REFINEMENTS[key];
  if (!refinements) return key;
  const words = splitWords(column).join(' ');
  return refinements.find((r) => r.words.test(words))?.key ?? key;
}
