import { normalizeWord } from './normalize.js';

/**
 * Splits an identifier into lower-case words: camelCase, PascalCase, snake_case, kebab-case, SCREAMING_CASE,
 * dots, spaces and digits. `billingStreetAddress` -> billing street address; `CUSTOMER_E_MAIL` -> customer e mail;
 * `XMLHttpRequest` -> xml http request; `zip_code2` -> zip code 2. Compounds without separators are left
 * whole here; the detector decomposes them against its vocabulary.
 */
export function splitWords(name: string): string[] {
  return name
    .replace(/([\p{Ll}\d])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
    .replace(/(\p{L})(\d)/gu, '$1 $2')
    .replace(/(\d)(\p{L})/gu, '$1 $2')
    .split(/[^\p{L}\d]+/u)
    .filter(Boolean)
    .map(normalizeWord);
}
